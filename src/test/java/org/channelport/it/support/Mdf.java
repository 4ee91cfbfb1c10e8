package org.channelport.it.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Marketing development funds for the tests, over the API: fresh programs (so no test depends on
 * another's money), allocations, fund requests, claims with proof files; the ledger read straight
 * from the database.
 */
public final class Mdf {
  public static final long NORTHWIND = 1;
  public static final long BALTIC = 2;
  public static final long DANUBE = 3;

  private static final HttpClient CLIENT =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .build();

  /** A small real PDF (an invoice). */
  public static final byte[] PDF =
      ("%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n"
              + "2 0 obj\n<< /Type /Pages /Kids [] /Count 0 >>\nendobj\n"
              + "trailer\n<< /Root 1 0 R >>\n%%EOF\n")
          .getBytes(StandardCharsets.US_ASCII);

  /** An attendee list as plain text (CSV). */
  public static final byte[] ATTENDEES =
      "name,company,email\nAnna Nowak,Acme,anna@acme.example\nJan Kowal,Beta,jan@beta.example\n"
          .getBytes(StandardCharsets.UTF_8);

  /** An HTML page: what a file named invoice.pdf must not be. */
  public static final byte[] HTML =
      "<!DOCTYPE html><html><head><title>x</title></head><body><script>alert(1)</script></body></html>"
          .getBytes(StandardCharsets.UTF_8);

  /** A Windows executable's first bytes. */
  public static final byte[] EXE = exe();

  private Mdf() {}

  private static byte[] exe() {
    byte[] b = new byte[256];
    b[0] = 'M';
    b[1] = 'Z';
    b[0x3c] = (byte) 0x80;
    b[0x80] = 'P';
    b[0x81] = 'E';
    return b;
  }

  public static String managerOf(long partner) {
    return Orders.managerOf(partner);
  }

  /** The partner's employee (Danube has none). */
  public static String employeeOf(long partner) {
    return partner == NORTHWIND ? "pe-northwind" : partner == BALTIC ? "pe-baltic" : null;
  }

  public static LocalDate today() {
    return LocalDate.now(ZoneOffset.UTC);
  }

  // --- programs and allocations ------------------------------------------------------------

  /** A program's body: running since 30 days, requests for 30 more, claims for 60, ends in 90. */
  public static String programBody(String name, BigDecimal budget, String... activityTypes) {
    LocalDate today = today();
    JsonArrayBuilder types = Json.createArrayBuilder();
    for (String t : activityTypes) {
      types.add(t);
    }
    return Json.createObjectBuilder()
        .add("name", name)
        .add("period", today.getYear() + "-Q" + ((today.getMonthValue() - 1) / 3 + 1))
        .add("currency", "EUR")
        .add("budget", budget)
        .add("startsOn", today.minusDays(30).toString())
        .add("endsOn", today.plusDays(90).toString())
        .add("requestDeadline", today.plusDays(30).toString())
        .add("claimDeadline", today.plusDays(60).toString())
        .add("reimbursementPct", 50)
        .add("coopPct", 0)
        .add("activityTypes", types)
        .build()
        .toString();
  }

  public static String uniqueName(String what) {
    return "IT " + what + " " + UUID.randomUUID().toString().substring(0, 8);
  }

  /** A fresh program of cm-all with {@code budget} EUR for the activity types (201 checked). */
  public static JsonObject program(BigDecimal budget, String... activityTypes) {
    HttpResponse<String> created =
        Api.as("cm-all")
            .post("/mdf/programs", programBody(uniqueName("program"), budget, activityTypes));
    assertEquals(201, created.statusCode(), created.body());
    return Http.json(created);
  }

  /** A fresh program for every activity type. */
  public static long program(String budget) {
    return id(program(new BigDecimal(budget), "webinar", "event", "advertising", "trade_show"));
  }

  public static HttpResponse<String> allocate(
      String user, long program, long partner, String amount) {
    return Api.as(user)
        .post(
            "/mdf/allocations",
            "{\"programId\":"
                + program
                + ",\"partnerId\":"
                + partner
                + ",\"amount\":"
                + amount
                + "}");
  }

  /** cm-all allocates (201 checked). */
  public static void allocate(long program, long partner, String amount) {
    HttpResponse<String> done = allocate("cm-all", program, partner, amount);
    assertEquals(201, done.statusCode(), done.body());
  }

  /** A fresh program of {@code budget} with {@code allocation} for the partner. */
  public static long programWith(long partner, String budget, String allocation) {
    long program = program(budget);
    allocate(program, partner, allocation);
    return program;
  }

  // --- requests ----------------------------------------------------------------------------

  public static String requestBody(long program, String activityType, String amount) {
    LocalDate today = today();
    return "{\"programId\":"
        + program
        + ",\"activityType\":\""
        + activityType
        + "\",\"title\":\"IT "
        + activityType
        + " "
        + UUID.randomUUID().toString().substring(0, 8)
        + "\",\"description\":\"A test activity.\",\"plannedStart\":\""
        + today.minusDays(10)
        + "\",\"plannedEnd\":\""
        + today.minusDays(9)
        + "\",\"plannedCost\":"
        + new BigDecimal(amount).multiply(BigDecimal.valueOf(2))
        + ",\"requestedAmount\":"
        + amount
        + ",\"expectedLeads\":10,\"campaignCode\":\"IT-"
        + UUID.randomUUID().toString().substring(0, 6)
        + "\"}";
  }

  public static HttpResponse<String> postRequest(
      String user, long program, String activityType, String amount) {
    return Api.as(user).post("/mdf/requests", requestBody(program, activityType, amount));
  }

  /** A submitted request of the partner's manager (201 checked). */
  public static JsonObject request(long program, long partner, String activityType, String amount) {
    HttpResponse<String> created = postRequest(managerOf(partner), program, activityType, amount);
    assertEquals(201, created.statusCode(), created.body());
    JsonObject r = Http.json(created);
    assertEquals("submitted", r.getString("status"), r.toString());
    return r;
  }

  public static HttpResponse<String> approveRequest(
      String user, long request, String amount, String reason) {
    return Api.as(user)
        .post(
            "/mdf/requests/" + request + "/approve",
            decision(amount, reason, version("mdf_request", request)));
  }

  /** An approved request of the partner: {@code amount} reserved (cm-all approves, checked). */
  public static long approvedRequest(
      long program, long partner, String activityType, String amount) {
    long request = id(request(program, partner, activityType, amount));
    HttpResponse<String> approved = approveRequest("cm-all", request, amount, null);
    assertEquals(200, approved.statusCode(), approved.body());
    assertEquals("approved", Http.json(approved).getString("status"));
    return request;
  }

  /** A decision's body: amount and reason optional, the version always. */
  public static String decision(String amount, String reason, long version) {
    JsonObjectBuilder b = Json.createObjectBuilder();
    if (amount != null) {
      b.add("approvedAmount", new BigDecimal(amount));
    }
    if (reason != null) {
      b.add("reason", reason);
    }
    return b.add("version", version).build().toString();
  }

  // --- claims ------------------------------------------------------------------------------

  /** A proof file of a claim: its kind, file name, the type the client claims, the bytes. */
  public record Proof(String kind, String fileName, String type, byte[] bytes) {
    public static Proof invoice() {
      return new Proof("invoice", "invoice.pdf", "application/pdf", PDF);
    }

    public static Proof attendees() {
      return new Proof("attendee_list", "attendees.csv", "text/csv", ATTENDEES);
    }
  }

  public static String claimBody(long request, String amount, boolean finalClaim) {
    return "{\"requestId\":"
        + request
        + ",\"claimedAmount\":"
        + amount
        + ",\"actualCost\":"
        + new BigDecimal(amount).multiply(BigDecimal.valueOf(2))
        + ",\"results\":\"42 attendees, 7 leads\",\"final\":"
        + finalClaim
        + "}";
  }

  /** POST /mdf/claims as multipart: the claim's JSON and its proof files. */
  public static HttpResponse<String> postClaim(String user, String claimJson, Proof... proofs) {
    // the files' kinds, in their order, in the claim's JSON
    JsonObjectBuilder claim = Json.createObjectBuilder((JsonObject) Http.parse(claimJson));
    JsonArrayBuilder kinds = Json.createArrayBuilder();
    boolean named = false;
    for (Proof p : proofs) {
      if (p.kind() == null) {
        kinds.addNull();
      } else {
        kinds.add(p.kind());
        named = true;
      }
    }
    if (named) {
      claim.add("proofKinds", kinds);
    }
    List<Part> parts = new ArrayList<>();
    parts.add(
        new Part(
            "claim",
            null,
            "application/json",
            claim.build().toString().getBytes(StandardCharsets.UTF_8)));
    for (Proof p : proofs) {
      parts.add(new Part("proof", p.fileName(), p.type(), p.bytes()));
    }
    return multipart(user, "/mdf/claims", parts);
  }

  /** POST /mdf/claims/{id}/proof: more proof files, each after a text part naming its kind. */
  public static HttpResponse<String> addProof(String user, long claim, Proof... proofs) {
    List<Part> parts = new ArrayList<>();
    for (Proof p : proofs) {
      parts.addAll(proofParts(p));
    }
    return multipart(user, "/mdf/claims/" + claim + "/proof", parts);
  }

  /** A proof file's parts: the file in part {@code proof}, its kind in the part before it. */
  static List<Part> proofParts(Proof p) {
    List<Part> parts = new ArrayList<>();
    if (p.kind() != null) {
      parts.add(new Part("kind", null, "text/plain", p.kind().getBytes(StandardCharsets.UTF_8)));
    }
    parts.add(new Part("proof", p.fileName(), p.type(), p.bytes()));
    return parts;
  }

  /** A draft claim of {@code user} on the request (201 checked). */
  public static JsonObject draft(
      String user, long request, String amount, boolean finalClaim, Proof... proofs) {
    HttpResponse<String> created = postClaim(user, claimBody(request, amount, finalClaim), proofs);
    assertEquals(201, created.statusCode(), created.body());
    JsonObject c = Http.json(created);
    assertEquals("draft", c.getString("status"), c.toString());
    return c;
  }

  public static HttpResponse<String> submitClaim(String user, long claim) {
    return Api.as(user)
        .post(
            "/mdf/claims/" + claim + "/submit",
            "{\"version\":" + version("mdf_claim", claim) + "}");
  }

  /** A submitted claim of the partner's manager on the request, with an invoice (checked). */
  public static long submittedClaim(long partner, long request, String amount, boolean finalClaim) {
    long claim = id(draft(managerOf(partner), request, amount, finalClaim, Proof.invoice()));
    HttpResponse<String> submitted = submitClaim(managerOf(partner), claim);
    assertEquals(200, submitted.statusCode(), submitted.body());
    assertEquals("submitted", Http.json(submitted).getString("status"));
    return claim;
  }

  public static HttpResponse<String> decideClaim(
      String user, long claim, String step, String amount, String reason) {
    return Api.as(user)
        .post(
            "/mdf/claims/" + claim + "/" + step,
            decision(amount, reason, version("mdf_claim", claim)));
  }

  // --- multipart ---------------------------------------------------------------------------

  record Part(String name, String fileName, String type, byte[] bytes) {}

  static HttpResponse<String> multipart(String user, String path, List<Part> parts) {
    String boundary = "----channelport" + UUID.randomUUID();
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    try {
      for (Part p : parts) {
        body.write(("--" + boundary + "\r\n").getBytes(StandardCharsets.UTF_8));
        String disposition = "Content-Disposition: form-data; name=\"" + p.name() + "\"";
        if (p.fileName() != null) {
          disposition += "; filename=\"" + p.fileName() + "\"";
        }
        body.write(
            (disposition + "\r\nContent-Type: " + p.type() + "\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.write(p.bytes());
        body.write("\r\n".getBytes(StandardCharsets.UTF_8));
      }
      body.write(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(Api.url(path)))
            .header("Authorization", "Bearer " + Tokens.of(user))
            .header("Accept", "application/json")
            .header("Content-Type", "multipart/form-data; boundary=" + boundary)
            .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
            .timeout(Duration.ofSeconds(60))
            .build();
    try {
      return CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  // --- the database ------------------------------------------------------------------------

  public static long id(JsonObject o) {
    return o.getJsonNumber("id").longValue();
  }

  public static long version(String table, long id) {
    return Db.count("SELECT version FROM " + table + " WHERE id = ?", id);
  }

  public static String status(String table, long id) {
    return Db.string("SELECT status FROM " + table + " WHERE id = ?", id);
  }

  /** An account's running balance (0 when the account does not exist). */
  public static BigDecimal balance(long program, Long partner, String kind) {
    String v =
        partner == null
            ? Db.string(
                "SELECT balance FROM mdf_account WHERE program_id = ? AND partner_id IS NULL"
                    + " AND kind = ?",
                program,
                kind)
            : Db.string(
                "SELECT balance FROM mdf_account WHERE program_id = ? AND partner_id = ?"
                    + " AND kind = ?",
                program,
                partner,
                kind);
    return v == null ? BigDecimal.ZERO : new BigDecimal(v);
  }

  /** The partner's available allocation: its allocation account's balance. */
  public static BigDecimal available(long program, long partner) {
    return balance(program, partner, "allocation");
  }

  /** The journal entries of a request or claim (column request_id or claim_id). */
  public static long entries(String column, long id) {
    return Db.count("SELECT COUNT(*) FROM mdf_journal_entry WHERE " + column + " = ?", id);
  }

  /** The sum of the entries of {@code column} = id moving money from one kind to another. */
  public static BigDecimal moved(String column, long id, String fromKind, String toKind) {
    String v =
        Db.string(
            "SELECT COALESCE(SUM(e.amount), 0) FROM mdf_journal_entry e"
                + " JOIN mdf_account d ON d.id = e.debit_account_id"
                + " JOIN mdf_account c ON c.id = e.credit_account_id"
                + " WHERE e."
                + column
                + " = ? AND d.kind = ? AND c.kind = ?",
            id,
            fromKind,
            toKind);
    return new BigDecimal(v);
  }

  public static long denials(String actor, String entityType, long id) {
    return Db.count(
        "SELECT COUNT(*) FROM audit_log WHERE action = 'DENIED' AND actor = ? AND entity_type = ?"
            + " AND entity_id = ?",
        actor,
        entityType,
        String.valueOf(id));
  }

  /** Rows of a query, each its columns as strings. */
  public static List<List<String>> rows(String sql, Object... args) {
    try (Connection c =
            DriverManager.getConnection(Stack.dbUrl(), Stack.dbUser(), Stack.dbPassword());
        PreparedStatement s = c.prepareStatement(sql)) {
      for (int i = 0; i < args.length; i++) {
        s.setObject(i + 1, args[i]);
      }
      try (ResultSet rs = s.executeQuery()) {
        List<List<String>> rows = new ArrayList<>();
        int n = rs.getMetaData().getColumnCount();
        while (rs.next()) {
          List<String> row = new ArrayList<>();
          for (int i = 1; i <= n; i++) {
            row.add(rs.getString(i));
          }
          rows.add(row);
        }
        return rows;
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * The ledger's invariants over the whole journal: every entry's two accounts are of its program
   * and currency; total debits = total credits (the balances of all accounts of a currency sum to
   * zero); each account's running balance is the sum of its entries (credits − debits); and, in the
   * order the entries were written, no account with a floor ever went below it.
   */
  public static void assertLedgerConsistent() {
    List<List<String>> strays =
        rows(
            "SELECT e.id FROM mdf_journal_entry e"
                + " JOIN mdf_account d ON d.id = e.debit_account_id"
                + " JOIN mdf_account c ON c.id = e.credit_account_id"
                + " WHERE d.program_id <> e.program_id OR c.program_id <> e.program_id"
                + " OR d.currency <> e.currency OR c.currency <> e.currency OR e.amount <= 0");
    assertTrue(strays.isEmpty(), () -> "entries across programs or currencies: " + strays);
    List<List<String>> unbalanced =
        rows(
            "SELECT x.currency, SUM(x.debits), SUM(x.credits) FROM ("
                + " SELECT e.currency, e.amount AS debits, 0 AS credits FROM mdf_journal_entry e"
                + " UNION ALL SELECT e.currency, 0, e.amount FROM mdf_journal_entry e) x"
                + " GROUP BY x.currency HAVING SUM(x.debits) <> SUM(x.credits)");
    assertTrue(unbalanced.isEmpty(), () -> "debits and credits differ: " + unbalanced);
    List<List<String>> sums =
        rows(
            "SELECT currency, SUM(balance) FROM mdf_account GROUP BY currency"
                + " HAVING SUM(balance) <> 0");
    assertTrue(sums.isEmpty(), () -> "the balances of a currency do not sum to zero: " + sums);
    List<List<String>> drift =
        rows(
            "SELECT a.id, a.kind, a.balance, COALESCE(cr.s, 0) - COALESCE(dr.s, 0)"
                + " FROM mdf_account a"
                + " LEFT JOIN (SELECT credit_account_id id, SUM(amount) s FROM mdf_journal_entry"
                + "   GROUP BY credit_account_id) cr ON cr.id = a.id"
                + " LEFT JOIN (SELECT debit_account_id id, SUM(amount) s FROM mdf_journal_entry"
                + "   GROUP BY debit_account_id) dr ON dr.id = a.id"
                + " WHERE a.balance <> COALESCE(cr.s, 0) - COALESCE(dr.s, 0)");
    assertTrue(
        drift.isEmpty(), () -> "running balances that are not the sum of their entries: " + drift);
    List<List<String>> below =
        rows(
            "SELECT m.account, m.entry_no, m.running, a.overdraft_limit FROM ("
                + " SELECT x.account, x.entry_no,"
                + "  SUM(x.delta) OVER (PARTITION BY x.account ORDER BY x.entry_no) AS running"
                + " FROM (SELECT credit_account_id account, entry_no, amount delta"
                + "   FROM mdf_journal_entry"
                + "   UNION ALL SELECT debit_account_id, entry_no, -amount FROM mdf_journal_entry) x"
                + ") m JOIN mdf_account a ON a.id = m.account"
                + " WHERE a.overdraft_limit IS NOT NULL AND m.running < -a.overdraft_limit");
    assertTrue(below.isEmpty(), () -> "an account went below its floor: " + below);
  }

  /** What the problem's detail says, its amounts without grouping (3,000.00 → 3000.00). */
  public static String plainDetail(HttpResponse<String> response) {
    return Http.json(response)
        .getString("detail", "")
        .replaceAll("(?<=\\d)[,\u00a0\u202f ](?=\\d{3})", "");
  }
}
