package org.channelport.support.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.channelport.support.SolutionInput;
import org.channelport.support.SolutionService;
import org.channelport.support.SolutionView;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * A solved issue's answer into the knowledge base ({@code POST
 * /api/v1/service-issues/{id}/solution}): its own root resource, so the issues' resource stays the
 * issue capability's and this one the knowledge base's.
 */
@Path("/service-issues/{id}/solution")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Solutions")
public class IssueSolutionResource {
  @Inject SolutionService solutions;

  @POST
  @Operation(
      summary = "Turn a solved issue's answer into a solution (channel managers)",
      description =
          "Body (all optional) {title, symptoms, useDescription, steps, categories, skus,"
              + " published}: title defaults to the issue's subject, steps to its solution, skus"
              + " to its product; the issue's description becomes the symptoms only with"
              + " useDescription: true (a partner wrote it: confirm it is fit for every"
              + " partner). A draft unless published is true. The issue is linked to the new"
              + " solution, which counts it as solved once.")
  @APIResponse(responseCode = "201", description = "The new solution, with Location")
  @APIResponse(responseCode = "404", description = "No such issue in the caller's scope")
  @APIResponse(
      responseCode = "409",
      description = "The issue is not solved, or already made into a solution")
  public Response create(
      @PathParam("id") long id, SolutionInput.FromIssue body, @Context UriInfo uri) {
    SolutionView created = solutions.fromIssue(id, body);
    return Response.created(
            uri.getBaseUriBuilder().path("solutions").path(String.valueOf(created.id())).build())
        .entity(SolutionJson.Full.of(created))
        .build();
  }
}
