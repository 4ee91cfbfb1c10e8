package org.channelport.it;

import static org.channelport.it.support.Mdf.NORTHWIND;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.channelport.erp.tryton.TrytonWarehouse;
import org.channelport.it.support.Api;
import org.channelport.it.support.Db;
import org.channelport.it.support.ErpTokens;
import org.channelport.it.support.FakeMiddleware;
import org.channelport.it.support.Http;
import org.channelport.it.support.Mdf;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * An approved MDF claim's payment reaches the ERP exactly once and comes back paid, on the real
 * stack: in Tryton as one posted supplier invoice of the partner's party (reference = the claim
 * number, booked to the program's GL account), also when the portal sends it again after a lost
 * answer; when Tryton's accountant pays it, the poll makes the claim paid and moves the money
 * payable → paid. Through the Channelport ERP protocol: one POST /erp/mdf-payments with the message
 * id as Idempotency-Key, and the ERP's inbound calls (booked, paid) applied once each.
 */
@ExtendWith(ArquillianExtension.class)
class MdfPaymentIT {

  /** A program of cm-all booking to GL 6400, paid by transfer, 5,000 EUR for Northwind. */
  static long program() {
    JsonObject body =
        Json.createObjectBuilder(
                (JsonObject)
                    Http.parse(
                        Mdf.programBody(
                            Mdf.uniqueName("payments"), new BigDecimal("20000"), "webinar")))
            .add("glCode", "6400")
            .add("paymentMethod", "transfer")
            .build();
    HttpResponse<String> created = Api.as("cm-all").post("/mdf/programs", body.toString());
    assertEquals(201, created.statusCode(), created.body());
    long program = Mdf.id(Http.json(created));
    Mdf.allocate(program, NORTHWIND, "5000");
    return program;
  }

  /** A claim of Northwind for {@code amount} on a fresh approved request, approved: payable. */
  static JsonObject payableClaim(long program, String amount) {
    long request =
        Mdf.approvedRequest(
            program,
            NORTHWIND,
            "webinar",
            new BigDecimal(amount).multiply(BigDecimal.valueOf(2)).toString());
    long claim = Mdf.submittedClaim(NORTHWIND, request, amount, true);
    HttpResponse<String> approved = Mdf.decideClaim("cm-all", claim, "approve", null, null);
    assertEquals(200, approved.statusCode(), approved.body());
    JsonObject c = claim(claim);
    assertEquals("payable", c.getString("status"), c.toString());
    return c;
  }

  static JsonObject claim(long id) {
    HttpResponse<String> r = Api.as("pm-northwind").get("/mdf/claims/" + id);
    assertEquals(200, r.statusCode(), r.body());
    return Http.json(r);
  }

  static boolean delivered(String claimNumber) {
    return Db.count(
            "SELECT COUNT(*) FROM outbox_message WHERE topic = 'erp.mdf-payment'"
                + " AND msg_key = ? AND status = 'DELIVERED'",
            claimNumber)
        == 1;
  }

  /**
   * Tryton's accountant pays the claim's supplier invoice once the portal booked it there; the
   * claim is paid once the poll has read it (both awaited).
   */
  static void trytonPays(long claimId, String claimNumber, BigDecimal amount) throws Exception {
    IssueReturnIT.await(
        "claim " + claimNumber + " booked in Tryton",
        Duration.ofSeconds(120),
        () ->
            Db.count(
                    "SELECT COUNT(*) FROM mdf_claim WHERE id = ? AND booked_at IS NOT NULL",
                    claimId)
                == 1);
    TrytonWarehouse tryton = TrytonWarehouse.ofTestStack();
    tryton.pay(tryton.invoices(claimNumber).get(0).id(), amount);
    IssueReturnIT.await(
        "claim " + claimNumber + " paid (polled from Tryton)",
        Duration.ofSeconds(60),
        () -> "paid".equals(Mdf.status("mdf_claim", claimId)));
  }

  static BigDecimal paidOfNorthwind(long program) {
    return Mdf.balance(program, NORTHWIND, "paid");
  }

  @Test
  void trytonBooksThePaymentOnceAndThePollMakesItPaidWhenTheAccountantPays() throws Exception {
    JsonObject before = IntegrationIT.settings();
    TrytonWarehouse tryton = TrytonWarehouse.ofTestStack();
    try {
      IssueReturnIT.setAdapter("tryton", null);
      long program = program();
      JsonObject c = payableClaim(program, "750");
      long claimId = Mdf.id(c);
      String number = c.getString("number");

      IssueReturnIT.await(
          "claim " + number + " booked in Tryton",
          Duration.ofSeconds(120),
          () -> !claim(claimId).isNull("bookedAt") && delivered(number));
      List<TrytonWarehouse.Invoice> invoices = tryton.invoices(number);
      assertEquals(1, invoices.size(), "one invoice for the claim: " + invoices);
      TrytonWarehouse.Invoice invoice = invoices.get(0);
      assertEquals("in", invoice.type(), "a supplier invoice: Tryton owes the partner");
      assertEquals("posted", invoice.state());
      assertEquals("NW-10001", invoice.partyCode());
      assertEquals(0, new BigDecimal("750").compareTo(invoice.total()), invoice.toString());
      assertEquals("6400", invoice.accountCode(), "booked to the program's GL account");
      JsonObject booked = claim(claimId);
      assertEquals(invoice.number(), booked.getString("erpReference"));
      assertEquals("payable", booked.getString("status"), "booked is not paid yet");
      assertFalse(booked.isNull("paymentSentAt"));

      // the portal lost Tryton's answer and sends the message again: still one invoice
      assertEquals(
          1,
          Db.update(
              "UPDATE outbox_message SET status = 'PENDING', next_attempt_at = UTC_TIMESTAMP(6)"
                  + " WHERE topic = 'erp.mdf-payment' AND msg_key = ? AND status = 'DELIVERED'",
              number));
      IssueReturnIT.await(
          "the payment of " + number + " sent again",
          Duration.ofSeconds(60),
          () -> delivered(number));
      assertEquals(1, tryton.invoices(number).size(), "a retry books nothing twice");
      assertEquals(
          1,
          Db.count(
              "SELECT COUNT(*) FROM outbox_message WHERE topic = 'erp.mdf-payment' AND msg_key = ?",
              number),
          "one message per claim");

      // Tryton's accountant pays the invoice: the poll makes the claim paid
      BigDecimal paidBefore = paidOfNorthwind(program);
      tryton.pay(invoice.id(), new BigDecimal("750"));
      IssueReturnIT.await(
          "claim " + number + " paid (polled from Tryton)",
          Duration.ofSeconds(60),
          () -> "paid".equals(claim(claimId).getString("status")));
      JsonObject paid = claim(claimId);
      assertNotNull(paid.getString("paidAt"));
      assertEquals(invoice.number(), paid.getString("erpReference"));
      assertEquals(0, paidBefore.add(new BigDecimal("750")).compareTo(paidOfNorthwind(program)));
      assertEquals(
          0,
          BigDecimal.ZERO.compareTo(Mdf.balance(program, NORTHWIND, "payable")),
          "nothing left payable");
      assertEquals(
          1,
          Db.count(
              "SELECT COUNT(*) FROM mdf_journal_entry WHERE claim_id = ? AND reason = 'payment'",
              claimId),
          "one payment entry");
    } finally {
      IntegrationIT.restore(before);
    }
  }

