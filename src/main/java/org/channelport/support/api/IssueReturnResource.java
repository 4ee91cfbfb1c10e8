package org.channelport.support.api;

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
import java.time.Instant;
import java.util.List;
import org.channelport.order.ReturnInput;
import org.channelport.order.ReturnView;
import org.channelport.platform.ApiRequests;
import org.channelport.shared.RecordNotFoundException;
import org.channelport.support.IssueReturns;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The return (RMA) of a service issue: asked for once, then followed as the ERP moves it. */
@Path("/service-issues/{id}/return")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Service issues", description = "Service issues in the caller's scope, with their SLA")
public class IssueReturnResource {
  @Inject IssueReturns returns;

  /** The request's body. */
  public record Request(List<Line> lines, String reason, Long version) {}

  /**
   * @param lineNo a line of the issue's order
   */
  public record Line(Integer lineNo, Long quantity) {}

  /** A return as the API shows it: its own number and the order status axes. */
  public record ReturnJson(
      long id,
      String number,
      String status,
      String syncState,
      String erpNumber,
      long returnOf,
      String returnOfNumber,
      String reason,
      List<ReturnView.Line> lines,
      Instant createdAt,
      long version) {
    static ReturnJson of(ReturnView r) {
      return new ReturnJson(
          r.id(),
          r.number(),
          r.status(),
          r.syncState(),
          r.erpNumber(),
          r.returnOf(),
          r.returnOfNumber(),
          r.reason(),
          r.lines(),
          r.createdAt(),
          r.version());
    }
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Ask for the return of the issue's order lines (a defect or return issue)",
      description =
          "Body {\"lines\": [{\"lineNo\", \"quantity\"}], \"reason\", \"version\"?}: a return"
              + " order of the issue's order goes to the ERP (at most what shipped of each line"
              + " less what was returned). The issue's partner users and the portfolio's channel"
              + " managers ask; one return per issue: the same request again answers 200 with"
              + " the return it made, another request 409. The return's status then moves as an"
              + " order's (GET this path, or /api/v1/orders/{returnId}).")
  @APIResponse(responseCode = "201", description = "The return, with Location (the order)")
  @APIResponse(responseCode = "200", description = "A repeated request: the return it made")
  @APIResponse(responseCode = "400", description = "Invalid lines or reason, naming the field")
  @APIResponse(
      responseCode = "409",
      description =
          "Not a defect or return issue, no order, closed, the order not shipped or not in the"
              + " ERP, a stale version, or another return of this issue")
  public Response request(@PathParam("id") long id, Request body, @Context UriInfo uri) {
    Request b = ApiRequests.body(body);
    List<ReturnInput.Line> lines =
        b.lines() == null
            ? null
            : b.lines().stream()
                .map(l -> l == null ? null : new ReturnInput.Line(l.lineNo(), l.quantity()))
                .toList();
    IssueReturns.Requested done = returns.request(id, lines, b.reason(), b.version());
    ReturnJson json = ReturnJson.of(done.returned());
    if (!done.created()) {
      return Response.ok(json).build();
    }
    return Response.created(
            uri.getBaseUriBuilder().path("orders").path(String.valueOf(json.id())).build())
        .entity(json)
        .build();
  }

  @GET
  @Operation(summary = "The issue's return as it stands now")
  @APIResponse(responseCode = "200", description = "The return")
  @APIResponse(responseCode = "404", description = "No such issue in scope, or it has no return")
  public ReturnJson get(@PathParam("id") long id) {
    ReturnView r = returns.of(id);
    if (r == null) {
      throw new RecordNotFoundException("IssueReturn", id);
    }
    return ReturnJson.of(r);
  }
}
