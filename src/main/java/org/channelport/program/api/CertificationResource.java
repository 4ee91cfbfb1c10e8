package org.channelport.program.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.channelport.platform.ApiRequests;
import org.channelport.program.CertificationInput;
import org.channelport.program.Certifications;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/partners/{id}/certifications")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Partner program", description = "Tier requirements, scorecards, tier changes")
public class CertificationResource {
  @Inject Certifications certifications;

  @GET
  @Operation(summary = "The certifications of a partner's users")
  @APIResponse(responseCode = "200", description = "By user and issue date")
  @APIResponse(responseCode = "404", description = "No such partner in the caller's scope")
  public List<ProgramJson.CertificationJson> list(@PathParam("id") long id) {
    return certifications.of(id).stream().map(ProgramJson.CertificationJson::of).toList();
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Record a certification of one of the partner's users (channel managers)",
      description =
          "Body {username, name, issuedOn, expiresOn} (dates yyyy-mm-dd; expiresOn optional, not"
              + " before issuedOn); username must be a user of the partner.")
  @APIResponse(responseCode = "201", description = "Recorded")
  @APIResponse(responseCode = "400", description = "Invalid input, naming the field")
  @APIResponse(responseCode = "403", description = "Not a channel manager")
  @APIResponse(responseCode = "404", description = "No such partner in the caller's scope")
  public Response add(@PathParam("id") long id, CertificationInput input, @Context UriInfo uri) {
    ProgramJson.CertificationJson created =
        ProgramJson.CertificationJson.of(certifications.add(id, ApiRequests.body(input)));
    return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build())
        .entity(created)
        .build();
  }

  @DELETE
  @Path("/{certificationId}")
  @Operation(summary = "Remove a certification (channel managers)")
  @APIResponse(responseCode = "204", description = "Removed")
  @APIResponse(responseCode = "403", description = "Not a channel manager")
  @APIResponse(responseCode = "404", description = "No such certification in the caller's scope")
  public Response remove(
      @PathParam("id") long id, @PathParam("certificationId") long certificationId) {
    certifications.remove(id, certificationId);
    return Response.noContent().build();
  }
}
