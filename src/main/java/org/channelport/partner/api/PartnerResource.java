package org.channelport.partner.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.channelport.partner.Partner;
import org.channelport.partner.PartnerInput;
import org.channelport.partner.PartnerService;
import org.channelport.partner.PartnerStatus;
import org.channelport.partner.PartnerTier;
import org.channelport.platform.ApiRequests;
import org.channelport.platform.ListParams;
import org.channelport.shared.Page;
import org.channelport.shared.PageRequest;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/partners")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Partners", description = "Partner organisations in the caller's scope")
public class PartnerResource {
  /** The query parameters of the partner list. */
  static final ListParams PARAMS =
      ListParams.paged(PartnerService.SORT_FIELDS, "name", true)
          .text("q", 200)
          .oneOf("tier", PartnerTier.class)
          .oneOf("status", PartnerStatus.class)
          .country("country")
          .build();

  @Inject PartnerService partners;

  @GET
  @Operation(
      summary = "List the partners the caller may see",
      description =
          "A JSON array of partners, one page of it (offset, limit); the X-Total-Count header"
              + " holds the number of all matching partners. Query parameters: offset (0 to"
              + " 10000000), limit (1 to 200, 50), sort (accountNumber, country, name, status,"
              + " tier, updatedAt; name), order (asc, desc; asc), q (text in name or account"
              + " number), tier, status, country (two letters). Any other parameter, or a bad"
              + " value, answers 400 naming it.")
  @APIResponse(responseCode = "200", description = "A page of partners")
  public Response list(@Context UriInfo uri) {
    PageRequest request = PARAMS.parse(uri);
    Page<Partner> page = partners.list(request);
    List<PartnerJson> items = page.rows().stream().map(PartnerJson::of).toList();
    return Response.ok(items).header(ApiRequests.TOTAL_COUNT, page.total()).build();
  }

  @GET
  @Path("/{id}")
  @Operation(summary = "One partner")
  @APIResponse(responseCode = "200", description = "The partner")
  @APIResponse(responseCode = "404", description = "No such partner in the caller's scope")
  public PartnerJson get(@PathParam("id") long id) {
    return PartnerJson.of(partners.find(id));
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Create a partner (channel managers); it joins the creator's portfolio")
  @APIResponse(responseCode = "201", description = "Created")
  @APIResponse(responseCode = "400", description = "Invalid input, naming the field")
  @APIResponse(responseCode = "403", description = "Not a channel manager")
  @APIResponse(responseCode = "409", description = "Duplicate account number")
  public Response create(PartnerInput input, @Context UriInfo uri) {
    PartnerJson created = PartnerJson.of(partners.create(ApiRequests.body(input)));
    return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build())
        .entity(created)
        .build();
  }

  @PUT
  @Path("/{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Change a partner",
      description =
          "Fields left out keep their value. Channel managers change anything; a partner manager"
              + " only primaryContact of their own partner. Send the version you read to be"
              + " told (409) when someone else changed the partner meanwhile.")
  @APIResponse(responseCode = "200", description = "The changed partner")
  @APIResponse(responseCode = "403", description = "The role may not change this")
  @APIResponse(responseCode = "404", description = "No such partner in the caller's scope")
  @APIResponse(responseCode = "409", description = "Stale version or duplicate account number")
  public PartnerJson update(@PathParam("id") long id, PartnerInput input) {
    return PartnerJson.of(partners.update(id, ApiRequests.body(input)));
  }
}
