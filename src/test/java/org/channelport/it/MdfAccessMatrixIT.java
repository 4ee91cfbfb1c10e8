package org.channelport.it;

import static org.channelport.it.PartnerAccessMatrixIT.assertProblem;
import static org.channelport.it.support.Mdf.entries;
import static org.channelport.it.support.Mdf.id;
import static org.channelport.it.support.Mdf.status;
import static org.channelport.it.support.Mdf.version;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.channelport.it.support.Api;
import org.channelport.it.support.Db;
import org.channelport.it.support.Http;
import org.channelport.it.support.Mdf;
import org.channelport.it.support.Mdf.Proof;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every demo user × each MDF record kind of each demo partner × each action, over the API: exactly
 * 200/201, 403 (a role that does not take the step) or 404 (another partner's record, or a partner
 * outside the channel manager's portfolio — and the attempt audited), and a refused action changes
 * nothing.
 *
 * <ul>
 *   <li>program: everybody reads; channel managers create.
 *   <li>allocation: everybody reads those in their scope; channel managers allocate to partners of
 *       their portfolio.
 *   <li>request: the partner's users and its channel managers read; a partner manager submits one
 *       (always for its own partner, whatever partner the body names); channel managers of the
 *       portfolio approve and reject; a partner user deciding one is refused.
 *   <li>claim: the partner's users prepare one (a draft, with proof), only its manager submits;
 *       channel managers of the portfolio approve, reject and return it.
 *   <li>ledger entries: each caller lists the entries of its scope only; channel managers of the
 *       portfolio correct one by a reversing entry.
 *   <li>proof files: whoever sees the claim downloads them; the partner's users add them.
 * </ul>
 *
 * A request is submitted when it is created, and neither a request nor a proof file is returned;
 * those cells do not exist. Where a caller both lacks the role and cannot see the record, the
 * record's scope is checked first (404, audited), as for orders. All records are made fresh per
 * case on one program of this class (10,000,000 EUR, 1,000,000 allocated to each demo partner).
 */
@ExtendWith(ArquillianExtension.class)
class MdfAccessMatrixIT {
  static final Map<String, Set<Long>> SCOPE = PartnerAccessMatrixIT.SCOPE;
  static final Set<String> CHANNEL = Set.of("cm-all", "cm-danube");
  static final Set<String> MANAGERS = Set.of("pm-northwind", "pm-baltic", "pm-danube");

  private static Long program;

  /** This class's program, made on first use (no other test's money). */
  static synchronized long program() {
    if (program == null) {
      long p = Mdf.program("10000000");
      for (long partner : List.of(Mdf.NORTHWIND, Mdf.BALTIC, Mdf.DANUBE)) {
        Mdf.allocate(p, partner, "1000000");
      }
      program = p;
    }
    return program;
  }

  static Stream<Arguments> everyUserAndPartner() {
    List<Arguments> cases = new ArrayList<>();
    SCOPE.keySet().stream()
        .sorted()
        .forEach(user -> Stream.of(1L, 2L, 3L).forEach(p -> cases.add(Arguments.of(user, p))));
    return cases.stream();
  }

  static Stream<String> users() {
    return SCOPE.keySet().stream().sorted();
  }

  private static boolean sees(String user, long partner) {
    return SCOPE.get(user).contains(partner);
  }

  private static long partnerOf(String user) {
    return SCOPE.get(user).iterator().next();
  }

  /** Who prepares a partner's claims: its employee where it has one, else its manager. */
  private static String preparerOf(long partner) {
    String employee = Mdf.employeeOf(partner);
    return employee == null ? Mdf.managerOf(partner) : employee;
  }

  /** A decision (approve, reject, return): not seen 404; a partner user 403; else 200. */
  private static int decision(String user, long partner) {
    if (!sees(user, partner)) {
      return 404;
    }
    return CHANNEL.contains(user) ? 200 : 403;
  }

  private static void assertStatus(int expected, HttpResponse<String> response) {
    if (expected >= 400) {
      assertProblem(response, expected);
    } else {
      assertEquals(expected, response.statusCode(), response.body());
    }
  }

  /** A 404 is audited as a denied attempt on that record; anything else is not. */
  private static void assertAudited(
      int expected, String user, String entityType, long id, long deniedBefore) {
    assertEquals(
        deniedBefore + (expected == 404 ? 1 : 0),
        Mdf.denials(user, entityType, id),
        "another partner's record is not found, and the attempt audited");
  }

  private static long request(long partner) {
    return id(Mdf.request(program(), partner, "webinar", "100"));
  }

  private static long approvedRequest(long partner) {
    return Mdf.approvedRequest(program(), partner, "webinar", "100");
  }

  private static long draftClaim(long partner) {
    return id(
        Mdf.draft(preparerOf(partner), approvedRequest(partner), "50", false, Proof.invoice()));
  }

  private static long submittedClaim(long partner) {
    return Mdf.submittedClaim(partner, approvedRequest(partner), "50", false);
  }

  private static BigDecimal available(long partner) {
    return Mdf.available(program(), partner);
  }

  // --- programs ------------------------------------------------------------------------------

  @ParameterizedTest(name = "{0} reads the programs")
  @MethodSource("users")
  void readPrograms(String user) {
    long id = program();
    HttpResponse<String> one = Api.as(user).get("/mdf/programs/" + id);
    assertStatus(200, one);
    JsonObject p = Http.json(one);
    assertEquals("EUR", p.getString("currency"));
    assertEquals(4, p.getJsonArray("activityTypes").size());
    HttpResponse<String> list = Api.as(user).get("/mdf/programs");
    assertStatus(200, list);
    assertTrue(
        Http.parse(list.body()).asJsonArray().stream()
            .anyMatch(v -> v.asJsonObject().getJsonNumber("id").longValue() == id),
        "listed");
  }

  @ParameterizedTest(name = "{0} creates a program")
  @MethodSource("users")
  void createProgram(String user) {
    String name = Mdf.uniqueName("matrix program");
    HttpResponse<String> created =
        Api.as(user)
            .post("/mdf/programs", Mdf.programBody(name, new BigDecimal("1000"), "webinar"));
    int expected = CHANNEL.contains(user) ? 201 : 403;
    assertStatus(expected, created);
    assertEquals(
        expected == 201 ? 1 : 0,
        Db.count("SELECT COUNT(*) FROM mdf_program WHERE name = ?", name),
        "stored only when created");
    if (expected == 201) {
      long id = id(Http.json(created));
      assertEquals(
          0,
          new BigDecimal("1000").compareTo(Mdf.balance(id, null, "budget")),
          "its budget posted from its funding");
    }
  }

  // --- allocations ---------------------------------------------------------------------------

  @ParameterizedTest(name = "{0} reads the allocations of partner {1}")
  @MethodSource("everyUserAndPartner")
  void readAllocations(String user, long partner) {
    long p = program();
    HttpResponse<String> list = Api.as(user).get("/mdf/allocations?programId=" + p);
    assertStatus(200, list);
    List<JsonObject> rows =
        Http.parse(list.body()).asJsonArray().stream().map(JsonValue::asJsonObject).toList();
    List<JsonObject> ofPartner =
        rows.stream().filter(a -> a.getJsonNumber("partnerId").longValue() == partner).toList();
    assertEquals(sees(user, partner) ? 1 : 0, ofPartner.size(), list.body());
    assertTrue(
        rows.stream().allMatch(a -> sees(user, a.getJsonNumber("partnerId").longValue())),
        "only the caller's scope: " + list.body());
    if (!ofPartner.isEmpty()) {
      JsonObject a = ofPartner.get(0);
      for (String field :
          List.of(
              "id",
              "programId",
              "partnerId",
              "currency",
              "allocated",
              "reserved",
              "paid",
              "forfeited",
              "available",
              "expiresOn")) {
        assertTrue(a.containsKey(field), field + " in " + a);
      }
      assertEquals(p, a.getJsonNumber("programId").longValue());
      assertEquals(
          0,
          available(partner).compareTo(a.getJsonNumber("available").bigDecimalValue()),
          "available is the allocation account's balance");
    }
    // all programs: never a partner outside the scope
    HttpResponse<String> all = Api.as(user).get("/mdf/allocations");
    assertStatus(200, all);
    assertTrue(
        Http.parse(all.body()).asJsonArray().stream()
            .allMatch(v -> sees(user, v.asJsonObject().getJsonNumber("partnerId").longValue())),
        all.body());
  }

  @ParameterizedTest(name = "{0} allocates to partner {1}")
  @MethodSource("everyUserAndPartner")
  void createAllocation(String user, long partner) {
    long p = program();
    int expected = !CHANNEL.contains(user) ? 403 : sees(user, partner) ? 201 : 404;
    long denied = Mdf.denials(user, "Partner", partner);
    long before = Db.count("SELECT COUNT(*) FROM mdf_journal_entry WHERE program_id = ?", p);
    BigDecimal budget = Mdf.balance(p, null, "budget");
    assertStatus(expected, Mdf.allocate(user, p, partner, "10"));
    assertAudited(expected, user, "Partner", partner, denied);
    assertEquals(
        before + (expected == 201 ? 1 : 0),
        Db.count("SELECT COUNT(*) FROM mdf_journal_entry WHERE program_id = ?", p));
    assertEquals(
        0,
        budget
            .subtract(expected == 201 ? BigDecimal.TEN : BigDecimal.ZERO)
            .compareTo(Mdf.balance(p, null, "budget")),
        "the budget gave only what was allocated");
  }

  // --- requests ------------------------------------------------------------------------------

  @ParameterizedTest(name = "{0} reads a request of partner {1}")
  @MethodSource("everyUserAndPartner")
  void readRequest(String user, long partner) {
    JsonObject r = Mdf.request(program(), partner, "webinar", "100");
    long id = id(r);
    int expected = sees(user, partner) ? 200 : 404;
    long denied = Mdf.denials(user, "MdfRequest", id);
    HttpResponse<String> one = Api.as(user).get("/mdf/requests/" + id);
    assertStatus(expected, one);
    if (expected == 200) {
      assertEquals(partner, Http.json(one).getJsonNumber("partnerId").longValue());
    }
    assertStatus(expected, Api.as(user).get("/mdf/requests/" + id + "/events"));
    assertEquals(
        denied + (expected == 404 ? 2 : 0),
        Mdf.denials(user, "MdfRequest", id),
        "each attempt on another partner's request is audited");
    JsonArray listed =
        Http.parse(Api.as(user).get("/mdf/requests?limit=200&q=" + r.getString("number")).body())
            .asJsonArray();
    assertEquals(expected == 200 ? 1 : 0, listed.size(), "the list shows what a read shows");
  }

  @ParameterizedTest(name = "{0} submits a request naming partner {1}")
  @MethodSource("everyUserAndPartner")
  void createRequest(String user, long partner) {
    long p = program();
    String body =
        Mdf.requestBody(p, "event", "100").replaceFirst("\\{", "{\"partnerId\":" + partner + ",");
    long before = Db.count("SELECT COUNT(*) FROM mdf_request WHERE submitted_by = ?", user);
    HttpResponse<String> created = Api.as(user).post("/mdf/requests", body);
    int expected = MANAGERS.contains(user) ? 201 : 403;
    assertStatus(expected, created);
    assertEquals(
        before + (expected == 201 ? 1 : 0),
        Db.count("SELECT COUNT(*) FROM mdf_request WHERE submitted_by = ?", user));
    if (expected == 201) {
      JsonObject r = Http.json(created);
      assertEquals("submitted", r.getString("status"));
      assertEquals(JsonValue.NULL, r.get("approvedAmount"));
      assertEquals(
          partnerOf(user),
          r.getJsonNumber("partnerId").longValue(),
          "always the caller's own partner");
    }
  }

  @ParameterizedTest(name = "{0} approves a request of partner {1}")
  @MethodSource("everyUserAndPartner")
  void approveRequest(String user, long partner) {
    long id = request(partner);
    int expected = decision(user, partner);
    long denied = Mdf.denials(user, "MdfRequest", id);
    BigDecimal available = available(partner);
    assertStatus(expected, Mdf.approveRequest(user, id, null, null));
    assertAudited(expected, user, "MdfRequest", id, denied);
    assertEquals(expected == 200 ? "approved" : "submitted", status("mdf_request", id));
    assertEquals(expected == 200 ? 1 : 0, entries("request_id", id));
    assertEquals(
        0,
        available
            .subtract(expected == 200 ? new BigDecimal("100") : BigDecimal.ZERO)
            .compareTo(available(partner)),
        "reserved only when approved");
  }

  @ParameterizedTest(name = "{0} rejects a request of partner {1}")
  @MethodSource("everyUserAndPartner")
  void rejectRequest(String user, long partner) {
    long id = request(partner);
    int expected = decision(user, partner);
    long denied = Mdf.denials(user, "MdfRequest", id);
    long version = version("mdf_request", id);
    assertStatus(
        expected,
        Api.as(user)
            .post(
                "/mdf/requests/" + id + "/reject",
                Mdf.decision(null, "Not this quarter.", version)));
    assertAudited(expected, user, "MdfRequest", id, denied);
    assertEquals(expected == 200 ? "rejected" : "submitted", status("mdf_request", id));
    if (expected != 200) {
      assertEquals(version, version("mdf_request", id), "a refused step changes nothing");
    }
  }

  // --- claims --------------------------------------------------------------------------------

  @ParameterizedTest(name = "{0} reads a claim of partner {1}")
  @MethodSource("everyUserAndPartner")
  void readClaim(String user, long partner) {
    long id = submittedClaim(partner);
    int expected = sees(user, partner) ? 200 : 404;
    long denied = Mdf.denials(user, "MdfClaim", id);
    HttpResponse<String> one = Api.as(user).get("/mdf/claims/" + id);
    assertStatus(expected, one);
    if (expected == 200) {
      JsonObject c = Http.json(one);
      assertEquals(partner, c.getJsonNumber("partnerId").longValue());
      assertEquals(1, c.getJsonArray("proofs").size());
    }
    assertStatus(expected, Api.as(user).get("/mdf/claims/" + id + "/events"));
    assertStatus(expected, Api.as(user).get("/mdf/claims/" + id + "/missing-proof"));
    assertEquals(
        denied + (expected == 404 ? 3 : 0),
        Mdf.denials(user, "MdfClaim", id),
        "each attempt on another partner's claim is audited");
    String number = Db.string("SELECT number FROM mdf_claim WHERE id = ?", id);
    JsonArray listed =
        Http.parse(Api.as(user).get("/mdf/claims?limit=200&q=" + number).body()).asJsonArray();
    assertEquals(expected == 200 ? 1 : 0, listed.size(), "the list shows what a read shows");
  }

  @ParameterizedTest(name = "{0} prepares a claim on a request of partner {1}")
  @MethodSource("everyUserAndPartner")
  void createClaim(String user, long partner) {
    long request = approvedRequest(partner);
    int expected = CHANNEL.contains(user) ? 403 : sees(user, partner) ? 201 : 404;
    long denied = Mdf.denials(user, "MdfRequest", request);
    HttpResponse<String> created =
        Mdf.postClaim(user, Mdf.claimBody(request, "50", false), Proof.invoice());
    assertStatus(expected, created);
    assertAudited(expected, user, "MdfRequest", request, denied);
    assertEquals(
        expected == 201 ? 1 : 0,
        Db.count("SELECT COUNT(*) FROM mdf_claim WHERE request_id = ?", request));
    assertEquals(
        expected == 201 ? 1 : 0,
        Db.count(
            "SELECT COUNT(*) FROM mdf_claim_proof p JOIN mdf_claim c ON c.id = p.claim_id"
                + " WHERE c.request_id = ?",
            request),
        "its proof stored with it, or nothing");
    if (expected == 201) {
      JsonObject c = Http.json(created);
      assertEquals("draft", c.getString("status"));
      assertEquals(partner, c.getJsonNumber("partnerId").longValue());
    }
  }

  @ParameterizedTest(name = "{0} submits a claim of partner {1}")
  @MethodSource("everyUserAndPartner")
  void submitClaim(String user, long partner) {
    long id = draftClaim(partner);
    int expected = !sees(user, partner) ? 404 : MANAGERS.contains(user) ? 200 : 403;
    long denied = Mdf.denials(user, "MdfClaim", id);
    long version = version("mdf_claim", id);
    assertStatus(expected, Mdf.submitClaim(user, id));
    assertAudited(expected, user, "MdfClaim", id, denied);
    assertEquals(expected == 200 ? "submitted" : "draft", status("mdf_claim", id));
    if (expected != 200) {
      assertEquals(version, version("mdf_claim", id), "a refused step changes nothing");
    }
  }

  @ParameterizedTest(name = "{0} approves a claim of partner {1}")
  @MethodSource("everyUserAndPartner")
  void approveClaim(String user, long partner) {
    long id = submittedClaim(partner);
    int expected = decision(user, partner);
    long denied = Mdf.denials(user, "MdfClaim", id);
    BigDecimal payable =
        Mdf.balance(program(), partner, "payable").add(Mdf.balance(program(), partner, "paid"));
    HttpResponse<String> approved = Mdf.decideClaim(user, id, "approve", null, null);
    assertStatus(expected, approved);
    assertAudited(expected, user, "MdfClaim", id, denied);
    assertEquals(expected == 200 ? 1 : 0, entries("claim_id", id));
    if (expected == 200) {
      String s = Http.json(approved).getString("status");
      assertTrue(Set.of("approved", "payable", "paid").contains(s), s);
    } else {
      assertEquals("submitted", status("mdf_claim", id));
      assertEquals(
          0,
          payable.compareTo(
              Mdf.balance(program(), partner, "payable")
                  .add(Mdf.balance(program(), partner, "paid"))),
          "nothing became payable");
    }
  }

  @ParameterizedTest(name = "{0} rejects a claim of partner {1}")
  @MethodSource("everyUserAndPartner")
  void rejectClaim(String user, long partner) {
    long id = submittedClaim(partner);
    int expected = decision(user, partner);
    long denied = Mdf.denials(user, "MdfClaim", id);
    assertStatus(expected, Mdf.decideClaim(user, id, "reject", null, "Not eligible."));
    assertAudited(expected, user, "MdfClaim", id, denied);
    assertEquals(expected == 200 ? "rejected" : "submitted", status("mdf_claim", id));
    assertEquals(0, entries("claim_id", id), "a rejection moves no money");
  }

  @ParameterizedTest(name = "{0} returns a claim of partner {1}")
  @MethodSource("everyUserAndPartner")
  void returnClaim(String user, long partner) {
    long id = submittedClaim(partner);
    int expected = decision(user, partner);
    long denied = Mdf.denials(user, "MdfClaim", id);
    assertStatus(expected, Mdf.decideClaim(user, id, "return", null, "Add the attendee list."));
    assertAudited(expected, user, "MdfClaim", id, denied);
    assertEquals(expected == 200 ? "returned" : "submitted", status("mdf_claim", id));
  }

  // --- ledger entries ------------------------------------------------------------------------

  @ParameterizedTest(name = "{0} reads the ledger entries of partner {1}")
  @MethodSource("everyUserAndPartner")
  void readLedger(String user, long partner) {
    long p = program();
    long request = approvedRequest(partner);
    HttpResponse<String> byPartner =
        Api.as(user).get("/mdf/ledger?programId=" + p + "&partnerId=" + partner + "&limit=200");
    assertStatus(200, byPartner);
    JsonArray rows = Http.parse(byPartner.body()).asJsonArray();
    assertEquals(sees(user, partner), !rows.isEmpty(), byPartner.body());
    assertTrue(
        rows.stream()
            .allMatch(v -> v.asJsonObject().getJsonNumber("partnerId").longValue() == partner));
    HttpResponse<String> ofRequest = Api.as(user).get("/mdf/ledger?requestId=" + request);
    assertStatus(200, ofRequest);
    assertEquals(
        sees(user, partner) ? 1 : 0,
        Http.parse(ofRequest.body()).asJsonArray().size(),
        "the request's reservation, to those who see the partner only");
    // the whole program: the caller's partners only (and the program's own accounts for the
    // channel)
    HttpResponse<String> all = Api.as(user).get("/mdf/ledger?programId=" + p + "&limit=200");
    assertStatus(200, all);
    Set<Long> partners =
        Http.parse(all.body()).asJsonArray().stream()
            .map(JsonValue::asJsonObject)
            .map(e -> e.isNull("partnerId") ? 0L : e.getJsonNumber("partnerId").longValue())
            .collect(Collectors.toSet());
    for (long seen : partners) {
      assertTrue(
          seen == 0L ? CHANNEL.contains(user) : sees(user, seen),
          user + " sees entries of " + seen);
    }
  }

  @ParameterizedTest(name = "{0} corrects a ledger entry of partner {1}")
  @MethodSource("everyUserAndPartner")
  void reverseLedgerEntry(String user, long partner) {
    long p = program();
    Mdf.allocate(p, partner, "7");
    long entry =
        Db.count(
            "SELECT MAX(id) FROM mdf_journal_entry WHERE program_id = ? AND partner_id = ?"
                + " AND reason = 'allocation' AND amount = 7",
            p,
            partner);
    int expected = !CHANNEL.contains(user) ? 403 : sees(user, partner) ? 201 : 404;
    long denied = Mdf.denials(user, "MdfJournalEntry", entry);
    HttpResponse<String> reversed =
        Api.as(user)
            .post("/mdf/ledger/" + entry + "/reverse", "{\"reason\":\"Allocated by mistake.\"}");
    assertStatus(expected, reversed);
    assertAudited(expected, user, "MdfJournalEntry", entry, denied);
    assertEquals(
        expected == 201 ? 1 : 0,
        Db.count("SELECT COUNT(*) FROM mdf_journal_entry WHERE reverses_entry_id = ?", entry));
    if (expected == 201) {
      JsonObject e = Http.json(reversed);
      assertEquals(entry, e.getJsonNumber("reversesEntryId").longValue());
      assertEquals(0, new BigDecimal("7").compareTo(e.getJsonNumber("amount").bigDecimalValue()));
    }
  }

  // --- proof files ---------------------------------------------------------------------------

  @ParameterizedTest(name = "{0} downloads a proof file of partner {1}")
  @MethodSource("everyUserAndPartner")
  void readProof(String user, long partner) {
    long claim = draftClaim(partner);
    long proof = Db.count("SELECT MAX(id) FROM mdf_claim_proof WHERE claim_id = ?", claim);
    long denied = Mdf.denials(user, "MdfClaim", claim);
    HttpResponse<byte[]> download = MdfClaimProofIT.download(user, claim, proof);
    int expected = sees(user, partner) ? 200 : 404;
    assertEquals(expected, download.statusCode());
    assertAudited(expected, user, "MdfClaim", claim, denied);
    if (expected == 200) {
      assertArrayEquals(Mdf.PDF, download.body());
    } else {
      assertFalse(new String(download.body()).contains("%PDF"), "no byte of the file");
    }
    // the same file asked for through another claim the caller does see: not found, and the
    // probe audited (as another issue's attachment is)
    long own = draftClaim(partnerOfOrSeen(user, partner));
    long probes = Mdf.denials(user, "MdfClaimProof", proof);
    HttpResponse<byte[]> probe = MdfClaimProofIT.download(user, own, proof);
    assertEquals(404, probe.statusCode());
    assertFalse(new String(probe.body()).contains("%PDF"), "no byte of the file");
    assertEquals(
        probes + 1,
        Mdf.denials(user, "MdfClaimProof", proof),
        "another claim's file through this one is audited");
  }

  /** A partner the user sees: its own, or (a channel manager) the first of its portfolio. */
  private static long partnerOfOrSeen(String user, long partner) {
    return sees(user, partner) ? partner : partnerOf(user);
  }

  @ParameterizedTest(name = "{0} adds a proof file to a claim of partner {1}")
  @MethodSource("everyUserAndPartner")
  void addProof(String user, long partner) {
    long claim = draftClaim(partner);
    int expected = CHANNEL.contains(user) ? 403 : sees(user, partner) ? 200 : 404;
    long denied = Mdf.denials(user, "MdfClaim", claim);
    HttpResponse<String> added =
        Mdf.addProof(
            user, claim, new Proof("photo", "photo.png", "image/png", MdfClaimProofIT.PNG));
    assertStatus(expected, added);
    assertAudited(expected, user, "MdfClaim", claim, denied);
    assertEquals(
        expected == 200 ? 2 : 1,
        Db.count("SELECT COUNT(*) FROM mdf_claim_proof WHERE claim_id = ?", claim));
  }
}
