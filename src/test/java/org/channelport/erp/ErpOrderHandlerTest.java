package org.channelport.erp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.channelport.order.OrderErpUpdates;
import org.channelport.order.OrderMessage;
import org.channelport.platform.outbox.OutboxMessage;
import org.channelport.platform.outbox.RejectedMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The erp.order handler with a fake adapter, fake order updates and a fake event log. */
class ErpOrderHandlerTest {
  static final String PAYLOAD =
      "{\"type\":\"order.placed\",\"orderId\":12,\"number\":\"CP-2026-000012\",\"partnerId\":1,"
          + "\"partnerCode\":\"NW-10001\",\"partnerName\":\"Northwind\",\"kind\":\"replenishment\","
          + "\"customer\":null,\"poNumber\":\"PO-77\",\"shipTo\":{\"name\":\"Northwind\","
          + "\"street\":\"Main 1\",\"postcode\":\"10115\",\"city\":\"Berlin\",\"country\":\"DE\"},"
          + "\"requestedDelivery\":\"2027-01-15\",\"lines\":[{\"lineNo\":1,\"sku\":\"NET-SW24\","
          + "\"productName\":\"Switch\",\"quantity\":5,\"unitPrice\":809.10,\"warehouse\":\"main\"}],"
          + "\"currency\":\"EUR\",\"total\":4045.50,\"note\":null,\"changeId\":null,\"reason\":null}";

  final List<String> calls = new ArrayList<>();
  ErpException failWith;
  OrderErpUpdates.OrderResponse answer;
  ErpOrderHandler handler;

  final class FakeAdapter implements ErpAdapter {
    @Override
    public String name() {
      return "fake";
    }

    @Override
    public OrderErpUpdates.OrderResponse deliver(String messageId, OrderMessage message)
        throws ErpException {
      calls.add("deliver " + messageId + " " + message.number() + " " + message.lines().size());
      if (failWith != null) {
        throw failWith;
      }
      return answer;
    }

    @Override
    public void ensurePartner(String messageId, PartnerMessage partner) {}

    @Override
    public PaymentResponse deliverPayment(
        String messageId, org.channelport.mdf.MdfPaymentMessage payment) {
      return null;
    }

    @Override
    public String poll(String cursor, OrderErpUpdates updates) {
      return cursor;
    }

    @Override
    public boolean reachable() {
      return true;
    }

    @Override
    public List<ErpOrderView> ordersByReference(Collection<String> orderNumbers) {
      return List.of();
    }
  }

  @BeforeEach
  void wire() {
    FakeAdapter adapter = new FakeAdapter();
    ErpAdapters adapters =
        new ErpAdapters() {
          @Override
          public Optional<ErpAdapter> current() {
            return Optional.of(adapter);
          }

          @Override
          public String currentName() {
            return "fake";
          }
        };
    IntegrationLog log =
        new IntegrationLog() {
          @Override
          public void outbound(
              String a,
              String kind,
              String order,
              String status,
              String error,
              String p,
              String id) {
            calls.add(
                "log " + kind + " " + order + " " + status + (error == null ? "" : " " + error));
          }
        };
    OrderErpUpdates updates =
        (OrderErpUpdates)
            Proxy.newProxyInstance(
                getClass().getClassLoader(),
                new Class<?>[] {OrderErpUpdates.class},
                (proxy, method, args) -> {
                  calls.add(
                      method.getName() + " " + args[0] + (args.length > 2 ? " " + args[2] : ""));
                  return method.getReturnType() == OrderErpUpdates.Applied.class
                      ? OrderErpUpdates.Applied.APPLIED
                      : null;
                });
    OrderUpdates orderUpdates =
        new OrderUpdates() {
          @Override
          public OrderErpUpdates get() {
            return updates;
          }
        };
    handler = new ErpOrderHandler(adapters, null, log, orderUpdates, new ErpConfig());
  }

  static OutboxMessage message(String payload) {
    return new OutboxMessage("m-1", "erp.order", "CP-2026-000012", payload, 1);
  }

  @Test
  void theOrderMessageIsReadAsTheOrderCapabilityWritesIt() {
    OrderMessage m = ErpJson.order(PAYLOAD);
    assertEquals("order.placed", m.type());
    assertEquals("CP-2026-000012", m.number());
    assertEquals(LocalDate.of(2027, 1, 15), m.requestedDelivery());
    assertEquals(new BigDecimal("809.10"), m.lines().get(0).unitPrice());
    assertEquals(5, m.lines().get(0).quantity());
    assertEquals("Berlin", m.shipTo().city());
    assertNull(m.customer());
    assertNull(m.changeId());
    assertNull(ErpJson.order("[1,2]"));
    assertNull(ErpJson.order("{\"lines\":[{\"quantity\":\"many\"}]}"));
  }

  @Test
  void anAnswerAtOnceMarksTheOrderSentAndHandsOverTheResponse() throws Exception {
    answer =
        new OrderErpUpdates.OrderResponse(
            "CP-2026-000012", "SO-1", "accepted", null, List.of(), Instant.now());
    handler.deliver(message(PAYLOAD));
    assertEquals(
        List.of(
            "deliver m-1 CP-2026-000012 1",
            "log order.placed CP-2026-000012 ok",
            "syncSent CP-2026-000012",
            "orderResponse " + answer),
        calls);
  }

  @Test
  void aRejectionBecomesARejectedMessageWithTheErpsAnswer() {
    failWith = ErpException.rejected("unknown product", "{\"error\":\"sku NET-SW24\"}");
    RejectedMessage e =
        assertThrows(RejectedMessage.class, () -> handler.deliver(message(PAYLOAD)));
    assertEquals("unknown product", e.getMessage());
    assertEquals("{\"error\":\"sku NET-SW24\"}", e.answer());
    assertTrue(calls.stream().noneMatch(c -> c.startsWith("syncSent")));
  }

  @Test
  void aTransientFailureIsThrownOnForTheRelayToRetry() {
    failWith = ErpException.transientFailure("connect refused", null);
    assertSame(failWith, assertThrows(ErpException.class, () -> handler.deliver(message(PAYLOAD))));
  }

  @Test
  void anUnreadablePayloadIsRejectedNotRetried() {
    assertThrows(RejectedMessage.class, () -> handler.deliver(message("{\"type\":\"x\"}")));
    assertEquals(List.of(), calls, "the ERP is not called");
  }

  @Test
  void failuresAreLoggedAndTheOrdersSyncStateSaysWhen() {
    Instant next = Instant.parse("2026-12-02T10:05:00Z");
    handler.willRetry(message(PAYLOAD), new java.io.IOException("timeout"), next);
    handler.parked(message(PAYLOAD), "RejectedMessage: bad", "{\"x\":1}");
    assertEquals(
        List.of(
            "log order.placed CP-2026-000012 failed IOException: timeout",
            "syncFailed CP-2026-000012 " + next,
            "log order.placed CP-2026-000012 parked RejectedMessage: bad — {\"x\":1}",
            "syncFailed CP-2026-000012 null"),
        calls);
    assertEquals(Duration.ofHours(72), handler.retryFor());
  }
}
