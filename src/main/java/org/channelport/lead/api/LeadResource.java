package org.channelport.lead.api;

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
import org.channelport.lead.Lead;
import org.channelport.lead.LeadInput;
import org.channelport.lead.LeadService;
import org.channelport.lead.LeadSource;
import org.channelport.lead.LeadStatus;
import org.channelport.lead.Qualification;
import org.channelport.lead.dispatch.RuleDispatcher;
import org.channelport.platform.ApiRequests;
import org.channelport.platform.ListParams;
import org.channelport.security.AccessRules;
import org.channelport.shared.FieldError;
import org.channelport.shared.InvalidInputException;
import org.channelport.shared.Page;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/leads")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Leads", description = "Leads in the caller's scope and their life")
public class LeadResource {
  /** The query parameters of the lead list. */
  static final ListParams PARAMS =
      ListParams.paged(LeadService.SORT_FIELDS, "createdAt", false)
          .someOf("status", LeadStatus.class)
          .text("q", 100)
          .id("partnerId")
          .text("category", 64)
          .oneOf("source", LeadSource.class)
          .country("country")
          .text("assignee", 100)
          .bool("pool")
          .id("customerId")
          .build();

  @Inject LeadService leads;
  @Inject RuleDispatcher rules;
  @Inject AccessRules access;

  @GET
  @Operation(
      summary = "List the leads the caller may see",
      description =
          "A JSON array, one page of it (offset, limit); X-Total-Count holds the number of all"
              + " matching leads. Channel managers see the pool and their portfolio's leads,"
              + " partner managers their partner's, partner employees those assigned to them."
              + " Query parameters: offset, limit, sort (createdAt), order (desc), status (one or"
              + " several, comma-separated), q (text in company, contact or e-mail), partnerId,"
              + " category, source, country, assignee, pool (true or false), customerId. Any"
              + " other parameter, or a bad value, answers 400 naming it.")
  @APIResponse(responseCode = "200", description = "A page of leads")
  public Response list(@Context UriInfo uri) {
    Page<Lead> page = leads.list(PARAMS.parse(uri));
    return Response.ok(page.rows().stream().map(this::json).toList())
        .header(ApiRequests.TOTAL_COUNT, page.total())
        .build();
  }

  @GET
  @Path("/{id}")
  @Operation(summary = "One lead")
  @APIResponse(responseCode = "200", description = "The lead")
  @APIResponse(responseCode = "404", description = "No such lead in the caller's scope")
  public LeadJson get(@PathParam("id") long id) {
    return json(leads.find(id));
  }

  @GET
  @Path("/{id}/events")
  @Operation(summary = "The lead's history, oldest first, as the caller may see it")
  public List<LeadEventJson> events(@PathParam("id") long id) {
    return leads.timeline(id).stream().map(LeadEventJson::of).toList();
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Create a lead in the pool (channel managers)")
  @APIResponse(responseCode = "201", description = "Created")
  @APIResponse(responseCode = "400", description = "Invalid input, naming the fields")
  @APIResponse(responseCode = "403", description = "Not a channel manager")
  public Response create(LeadInput input, @Context UriInfo uri) {
    LeadJson created = json(leads.create(input));
    return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build())
        .entity(created)
        .build();
  }

  @POST
  @Path("/{id}/dispatch")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Dispatch a lead of the pool (channel managers)",
      description = "Body {\"partnerId\": 2} dispatches by hand, {\"byRules\": true} by the rules.")
  @APIResponse(responseCode = "200", description = "The lead, dispatched (or tagged no partner)")
  @APIResponse(responseCode = "409", description = "Not in the pool, or the partner cannot take it")
  public LeadJson dispatch(@PathParam("id") long id, LeadActions.Dispatch body) {
    LeadActions.Dispatch d = ApiRequests.body(body);
    if (Boolean.TRUE.equals(d.byRules())) {
      if (d.partnerId() != null) {
        throw new InvalidInputException(
            List.of(new FieldError("partnerId", "error.lead.partnerOrRules")));
      }
      return json(rules.dispatch(id, d.version()));
    }
    return json(leads.dispatch(id, d.partnerId(), d.version()));
  }

  @POST
  @Path("/{id}/accept")
  @Operation(summary = "Accept a dispatched lead (partner managers)")
  public LeadJson accept(@PathParam("id") long id, LeadActions.Versioned body) {
    return json(leads.accept(id, body == null ? null : body.version()));
  }

  @POST
  @Path("/{id}/reject")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Decline a dispatched lead, with a reason (partner managers)")
  public LeadJson reject(@PathParam("id") long id, LeadActions.Reject body) {
    LeadActions.Reject r = ApiRequests.body(body);
    return json(leads.reject(id, r.reason(), r.version()));
  }

  @POST
  @Path("/{id}/assign")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Give an accepted lead to a colleague (partner managers)")
  public LeadJson assign(@PathParam("id") long id, LeadActions.Assign body) {
    LeadActions.Assign a = ApiRequests.body(body);
    return json(leads.assign(id, a.username(), a.version()));
  }

  @POST
  @Path("/{id}/qualify")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Qualify an accepted lead: budget, authority, need, timeline")
  public LeadJson qualify(@PathParam("id") long id, LeadActions.Qualify body) {
    LeadActions.Qualify q = ApiRequests.body(body);
    return json(
        leads.qualify(
            id, new Qualification(q.budget(), q.authority(), q.need(), q.timeline()), q.version()));
  }

  @POST
  @Path("/{id}/close")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Close a lead",
      description =
          "{\"outcome\":\"won\",\"value\":1200.00} or {\"outcome\":\"lost\",\"reason\":…}")
  public LeadJson close(@PathParam("id") long id, LeadActions.Close body) {
    LeadActions.Close c = ApiRequests.body(body);
    String outcome = c.outcome() == null ? "" : c.outcome().strip().toLowerCase();
    if (!outcome.equals("won") && !outcome.equals("lost")) {
      throw new InvalidInputException(List.of(new FieldError("outcome", "error.lead.outcome")));
    }
    return json(leads.close(id, outcome.equals("won"), c.value(), c.reason(), c.version()));
  }

  @POST
  @Path("/{id}/campaign")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Credit a lead to a campaign",
      description =
          "{\"campaignCode\": \"WEBINAR-2027Q1\", \"version\": 3} credits the lead to that campaign"
              + " (letters, digits, - and _, at most 40; kept in upper case); a blank or null code"
              + " to none. Whoever may work on the lead may do so, in any status.")
  @APIResponse(responseCode = "200", description = "The lead, credited")
  @APIResponse(responseCode = "400", description = "Not a campaign code (field campaignCode)")
  @APIResponse(responseCode = "409", description = "Stale version")
  public LeadJson campaign(@PathParam("id") long id, LeadActions.Campaign body) {
    LeadActions.Campaign c = ApiRequests.body(body);
    return json(leads.creditCampaign(id, c.campaignCode(), c.version()));
  }

  @POST
  @Path("/{id}/notes")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Add a note or an activity to a lead")
  public Response note(@PathParam("id") long id, LeadActions.Note body) {
    LeadActions.Note n = ApiRequests.body(body);
    return Response.status(Response.Status.CREATED)
        .entity(LeadEventJson.of(leads.addNote(id, Boolean.TRUE.equals(n.activity()), n.text())))
        .build();
  }

  private LeadJson json(Lead lead) {
    return LeadJson.of(lead, access.caller().isChannelManager(), leads.visibleExplanation(lead));
  }
}
