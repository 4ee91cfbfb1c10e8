package org.channelport.erp.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.util.List;
import org.channelport.erp.IntegrationEvent;
import org.channelport.erp.IntegrationLog;
import org.channelport.platform.ApiRequests;
import org.channelport.platform.ListParams;
import org.channelport.shared.Page;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/integration/events")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Integration")
public class IntegrationEventsResource {
  static final ListParams PARAMS =
      ListParams.paged(IntegrationLog.SORT_FIELDS, "at", false)
          .date("from")
          .date("to")
          .oneOf("adapter", List.of("tryton", "protocol", "none"))
          .oneOf("direction", IntegrationLog.DIRECTIONS)
          .text("kind", 64)
          .someOf("status", IntegrationLog.STATUSES)
          .text("orderNumber", 64)
          .text("messageId", 64)
          .build();

  @Inject IntegrationLog log;

  public record EventJson(
      long id,
      Instant at,
      String adapter,
      String direction,
      String kind,
      String orderNumber,
      String status,
      String error,
      String payload,
      String messageId,
      String eventId) {
    static EventJson of(IntegrationEvent e) {
      return new EventJson(
          e.getId(),
          e.getAt(),
          e.getAdapter(),
          e.getDirection(),
          e.getKind(),
          e.getOrderNumber(),
          e.getStatus(),
          e.getError(),
          e.getPayload(),
          e.getMessageId(),
          e.getEventId());
    }
  }

  @GET
  @Operation(
      summary = "The integration event log",
      description =
          "Every outbound attempt, poll and inbound message, newest first; X-Total-Count holds the"
              + " number of all matches. Query parameters: offset, limit, sort (at, kind,"
              + " orderNumber, status), order, from and to (ISO dates, UTC, inclusive), adapter,"
              + " direction (out, in, poll), kind, status (ok, failed, parked, ignored;"
              + " comma-separated), orderNumber (part of an order number), messageId.")
  @APIResponse(responseCode = "200", description = "A page of events")
  @APIResponse(responseCode = "403", description = "Not a channel admin")
  public Response list(@Context UriInfo uri) {
    Page<IntegrationEvent> page = log.list(PARAMS.parse(uri));
    return Response.ok(page.rows().stream().map(EventJson::of).toList())
        .header(ApiRequests.TOTAL_COUNT, page.total())
        .build();
  }

  @GET
  @Path("/{id}")
  @Operation(summary = "One event of the integration event log")
  @APIResponse(responseCode = "200", description = "The event")
  @APIResponse(responseCode = "404", description = "No such event")
  public EventJson get(@PathParam("id") long id) {
    return EventJson.of(log.find(id));
  }
}
