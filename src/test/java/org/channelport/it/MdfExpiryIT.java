package org.channelport.it;

import static org.channelport.it.support.Mdf.BALTIC;
import static org.channelport.it.support.Mdf.NORTHWIND;
import static org.channelport.it.support.Mdf.assertLedgerConsistent;
import static org.channelport.it.support.Mdf.available;
import static org.channelport.it.support.Mdf.balance;
import static org.channelport.it.support.Mdf.id;
import static org.channelport.it.support.Mdf.moved;
import static org.channelport.it.support.Mdf.status;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.function.BooleanSupplier;
import org.channelport.it.support.Api;
import org.channelport.it.support.Db;
import org.channelport.it.support.Http;
import org.channelport.it.support.Mdf;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The MDF clock on the real stack: the leased job {@code mdf-expiry} (every 2 s in the test run)
 * expires a request whose claim deadline passed and releases what it still reserves to the
 * allocation; after a program's end date it forfeits what is left available with a forfeiture entry
 * — once, however many rounds follow; what is still reserved stays reserved until its request
 * expires, and is forfeited then. The partner saw "expires in N days" before. Dates are moved into
 * the past in the database (as SlaBreachIT moves SLA dues), only those of the test's own fresh
 * program; the job is the portal's own.
 */
@ExtendWith(ArquillianExtension.class)
class MdfExpiryIT {
  static final Duration WAIT = Duration.ofSeconds(60);

  static void await(String what, BooleanSupplier done) throws InterruptedException {
    long deadline = System.nanoTime() + WAIT.toNanos();
    while (System.nanoTime() < deadline) {
      if (done.getAsBoolean()) {
        return;
      }
      Thread.sleep(250);
    }
    fail(what + " did not happen within " + WAIT.toSeconds() + " s");
  }

  /** Three rounds of the job. */
  static void someRounds() throws InterruptedException {
    Thread.sleep(7_000);
  }

  private static void assertAmount(String expected, BigDecimal actual, String what) {
    assertEquals(0, new BigDecimal(expected).compareTo(actual), what + ": " + actual);
  }

  private static long entries(long program, String reason) {
    return Db.count(
        "SELECT COUNT(*) FROM mdf_journal_entry WHERE program_id = ? AND reason = ?",
        program,
        reason);
  }

  private static JsonObject allocation(String user, long program, long partner) {
    HttpResponse<String> list = Api.as(user).get("/mdf/allocations?programId=" + program);
    assertEquals(200, list.statusCode(), list.body());
    return Http.parse(list.body()).asJsonArray().stream()
        .map(v -> v.asJsonObject())
        .filter(a -> a.getJsonNumber("partnerId").longValue() == partner)
        .findFirst()
        .orElseThrow(() -> new AssertionError("no allocation of " + partner + ": " + list.body()));
  }

  @Test
  void aRequestPastItsClaimDeadlineExpiresAndReleasesWhatItStillReserves() throws Exception {
    long program = Mdf.programWith(BALTIC, "100000", "10000");
    long due = Mdf.approvedRequest(program, BALTIC, "webinar", "4000");
    long claim = Mdf.submittedClaim(BALTIC, due, "1500", false);
    HttpResponse<String> paid = Mdf.decideClaim("cm-all", claim, "approve", null, null);
    assertEquals(200, paid.statusCode(), paid.body());
    long other = Mdf.approvedRequest(program, BALTIC, "event", "1000"); // its deadline stays
    assertAmount("5000", available(program, BALTIC), "available before");

    assertEquals(
        1,
        Db.update(
            "UPDATE mdf_request SET claim_deadline = UTC_DATE() - INTERVAL 1 DAY WHERE id = ?",
            due));
    await("the expiry of request " + due, () -> "expired".equals(status("mdf_request", due)));

    assertAmount("2500", moved("request_id", due, "reserved", "allocation"), "released");
    assertEquals(
        1,
        Db.count(
            "SELECT COUNT(*) FROM mdf_journal_entry WHERE request_id = ? AND reason = 'release'",
            due),
        "one release entry");
    assertAmount("7500", available(program, BALTIC), "available after");
    assertAmount("1000", balance(program, BALTIC, "reserved"), "the other request's reservation");
    assertEquals("approved", status("mdf_request", other), "a request still in time stays");
    assertEquals(
        1,
        Db.count(
            "SELECT COUNT(*) FROM mdf_request_event WHERE request_id = ? AND kind = 'expired'",
            due),
        "its timeline shows the expiry");
    JsonObject seen = Http.json(Api.as("pm-baltic").get("/mdf/requests/" + due));
    assertEquals("expired", seen.getString("status"));

    // no claim on an expired request
    HttpResponse<String> late =
        Mdf.postClaim("pm-baltic", Mdf.claimBody(due, "100", false), Mdf.Proof.invoice());
    assertTrue(late.statusCode() == 409 || late.statusCode() == 400, late.body());
    assertEquals(
        1, Db.count("SELECT COUNT(*) FROM mdf_claim WHERE request_id = ?", due), "none stored");

    someRounds();
    assertEquals(
        1,
        Db.count(
            "SELECT COUNT(*) FROM mdf_journal_entry WHERE request_id = ? AND reason = 'release'",
            due),
        "released once, whatever the rounds that follow");
    assertAmount("7500", available(program, BALTIC), "available, rounds later");
    assertAmount(
        "1500",
        balance(program, BALTIC, "payable").add(balance(program, BALTIC, "paid")),
        "the approved claim is still owed");
    assertLedgerConsistent();
  }

