package org.channelport.it;

import static org.channelport.it.PartnerAccessMatrixIT.assertProblem;
import static org.channelport.it.support.MdfApi.amount;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.channelport.it.support.Api;
import org.channelport.it.support.Db;
import org.channelport.it.support.Http;
import org.channelport.it.support.MdfApi;
import org.channelport.it.support.MdfApi.Part;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The MDF API's happy path on the real stack — a partner manager requests funds for a webinar, a
 * channel manager approves less (with a reason), a partner employee prepares the claim with a PDF
 * invoice, the manager submits it, the channel manager approves it: payable, the payment in the
 * outbox once, the request closed by its final claim, every move a journal entry — and what
 * insufficient funds answer (409 naming what is available, nothing changed).
 */
@ExtendWith(ArquillianExtension.class)
class MdfApiIT {
  static final long DEMO_PROGRAM = 1;
  static final long BALTIC = 2;
  static final long DANUBE = 3;

  @Test
  void aWebinarIsRequestedApprovedLowerClaimedWithItsInvoiceAndBecomesPayable() {
    JsonObject before = allocation("pm-baltic", DEMO_PROGRAM);
    BigDecimal available = amount(before, "available");
    assertEquals(BALTIC, before.getJsonNumber("partnerId").longValue());

    HttpResponse<String> created =
        Api.as("pm-baltic").post("/mdf/requests", request(DEMO_PROGRAM, "webinar", "4000"));
    assertEquals(201, created.statusCode(), created.body());
    JsonObject request = Http.json(created);
    long requestId = request.getJsonNumber("id").longValue();
    assertEquals("submitted", request.getString("status"));
    assertTrue(request.isNull("approvedAmount"));
    assertEquals(0, new BigDecimal("4000").compareTo(amount(request, "requestedAmount")));

    // a partner user never approves, not even their own partner's request
    assertProblem(Api.as("pm-baltic").post("/mdf/requests/" + requestId + "/approve", "{}"), 403);
    // a channel manager outside Baltic's portfolio does not find it
    assertProblem(Api.as("cm-danube").post("/mdf/requests/" + requestId + "/approve", "{}"), 404);
    // less than asked needs a reason; a stale version is refused
    HttpResponse<String> noReason =
        Api.as("cm-all")
            .post("/mdf/requests/" + requestId + "/approve", "{\"approvedAmount\":3000}");
    assertProblem(noReason, 400);
    assertTrue(noReason.body().contains("reason"), noReason.body());
    assertProblem(
        Api.as("cm-all")
            .post(
                "/mdf/requests/" + requestId + "/approve",
                "{\"approvedAmount\":3000,\"reason\":\"x\",\"version\":"
                    + (request.getInt("version") + 7)
                    + "}"),
        409);

    HttpResponse<String> approved =
        Api.as("cm-all")
            .post(
                "/mdf/requests/" + requestId + "/approve",
                "{\"approvedAmount\":3000,\"reason\":\"Two webinars are funded this quarter\","
                    + "\"version\":"
                    + request.getInt("version")
                    + "}");
    assertEquals(200, approved.statusCode(), approved.body());
    request = Http.json(approved);
    assertEquals("approved", request.getString("status"));
    assertEquals(0, new BigDecimal("3000").compareTo(amount(request, "approvedAmount")));
    assertEquals(0, new BigDecimal("3000").compareTo(amount(request, "reserved")));
    assertEquals(
        0,
        available
            .subtract(new BigDecimal("3000"))
            .compareTo(amount(allocation("pm-baltic", DEMO_PROGRAM), "available")));

    // bytes that lie about their type are refused, nothing is kept
    long claimsBefore = Db.count("SELECT COUNT(*) FROM mdf_claim WHERE request_id = ?", requestId);
    HttpResponse<String> lying =
        MdfApi.multipart(
            "pe-baltic",
            "/mdf/claims",
            Part.json(
                "claim",
                "{\"requestId\":" + requestId + ",\"claimedAmount\":2500,\"actualCost\":6000}"),
            Part.proof(
                "invoice.pdf",
                "application/pdf",
                "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8)));
    assertProblem(lying, 400);
    assertEquals("proof", Http.json(lying).getString("field"));
    assertEquals(
        claimsBefore, Db.count("SELECT COUNT(*) FROM mdf_claim WHERE request_id = ?", requestId));

    // the employee prepares the claim with the invoice; the checklist is complete
    HttpResponse<String> draft =
        MdfApi.multipart(
            "pe-baltic",
            "/mdf/claims",
            Part.json(
                "claim",
                "{\"requestId\":"
                    + requestId
                    + ",\"claimedAmount\":2500,\"actualCost\":6000,\"results\":\"120 attendees,"
                    + " 14 leads\",\"final\":true}"),
            Part.proof("invoice.pdf", "application/pdf", MdfApi.pdf()));
    assertEquals(201, draft.statusCode(), draft.body());
    JsonObject claim = Http.json(draft);
    long claimId = claim.getJsonNumber("id").longValue();
    assertEquals("draft", claim.getString("status"));
    assertEquals("invoice", claim.getJsonArray("proofs").getJsonObject(0).getString("kind"));
    assertEquals(
        "application/pdf", claim.getJsonArray("proofs").getJsonObject(0).getString("contentType"));
    HttpResponse<String> missing =
        Api.as("pe-baltic").get("/mdf/claims/" + claimId + "/missing-proof");
    assertEquals(200, missing.statusCode(), missing.body());
    assertEquals(0, ((JsonArray) Http.parse(missing.body())).size(), missing.body());

    // only the manager submits
    assertProblem(Api.as("pe-baltic").post("/mdf/claims/" + claimId + "/submit", "{}"), 403);
    HttpResponse<String> submitted =
        Api.as("pm-baltic").post("/mdf/claims/" + claimId + "/submit", "{}");
    assertEquals(200, submitted.statusCode(), submitted.body());
    assertEquals("submitted", Http.json(submitted).getString("status"));

    HttpResponse<String> payable =
        Api.as("cm-all").post("/mdf/claims/" + claimId + "/approve", "{}");
    assertEquals(200, payable.statusCode(), payable.body());
    claim = Http.json(payable);
    assertEquals("payable", claim.getString("status"));
    assertEquals(0, new BigDecimal("2500").compareTo(amount(claim, "approvedAmount")));
    String number = claim.getString("number");

    // the final claim closed its request and released the rest to the allocation
    JsonObject closed = Http.json(Api.as("pm-baltic").get("/mdf/requests/" + requestId));
    assertEquals("closed", closed.getString("status"));
    assertEquals(0, BigDecimal.ZERO.compareTo(amount(closed, "reserved")));
    JsonObject after = allocation("pm-baltic", DEMO_PROGRAM);
    assertEquals(
        0, available.subtract(new BigDecimal("2500")).compareTo(amount(after, "available")));
    assertEquals(
        1,
        Db.count(
            "SELECT COUNT(*) FROM outbox_message WHERE topic = 'erp.mdf-payment' AND msg_key = ?",
            number));
    // reservation, payable and release: three entries for the request, newest first
    HttpResponse<String> ledger = Api.as("cm-all").get("/mdf/ledger?requestId=" + requestId);
    assertEquals(200, ledger.statusCode(), ledger.body());
    JsonArray entries = (JsonArray) Http.parse(ledger.body());
    assertEquals(3, entries.size(), ledger.body());
    assertEquals("release", entries.getJsonObject(0).getString("reason"));
    assertEquals("claim_approved", entries.getJsonObject(1).getString("reason"));
    assertEquals("reservation", entries.getJsonObject(2).getString("reason"));
    assertEquals(
        0,
        Db.count(
            "SELECT COUNT(*) FROM mdf_account a WHERE a.balance <> COALESCE((SELECT SUM(amount)"
                + " FROM mdf_journal_entry WHERE credit_account_id = a.id), 0)"
                + " - COALESCE((SELECT SUM(amount) FROM mdf_journal_entry"
                + " WHERE debit_account_id = a.id), 0)"));
  }

  @Test
  void insufficientFundsAre409NamingWhatIsAvailableAndChangeNothing() {
    JsonObject program = MdfApi.program("MdfApiIT " + UUID.randomUUID(), "5000");
    long programId = program.getJsonNumber("id").longValue();
    assertEquals(0, new BigDecimal("5000").compareTo(amount(program, "unallocated")));

    HttpResponse<String> allocated =
        Api.as("cm-all")
            .post(
                "/mdf/allocations",
                "{\"programId\":" + programId + ",\"partnerId\":" + DANUBE + ",\"amount\":3000}");
    assertEquals(201, allocated.statusCode(), allocated.body());
    assertEquals(0, new BigDecimal("3000").compareTo(amount(Http.json(allocated), "available")));

    HttpResponse<String> tooMuch =
        Api.as("cm-all")
            .post(
                "/mdf/allocations",
                "{\"programId\":" + programId + ",\"partnerId\":" + BALTIC + ",\"amount\":2500}");
    assertProblem(tooMuch, 409);
    assertEquals("Only 2,000.00 EUR is available.", Http.json(tooMuch).getString("detail"));

    JsonObject request =
        Http.json(Api.as("pm-danube").post("/mdf/requests", request(programId, "event", "4000")));
    long requestId = request.getJsonNumber("id").longValue();
    long entries =
        Db.count("SELECT COUNT(*) FROM mdf_journal_entry WHERE program_id = ?", programId);
    HttpResponse<String> refused =
        Api.as("cm-all")
            .post(
                "/mdf/requests/" + requestId + "/approve",
                "{\"approvedAmount\":4000,\"version\":" + request.getInt("version") + "}");
    assertProblem(refused, 409);
    assertEquals("Only 3,000.00 EUR is available.", Http.json(refused).getString("detail"));

    JsonObject unchanged = Http.json(Api.as("pm-danube").get("/mdf/requests/" + requestId));
    assertEquals("submitted", unchanged.getString("status"));
    assertEquals(request.getInt("version"), unchanged.getInt("version"));
    assertEquals(
        entries,
        Db.count("SELECT COUNT(*) FROM mdf_journal_entry WHERE program_id = ?", programId));
    assertEquals(
        0,
        new BigDecimal("3000").compareTo(amount(allocation("pm-danube", programId), "available")));
  }

  @Test
  void aboveTheApproversLimitASecondApproverFinishesIt() {
    JsonObject program = MdfApi.program("MdfApiIT limits " + UUID.randomUUID(), "50000");
    long programId = program.getJsonNumber("id").longValue();
    Api.as("cm-all")
        .post(
            "/mdf/allocations",
            "{\"programId\":" + programId + ",\"partnerId\":" + DANUBE + ",\"amount\":20000}");
    JsonObject request =
        Http.json(Api.as("pm-danube").post("/mdf/requests", request(programId, "event", "12000")));
    long id = request.getJsonNumber("id").longValue();

    HttpResponse<String> first = Api.as("cm-danube").post("/mdf/requests/" + id + "/approve", "{}");
    assertEquals(200, first.statusCode(), first.body());
    assertEquals("awaiting_second_approval", Http.json(first).getString("status"));
    assertEquals("cm-danube", Http.json(first).getString("firstApprover"));
    assertProblem(Api.as("cm-danube").post("/mdf/requests/" + id + "/approve", "{}"), 403);

    HttpResponse<String> second = Api.as("cm-all").post("/mdf/requests/" + id + "/approve", "{}");
    assertEquals(200, second.statusCode(), second.body());
    assertEquals("approved", Http.json(second).getString("status"));
    assertEquals("cm-all", Http.json(second).getString("approvedBy"));
    assertEquals(
        0,
        new BigDecimal("8000").compareTo(amount(allocation("pm-danube", programId), "available")));
  }

  @Test
  void proofUploadsAreCheckedByRoleAndByContent() {
    // a channel manager prepares no claim: refused before the body is read
    assertProblem(
        MdfApi.multipart(
            "cm-all",
            "/mdf/claims",
            Part.json("claim", "{\"requestId\":1,\"claimedAmount\":1,\"actualCost\":2}"),
            Part.proof("invoice.pdf", "application/pdf", MdfApi.pdf())),
        403);
  }

  private static JsonObject allocation(String user, long programId) {
    HttpResponse<String> r = Api.as(user).get("/mdf/allocations?programId=" + programId);
    assertEquals(200, r.statusCode(), r.body());
    JsonArray all = (JsonArray) Http.parse(r.body());
    assertEquals(1, all.size(), r.body());
    return all.getJsonObject(0);
  }

  static String request(long programId, String activity, String amount) {
    return "{\"programId\":"
        + programId
        + ",\"activityType\":\""
        + activity
        + "\",\"title\":\"Storage webinar\",\"description\":\"Two sessions for IT leads\","
        + "\"plannedStart\":\"2027-01-20\",\"plannedEnd\":\"2027-01-21\",\"plannedCost\":8000,"
        + "\"requestedAmount\":"
        + amount
        + ",\"expectedLeads\":20,\"campaignCode\":\"BT-WEB-"
        + UUID.randomUUID().toString().substring(0, 8)
        + "\"}";
  }
}
