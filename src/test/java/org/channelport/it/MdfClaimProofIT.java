package org.channelport.it;

import static org.channelport.it.BadInputIT.refused;
import static org.channelport.it.PartnerAccessMatrixIT.assertProblem;
import static org.channelport.it.support.Mdf.BALTIC;
import static org.channelport.it.support.Mdf.id;
import static org.channelport.it.support.Mdf.status;
import static org.channelport.it.support.Mdf.version;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.channelport.it.support.Api;
import org.channelport.it.support.Db;
import org.channelport.it.support.Http;
import org.channelport.it.support.Mdf;
import org.channelport.it.support.Mdf.Proof;
import org.channelport.it.support.Tokens;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Proof of performance on the real stack: a claim's missing-proof lists exactly the required rules
 * of its activity type not met yet (webinar: an invoice; event: an invoice and an attendee list);
 * the claim cannot be submitted while one is missing (409 naming it, nothing changed); files are
 * typed by their bytes — bytes that lie about their type (an HTML page or a program named
 * invoice.pdf, a PDF named .png) are refused and nothing is stored; once the checklist is complete
 * the manager submits, and a returned claim resubmitted shows the reviewer what changed. Baltic
 * Tech's employee prepares the claims, its manager submits them, on a fresh program each test.
 */
@ExtendWith(ArquillianExtension.class)
class MdfClaimProofIT {

  private static JsonArray missing(String user, long claim) {
    HttpResponse<String> r = Api.as(user).get("/mdf/claims/" + claim + "/missing-proof");
    assertEquals(200, r.statusCode(), r.body());
    return Http.parse(r.body()).asJsonArray();
  }

  private static Set<String> kinds(JsonArray rules) {
    return rules.stream().map(v -> v.asJsonObject().getString("kind")).collect(Collectors.toSet());
  }

  private static long proofs(long claim) {
    return Db.count("SELECT COUNT(*) FROM mdf_claim_proof WHERE claim_id = ?", claim);
  }

  private static long request(String activityType) {
    long program = Mdf.programWith(BALTIC, "100000", "20000");
    return Mdf.approvedRequest(program, BALTIC, activityType, "2000");
  }

  /** A draft without files, as plain JSON. */
  private static long jsonDraft(long request) {
    HttpResponse<String> created =
        Api.as("pe-baltic").post("/mdf/claims", Mdf.claimBody(request, "1200", false));
    assertEquals(201, created.statusCode(), created.body());
    JsonObject claim = Http.json(created);
    assertEquals("draft", claim.getString("status"));
    assertEquals(0, claim.getJsonArray("proofs").size());
    return id(claim);
  }

  /** The submission refused for the missing proof: 409 naming it; the claim as it was. */
  private static void submitRefused(long claim, String missingLabel) {
    long version = version("mdf_claim", claim);
    String before = status("mdf_claim", claim);
    HttpResponse<String> refused = Mdf.submitClaim("pm-baltic", claim);
    assertProblem(refused, 409);
    JsonObject problem = Http.json(refused);
    assertEquals("proof", problem.getString("field"), refused.body());
    assertTrue(
        problem.getString("detail", "").contains(missingLabel),
        "names the missing proof «" + missingLabel + "»: " + refused.body());
    assertEquals(before, status("mdf_claim", claim));
    assertEquals(version, version("mdf_claim", claim));
    assertEquals(
        0,
        Db.count(
            "SELECT COUNT(*) FROM mdf_claim_event WHERE claim_id = ? AND kind = 'submitted'",
            claim));
  }

