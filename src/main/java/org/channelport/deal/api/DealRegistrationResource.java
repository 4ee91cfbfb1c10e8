package org.channelport.deal.api;

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
import java.time.LocalDate;
import java.util.List;
import org.channelport.deal.DealConflictView;
import org.channelport.deal.DealInput;
import org.channelport.deal.DealRegistration;
import org.channelport.deal.DealRegistrationService;
import org.channelport.deal.DealStatus;
import org.channelport.platform.ApiRequests;
import org.channelport.platform.ListParams;
import org.channelport.shared.Page;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/deal-registrations")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Deal registrations", description = "Deals partners registered, and the decisions")
public class DealRegistrationResource {
  /** The query parameters of the deal registration list. */
  static final ListParams PARAMS =
      ListParams.paged(DealRegistrationService.SORT_FIELDS, "submittedAt", false)
          .oneOf("status", DealStatus.class)
          .bool("conflict")
          .text("q", 200)
          .id("partnerId")
          .build();

  @Inject DealRegistrationService registrations;

  @GET
  @Operation(
      summary = "List the deal registrations the caller may see",
      description =
          "A JSON array, one page of it (offset, limit); X-Total-Count holds the number of all"
              + " matches. Partner users see their partner's, channel managers their"
              + " portfolio's. Query parameters: offset, limit, sort (submittedAt), order (desc),"
              + " status (submitted, approved, rejected, returned, expired), conflict (true or"
              + " false), q (text in company, contact or e-mail), partnerId. Any other"
              + " parameter, or a bad value, answers 400 naming it.")
  public Response list(@Context UriInfo uri) {
    Page<DealRegistration> page = registrations.list(PARAMS.parse(uri));
    LocalDate today = registrations.today();
    return Response.ok(page.rows().stream().map(r -> DealRegistrationJson.of(r, today)).toList())
        .header(ApiRequests.TOTAL_COUNT, page.total())
        .build();
  }

  @GET
  @Path("/{id}")
  @Operation(summary = "One deal registration")
  @APIResponse(responseCode = "404", description = "No such registration in the caller's scope")
  public DealRegistrationJson get(@PathParam("id") long id) {
    return json(registrations.find(id));
  }

  @GET
  @Path("/{id}/conflicts")
  @Operation(
      summary = "What the registration conflicts with (channel managers)",
      description =
          "Other partners' open leads and protected registrations about the same opportunity."
              + " Records of partners outside the caller's portfolio show only that they exist.")
  @APIResponse(responseCode = "403", description = "Not a channel manager")
  public List<DealConflictView> conflicts(@PathParam("id") long id) {
    return registrations.conflicts(id);
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Register a deal (partner users, for their own partner)")
  @APIResponse(responseCode = "201", description = "Submitted")
  @APIResponse(responseCode = "400", description = "Invalid input, naming the fields")
  @APIResponse(responseCode = "403", description = "Not a partner user")
  public Response submit(DealInput input, @Context UriInfo uri) {
    DealRegistrationJson created = json(registrations.submit(input));
    return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build())
        .entity(created)
        .build();
  }

  @PUT
  @Path("/{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Resubmit a returned registration with new details (partner users)")
  @APIResponse(responseCode = "409", description = "Not returned, or a stale version")
  public DealRegistrationJson resubmit(@PathParam("id") long id, DealInput input) {
    return json(registrations.resubmit(id, input));
  }

  @POST
  @Path("/{id}/approve")
  @Operation(
      summary = "Approve a submitted registration (channel managers)",
      description =
          "Protects the partner for the configured number of days and gives it the deal as an"
              + " accepted lead. 409 while another approved registration protects the same"
              + " opportunity.")
  @APIResponse(responseCode = "409", description = "Wrong status, already protected, stale")
  public DealRegistrationJson approve(
      @PathParam("id") long id, DealRegistrationJson.Decision body) {
    return json(registrations.approve(id, body == null ? null : body.version()));
  }

  @POST
  @Path("/{id}/reject")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Reject a submitted registration, with a reason (channel managers)")
  public DealRegistrationJson reject(@PathParam("id") long id, DealRegistrationJson.Decision body) {
    DealRegistrationJson.Decision d = ApiRequests.body(body);
    return json(registrations.reject(id, d.reason(), d.version()));
  }

  @POST
  @Path("/{id}/return")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Return a registration for more information (channel managers)")
  public DealRegistrationJson returnForInformation(
      @PathParam("id") long id, DealRegistrationJson.Decision body) {
    DealRegistrationJson.Decision d = ApiRequests.body(body);
    return json(registrations.returnForInformation(id, d.reason(), d.version()));
  }

  private DealRegistrationJson json(DealRegistration r) {
    return DealRegistrationJson.of(r, registrations.today());
  }
}
