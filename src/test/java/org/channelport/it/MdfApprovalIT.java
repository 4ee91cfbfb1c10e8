package org.channelport.it;

import static org.channelport.it.BadInputIT.refused;
import static org.channelport.it.PartnerAccessMatrixIT.assertProblem;
import static org.channelport.it.support.Mdf.DANUBE;
import static org.channelport.it.support.Mdf.assertLedgerConsistent;
import static org.channelport.it.support.Mdf.available;
import static org.channelport.it.support.Mdf.balance;
import static org.channelport.it.support.Mdf.entries;
import static org.channelport.it.support.Mdf.id;
import static org.channelport.it.support.Mdf.moved;
import static org.channelport.it.support.Mdf.plainDetail;
import static org.channelport.it.support.Mdf.status;
import static org.channelport.it.support.Mdf.version;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import org.channelport.it.support.Api;
import org.channelport.it.support.Db;
import org.channelport.it.support.Http;
import org.channelport.it.support.Mdf;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Approval limits on the real stack (demo limits: cm-danube 10,000 EUR, cm-all 100,000 EUR): an
 * amount above the approver's limit is recorded as a first approval and waits, no money moving,
 * until a second approver whose limit covers it finishes it; the same person never approves twice,
 * a second approver whose limit is too low is refused (403 with the reason), reasons are required
 * to reject, to return and to approve less, a partner user never decides its own partner's request
 * or claim — and a refused decision changes nothing. Every test works on a fresh program of Danube
 * Solutions (both channel managers' portfolio).
 */
@ExtendWith(ArquillianExtension.class)
class MdfApprovalIT {

  private static BigDecimal eur(String amount) {
    return new BigDecimal(amount);
  }

  private static void assertAmount(String expected, BigDecimal actual) {
    assertEquals(0, eur(expected).compareTo(actual), "expected " + expected + ", was " + actual);
  }

  private static void assertAmount(String expected, BigDecimal actual, String what) {
    assertEquals(
        0, eur(expected).compareTo(actual), what + ": expected " + expected + ", was " + actual);
  }

  private static void assertAmount(String expected, JsonObject o, String field) {
    assertFalse(o.isNull(field), field + " in " + o);
    assertAmount(expected, o.getJsonNumber(field).bigDecimalValue());
  }

  /** The request's row as it is: status, version, approved amount, and its journal entries. */
  private record Snapshot(String state, long rowVersion, String approved, long entryCount) {
    static Snapshot ofRequest(long id) {
      return new Snapshot(
          status("mdf_request", id),
          version("mdf_request", id),
          Db.string("SELECT approved_amount FROM mdf_request WHERE id = ?", id),
          entries("request_id", id));
    }

    static Snapshot ofClaim(long id) {
      return new Snapshot(
          status("mdf_claim", id),
          version("mdf_claim", id),
          Db.string("SELECT approved_amount FROM mdf_claim WHERE id = ?", id),
          entries("claim_id", id));
    }
  }

  @Test
  void aRequestAboveTheLimitWaitsForASecondApproverWhoseLimitCoversIt() {
    long program = Mdf.programWith(DANUBE, "100000", "30000");
    long request = id(Mdf.request(program, DANUBE, "webinar", "12000"));

    HttpResponse<String> first = Mdf.approveRequest("cm-danube", request, null, null);
    assertEquals(200, first.statusCode(), first.body());
    JsonObject waiting = Http.json(first);
    assertEquals("awaiting_second_approval", waiting.getString("status"), waiting.toString());
    assertEquals("cm-danube", waiting.getString("firstApprover"));
    assertEquals(
        "cm-danube", Db.string("SELECT first_approver FROM mdf_request WHERE id = ?", request));
    assertEquals(
        1,
        Db.count(
            "SELECT COUNT(*) FROM mdf_request_event WHERE request_id = ? AND actor = 'cm-danube'"
                + " AND kind = 'first_approval'",
            request),
        "the first approval is recorded on the timeline");
    assertEquals(0, entries("request_id", request), "no money moves before the second approval");
    assertAmount("30000", available(program, DANUBE));

    // the same person a second time: refused with a reason, nothing changed
    Snapshot before = Snapshot.ofRequest(request);
    HttpResponse<String> again = Mdf.approveRequest("cm-danube", request, null, null);
    assertProblem(again, 403);
    assertFalse(Http.json(again).getString("detail", "").isBlank(), again.body());
    assertEquals(before, Snapshot.ofRequest(request));

    HttpResponse<String> second = Mdf.approveRequest("cm-all", request, null, null);
    assertEquals(200, second.statusCode(), second.body());
    JsonObject approved = Http.json(second);
    assertEquals("approved", approved.getString("status"));
    assertAmount("12000", approved, "approvedAmount");
    assertEquals("cm-all", approved.getString("approvedBy"));
    assertEquals("cm-danube", approved.getString("firstApprover"), "the first approval is kept");
    assertAmount("12000", moved("request_id", request, "allocation", "reserved"));
    assertEquals(1, entries("request_id", request), "one reservation entry");
    assertAmount("18000", available(program, DANUBE));
    assertAmount("12000", balance(program, DANUBE, "reserved"));
    assertLedgerConsistent();
  }

  @Test
  void anAmountWithinTheLimitNeedsOneApproval() {
    long program = Mdf.programWith(DANUBE, "100000", "30000");
    long request = id(Mdf.request(program, DANUBE, "event", "10000"));
    HttpResponse<String> approved = Mdf.approveRequest("cm-danube", request, null, null);
    assertEquals(200, approved.statusCode(), approved.body());
    assertEquals("approved", Http.json(approved).getString("status"), "exactly the limit");
    assertAmount("10000", moved("request_id", request, "allocation", "reserved"));
    assertAmount("20000", available(program, DANUBE));
  }

  @Test
  void aSecondApproverWhoseLimitIsTooLowIsRefusedAndTheFirstCannotFinishAlone() {
    long program = Mdf.programWith(DANUBE, "300000", "200000");
    long request = id(Mdf.request(program, DANUBE, "trade_show", "150000"));
    HttpResponse<String> first = Mdf.approveRequest("cm-all", request, null, null);
    assertEquals(200, first.statusCode(), first.body());
    assertEquals("awaiting_second_approval", Http.json(first).getString("status"));

    Snapshot before = Snapshot.ofRequest(request);
    HttpResponse<String> low = Mdf.approveRequest("cm-danube", request, null, null);
    assertProblem(low, 403);
    assertTrue(
        plainDetail(low).contains("10000.00"),
        "the reason names the approver's limit: " + low.body());
    assertEquals(before, Snapshot.ofRequest(request));

    assertProblem(Mdf.approveRequest("cm-all", request, null, null), 403);
    assertEquals(before, Snapshot.ofRequest(request), "the first approver cannot finish it");
    assertAmount("200000", available(program, DANUBE));
    assertEquals("awaiting_second_approval", status("mdf_request", request));
  }

  @Test
  void aClaimAboveTheLimitWaitsForTheSecondApprover() {
    long program = Mdf.programWith(DANUBE, "100000", "30000");
    long request = Mdf.approvedRequest(program, DANUBE, "webinar", "15000");
    long claim = Mdf.submittedClaim(DANUBE, request, "12000", false);

    HttpResponse<String> first = Mdf.decideClaim("cm-danube", claim, "approve", null, null);
    assertEquals(200, first.statusCode(), first.body());
    assertEquals("awaiting_second_approval", Http.json(first).getString("status"));
    assertEquals(
        "cm-danube", Db.string("SELECT first_approver FROM mdf_claim WHERE id = ?", claim));
    assertEquals(0, entries("claim_id", claim), "no money moves on the first approval");

    Snapshot before = Snapshot.ofClaim(claim);
    assertProblem(Mdf.decideClaim("cm-danube", claim, "approve", null, null), 403);
    assertEquals(before, Snapshot.ofClaim(claim), "the same person twice: nothing changed");

    HttpResponse<String> second = Mdf.decideClaim("cm-all", claim, "approve", null, null);
    assertEquals(200, second.statusCode(), second.body());
    JsonObject done = Http.json(second);
    assertTrue(
        done.getString("status").equals("approved") || done.getString("status").equals("payable"),
        done.toString());
    assertAmount("12000", done, "approvedAmount");
    assertAmount("12000", moved("claim_id", claim, "reserved", "payable"));
    assertAmount("3000", balance(program, DANUBE, "reserved"), "the request still reserves 3,000");
    assertAmount("12000", balance(program, DANUBE, "payable"));
    assertLedgerConsistent();
  }

  @Test
  void reasonsAreRequiredToRejectToReturnAndToApproveLess() {
    long program = Mdf.programWith(DANUBE, "100000", "30000");
    long request = id(Mdf.request(program, DANUBE, "webinar", "8000"));
    Snapshot before = Snapshot.ofRequest(request);

    refused(Mdf.approveRequest("cm-all", request, "6000", null), "reason");
    refused(Mdf.approveRequest("cm-all", request, "6000", "  "), "reason");
    refused(
        Api.as("cm-all")
            .post(
                "/mdf/requests/" + request + "/reject",
                "{\"version\":" + version("mdf_request", request) + "}"),
        "reason");
    refused(Mdf.approveRequest("cm-all", request, "9000", "more"), "approvedAmount");
    refused(Mdf.approveRequest("cm-all", request, "-5", "less"), "approvedAmount");
    assertEquals(before, Snapshot.ofRequest(request), "a refused decision changes nothing");
    assertAmount("30000", available(program, DANUBE));

    HttpResponse<String> less =
        Mdf.approveRequest("cm-all", request, "6000", "The venue costs less than planned.");
    assertEquals(200, less.statusCode(), less.body());
    JsonObject approved = Http.json(less);
    assertEquals("approved", approved.getString("status"));
    assertAmount("6000", approved, "approvedAmount");
    assertAmount("8000", approved, "requestedAmount");
    assertAmount("6000", moved("request_id", request, "allocation", "reserved"));
    assertAmount("24000", available(program, DANUBE));

    // a rejection with its reason releases nothing it never reserved
    long other = id(Mdf.request(program, DANUBE, "webinar", "1000"));
    HttpResponse<String> rejected =
        Api.as("cm-all")
            .post(
                "/mdf/requests/" + other + "/reject",
                Mdf.decision(null, "Not in this quarter's plan.", version("mdf_request", other)));
    assertEquals(200, rejected.statusCode(), rejected.body());
    assertEquals("rejected", Http.json(rejected).getString("status"));
    assertEquals(0, entries("request_id", other));

    // a claim: returning, rejecting and approving less need a reason too
    long claim = Mdf.submittedClaim(DANUBE, request, "5000", false);
    Snapshot submitted = Snapshot.ofClaim(claim);
    refused(Mdf.decideClaim("cm-all", claim, "return", null, null), "reason");
    refused(Mdf.decideClaim("cm-all", claim, "reject", null, null), "reason");
    refused(Mdf.decideClaim("cm-all", claim, "approve", "4000", null), "reason");
    refused(Mdf.decideClaim("cm-all", claim, "approve", "5500", "more"), "approvedAmount");
    assertEquals(submitted, Snapshot.ofClaim(claim));
    HttpResponse<String> returned =
        Mdf.decideClaim("cm-all", claim, "return", null, "Please add the attendee list.");
    assertEquals(200, returned.statusCode(), returned.body());
    assertEquals("returned", Http.json(returned).getString("status"));
    assertEquals(0, entries("claim_id", claim));

    // corrected and resubmitted, approved for less with a reason
    HttpResponse<String> resubmitted = Mdf.submitClaim("pm-danube", claim);
    assertEquals(200, resubmitted.statusCode(), resubmitted.body());
    assertEquals("submitted", Http.json(resubmitted).getString("status"));
    HttpResponse<String> lessClaim =
        Mdf.decideClaim("cm-all", claim, "approve", "4000", "One invoice is not eligible.");
    assertEquals(200, lessClaim.statusCode(), lessClaim.body());
    assertAmount("4000", Http.json(lessClaim), "approvedAmount");
    assertAmount("4000", moved("claim_id", claim, "reserved", "payable"));
    assertLedgerConsistent();
  }

  @Test
  void aPartnerUserNeverDecidesItsOwnPartnersRequestOrClaim() {
    long program = Mdf.programWith(DANUBE, "100000", "30000");
    long request = id(Mdf.request(program, DANUBE, "webinar", "2000"));
    Snapshot before = Snapshot.ofRequest(request);
    HttpResponse<String> own = Mdf.approveRequest("pm-danube", request, null, null);
    assertProblem(own, 403);
    assertFalse(Http.json(own).getString("detail", "").isBlank(), own.body());
    assertProblem(
        Api.as("pm-danube")
            .post(
                "/mdf/requests/" + request + "/reject",
                Mdf.decision(null, "changed my mind", version("mdf_request", request))),
        403);
    assertEquals(before, Snapshot.ofRequest(request));
    assertAmount("30000", available(program, DANUBE));

    HttpResponse<String> approved = Mdf.approveRequest("cm-all", request, null, null);
    assertEquals(200, approved.statusCode(), approved.body());
    long claim = Mdf.submittedClaim(DANUBE, request, "2000", true);
    Snapshot claimBefore = Snapshot.ofClaim(claim);
    for (String step : new String[] {"approve", "reject", "return"}) {
      assertProblem(Mdf.decideClaim("pm-danube", claim, step, null, "mine"), 403);
    }
    assertEquals(claimBefore, Snapshot.ofClaim(claim));
  }

  @Test
  void moreThanIsAvailableIsRefusedNamingTheAvailableAmount() {
    long program = Mdf.programWith(DANUBE, "100000", "5000");
    long request = id(Mdf.request(program, DANUBE, "webinar", "8000"));
    Snapshot before = Snapshot.ofRequest(request);
    HttpResponse<String> refused = Mdf.approveRequest("cm-all", request, null, null);
    assertProblem(refused, 409);
    assertTrue(
        plainDetail(refused).contains("5000.00"), "names the available amount: " + refused.body());
    assertEquals(before, Snapshot.ofRequest(request));
    assertAmount("5000", available(program, DANUBE));

    // the lower amount that is available, with a reason: approved
    HttpResponse<String> less =
        Mdf.approveRequest("cm-all", request, "5000", "What is left of the allocation.");
    assertEquals(200, less.statusCode(), less.body());
    assertAmount("0", available(program, DANUBE));

    // and nothing more for the next one
    long next = id(Mdf.request(program, DANUBE, "webinar", "100"));
    HttpResponse<String> none = Mdf.approveRequest("cm-danube", next, null, null);
    assertProblem(none, 409);
    assertTrue(plainDetail(none).contains("0.00"), none.body());
    assertEquals("submitted", status("mdf_request", next));
    assertEquals(0, entries("request_id", next));
  }

  @Test
  void aStaleVersionIsRefusedAndChangesNothing() {
    long program = Mdf.programWith(DANUBE, "100000", "30000");
    long request = id(Mdf.request(program, DANUBE, "webinar", "1000"));
    Snapshot before = Snapshot.ofRequest(request);
    HttpResponse<String> stale =
        Api.as("cm-all")
            .post(
                "/mdf/requests/" + request + "/approve",
                Mdf.decision(null, null, version("mdf_request", request) + 1));
    assertProblem(stale, 409);
    assertEquals(before, Snapshot.ofRequest(request));
    assertAmount("30000", available(program, DANUBE));
  }
}
