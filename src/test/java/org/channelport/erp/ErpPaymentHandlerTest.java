package org.channelport.erp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.channelport.mdf.MdfErpUpdates;
import org.channelport.mdf.MdfPaymentMessage;
import org.channelport.order.OrderErpUpdates;
import org.channelport.order.OrderMessage;
import org.channelport.platform.outbox.OutboxMessage;
import org.channelport.platform.outbox.RejectedMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The erp.mdf-payment handler with a fake adapter, fake MDF updates and a fake event log. */
class ErpPaymentHandlerTest {
  static final Instant AT = Instant.parse("2027-02-01T10:00:00Z");
  static final MdfPaymentMessage PAYMENT =
      new MdfPaymentMessage(
          42,
          "MDF-2027-000042",
          1,
          "NW-10001",
          "Northwind Systems",
          new BigDecimal("750.00"),
          "EUR",
          MdfPaymentMessage.TRANSFER,
          "6400",
          "2027-Q1 Demand generation",
          "Spring webinar");

  final List<String> calls = new ArrayList<>();
  ErpException failWith;
  ErpAdapter.PaymentResponse answer;
  MdfPaymentMessage delivered;
  ErpPaymentHandler handler;

  final class FakeAdapter implements ErpAdapter {
    @Override
    public String name() {
      return "fake";
    }

    @Override
    public OrderErpUpdates.OrderResponse deliver(String messageId, OrderMessage message) {
      throw new AssertionError("not an order");
    }

    @Override
    public void ensurePartner(String messageId, PartnerMessage partner) {}

    @Override
    public PaymentResponse deliverPayment(String messageId, MdfPaymentMessage payment)
        throws ErpException {
      calls.add("deliverPayment " + messageId + " " + payment.claimNumber());
      delivered = payment;
      if (failWith != null) {
        throw failWith;
      }
      return answer;
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
              String subject,
              String status,
              String error,
              String p,
              String id) {
            calls.add("log " + kind + " " + subject + " " + status);
          }
        };
    MdfErpUpdates updates =
        (MdfErpUpdates)
            Proxy.newProxyInstance(
                getClass().getClassLoader(),
                new Class<?>[] {MdfErpUpdates.class},
                (proxy, method, args) -> {
                  calls.add(
                      method.getName()
                          + " "
                          + args[0]
                          + (args.length > 1 && args[1] != null ? " " + args[1] : ""));
                  return method.getReturnType() == MdfErpUpdates.Applied.class
                      ? MdfErpUpdates.Applied.APPLIED
                      : null;
                });
    MdfUpdates payments =
        new MdfUpdates() {
          @Override
          public Optional<MdfErpUpdates> current() {
            return Optional.of(updates);
          }
        };
    handler = new ErpPaymentHandler(adapters, null, log, payments, new ErpConfig());
  }

  /** The payload as the MDF capability writes it (JSON-B of the record: names sorted). */
  static final String PAYLOAD =
      "{\"activity\":\"Spring webinar\",\"amount\":750.00,\"claimId\":42,"
          + "\"claimNumber\":\"MDF-2027-000042\",\"currency\":\"EUR\",\"glCode\":\"6400\","
          + "\"method\":\"transfer\",\"partnerCode\":\"NW-10001\",\"partnerId\":1,"
          + "\"partnerName\":\"Northwind Systems\",\"programName\":\"2027-Q1 Demand generation\"}";

  static OutboxMessage message(MdfPaymentMessage payment) {
    return new OutboxMessage("m-1", MdfPaymentMessage.TOPIC, payment.claimNumber(), PAYLOAD, 1);
  }

  @Test
  void thePaymentIsReadAsTheMdfCapabilityWritesIt() throws Exception {
    handler.deliver(message(PAYMENT));
    assertEquals(PAYMENT, delivered);
  }

  @Test
  void aBookedPaymentIsSentAndBookedButNotPaid() throws Exception {
    answer =
        new ErpAdapter.PaymentResponse(
            PAYMENT.claimNumber(), "INV-2027-00007", ErpAdapter.PaymentResponse.BOOKED, AT);
    handler.deliver(message(PAYMENT));
    assertEquals(
        List.of(
            "deliverPayment m-1 MDF-2027-000042",
            "log mdf-payment MDF-2027-000042 ok",
            "paymentSent MDF-2027-000042 m-1",
            "paymentBooked MDF-2027-000042 INV-2027-00007"),
        calls);
  }

  @Test
  void aPaymentTheErpPaidAtOnceIsBookedAndPaid() throws Exception {
    answer =
        new ErpAdapter.PaymentResponse(
            PAYMENT.claimNumber(), "CN-1", ErpAdapter.PaymentResponse.PAID, AT);
    handler.deliver(message(PAYMENT));
    assertTrue(calls.contains("paymentBooked MDF-2027-000042 CN-1"), calls.toString());
    assertEquals("paid MDF-2027-000042 CN-1", calls.get(calls.size() - 1));
  }

  @Test
  void anAnswerThatComesLaterOnlyMarksThePaymentSent() throws Exception {
    handler.deliver(message(PAYMENT));
    assertEquals("paymentSent MDF-2027-000042 m-1", calls.get(calls.size() - 1));
  }

  @Test
  void aRefusalIsParkedAndATransientFailureRetried() throws Exception {
    failWith = ErpException.rejected("no expense account with code 6400", null);
    assertThrows(RejectedMessage.class, () -> handler.deliver(message(PAYMENT)));
    failWith = ErpException.transientFailure("cannot connect", null);
    assertThrows(ErpException.class, () -> handler.deliver(message(PAYMENT)));
    assertTrue(calls.stream().noneMatch(c -> c.startsWith("paymentSent")), calls.toString());

    handler.willRetry(message(PAYMENT), failWith, AT);
    assertTrue(
        calls.stream().anyMatch(c -> c.startsWith("paymentFailed MDF-2027-000042")),
        calls.toString());
  }

  @Test
  void aPayloadThatIsNoPaymentIsParkedWithoutCallingTheErp() {
    OutboxMessage broken =
        new OutboxMessage(
            "m-2", MdfPaymentMessage.TOPIC, "MDC-X", "{\"claimNumber\":\"MDC-X\"}", 1);
    assertThrows(RejectedMessage.class, () -> handler.deliver(broken));
    assertTrue(calls.isEmpty(), calls.toString());
  }
}