  @Test
  void aWebinarClaimWithoutItsInvoiceCannotBeSubmittedUntilTheInvoiceIsThere() {
    long claim = jsonDraft(request("webinar"));
    JsonArray open = missing("pe-baltic", claim);
    assertEquals(1, open.size(), open.toString());
    JsonObject rule = open.getJsonObject(0);
    assertEquals("invoice", rule.getString("kind"));
    assertTrue(rule.getBoolean("required"));
    assertFalse(rule.getString("label").isBlank());
    assertEquals(open, missing("cm-all", claim), "the reviewer sees the same checklist");

    submitRefused(claim, rule.getString("label"));

    // an optional proof (a screenshot) does not complete it
    HttpResponse<String> shot =
        Mdf.addProof("pe-baltic", claim, new Proof("screenshot", "screen.png", "image/png", PNG));
    assertEquals(200, shot.statusCode(), shot.body());
    assertEquals(Set.of("invoice"), kinds(missing("pe-baltic", claim)));
    submitRefused(claim, rule.getString("label"));

    HttpResponse<String> added = Mdf.addProof("pe-baltic", claim, Proof.invoice());
    assertEquals(200, added.statusCode(), added.body());
    JsonArray files = Http.json(added).getJsonArray("proofs");
    assertEquals(2, files.size(), files.toString());
    assertTrue(
        files.stream()
            .map(v -> v.asJsonObject())
            .anyMatch(
                p ->
                    p.getString("kind").equals("invoice")
                        && p.getString("contentType").equals("application/pdf")),
        files.toString());
    assertEquals(0, missing("pe-baltic", claim).size(), "the checklist is complete");

    // the employee prepared it; only the manager submits
    assertProblem(Mdf.submitClaim("pe-baltic", claim), 403);
    assertEquals("draft", status("mdf_claim", claim));
    HttpResponse<String> submitted = Mdf.submitClaim("pm-baltic", claim);
    assertEquals(200, submitted.statusCode(), submitted.body());
    assertEquals("submitted", Http.json(submitted).getString("status"));
  }

  @Test
  void anEventClaimNeedsAnInvoiceAndAnAttendeeList() {
    long request = request("event");
    JsonObject draft = Mdf.draft("pe-baltic", request, "1200", false, Proof.invoice());
    long claim = id(draft);
    JsonArray open = missing("pe-baltic", claim);
    assertEquals(Set.of("attendee_list"), kinds(open), open.toString());
    submitRefused(claim, open.getJsonObject(0).getString("label"));

    HttpResponse<String> added = Mdf.addProof("pe-baltic", claim, Proof.attendees());
    assertEquals(200, added.statusCode(), added.body());
    assertEquals(0, missing("pe-baltic", claim).size());
    HttpResponse<String> submitted = Mdf.submitClaim("pm-baltic", claim);
    assertEquals(200, submitted.statusCode(), submitted.body());

    // returned, corrected with a photo and resubmitted: the reviewer sees what changed
    HttpResponse<String> returned =
        Mdf.decideClaim("cm-all", claim, "return", null, "Please add a photo of the booth.");
    assertEquals(200, returned.statusCode(), returned.body());
    assertProblem(
        Api.as("cm-all")
            .post(
                "/mdf/claims/" + claim + "/submit",
                "{\"version\":" + version("mdf_claim", claim) + "}"),
        403);
    HttpResponse<String> photo =
        Mdf.addProof("pe-baltic", claim, new Proof("photo", "booth.png", "image/png", PNG));
    assertEquals(200, photo.statusCode(), photo.body());
    HttpResponse<String> again = Mdf.submitClaim("pm-baltic", claim);
    assertEquals(200, again.statusCode(), again.body());
    JsonObject resubmitted = Http.json(Api.as("cm-all").get("/mdf/claims/" + claim));
    assertEquals("submitted", resubmitted.getString("status"));
    assertEquals(2, resubmitted.getInt("submissions"));
    assertTrue(
        resubmitted.getString("lastChanges", "").contains("booth.png"),
        "what changed: " + resubmitted);
  }