  @Test
  void aSubmittedRequestPastItsDeadlineExpiresWithoutMovingMoney() throws Exception {
    long program = Mdf.programWith(BALTIC, "100000", "10000");
    long request = id(Mdf.request(program, BALTIC, "webinar", "3000"));
    Db.update(
        "UPDATE mdf_request SET claim_deadline = UTC_DATE() - INTERVAL 1 DAY WHERE id = ?",
        request);
    await(
        "the expiry of request " + request, () -> "expired".equals(status("mdf_request", request)));
    assertEquals(0, Mdf.entries("request_id", request), "it reserved nothing, it releases nothing");
    assertAmount("10000", available(program, BALTIC), "available");
    HttpResponse<String> late = Mdf.approveRequest("cm-all", request, null, null);
    assertEquals(409, late.statusCode(), "an expired request is not approved: " + late.body());
    assertAmount("10000", available(program, BALTIC), "available");
  }

  @Test
  void periodEndForfeitsWhatIsLeftOnceAndLaterReleasesToo() throws Exception {
    long program = Mdf.programWith(NORTHWIND, "100000", "8000");
    long request = Mdf.approvedRequest(program, NORTHWIND, "webinar", "3000");
    JsonObject before = allocation("pm-northwind", program, NORTHWIND);
    assertEquals(Mdf.today().plusDays(90).toString(), before.getString("expiresOn"));
    assertEquals(90, before.getJsonNumber("daysToExpiry").longValue(), "expires in 90 days");
    assertAmount("5000", before.getJsonNumber("available").bigDecimalValue(), "available");
    assertAmount("3000", before.getJsonNumber("reserved").bigDecimalValue(), "reserved");
    assertAmount("8000", before.getJsonNumber("allocated").bigDecimalValue(), "allocated");

    assertEquals(
        1,
        Db.update(
            "UPDATE mdf_program SET ends_on = UTC_DATE() - INTERVAL 1 DAY WHERE id = ?", program));
    await("the forfeiture of program " + program, () -> entries(program, "forfeiture") > 0);
    assertAmount("5000", balance(program, NORTHWIND, "forfeited"), "forfeited");
    assertAmount("0", available(program, NORTHWIND), "nothing left available");
    assertAmount("3000", balance(program, NORTHWIND, "reserved"), "the reservation stays");
    assertEquals(
        1,
        Db.count(
            "SELECT COUNT(*) FROM mdf_journal_entry e JOIN mdf_account d ON d.id = e.debit_account_id"
                + " JOIN mdf_account c ON c.id = e.credit_account_id WHERE e.program_id = ?"
                + " AND e.reason = 'forfeiture' AND d.kind = 'allocation' AND c.kind = 'forfeited'"
                + " AND e.amount = 5000",
            program),
        "one forfeiture entry of what was left");

    someRounds();
    assertEquals(1, entries(program, "forfeiture"), "forfeited once");
    JsonObject after = allocation("pm-northwind", program, NORTHWIND);
    assertAmount("5000", after.getJsonNumber("forfeited").bigDecimalValue(), "shown forfeited");
    assertAmount("0", after.getJsonNumber("available").bigDecimalValue(), "shown available");
    assertEquals(-1, after.getJsonNumber("daysToExpiry").longValue(), "expired yesterday");

    // no more money into an ended program
    HttpResponse<String> late = Mdf.allocate("cm-all", program, NORTHWIND, "100");
    assertEquals(409, late.statusCode(), late.body());
    assertAmount("5000", balance(program, NORTHWIND, "forfeited"), "forfeited");

    // the reservation, released when its request expires, is forfeited by a later round
    Db.update(
        "UPDATE mdf_request SET claim_deadline = UTC_DATE() - INTERVAL 1 DAY WHERE id = ?",
        request);
    await("the second forfeiture", () -> entries(program, "forfeiture") == 2);
    assertEquals("expired", status("mdf_request", request));
    assertAmount("8000", balance(program, NORTHWIND, "forfeited"), "all forfeited");
    assertAmount("0", available(program, NORTHWIND), "nothing available");
    assertAmount("0", balance(program, NORTHWIND, "reserved"), "nothing reserved");
    assertLedgerConsistent();
  }
}