  @Test
  void throughTheProtocolThePaymentIsOneMessageAndTheErpsCallsApplyOnce() throws Exception {
    JsonObject before = IntegrationIT.settings();
    try (FakeMiddleware middleware = FakeMiddleware.start(FakeMiddleware.IT_PORT)) {
      IssueReturnIT.setAdapter("protocol", middleware.url());
      long program = program();
      JsonObject c = payableClaim(program, "400");
      long claimId = Mdf.id(c);
      String number = c.getString("number");
      IssueReturnIT.await(
          "the payment of " + number + " sent to the middleware",
          Duration.ofSeconds(60),
          () -> !claim(claimId).isNull("paymentSentAt"));
      List<FakeMiddleware.Request> sent =
          middleware.requests("POST", "/erp/mdf-payments").stream()
              .filter(r -> number.equals(r.field("claimNumber")))
              .toList();
      assertEquals(1, sent.size(), "one message for the claim");
      FakeMiddleware.Request message = sent.get(0);
      assertNotNull(message.header("Idempotency-Key"));
      JsonObject body = Http.parse(message.body()).asJsonObject();
      assertEquals("mdf.payment", body.getString("type"));
      assertEquals(claimId, body.getJsonNumber("claimId").longValue());
      assertEquals("NW-10001", body.getString("partnerCode"));
      assertEquals(
          0, new BigDecimal("400").compareTo(body.getJsonNumber("amount").bigDecimalValue()));
      assertEquals("EUR", body.getString("currency"));
      assertEquals("transfer", body.getString("method"));
      assertEquals("6400", body.getString("glCode"));
      assertEquals("payable", claim(claimId).getString("status"));

      String bookedEvent = UUID.randomUUID().toString();
      assertEquals("applied", payment(bookedEvent, number, "booked", "AP-77"));
      assertEquals("duplicate", payment(bookedEvent, number, "booked", "AP-77"));
      assertEquals("AP-77", claim(claimId).getString("erpReference"));
      assertEquals("payable", claim(claimId).getString("status"));

      BigDecimal paidBefore = paidOfNorthwind(program);
      assertEquals("applied", payment(UUID.randomUUID().toString(), number, "paid", "AP-77"));
      assertEquals(
          "stale",
          payment(UUID.randomUUID().toString(), number, "paid", "AP-77"),
          "paid once: a second confirmation changes nothing");
      JsonObject paid = claim(claimId);
      assertEquals("paid", paid.getString("status"));
      assertEquals(0, paidBefore.add(new BigDecimal("400")).compareTo(paidOfNorthwind(program)));
      assertEquals(
          1,
          Db.count(
              "SELECT COUNT(*) FROM mdf_journal_entry WHERE claim_id = ? AND reason = 'payment'",
              claimId));

      assertEquals(
          "unknown_claim", payment(UUID.randomUUID().toString(), "MDF-1999-999999", "paid", "X"));
      HttpResponse<String> bad =
          Api.withToken(ErpTokens.token())
              .post(
                  "/integration/mdf-payments",
                  paymentBody(UUID.randomUUID().toString(), number, "refunded", "AP-77"));
      assertEquals(400, bad.statusCode(), bad.body());
      assertEquals("status", Http.json(bad).getString("field"), bad.body());

      // only the ERP's service account may say so
      HttpResponse<String> partner =
          Api.as("pm-northwind")
              .post(
                  "/integration/mdf-payments",
                  paymentBody(UUID.randomUUID().toString(), number, "paid", "AP-77"));
      assertEquals(403, partner.statusCode(), partner.body());
    } finally {
      IntegrationIT.restore(before);
    }
  }

  static String paymentBody(String eventId, String claim, String status, String reference) {
    return Json.createObjectBuilder()
        .add("eventId", eventId)
        .add("at", Instant.now().toString())
        .add("claimNumber", claim)
        .add("status", status)
        .add("erpReference", reference)
        .build()
        .toString();
  }

  static String payment(String eventId, String claim, String status, String reference) {
    return IssueReturnIT.inbound("mdf-payments", paymentBody(eventId, claim, status, reference));
  }
}