  @Test
  void bytesThatLieAboutTheirTypeAreRefusedAndNothingIsStored() {
    long request = request("webinar");
    long claim = jsonDraft(request);
    long files = Db.count("SELECT COUNT(*) FROM stored_file");
    for (Proof lie :
        List.of(
            new Proof("invoice", "invoice.pdf", "application/pdf", Mdf.HTML),
            new Proof("invoice", "invoice.pdf", "application/pdf", Mdf.EXE),
            new Proof("invoice", "invoice.png", "image/png", Mdf.PDF),
            new Proof("invoice", "invoice.pdf", "application/pdf", new byte[0]))) {
      refused(Mdf.addProof("pe-baltic", claim, lie), "proof");
      assertEquals(0, proofs(claim), lie.fileName() + " was stored");
    }
    // one good file and one liar in the same upload: neither is kept
    refused(
        Mdf.addProof(
            "pe-baltic",
            claim,
            Proof.invoice(),
            new Proof("screenshot", "screen.png", "image/png", Mdf.HTML)),
        "proof");
    assertEquals(0, proofs(claim));
    assertEquals(files, Db.count("SELECT COUNT(*) FROM stored_file"), "no file kept");
    assertEquals(Set.of("invoice"), kinds(missing("pe-baltic", claim)));
    submitRefused(claim, missing("pe-baltic", claim).getJsonObject(0).getString("label"));

    // a new claim with a lying file is not created at all
    long claims = Db.count("SELECT COUNT(*) FROM mdf_claim WHERE request_id = ?", request);
    refused(
        Mdf.postClaim(
            "pe-baltic",
            Mdf.claimBody(request, "500", false),
            new Proof("invoice", "invoice.pdf", "application/pdf", Mdf.HTML)),
        "proof");
    assertEquals(claims, Db.count("SELECT COUNT(*) FROM mdf_claim WHERE request_id = ?", request));

    // the type is the one of the bytes, whatever the client claims: a PDF sent as octet-stream
    HttpResponse<String> plain =
        Mdf.addProof(
            "pe-baltic", claim, new Proof("invoice", "scan", "application/octet-stream", Mdf.PDF));
    assertEquals(200, plain.statusCode(), plain.body());
    JsonObject proof = Http.json(plain).getJsonArray("proofs").getJsonObject(0);
    assertEquals("application/pdf", proof.getString("contentType"));
    assertEquals(
        "application/pdf",
        Db.string("SELECT content_type FROM mdf_claim_proof WHERE claim_id = ?", claim));
    HttpResponse<byte[]> download =
        download("cm-all", claim, proof.getJsonNumber("id").longValue());
    assertEquals(200, download.statusCode());
    assertArrayEquals(Mdf.PDF, download.body());
    assertEquals(
        "application/pdf",
        download.headers().firstValue("Content-Type").orElse("").split(";")[0].strip());
    assertEquals(0, missing("pe-baltic", claim).size());
    assertEquals(200, Mdf.submitClaim("pm-baltic", claim).statusCode());
  }

  @Test
  void aFileWithoutANamedKindCountsForTheFirstMissingRule() {
    long claim =
        id(
            Mdf.draft(
                "pe-baltic",
                request("event"),
                "1200",
                false,
                new Proof(null, "invoice.pdf", "application/pdf", Mdf.PDF)));
    // it meets one of the two required rules (the first still missing), never both, never none
    JsonArray open = missing("pe-baltic", claim);
    assertEquals(1, open.size(), open.toString());
    assertTrue(Set.of("invoice", "attendee_list").containsAll(kinds(open)), open.toString());
    refused(
        Mdf.addProof(
            "pe-baltic", claim, new Proof("receipt", "list.csv", "text/csv", Mdf.ATTENDEES)),
        "proofKinds");
    assertEquals(1, proofs(claim), "an unknown kind: nothing stored");
  }

  @Test
  void anHtmlPageIsNeverServedAsHtmlWhateverItsName() {
    long claim = jsonDraft(request("webinar"));
    HttpResponse<String> notes =
        Mdf.addProof("pe-baltic", claim, new Proof("other", "notes.txt", "text/plain", Mdf.HTML));
    if (notes.statusCode() == 400) {
      refused(notes, "proof");
      assertEquals(0, proofs(claim));
      return;
    }
    assertEquals(200, notes.statusCode(), notes.body());
    JsonObject proof = Http.json(notes).getJsonArray("proofs").getJsonObject(0);
    assertFalse(proof.getString("contentType").contains("html"), proof.toString());
    HttpResponse<byte[]> download =
        download("cm-all", claim, proof.getJsonNumber("id").longValue());
    assertEquals(200, download.statusCode());
    String type = download.headers().firstValue("Content-Type").orElse("");
    assertFalse(type.contains("html"), "served as " + type);
    assertEquals("nosniff", download.headers().firstValue("X-Content-Type-Options").orElse(""));
    assertTrue(
        download.headers().firstValue("Content-Disposition").orElse("").startsWith("attachment"));
  }

  /** A real 1×1 PNG. */
  static final byte[] PNG = org.channelport.it.support.Issues.PNG;

  static HttpResponse<byte[]> download(String user, long claim, long proof) {
    try {
      return HttpClient.newHttpClient()
          .send(
              HttpRequest.newBuilder(
                      URI.create(Api.url("/mdf/claims/" + claim + "/proof/" + proof)))
                  .header("Authorization", "Bearer " + Tokens.of(user))
                  .GET()
                  .build(),
              HttpResponse.BodyHandlers.ofByteArray());
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
