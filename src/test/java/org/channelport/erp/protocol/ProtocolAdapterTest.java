package org.channelport.erp.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.channelport.erp.ErpAdapter.ErpOrderView;
import org.channelport.erp.ErpException;
import org.channelport.it.support.FakeMiddleware;
import org.channelport.it.support.FakeMiddleware.Behaviour;
import org.channelport.order.OrderErpUpdates;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The outbound adapter against the test double of a middleware, over real HTTP. */
class ProtocolAdapterTest {
  FakeMiddleware middleware;
  ProtocolConfig config;
  String endpoint;
  ProtocolAdapter adapter;

  @BeforeEach
  void start() {
    middleware = FakeMiddleware.start();
    config = new ProtocolConfig();
    endpoint = middleware.url();
    config.authValue = Optional.of("Bearer middleware-secret");
    config.requestTimeoutSeconds = 2;
    adapter = new ProtocolAdapter(new ProtocolEndpoint(config, () -> endpoint));
  }

  @AfterEach
  void stop() {
    middleware.stop();
  }

  @Test
  void anOrderIsPostedWithTheMessageIdAsIdempotencyKey() throws ErpException {
    assertNull(adapter.deliver("msg-1", Samples.placed("CP-2026-000001")));
    FakeMiddleware.Request r = middleware.requests().get(0);
    assertEquals("POST", r.method());
    assertEquals("/erp/orders", r.path());
    assertEquals("msg-1", r.header("Idempotency-Key"));
    assertEquals("Bearer middleware-secret", r.header("Authorization"));
    assertTrue(r.header("Content-Type").startsWith("application/json"));
    assertEquals("msg-1", r.field("eventId"));
    assertEquals("order.placed", r.field("type"));
    assertEquals(1, middleware.ordersCreated("CP-2026-000001"));
  }

  @Test
  void aPartnerGoesToThePartnersPath() throws ErpException {
    adapter.ensurePartner("msg-p", Samples.partner());
    assertEquals("/erp/partners", middleware.requests().get(0).path());
    assertEquals("msg-p", middleware.requests().get(0).header("Idempotency-Key"));
    assertTrue(middleware.partnerCodes().contains("NW-10001"));
  }

  @Test
  void unavailableIsTransientAndUnprocessableIsRejectedWithTheBody() {
    middleware.next(Behaviour.UNAVAILABLE_503, Behaviour.REJECT_422);
    ErpException busy =
        assertThrows(ErpException.class, () -> adapter.deliver("m", Samples.placed("CP-1")));
    assertEquals(ErpException.Kind.TRANSIENT, busy.kind());
    ErpException refused =
        assertThrows(ErpException.class, () -> adapter.deliver("m", Samples.placed("CP-1")));
    assertEquals(ErpException.Kind.REJECTED, refused.kind());
    assertEquals("{\"error\":\"unknown SKU NO-SUCH\"}", refused.answer());
    assertEquals(0, middleware.ordersCreated("CP-1"));
  }

  @Test
  void tooManyRequestsWithRetryAfterIsTransient() {
    middleware.next(Behaviour.TOO_MANY_429);
    ErpException e =
        assertThrows(ErpException.class, () -> adapter.deliver("m", Samples.placed("CP-1")));
    assertEquals(ErpException.Kind.TRANSIENT, e.kind());
    assertTrue(e.getMessage().contains("retry after 1"), e.getMessage());
  }

  @Test
  void aConnectionCutAfterTheMiddlewareAppliedItIsRetriedWithoutASecondOrder() throws ErpException {
    middleware.next(Behaviour.CUT);
    ErpException e =
        assertThrows(ErpException.class, () -> adapter.deliver("m-7", Samples.placed("CP-7")));
    assertEquals(ErpException.Kind.TRANSIENT, e.kind());
    adapter.deliver("m-7", Samples.placed("CP-7"));
    assertEquals(2, middleware.timesReceived("CP-7"));
    assertEquals(1, middleware.ordersCreated("CP-7"));
  }

