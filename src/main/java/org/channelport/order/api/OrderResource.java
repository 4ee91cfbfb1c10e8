package org.channelport.order.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.List;
import org.channelport.order.OrderInput;
import org.channelport.order.OrderKind;
import org.channelport.order.OrderService;
import org.channelport.order.OrderStatus;
import org.channelport.order.SalesOrder;
import org.channelport.order.ShipmentView;
import org.channelport.order.SyncState;
import org.channelport.platform.ApiRequests;
import org.channelport.platform.IdempotencyKeys;
import org.channelport.platform.ListParams;
import org.channelport.security.AccessRules;
import org.channelport.shared.Page;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/orders")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Orders", description = "Replenishment and on-behalf orders in the caller's scope")
public class OrderResource {
  /** The query parameters of the order list. */
  static final ListParams PARAMS =
      ListParams.paged(OrderService.SORT_FIELDS, "createdAt", false)
          .someOf("status", OrderStatus.class)
          .someOf("syncState", SyncState.class)
          .id("customerId")
          .id("partnerId")
          .oneOf("kind", OrderKind.class)
          .date("from")
          .date("to")
          .text("q", 100)
          .build();

  /** The API's JSON (nulls written), also for the stored answers of idempotent requests. */
  static final Jsonb JSON = JsonbBuilder.create(new JsonbConfig().withNullValues(true));

  @Inject OrderService orders;
  @Inject IdempotencyKeys keys;
  @Inject AccessRules access;

  @GET
  @Operation(
      summary = "List the orders the caller may see",
      description =
          "A JSON array, one page of it (offset, limit); X-Total-Count holds the number of all"
              + " matching orders. Partner users see their partner's orders, channel managers"
              + " their portfolio's. Query parameters: offset, limit, sort, order, status and"
              + " syncState (one or several codes, comma-separated), customerId, partnerId, kind,"
              + " from and to (ISO dates of creation, inclusive), q (order, PO or ERP number).")
  @APIResponse(responseCode = "200", description = "A page of orders")
  public Response list(@Context UriInfo uri) {
    Page<SalesOrder> page = orders.list(PARAMS.parse(uri));
    return Response.ok(page.rows().stream().map(o -> OrderJson.of(o, false)).toList())
        .header(ApiRequests.TOTAL_COUNT, page.total())
        .build();
  }

  @GET
  @Path("/{id}")
  @Operation(summary = "One order with its lines")
  @APIResponse(responseCode = "200", description = "The order")
  @APIResponse(responseCode = "404", description = "No such order in the caller's scope")
  public OrderJson get(@PathParam("id") long id) {
    return json(orders.find(id));
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Place an order (partner users)",
      description =
          "Requires an Idempotency-Key header (IETF httpapi draft): the same key with the same"
              + " body answers the first request's status, Location and body again; the same key"
              + " with another body 422; while the first request runs 409; without the header"
              + " 400. Keys are kept 24 hours. \"submit\": true submits at once (to the ERP, or"
              + " to the partner manager above an employee's approval limit); false keeps a"
              + " draft.")
  @APIResponse(responseCode = "201", description = "Created, with Location")
  @APIResponse(responseCode = "400", description = "Invalid input or no Idempotency-Key")
  @APIResponse(responseCode = "409", description = "The key's first request is still running")
  @APIResponse(responseCode = "422", description = "The key was used for another body")
  public Response create(
      @HeaderParam(IdempotencyKeys.HEADER) String idempotencyKey,
      OrderInput input,
      @Context UriInfo uri) {
    String key = IdempotencyKeys.requireKey(idempotencyKey);
    OrderInput body = ApiRequests.body(input);
    access.requireUser();
    IdempotencyKeys.Claim claim =
        keys.claim(access.caller().username(), key, IdempotencyKeys.hash(JSON.toJson(body)));
    if (claim instanceof IdempotencyKeys.Replay replay) {
      return answer(replay.answer());
    }
    IdempotencyKeys.Fresh fresh = (IdempotencyKeys.Fresh) claim;
    try {
      return answer(
          keys.complete(
              fresh,
              () -> {
                SalesOrder order = orders.create(body);
                URI location =
                    uri.getAbsolutePathBuilder().path(String.valueOf(order.getId())).build();
                return new IdempotencyKeys.Answer(
                    201, location.toString(), JSON.toJson(OrderJson.of(order, false)));
              }));
    } catch (RuntimeException e) {
      keys.release(fresh);
      throw e;
    }
  }

