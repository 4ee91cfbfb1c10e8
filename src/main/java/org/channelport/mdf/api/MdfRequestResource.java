package org.channelport.mdf.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
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
import org.channelport.mdf.MdfActivityType;
import org.channelport.mdf.MdfRequestStatus;
import org.channelport.mdf.MdfRequests;
import org.channelport.mdf.RequestInput;
import org.channelport.mdf.RequestView;
import org.channelport.platform.ApiRequests;
import org.channelport.platform.ListParams;
import org.channelport.shared.Page;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/mdf/requests")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "MDF")
public class MdfRequestResource {
  static final ListParams PARAMS =
      ListParams.paged(MdfRequests.SORT_FIELDS, "submittedAt", false)
          .someOf("status", MdfRequestStatus.class)
          .oneOf("activityType", MdfActivityType.class)
          .id("programId")
          .id("partnerId")
          .text("q", 100)
          .bool("awaiting")
          .build();

  @Inject MdfRequests requests;

  @GET
  @Operation(
      summary = "The fund requests in the caller's scope (paged)",
      description =
          "Query status (codes, comma-separated), activityType, programId, partnerId, q,"
              + " awaiting=true (the review queue: use sort=submittedAt&order=asc for oldest"
              + " first), offset, limit, sort, order; X-Total-Count holds the total.")
  public Response list(@Context UriInfo uri) {
    Page<RequestView> page = requests.list(PARAMS.parse(uri));
    return Response.ok(page.rows().stream().map(MdfJson.RequestJson::of).toList())
        .header(ApiRequests.TOTAL_COUNT, page.total())
        .build();
  }

  @GET
  @Path("/{id}")
  @Operation(summary = "One fund request, with what it still reserves")
  @APIResponse(responseCode = "404", description = "No such request in the caller's scope")
  public MdfJson.RequestJson get(@PathParam("id") long id) {
    return MdfJson.RequestJson.of(requests.find(id));
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Request funds for an activity (partner managers)",
      description =
          "Body {programId, activityType, title, description, plannedStart, plannedEnd,"
              + " plannedCost, requestedAmount, expectedLeads, expectedPipeline?, campaignCode}.")
  @APIResponse(responseCode = "201", description = "Submitted, with Location")
  @APIResponse(responseCode = "403", description = "Not a partner manager")
  public Response submit(MdfJson.RequestBody body, @Context UriInfo uri) {
    MdfJson.RequestBody b = ApiRequests.body(body);
    RequestView r =
        requests.submit(
            new RequestInput(
                b.programId(),
                MdfProgramResource.activityType(b.activityType()),
                b.title(),
                b.description(),
                b.plannedStart(),
                b.plannedEnd(),
                b.plannedCost(),
                b.requestedAmount(),
                b.expectedLeads(),
                b.expectedPipeline(),
                b.campaignCode()));
    return Response.created(
            uri.getBaseUriBuilder().path("mdf/requests").path(String.valueOf(r.id())).build())
        .entity(MdfJson.RequestJson.of(r))
        .build();
  }

  @POST
  @Path("/{id}/approve")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Approve a request (channel managers): the approved amount is reserved",
      description =
          "Body {approvedAmount, reason, version}; a reason is required below the requested"
              + " amount. Above the caller's approval limit the request awaits a second approver"
              + " (awaiting_second_approval); the same person cannot approve twice (403); a second"
              + " approver whose limit does not cover it is refused (403).")
  @APIResponse(
      responseCode = "403",
      description = "A partner user, the same approver, over the limit")
  @APIResponse(responseCode = "409", description = "Insufficient funds (named), stale version")
  public MdfJson.RequestJson approve(@PathParam("id") long id, MdfJson.ApproveBody body) {
    MdfJson.ApproveBody b = body == null ? new MdfJson.ApproveBody(null, null, null) : body;
    return MdfJson.RequestJson.of(
        requests.approve(id, b.approvedAmount(), b.reason(), b.version()));
  }

  @POST
  @Path("/{id}/reject")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Reject a request, saying why (channel managers)",
      description = "Body {reason, version}.")
  public MdfJson.RequestJson reject(@PathParam("id") long id, MdfJson.ReasonBody body) {
    MdfJson.ReasonBody b = body == null ? new MdfJson.ReasonBody(null, null) : body;
    return MdfJson.RequestJson.of(requests.reject(id, b.reason(), b.version()));
  }

  @GET
  @Path("/{id}/events")
  @Operation(summary = "The request's timeline, oldest first")
  public List<MdfJson.EventJson> events(@PathParam("id") long id) {
    return requests.events(id).stream().map(MdfJson.EventJson::of).toList();
  }
}
