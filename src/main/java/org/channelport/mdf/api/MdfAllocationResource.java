package org.channelport.mdf.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.channelport.mdf.AllocationView;
import org.channelport.mdf.MdfAllocations;
import org.channelport.platform.ApiRequests;
import org.channelport.platform.ListParams;
import org.channelport.shared.PageRequest;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/mdf/allocations")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "MDF")
public class MdfAllocationResource {
  static final ListParams PARAMS = ListParams.plain().id("programId").id("partnerId").build();

  @Inject MdfAllocations allocations;

  @GET
  @Operation(
      summary = "The allocations in the caller's scope",
      description =
          "[{id, programId, partnerId, currency, allocated, reserved, payable, paid, forfeited,"
              + " available, expiresOn, daysToExpiry}]; query programId, partnerId.")
  public List<MdfJson.AllocationJson> list(@Context UriInfo uri) {
    PageRequest p = PARAMS.parse(uri);
    return allocations.list(id(p.filter("programId")), id(p.filter("partnerId"))).stream()
        .map(MdfJson.AllocationJson::of)
        .toList();
  }

  static Long id(String text) {
    return text == null ? null : Long.valueOf(text);
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Allocate budget to a partner of the caller's portfolio (channel managers)",
      description = "Body {programId, partnerId, amount}: budget → allocation.")
  @APIResponse(responseCode = "201", description = "The partner's allocation after it")
  @APIResponse(responseCode = "404", description = "A partner outside the caller's portfolio")
  @APIResponse(responseCode = "409", description = "More than the budget holds (named)")
  public Response allocate(MdfJson.AllocationBody body, @Context UriInfo uri) {
    MdfJson.AllocationBody b = ApiRequests.body(body);
    AllocationView a = allocations.allocate(b.programId(), b.partnerId(), b.amount());
    return Response.created(
            uri.getBaseUriBuilder()
                .path("mdf/allocations")
                .queryParam("programId", a.programId())
                .queryParam("partnerId", a.partnerId())
                .build())
        .entity(MdfJson.AllocationJson.of(a))
        .build();
  }

  @POST
  @Path("/bulk")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Allocate the same amount to every active partner of a tier in the portfolio",
      description = "Body {programId, tier, amount}: all or none.")
  @APIResponse(responseCode = "201", description = "The allocations after it")
  @APIResponse(responseCode = "409", description = "More than the budget holds for all of them")
  public Response bulk(MdfJson.BulkBody body) {
    MdfJson.BulkBody b = ApiRequests.body(body);
    return Response.status(201)
        .entity(
            allocations.allocateToTier(b.programId(), b.tier(), b.amount()).stream()
                .map(MdfJson.AllocationJson::of)
                .toList())
        .build();
  }
}