  private static Response answer(IdempotencyKeys.Answer answer) {
    Response.ResponseBuilder response =
        Response.status(answer.status()).entity(answer.body()).type(MediaType.APPLICATION_JSON);
    if (answer.location() != null) {
      response.location(URI.create(answer.location()));
    }
    return response.build();
  }

  @PUT
  @Path("/{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Change an order's lines, requested delivery and note until it is released",
      description =
          "Body {\"lines\": […], \"requestedDelivery\", \"note\", \"version\"}. Before the order"
              + " went to the ERP the change is made at once; after, it is kept as a pending"
              + " change (pendingChange: true) until the ERP applies or refuses it.")
  @APIResponse(responseCode = "200", description = "The order")
  @APIResponse(responseCode = "409", description = "Released already, or a stale version")
  public OrderJson edit(@PathParam("id") long id, OrderInput.Edit body) {
    return json(orders.edit(id, ApiRequests.body(body)));
  }

  @POST
  @Path("/{id}/submit")
  @Operation(summary = "Submit a draft")
  public OrderJson submit(@PathParam("id") long id, OrderActionsJson.Versioned body) {
    return json(orders.submit(id, body == null ? null : body.version()));
  }

  @POST
  @Path("/{id}/approve")
  @Operation(summary = "Approve an order awaiting approval (partner managers)")
  public OrderJson approve(@PathParam("id") long id, OrderActionsJson.Versioned body) {
    return json(orders.approve(id, body == null ? null : body.version()));
  }

  @POST
  @Path("/{id}/return")
  @Operation(
      summary =
          "Send an order awaiting approval back to the cart, with a reason (partner managers)")
  public OrderJson sendBack(@PathParam("id") long id, OrderActionsJson.WithReason body) {
    OrderActionsJson.WithReason r = ApiRequests.body(body);
    return json(orders.sendBack(id, r.reason(), r.version()));
  }

  @POST
  @Path("/{id}/cancel")
  @Operation(summary = "Cancel an order until it is released, with a reason")
  public OrderJson cancel(@PathParam("id") long id, OrderActionsJson.WithReason body) {
    OrderActionsJson.WithReason r =
        body == null ? new OrderActionsJson.WithReason(null, null) : body;
    return json(orders.cancel(id, r.reason(), r.version()));
  }

  @POST
  @Path("/{id}/reorder")
  @Operation(summary = "A new draft with a past order's products and quantities at today's prices")
  @APIResponse(responseCode = "201", description = "The new draft, with Location")
  public Response reorder(@PathParam("id") long id, @Context UriInfo uri) {
    SalesOrder order = orders.reorder(id);
    return Response.created(
            uri.getBaseUriBuilder().path("orders").path(String.valueOf(order.getId())).build())
        .entity(json(order))
        .build();
  }

  @GET
  @Path("/{id}/shipments")
  @Operation(summary = "The order's shipments, with carrier, tracking number and tracking link")
  public List<ShipmentJson> shipments(@PathParam("id") long id) {
    return orders.shipments(id).stream().map(ShipmentJson::of).toList();
  }

  @GET
  @Path("/{id}/events")
  @Operation(summary = "The order's timeline, oldest first: who, when, which step, why")
  public List<EventJson> events(@PathParam("id") long id) {
    return orders.timeline(id).stream()
        .map(e -> new EventJson(e.getAt(), e.getActor(), e.getStep(), e.getDetail()))
        .toList();
  }

  public record EventJson(java.time.Instant at, String actor, String step, String detail) {}

  public record ShipmentJson(
      String warehouse,
      String carrier,
      String method,
      String trackingNumber,
      String trackingUrl,
      java.time.LocalDate shippedAt,
      java.time.LocalDate estimatedDelivery,
      List<ShipmentView.Line> lines) {
    static ShipmentJson of(ShipmentView s) {
      return new ShipmentJson(
          s.warehouse(),
          s.carrier(),
          s.method(),
          s.trackingNumber(),
          s.trackingUrl(),
          s.shippedAt(),
          s.estimatedDelivery(),
          s.lines());
    }
  }

  private OrderJson json(SalesOrder order) {
    return OrderJson.of(order, orders.hasPendingChange(order.getId()));
  }
}