  @Test
  void noAnswerInTimeIsTransient() {
    config.requestTimeoutSeconds = 1;
    middleware.next(Behaviour.HANG);
    long start = System.nanoTime();
    ErpException e =
        assertThrows(ErpException.class, () -> adapter.deliver("m", Samples.placed("CP-1")));
    assertEquals(ErpException.Kind.TRANSIENT, e.kind());
    assertTrue(Duration.ofNanos(System.nanoTime() - start).toSeconds() < 5);
    middleware.release();
  }

  @Test
  void aClosedPortIsTransientAndUnreachable() {
    assertTrue(adapter.reachable());
    middleware.down();
    assertFalse(adapter.reachable());
    ErpException e =
        assertThrows(ErpException.class, () -> adapter.deliver("m", Samples.placed("CP-1")));
    assertEquals(ErpException.Kind.TRANSIENT, e.kind());
    middleware.up();
    assertTrue(adapter.reachable());
  }

  @Test
  void withoutAnEndpointNothingIsSentAndTheMessageWaits() {
    endpoint = " ";
    ErpException e =
        assertThrows(ErpException.class, () -> adapter.deliver("m", Samples.placed("CP-1")));
    assertEquals(ErpException.Kind.TRANSIENT, e.kind());
    assertFalse(adapter.reachable());
    assertTrue(middleware.requests().isEmpty());
  }

  @Test
  void anImmediateOrderResponseIsReturned() throws ErpException {
    middleware.immediateResponses(true);
    OrderErpUpdates.OrderResponse r = adapter.deliver("m", Samples.placed("CP-9"));
    assertEquals("CP-9", r.orderNumber());
    assertEquals("SO-CP-9", r.erpNumber());
    assertEquals("accepted", r.outcome());
  }

  @Test
  void aChangeIsNeverTakenForAnOrderResponse() throws ErpException {
    middleware.immediateResponses(true);
    adapter.deliver("m-1", Samples.placed("CP-5"));
    assertNull(adapter.deliver("m-2", Samples.changed("CP-5", 3)));
    assertEquals(List.of("order.placed", "order.changed"), middleware.typesApplied("CP-5"));
  }

  @Test
  void aReturnIsOneMessageNamingTheOriginalAndItsImmediateAnswerIsTaken() throws ErpException {
    middleware.immediateResponses(true);
    OrderErpUpdates.OrderResponse r = adapter.deliver("m-r", Samples.returned("CP-11", "CP-10"));
    assertEquals("CP-11", r.orderNumber());
    assertEquals("accepted", r.outcome());
    assertEquals(List.of("return.requested"), middleware.typesApplied("CP-11"));
    assertEquals(1, middleware.ordersCreated("CP-11"));
    assertEquals("CP-10", middleware.requests().get(0).field("returnOf"));
    assertEquals("SO-CP-10", middleware.requests().get(0).field("returnOfErpNumber"));
    assertEquals("m-r", middleware.requests().get(0).header(ProtocolAdapter.IDEMPOTENCY_KEY));
  }

  @Test
  void pollHasNothingToReadAndOrdersByReferenceAsksTheMiddleware() throws ErpException {
    assertEquals("cursor-1", adapter.poll("cursor-1", null));
    adapter.deliver("m-1", Samples.placed("CP-1"));
    adapter.deliver("m-2", Samples.placed("CP-2"));
    List<ErpOrderView> views = adapter.ordersByReference(List.of("CP-1", "CP-2", "CP-3"));
    assertEquals(
        List.of(
            new ErpOrderView("CP-1", "SO-CP-1", "confirmed"),
            new ErpOrderView("CP-2", "SO-CP-2", "confirmed")),
        views);
    FakeMiddleware.Request get = middleware.requests("GET", "/erp/orders").get(0);
    assertEquals("references=CP-1,CP-2,CP-3", get.query());
  }
}
