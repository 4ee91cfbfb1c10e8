package org.channelport.bench;

import static org.channelport.bench.LeadBenchmark.millis;
import static org.channelport.bench.LeadBenchmark.percentile;
import static org.channelport.bench.SupportBenchmark.at;
import static org.channelport.bench.SupportBenchmark.multiRow;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TimeZone;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.channelport.audit.AuditWiring;
import org.channelport.bench.LeadBenchmark.CountingDataSource;
import org.channelport.devstack.EmbeddedMariaDb;
import org.channelport.mdf.AllocationView;
import org.channelport.mdf.ClaimView;
import org.channelport.mdf.MdfClaimStatus;
import org.channelport.mdf.MdfPaymentMessage;
import org.channelport.mdf.MdfRequestStatus;
import org.channelport.mdf.MdfWiring;
import org.channelport.platform.Clock;
import org.channelport.security.AccessRules;
import org.channelport.security.Caller;
import org.channelport.security.FixedCaller;
import org.channelport.security.Role;
import org.flywaydb.core.Flyway;
import org.mariadb.jdbc.MariaDbPoolDataSource;

/**
 * The MDF benchmark: 1,000 partners with an allocation in each of two programs (EUR, USD) and
 * 100,000 submitted claims (two on each approved fund request, the requests' amounts reserved) in a
 * MariaDB of its own (port 13806), schema from the real migrations, the ledger seeded as the
 * services write it. Measures (a) claims approved per second through {@code MdfClaims.approve} (one
 * channel manager per thread, each with a quarter of the partners in their portfolio and a limit
 * that covers every claim) against the same writes in hand-written JDBC, every claim approved once
 * by one of the two; (b) the sum invariant over the whole journal afterwards (exit 1 when it
 * fails); (c) a partner's allocation page ({@code MdfAllocations.list}, what /partner/mdf shows)
 * against hand-written SQL of the same figures, target ≤ 2× and ≤ 2 SQL statements. Run: {@code mvn
 * -B -o -Pbench-mdf} (see README, Benchmarks).
 */
public final class MdfBenchmark {
  static final int PORT = Integer.getInteger("bench.port", 13806);
  static final int PARTNERS = Integer.getInteger("bench.partners", 1000);
  static final int CLAIMS = Integer.getInteger("bench.claims", 100_000) / 2 * 2;
  static final int THREADS = Integer.getInteger("bench.threads", 4);
  static final String[] CURRENCIES = {"EUR", "USD"};
  static final String[] TIERS = {"REGISTERED", "SILVER", "GOLD", "PLATINUM"};
  static final BigDecimal LIMIT = new BigDecimal("100000");
  static final String TAG = "[bench-mdf] ";
  static final byte[] PDF =
      "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
          .getBytes(StandardCharsets.US_ASCII);
  static final Jsonb JSON = JsonbBuilder.create();

  private final Random random = new Random(20261203);
  private final Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
  private final LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
  private final List<String> rows = new ArrayList<>();
  private final List<ClaimRef> claims = new ArrayList<>();
  private long maxEntryId;
  private long maxEventId;
  private boolean failed;

  /** A seeded claim: what the JDBC path needs to approve it. */
  record ClaimRef(
      long id,
      String number,
      long requestId,
      long programId,
      long partnerId,
      BigDecimal amount,
      String currency,
      String requestTitle) {}

  public static void main(String[] args) throws Exception {
    Locale.setDefault(Locale.ROOT);
    TimeZone.setDefault(TimeZone.getTimeZone("UTC"));
    Logger.getLogger("org.channelport").setLevel(Level.SEVERE);
    AuditWiring.install();
    MdfBenchmark bench = new MdfBenchmark();
    bench.run();
    if (bench.failed) {
      System.exit(1);
    }
  }

  void run() throws Exception {
    long started = System.nanoTime();
    Path home = Path.of(System.getProperty("bench.dir", "target/bench-mdf")).toAbsolutePath();
    EmbeddedMariaDb db =
        new EmbeddedMariaDb(
            PORT,
            home.resolve("mariadb"),
            "--innodb-buffer-pool-size=1G",
            "--innodb-log-file-size=512M",
            "--innodb-flush-log-at-trx-commit=2");
    try {
      String url = db.start(true);
      long t0 = System.nanoTime();
      Flyway.configure()
          .dataSource(url, EmbeddedMariaDb.USER, EmbeddedMariaDb.PASSWORD)
          .locations("filesystem:sql/migration")
          .load()
          .migrate();
      try (MariaDbPoolDataSource pool =
          new MariaDbPoolDataSource(
              url
                  + (url.contains("?") ? "&" : "?")
                  + "maxPoolSize="
                  + (THREADS * 3 + 4)
                  + "&user="
                  + EmbeddedMariaDb.USER
                  + "&password="
                  + EmbeddedMariaDb.PASSWORD)) {
        generate(pool);
        say(
            "data: %,d partners, %d programs (%s), %,d allocations, %,d approved requests, %,d"
                + " submitted claims with their proof, %,d journal entries, loaded in %.1f s",
            PARTNERS,
            CURRENCIES.length,
            String.join(", ", CURRENCIES),
            PARTNERS * CURRENCIES.length,
            CLAIMS / 2,
            CLAIMS,
            maxEntryId,
            LeadBenchmark.seconds(t0));
        CountingDataSource counted = new CountingDataSource(pool);
        EntityManagerFactory emf = LeadBenchmark.entityManagerFactory(counted);
        try {
          List<String> seeded = invariant(emf, counted, false);
          if (!seeded.isEmpty()) {
            throw new IllegalStateException("the seeded ledger is inconsistent: " + seeded);
          }
          approvals(emf, counted);
          if (Boolean.getBoolean("bench.corrupt")) {
            // shows the check failing: one running total off by a cent, as a bug would leave it
            try (Connection c = counted.getConnection();
                Statement s = c.createStatement()) {
              s.executeUpdate(
                  "UPDATE mdf_account SET balance = balance + 0.01 WHERE id = " + account(1, 1, 2));
            }
            say("-Dbench.corrupt: the payable account of partner 1 in program 1 is off by 0.01");
          }
          invariant(emf, counted, true);
          allocationPage(emf, counted);
        } finally {
          emf.close();
        }
      }
    } finally {
      db.stop();
    }
    say("elapsed: %.1f min", (System.nanoTime() - started) / 60e9);
    System.out.println();
    System.out.println(TAG + "===== results =====");
    rows.forEach(r -> System.out.println(TAG + r));
  }

  // --- data ----------------------------------------------------------------------------------

  static long manager(long partnerId) {
    return (partnerId - 1) % THREADS;
  }

  static String managerName(long partnerId) {
    return "bench-cm-" + manager(partnerId);
  }

  static String pm(long partnerId) {
    return "bench-pm-" + partnerId;
  }

  /**
   * The five accounts of a partner in a program: allocation, reserved, payable, paid, forfeited.
   */
  static long account(long programId, long partnerId, int kind) {
    return 100 + ((programId - 1) * PARTNERS + (partnerId - 1)) * 5 + kind;
  }

  static long funding(long programId) {
    return 2 * (programId - 1) + 1;
  }

  static long budget(long programId) {
    return 2 * (programId - 1) + 2;
  }

  static final String[] PARTNER_KINDS = {"allocation", "reserved", "payable", "paid", "forfeited"};

  static String money(BigDecimal amount) {
    return amount.setScale(4, RoundingMode.UNNECESSARY).toPlainString();
  }

  static String q(String text) {
    return text == null ? "NULL" : "'" + text.replace("\\", "\\\\").replace("'", "''") + "'";
  }

  static String audit(
      Instant at,
      String actor,
      long partnerId,
      String type,
      long id,
      String action,
      Map<String, Object[]> changes) {
    return "("
        + at(at)
        + ", "
        + q(actor)
        + ", "
        + partnerId
        + ", '"
        + type
        + "', '"
        + id
        + "', '"
        + action
        + "', "
        + q(AuditWiring.changes(changes))
        + ")";
  }

  static Map<String, Object[]> created(Map<String, Object> state) {
    Map<String, Object[]> changes = new LinkedHashMap<>();
    state.forEach((k, v) -> changes.put(k, new Object[] {null, v}));
    return changes;
  }

  /**
   * The state the services leave after: each program created with its budget (funding → budget),
   * every partner allocated in each (budget → allocation), each request submitted by the partner's
   * manager and approved by its channel manager (allocation → reserved), each claim created with
   * its invoice, and submitted. Rows, running totals, numbers, events, audit rows and id counters
   * as the services write them; the checks after {@link #generate} confirm the ledger adds up.
   */
  void generate(DataSource ds) throws Exception {
    int requests = CLAIMS / 2;
    int programs = CURRENCIES.length;
    Instant created = now.minus(20, ChronoUnit.DAYS);
    LocalDate starts = today.minusDays(60);
    LocalDate ends = today.plusDays(60);
    LocalDate requestDeadline = today.plusDays(30);
    LocalDate claimDeadline = today.plusDays(90);
    int year = today.getYear();
    String period = year + "-Q" + ((today.getMonthValue() - 1) / 3 + 1);
    // the requests' amounts: two claims on each, of 40 % and 35 % (half the actual cost each)
    BigDecimal[] requested = new BigDecimal[requests];
    BigDecimal[][] reservedBy = new BigDecimal[programs + 1][PARTNERS + 1];
    BigDecimal[][] allocated = new BigDecimal[programs + 1][PARTNERS + 1];
    BigDecimal[] budgets = new BigDecimal[programs + 1];
    for (int g = 1; g <= programs; g++) {
      for (int p = 1; p <= PARTNERS; p++) {
        reservedBy[g][p] = BigDecimal.ZERO;
      }
    }
    for (int i = 0; i < requests; i++) {
      requested[i] = BigDecimal.valueOf(100_000 + random.nextInt(400_000), 2).setScale(4);
      reservedBy[program(i)][partner(i)] = reservedBy[program(i)][partner(i)].add(requested[i]);
    }
    for (int g = 1; g <= programs; g++) {
      budgets[g] = new BigDecimal("250000.0000");
      for (int p = 1; p <= PARTNERS; p++) {
        allocated[g][p] = reservedBy[g][p].add(new BigDecimal("5000.0000"));
        budgets[g] = budgets[g].add(allocated[g][p]);
      }
    }
    MessageDigest sha = MessageDigest.getInstance("SHA-256");
    String pdfSha = HexFormat.of().formatHex(sha.digest(PDF));
    String pdfHex = "X'" + HexFormat.of().formatHex(PDF) + "'";
    try (Connection c = ds.getConnection()) {
      c.setAutoCommit(false);
      multiRow(
          c,
          "INSERT INTO partner (id, name, account_number, tier, country, status, created_at,"
              + " updated_at, version) VALUES ",
          PARTNERS,
          i ->
              "("
                  + (i + 1)
                  + ", 'Bench partner "
                  + (i + 1)
                  + "', 'BP-"
                  + (i + 1)
                  + "', '"
                  + TIERS[i % TIERS.length]
                  + "', 'DE', 'ACTIVE', NOW(6), NOW(6), 0)");
      multiRow(
          c,
          "INSERT INTO portfolio_assignment (id, manager_username, partner_id, assigned_at,"
              + " assigned_by) VALUES ",
          PARTNERS,
          i -> "(" + (i + 1) + ", '" + managerName(i + 1) + "', " + (i + 1) + ", NOW(6), 'bench')");
      multiRow(
          c,
          "INSERT INTO mdf_approval_limit (username, currency, amount) VALUES ",
          THREADS * programs,
          i -> "('bench-cm-" + (i / programs) + "', '" + CURRENCIES[i % programs] + "', 100000)");
      // programs, their activity types and their own accounts
      multiRow(
          c,
          "INSERT INTO mdf_program (id, name, period, currency, budget, starts_on, ends_on,"
              + " request_deadline, claim_deadline, reimbursement_pct, coop_pct, overdraft_limit,"
              + " gl_code, payment_method, created_by, created_at, updated_at, version) VALUES ",
          programs,
          i ->
              "("
                  + (i + 1)
                  + ", '"
                  + programName(i + 1, period)
                  + "', '"
                  + period
                  + "', '"
                  + CURRENCIES[i]
                  + "', "
                  + money(budgets[i + 1])
                  + ", '"
                  + starts
                  + "', '"
                  + ends
                  + "', '"
                  + requestDeadline
                  + "', '"
                  + claimDeadline
                  + "', 50, 0, 0, '6400', 'credit_note', 'bench-cm-0', "
                  + at(created)
                  + ", "
                  + at(created)
                  + ", 1)");
      multiRow(
          c,
          "INSERT INTO mdf_program_activity (program_id, activity_type) VALUES ",
          programs * 2,
          i -> "(" + (i / 2 + 1) + ", '" + (i % 2 == 0 ? "webinar" : "event") + "')");
      BigDecimal[][] balance = new BigDecimal[programs + 1][];
      multiRow(
          c,
          "INSERT INTO mdf_account (id, program_id, partner_id, kind, currency, balance,"
              + " overdraft_limit, version) VALUES ",
          programs * 2,
          i -> {
            long g = i / 2 + 1;
            BigDecimal budgetLeft = budgets[(int) g].subtract(allocated(allocated[(int) g]));
            return i % 2 == 0
                ? "("
                    + funding(g)
                    + ", "
                    + g
                    + ", NULL, 'funding', '"
                    + CURRENCIES[(int) g - 1]
                    + "', "
                    + money(budgets[(int) g].negate())
                    + ", NULL, 1)"
                : "("
                    + budget(g)
                    + ", "
                    + g
                    + ", NULL, 'budget', '"
                    + CURRENCIES[(int) g - 1]
                    + "', "
                    + money(budgetLeft)
                    + ", 0, "
                    + (1 + PARTNERS)
                    + ")";
          });
      multiRow(
          c,
          "INSERT INTO mdf_account (id, program_id, partner_id, kind, currency, balance,"
              + " overdraft_limit, version) VALUES ",
          programs * PARTNERS * 5,
          i -> {
            int g = i / (PARTNERS * 5) + 1;
            int p = i / 5 % PARTNERS + 1;
            int kind = i % 5;
            int requestsOf = requestsOf(g, p);
            BigDecimal b =
                switch (kind) {
                  case 0 -> allocated[g][p].subtract(reservedBy[g][p]);
                  case 1 -> reservedBy[g][p];
                  default -> BigDecimal.ZERO;
                };
            int version = kind == 0 ? 1 + requestsOf : kind == 1 ? requestsOf : 0;
            return "("
                + account(g, p, kind)
                + ", "
                + g
                + ", "
                + p
                + ", '"
                + PARTNER_KINDS[kind]
                + "', '"
                + CURRENCIES[g - 1]
                + "', "
                + money(b)
                + ", 0, "
                + version
                + ")";
          });
      // requests: submitted, then approved (the whole amount reserved)
      Instant submitted = created.plus(1, ChronoUnit.DAYS);
      Instant approved = submitted.plus(2, ChronoUnit.HOURS);
      multiRow(
          c,
          "INSERT INTO mdf_request (id, number, program_id, partner_id, activity_type, title,"
              + " description, planned_start, planned_end, planned_cost, requested_amount,"
              + " approved_amount, currency, expected_leads, expected_pipeline, campaign_code,"
              + " status, status_reason, submitted_by, submitted_at, approved_by, approved_at,"
              + " decided_at, claim_deadline, updated_at, version) VALUES ",
          requests,
          i ->
              "("
                  + (i + 1)
                  + ", '"
                  + requestNumber(year, i)
                  + "', "
                  + program(i)
                  + ", "
                  + partner(i)
                  + ", 'webinar', '"
                  + title(i)
                  + "', 'A webinar for the partner''s customers.', '"
                  + today.minusDays(10)
                  + "', '"
                  + today.minusDays(10)
                  + "', "
                  + money(requested[i].multiply(BigDecimal.valueOf(2)))
                  + ", "
                  + money(requested[i])
                  + ", "
                  + money(requested[i])
                  + ", '"
                  + CURRENCIES[program(i) - 1]
                  + "', 20, NULL, 'BENCH-"
                  + (i + 1)
                  + "', 'approved', NULL, '"
                  + pm(partner(i))
                  + "', "
                  + at(submitted)
                  + ", '"
                  + managerName(partner(i))
                  + "', "
                  + at(approved)
                  + ", "
                  + at(approved)
                  + ", '"
                  + claimDeadline
                  + "', "
                  + at(approved)
                  + ", 1)");
      multiRow(
          c,
          "INSERT INTO mdf_request_event (id, request_id, at, actor, kind, amount, detail) VALUES ",
          requests * 2,
          i -> {
            int r = i / 2;
            boolean first = i % 2 == 0;
            return "("
                + (i + 1)
                + ", "
                + (r + 1)
                + ", "
                + at(first ? submitted : approved)
                + ", '"
                + (first ? pm(partner(r)) : managerName(partner(r)))
                + "', '"
                + (first ? "submitted" : "approved")
                + "', "
                + money(requested[r])
                + ", NULL)";
          });
      // claims: created with their invoice, then submitted (two per request)
      Instant claimCreated = approved.plus(12, ChronoUnit.DAYS);
      Instant claimSubmitted = claimCreated.plus(1, ChronoUnit.HOURS);
      BigDecimal[] claimed = new BigDecimal[CLAIMS];
      for (int k = 0; k < CLAIMS; k++) {
        BigDecimal share = new BigDecimal(k % 2 == 0 ? "0.40" : "0.35");
        claimed[k] = requested[k / 2].multiply(share).setScale(2, RoundingMode.DOWN).setScale(4);
        claims.add(
            new ClaimRef(
                k + 1,
                claimNumber(year, k),
                k / 2 + 1,
                program(k / 2),
                partner(k / 2),
                claimed[k],
                CURRENCIES[program(k / 2) - 1],
                title(k / 2)));
      }
      multiRow(
          c,
          "INSERT INTO stored_file (id, purpose, sha256, media_type, size_bytes, content,"
              + " client_name, created_at, created_by) VALUES ",
          CLAIMS,
          k ->
              "("
                  + (k + 1)
                  + ", 'mdf-proof', '"
                  + pdfSha
                  + "', 'application/pdf', "
                  + PDF.length
                  + ", "
                  + pdfHex
                  + ", 'invoice-"
                  + (k + 1)
                  + ".pdf', "
                  + at(claimCreated)
                  + ", '"
                  + pm(partner(k / 2))
                  + "')");
      multiRow(
          c,
          "INSERT INTO mdf_claim (id, number, request_id, program_id, partner_id, claimed_amount,"
              + " approved_amount, actual_cost, currency, results, final_claim, status,"
              + " created_by, created_at, submitted_by, submitted_at, submissions,"
              + " submitted_snapshot, updated_at, version) VALUES ",
          CLAIMS,
          k ->
              "("
                  + (k + 1)
                  + ", '"
                  + claimNumber(year, k)
                  + "', "
                  + (k / 2 + 1)
                  + ", "
                  + program(k / 2)
                  + ", "
                  + partner(k / 2)
                  + ", "
                  + money(claimed[k])
                  + ", NULL, "
                  + money(claimed[k].multiply(BigDecimal.valueOf(2)))
                  + ", '"
                  + CURRENCIES[program(k / 2) - 1]
                  + "', '40 attendees, 6 leads', FALSE, 'submitted', '"
                  + pm(partner(k / 2))
                  + "', "
                  + at(claimCreated)
                  + ", '"
                  + pm(partner(k / 2))
                  + "', "
                  + at(claimSubmitted)
                  + ", 1, "
                  + q(snapshot(claimed[k], k))
                  + ", "
                  + at(claimSubmitted)
                  + ", 1)");
      multiRow(
          c,
          "INSERT INTO mdf_claim_proof (id, claim_id, kind, file_id, name, content_type, size,"
              + " created_by, created_at) VALUES ",
          CLAIMS,
          k ->
              "("
                  + (k + 1)
                  + ", "
                  + (k + 1)
                  + ", 'invoice', "
                  + (k + 1)
                  + ", 'invoice-"
                  + (k + 1)
                  + ".pdf', 'application/pdf', "
                  + PDF.length
                  + ", '"
                  + pm(partner(k / 2))
                  + "', "
                  + at(claimCreated)
                  + ")");
      multiRow(
          c,
          "INSERT INTO mdf_claim_event (id, claim_id, at, actor, kind, amount, detail) VALUES ",
          CLAIMS * 3,
          i -> {
            int k = i / 3;
            String pm = pm(partner(k / 2));
            return switch (i % 3) {
              case 0 ->
                  "("
                      + (i + 1)
                      + ", "
                      + (k + 1)
                      + ", "
                      + at(claimCreated)
                      + ", '"
                      + pm
                      + "', 'created', "
                      + money(claimed[k])
                      + ", NULL)";
              case 1 ->
                  "("
                      + (i + 1)
                      + ", "
                      + (k + 1)
                      + ", "
                      + at(claimCreated)
                      + ", '"
                      + pm
                      + "', 'proof_added', NULL, 'invoice: invoice-"
                      + (k + 1)
                      + ".pdf')";
              default ->
                  "("
                      + (i + 1)
                      + ", "
                      + (k + 1)
                      + ", "
                      + at(claimSubmitted)
                      + ", '"
                      + pm
                      + "', 'submitted', "
                      + money(claimed[k])
                      + ", NULL)";
            };
          });
      maxEventId = CLAIMS * 3L;
      // the journal: each program's budget, the allocations, the reservations
      long[] entry = {0};
      List<String> entries = new ArrayList<>();
      for (int g = 1; g <= programs; g++) {
        entries.add(
            entryRow(
                ++entry[0],
                g,
                null,
                funding(g),
                budget(g),
                budgets[g],
                "funding",
                programName(g, period),
                "bench-cm-0",
                null,
                created));
      }
      for (int g = 1; g <= programs; g++) {
        for (int p = 1; p <= PARTNERS; p++) {
          entries.add(
              entryRow(
                  ++entry[0],
                  g,
                  (long) p,
                  budget(g),
                  account(g, p, 0),
                  allocated[g][p],
                  "allocation",
                  null,
                  managerName(p),
                  null,
                  created.plusSeconds(60)));
        }
      }
      for (int i = 0; i < requests; i++) {
        entries.add(
            entryRow(
                ++entry[0],
                program(i),
                (long) partner(i),
                account(program(i), partner(i), 0),
                account(program(i), partner(i), 1),
                requested[i],
                "reservation",
                null,
                managerName(partner(i)),
                (long) (i + 1),
                approved));
      }
      maxEntryId = entry[0];
      multiRow(
          c,
          "INSERT INTO mdf_journal_entry (id, program_id, partner_id, debit_account_id,"
              + " credit_account_id, amount, currency, reason, note, actor, request_id, claim_id,"
              + " reverses_entry_id, created_at) VALUES ",
          entries.size(),
          entries::get);
      // the audit log: each program, request and claim created, each request approved, each claim
      // submitted
      multiRow(
          c,
          "INSERT INTO audit_log (at, actor, partner_id, entity_type, entity_id, action, changes)"
              + " VALUES ",
          requests * 2,
          i -> {
            int r = i / 2;
            if (i % 2 == 0) {
              Map<String, Object> state = new LinkedHashMap<>();
              state.put("number", requestNumber(year, r));
              state.put("programId", (long) program(r));
              state.put("activityType", "WEBINAR");
              state.put("title", title(r));
              state.put("requestedAmount", requested[r]);
              state.put("approvedAmount", null);
              state.put("status", MdfRequestStatus.SUBMITTED);
              state.put("statusReason", null);
              state.put("firstApprover", null);
              state.put("approvedBy", null);
              state.put("campaignCode", "BENCH-" + (r + 1));
              return audit(
                  submitted,
                  pm(partner(r)),
                  partner(r),
                  "MdfRequest",
                  r + 1,
                  "CREATE",
                  created(state));
            }
            Map<String, Object[]> changes = new LinkedHashMap<>();
            changes.put("approvedAmount", new Object[] {null, requested[r]});
            changes.put(
                "status", new Object[] {MdfRequestStatus.SUBMITTED, MdfRequestStatus.APPROVED});
            changes.put("approvedBy", new Object[] {null, managerName(partner(r))});
            return audit(
                approved,
                managerName(partner(r)),
                partner(r),
                "MdfRequest",
                r + 1,
                "UPDATE",
                changes);
          });
      multiRow(
          c,
          "INSERT INTO audit_log (at, actor, partner_id, entity_type, entity_id, action, changes)"
              + " VALUES ",
          CLAIMS * 2,
          i -> {
            int k = i / 2;
            int r = k / 2;
            if (i % 2 == 0) {
              Map<String, Object> state = new LinkedHashMap<>();
              state.put("number", claimNumber(year, k));
              state.put("requestId", (long) (r + 1));
              state.put("claimedAmount", claimed[k]);
              state.put("approvedAmount", null);
              state.put("actualCost", claimed[k].multiply(BigDecimal.valueOf(2)));
              state.put("finalClaim", false);
              state.put("status", MdfClaimStatus.DRAFT);
              state.put("statusReason", null);
              state.put("firstApprover", null);
              state.put("approvedBy", null);
              state.put("erpReference", null);
              state.put("paidAt", null);
              return audit(
                  claimCreated,
                  pm(partner(r)),
                  partner(r),
                  "MdfClaim",
                  k + 1,
                  "CREATE",
                  created(state));
            }
            Map<String, Object[]> changes = new LinkedHashMap<>();
            changes.put("status", new Object[] {MdfClaimStatus.DRAFT, MdfClaimStatus.SUBMITTED});
            return audit(
                claimSubmitted, pm(partner(r)), partner(r), "MdfClaim", k + 1, "UPDATE", changes);
          });
      try (Statement s = c.createStatement()) {
        s.executeUpdate(
            "INSERT INTO mdf_number_seq (name, next_val) VALUES ('request-"
                + year
                + "', "
                + requests
                + "), ('claim-"
                + year
                + "', "
                + CLAIMS
                + ")");
        Object[][] counters = {
          {"mdf_program", programs},
          {"mdf_account", account(programs, PARTNERS, 4)},
          {"mdf_request", requests},
          {"mdf_request_event", requests * 2L},
          {"mdf_claim", CLAIMS},
          {"mdf_claim_proof", CLAIMS},
          {"mdf_claim_event", maxEventId},
          {"mdf_journal_entry", maxEntryId}
        };
        for (Object[] counter : counters) {
          s.executeUpdate(
              "UPDATE id_generator SET next_val = "
                  + counter[1]
                  + " + 1 WHERE name = '"
                  + counter[0]
                  + "'");
        }
      }
      c.commit();
      try (Statement s = c.createStatement()) {
        s.execute(
            "ANALYZE TABLE mdf_account, mdf_journal_entry, mdf_claim, mdf_request,"
                + " mdf_claim_event, audit_log");
      }
    }
  }

  private static BigDecimal allocated(BigDecimal[] perPartner) {
    BigDecimal sum = BigDecimal.ZERO;
    for (int p = 1; p <= PARTNERS; p++) {
      sum = sum.add(perPartner[p]);
    }
    return sum;
  }

  /** Request {@code i}'s partner and program: every partner has as many requests in each. */
  static int partner(int request) {
    return request % PARTNERS + 1;
  }

  static int program(int request) {
    return request / PARTNERS % CURRENCIES.length + 1;
  }

  static int requestsOf(int program, int partner) {
    int n = 0;
    for (int i = partner - 1; i < CLAIMS / 2; i += PARTNERS) {
      if (program(i) == program) {
        n++;
      }
    }
    return n;
  }

  static String programName(int program, String period) {
    return period + " Demand generation " + CURRENCIES[program - 1];
  }

  static String title(int request) {
    return "Webinar " + (request + 1);
  }

  static String requestNumber(int year, int request) {
    return String.format(Locale.ROOT, "MDR-%04d-%06d", year, request + 1);
  }

  static String claimNumber(int year, int claim) {
    return String.format(Locale.ROOT, "MDF-%04d-%06d", year, claim + 1);
  }

  /** What {@code MdfClaims.snapshot} keeps at a submission. */
  static String snapshot(BigDecimal claimed, int claim) {
    return "{\"claimedAmount\":\""
        + claimed.setScale(2, RoundingMode.HALF_UP).toPlainString()
        + "\",\"actualCost\":\""
        + claimed.multiply(BigDecimal.valueOf(2)).setScale(2, RoundingMode.HALF_UP).toPlainString()
        + "\",\"results\":\"40 attendees, 6 leads\",\"final\":false,\"proofs\":[\"invoice: invoice-"
        + (claim + 1)
        + ".pdf\"]}";
  }

  static String entryRow(
      long id,
      long program,
      Long partner,
      long debit,
      long credit,
      BigDecimal amount,
      String reason,
      String note,
      String actor,
      Long request,
      Instant at) {
    return "("
        + id
        + ", "
        + program
        + ", "
        + (partner == null ? "NULL" : partner)
        + ", "
        + debit
        + ", "
        + credit
        + ", "
        + money(amount)
        + ", '"
        + CURRENCIES[(int) program - 1]
        + "', '"
        + reason
        + "', "
        + q(note)
        + ", '"
        + actor
        + "', "
        + (request == null ? "NULL" : request)
        + ", NULL, NULL, "
        + at(at)
        + ")";
  }

  // --- (a) approvals ---------------------------------------------------------------------------

  record Timed(long count, long nanos, long[] latencies, long failures, long statements) {
    double perSecond() {
      return count / (nanos / 1e9);
    }
  }

  interface Approval {
    void approve(int thread, ClaimRef claim) throws Exception;
  }

  void approvals(EntityManagerFactory emf, CountingDataSource counted) throws Exception {
    Clock clock = new Clock();
    // each thread approves claims of its own channel manager's partners, in random order
    List<List<ClaimRef>> byManager = new ArrayList<>();
    for (int t = 0; t < THREADS; t++) {
      byManager.add(new ArrayList<>());
    }
    for (ClaimRef c : claims) {
      byManager.get((int) manager(c.partnerId())).add(c);
    }
    byManager.forEach(l -> Collections.shuffle(l, random));
    int perThread = byManager.stream().mapToInt(List::size).min().orElse(0);
    int rounds = Integer.getInteger("bench.rounds", 2);
    int warmup = Math.max(10, perThread / 100);
    int measured = (perThread - 2 * warmup) / (2 * rounds);
    int[] next = new int[THREADS];
    AtomicLong entryIds = new AtomicLong(1_000_000_000L);
    AtomicLong eventIds = new AtomicLong(1_000_000_000L);
    say(
        "(a) approvals: %d threads (channel managers bench-cm-0..%d, %,d partners and their"
            + " %,d allocations each), %,d claims each way in %d rounds (service, then JDBC), after"
            + " %,d warm-up each way",
        THREADS,
        THREADS - 1,
        PARTNERS / THREADS,
        PARTNERS / THREADS * CURRENCIES.length,
        measured * THREADS * rounds,
        rounds,
        warmup * THREADS);
    say(
        "(a) NOTE: outside the container (no JAX-RS, no token check): each service approval is"
            + " what MdfClaimResource.approve runs in its transaction — MdfClaims.approve(id, null,"
            + " null, version) with the audit writer bound; the JDBC path writes the same rows:"
            + " claim, request and both accounts locked in the same order, the entry, the two"
            + " running totals, the claim, its two events, the payment's outbox message and the"
            + " claim's audit row");
    Approval service = (t, c) -> serviceApproval(emf, counted, clock, c);
    Approval jdbc = (t, c) -> jdbcApproval(counted, c, entryIds, eventIds);
    timed(byManager, next, warmup, service, counted);
    timed(byManager, next, warmup, jdbc, counted);
    List<Timed> s = new ArrayList<>();
    List<Timed> j = new ArrayList<>();
    for (int r = 0; r < rounds; r++) {
      s.add(timed(byManager, next, measured, service, counted));
      j.add(timed(byManager, next, measured, jdbc, counted));
    }
    // what is left over from the split (a few claims a thread): approved too, not measured
    for (int t = 0; t < THREADS; t++) {
      for (int i = next[t]; i < byManager.get(t).size(); i++) {
        service.approve(t, byManager.get(t).get(i));
      }
    }
    Timed sm = merge(s);
    Timed jm = merge(j);
    say(
        "(a) service (MdfClaims.approve): %,d claims in %.1f s = %,.0f approvals/s, median %.1f"
            + " ms, p95 %.1f ms, %.1f SQL statements each, %d failed",
        sm.count(),
        sm.nanos() / 1e9,
        sm.perSecond(),
        millis(percentile(sm.latencies(), 50)),
        millis(percentile(sm.latencies(), 95)),
        sm.statements() / (double) Math.max(1, sm.count()),
        sm.failures());
    say(
        "(a) hand-written JDBC (same locks, same rows): %,d claims in %.1f s = %,.0f approvals/s,"
            + " median %.1f ms, p95 %.1f ms, %.1f SQL statements each, %d failed",
        jm.count(),
        jm.nanos() / 1e9,
        jm.perSecond(),
        millis(percentile(jm.latencies(), 50)),
        millis(percentile(jm.latencies(), 95)),
        jm.statements() / (double) Math.max(1, jm.count()),
        jm.failures());
    double ratio = jm.perSecond() / sm.perSecond();
    say("(a) ratio JDBC/service: throughput %.2fx", ratio);
    if (sm.failures() + jm.failures() > 0) {
      failed = true;
    }
    result(
        String.format(
            Locale.ROOT,
            "(a) claim approvals, %d threads   service %,5.0f/s p95 %5.1f ms | JDBC %,5.0f/s p95"
                + " %5.1f ms | JDBC is %.2fx the service | failed %d",
            THREADS,
            sm.perSecond(),
            millis(percentile(sm.latencies(), 95)),
            jm.perSecond(),
            millis(percentile(jm.latencies(), 95)),
            ratio,
            sm.failures() + jm.failures()));
  }

  Timed merge(List<Timed> parts) {
    long count = 0;
    long nanos = 0;
    long failures = 0;
    long statements = 0;
    List<Long> all = new ArrayList<>();
    for (Timed t : parts) {
      count += t.count();
      nanos += t.nanos();
      failures += t.failures();
      statements += t.statements();
      for (long l : t.latencies()) {
        all.add(l);
      }
    }
    return new Timed(
        count, nanos, all.stream().mapToLong(Long::longValue).toArray(), failures, statements);
  }

  /** {@code each} claims per thread, from where each thread's list is at. */
  Timed timed(
      List<List<ClaimRef>> byManager,
      int[] next,
      int each,
      Approval approval,
      CountingDataSource counted)
      throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    long[] latencies = new long[each * THREADS];
    AtomicLong failures = new AtomicLong();
    long before = counted.executed.get();
    long start = System.nanoTime();
    try {
      List<Future<?>> futures = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        int thread = t;
        int from = next[t];
        futures.add(
            pool.submit(
                () -> {
                  for (int i = 0; i < each; i++) {
                    long s = System.nanoTime();
                    try {
                      approval.approve(thread, byManager.get(thread).get(from + i));
                    } catch (Exception e) {
                      if (failures.incrementAndGet() <= 3) {
                        e.printStackTrace();
                      }
                    }
                    latencies[thread * each + i] = System.nanoTime() - s;
                  }
                  return null;
                }));
        next[t] += each;
      }
      for (Future<?> f : futures) {
        f.get();
      }
    } finally {
      pool.shutdown();
    }
    long nanos = System.nanoTime() - start;
    return new Timed(
        (long) each * THREADS - failures.get(),
        nanos,
        latencies,
        failures.get(),
        counted.executed.get() - before);
  }

  static Caller channelManager(long partnerId) {
    return new Caller(managerName(partnerId), Set.of(Role.CHANNEL_MANAGER), null);
  }

  void serviceApproval(EntityManagerFactory emf, DataSource ds, Clock clock, ClaimRef claim) {
    Caller cm = channelManager(claim.partnerId());
    ClaimView view =
        OrderBenchmark.inTransaction(
            emf,
            cm,
            em -> {
              AccessRules access = FixedCaller.accessRules(em, cm);
              return MdfWiring.claims(em, access, clock, ds).approve(claim.id(), null, null, 1L);
            });
    if (view.status() != MdfClaimStatus.PAYABLE) {
      throw new IllegalStateException(claim.number() + " is " + view.status() + ", not payable");
    }
  }

  /** The reference: what {@code MdfClaims.approve} writes, in hand-written JDBC. */
  void jdbcApproval(DataSource ds, ClaimRef claim, AtomicLong entryIds, AtomicLong eventIds)
      throws SQLException {
    String approver = managerName(claim.partnerId());
    Timestamp ts = Timestamp.from(Instant.now().truncatedTo(ChronoUnit.MICROS));
    try (Connection c = ds.getConnection()) {
      c.setAutoCommit(false);
      try {
        BigDecimal amount;
        String submitter;
        long version;
        try (PreparedStatement s =
            c.prepareStatement(
                "SELECT status, version, claimed_amount, submitted_by FROM mdf_claim WHERE id = ?"
                    + " FOR UPDATE")) {
          s.setLong(1, claim.id());
          try (ResultSet rs = s.executeQuery()) {
            rs.next();
            if (!rs.getString(1).equals("submitted")) {
              throw new IllegalStateException(claim.number() + " is " + rs.getString(1));
            }
            version = rs.getLong(2);
            amount = rs.getBigDecimal(3);
            submitter = rs.getString(4);
          }
        }
        try (PreparedStatement s =
            c.prepareStatement(
                "SELECT amount FROM mdf_approval_limit WHERE username = ? AND currency = ?")) {
          s.setString(1, approver);
          s.setString(2, claim.currency());
          try (ResultSet rs = s.executeQuery()) {
            if (!rs.next()
                || rs.getBigDecimal(1).compareTo(amount) < 0
                || approver.equals(submitter)) {
              throw new IllegalStateException("above the limit: " + claim.number());
            }
          }
        }
        try (PreparedStatement s =
            c.prepareStatement("SELECT id FROM mdf_request WHERE id = ? FOR UPDATE")) {
          s.setLong(1, claim.requestId());
          s.executeQuery().close();
        }
        BigDecimal reserved;
        try (PreparedStatement s =
            c.prepareStatement(
                "SELECT COALESCE(SUM(CASE WHEN c.kind = 'reserved' THEN e.amount ELSE 0 END), 0)"
                    + " - COALESCE(SUM(CASE WHEN d.kind = 'reserved' THEN e.amount ELSE 0 END), 0)"
                    + " FROM mdf_journal_entry e"
                    + " JOIN mdf_account d ON d.id = e.debit_account_id"
                    + " JOIN mdf_account c ON c.id = e.credit_account_id"
                    + " WHERE e.request_id = ?")) {
          s.setLong(1, claim.requestId());
          try (ResultSet rs = s.executeQuery()) {
            rs.next();
            reserved = rs.getBigDecimal(1);
          }
        }
        if (amount.compareTo(reserved) > 0) {
          throw new IllegalStateException("insufficient: " + claim.number());
        }
        long debit = 0;
        long credit = 0;
        try (PreparedStatement s =
            c.prepareStatement(
                "SELECT kind, id FROM mdf_account WHERE program_id = ? AND partner_id = ?"
                    + " AND kind IN ('reserved', 'payable')")) {
          s.setLong(1, claim.programId());
          s.setLong(2, claim.partnerId());
          try (ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
              if (rs.getString(1).equals("reserved")) {
                debit = rs.getLong(2);
              } else {
                credit = rs.getLong(2);
              }
            }
          }
        }
        // both accounts locked in ascending id order, then checked
        try (PreparedStatement s =
            c.prepareStatement(
                "SELECT id, balance, overdraft_limit FROM mdf_account WHERE id IN (?, ?)"
                    + " ORDER BY id FOR UPDATE")) {
          s.setLong(1, Math.min(debit, credit));
          s.setLong(2, Math.max(debit, credit));
          try (ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
              if (rs.getLong(1) == debit
                  && rs.getBigDecimal(2).subtract(amount).compareTo(rs.getBigDecimal(3).negate())
                      < 0) {
                throw new IllegalStateException("insufficient: " + claim.number());
              }
            }
          }
        }
        try (PreparedStatement s =
            c.prepareStatement(
                "UPDATE mdf_account SET balance = balance - ?, version = version + 1 WHERE id = ?"
                    + " AND (overdraft_limit IS NULL OR balance - ? >= -overdraft_limit)")) {
          s.setBigDecimal(1, amount);
          s.setLong(2, debit);
          s.setBigDecimal(3, amount);
          if (s.executeUpdate() != 1) {
            throw new IllegalStateException("insufficient: " + claim.number());
          }
        }
        try (PreparedStatement s =
            c.prepareStatement(
                "UPDATE mdf_account SET balance = balance + ?, version = version + 1"
                    + " WHERE id = ?")) {
          s.setBigDecimal(1, amount);
          s.setLong(2, credit);
          s.executeUpdate();
        }
        try (PreparedStatement s =
            c.prepareStatement(
                "INSERT INTO mdf_journal_entry (id, program_id, partner_id, debit_account_id,"
                    + " credit_account_id, amount, currency, reason, note, actor, request_id,"
                    + " claim_id, reverses_entry_id, created_at) VALUES (?, ?, ?, ?, ?, ?, ?,"
                    + " 'claim_approved', NULL, ?, ?, ?, NULL, ?)")) {
          s.setLong(1, entryIds.incrementAndGet());
          s.setLong(2, claim.programId());
          s.setLong(3, claim.partnerId());
          s.setLong(4, debit);
          s.setLong(5, credit);
          s.setBigDecimal(6, amount);
          s.setString(7, claim.currency());
          s.setString(8, approver);
          s.setLong(9, claim.requestId());
          s.setLong(10, claim.id());
          s.setTimestamp(11, ts);
          s.executeUpdate();
        }
        String partnerName;
        String partnerCode;
        String programName;
        String method;
        String gl;
        try (PreparedStatement s =
            c.prepareStatement(
                "SELECT pa.name, pa.account_number, p.name, p.payment_method, p.gl_code"
                    + " FROM partner pa, mdf_program p WHERE pa.id = ? AND p.id = ?")) {
          s.setLong(1, claim.partnerId());
          s.setLong(2, claim.programId());
          try (ResultSet rs = s.executeQuery()) {
            rs.next();
            partnerName = rs.getString(1);
            partnerCode = rs.getString(2);
            programName = rs.getString(3);
            method = rs.getString(4);
            gl = rs.getString(5);
          }
        }
        String messageId = UUID.randomUUID().toString();
        try (PreparedStatement s =
            c.prepareStatement(
                "INSERT INTO outbox_message (message_id, topic, msg_key, payload, status,"
                    + " attempts, next_attempt_at, created_at, retry_from)"
                    + " VALUES (?, ?, ?, ?, 'PENDING', 0, ?, ?, ?)")) {
          s.setString(1, messageId);
          s.setString(2, MdfPaymentMessage.TOPIC);
          s.setString(3, claim.number());
          s.setString(
              4,
              JSON.toJson(
                  new MdfPaymentMessage(
                      claim.id(),
                      claim.number(),
                      claim.partnerId(),
                      partnerCode,
                      partnerName,
                      amount,
                      claim.currency(),
                      method,
                      gl,
                      programName,
                      claim.requestTitle())));
          s.setTimestamp(5, ts);
          s.setTimestamp(6, ts);
          s.setTimestamp(7, ts);
          s.executeUpdate();
        }
        try (PreparedStatement s =
            c.prepareStatement(
                "UPDATE mdf_claim SET status = 'payable', approved_amount = ?, approved_by = ?,"
                    + " approved_at = ?, decided_at = ?, status_reason = NULL, updated_at = ?,"
                    + " payment_message_id = ?, version = version + 1"
                    + " WHERE id = ? AND version = ?")) {
          s.setBigDecimal(1, amount);
          s.setString(2, approver);
          s.setTimestamp(3, ts);
          s.setTimestamp(4, ts);
          s.setTimestamp(5, ts);
          s.setString(6, messageId);
          s.setLong(7, claim.id());
          s.setLong(8, version);
          if (s.executeUpdate() != 1) {
            throw new IllegalStateException("changed meanwhile: " + claim.number());
          }
        }
        try (PreparedStatement s =
            c.prepareStatement(
                "INSERT INTO mdf_claim_event (id, claim_id, at, actor, kind, amount, detail)"
                    + " VALUES (?, ?, ?, ?, ?, ?, NULL)")) {
          for (String kind : List.of("approved", "payable")) {
            s.setLong(1, eventIds.incrementAndGet());
            s.setLong(2, claim.id());
            s.setTimestamp(3, ts);
            s.setString(4, approver);
            s.setString(5, kind);
            s.setBigDecimal(6, amount);
            s.addBatch();
          }
          s.executeBatch();
        }
        try (PreparedStatement s =
            c.prepareStatement(
                "INSERT INTO audit_log (at, actor, partner_id, entity_type, entity_id, action,"
                    + " changes) VALUES (?, ?, ?, 'MdfClaim', ?, 'UPDATE', ?)")) {
          Map<String, Object[]> changes = new LinkedHashMap<>();
          changes.put("approvedAmount", new Object[] {null, amount});
          changes.put("status", new Object[] {MdfClaimStatus.SUBMITTED, MdfClaimStatus.PAYABLE});
          changes.put("approvedBy", new Object[] {null, approver});
          s.setTimestamp(1, ts);
          s.setString(2, approver);
          s.setLong(3, claim.partnerId());
          s.setString(4, String.valueOf(claim.id()));
          s.setString(5, AuditWiring.changes(changes));
          s.executeUpdate();
        }
        c.commit();
      } catch (SQLException | RuntimeException e) {
        c.rollback();
        throw e;
      }
    }
  }

  // --- (b) the sum invariant -------------------------------------------------------------------

  /**
   * Over the whole journal: per currency, total debits = total credits and the balances sum to
   * zero; every account's running balance = its credits less its debits; no balance below its
   * floor; every entry in its accounts' currency; and the ledger's own {@code MdfLedger.verify}.
   * After the approvals also: every claim approved once, with one entry of its amount.
   */
  List<String> invariant(EntityManagerFactory emf, DataSource ds, boolean report)
      throws SQLException {
    long t0 = System.nanoTime();
    List<String> problems = new ArrayList<>();
    List<String> perCurrency = new ArrayList<>();
    long entries;
    long accounts;
    try (Connection c = ds.getConnection();
        Statement s = c.createStatement()) {
      entries = LeadBenchmark.count(c, "SELECT COUNT(*) FROM mdf_journal_entry");
      accounts = LeadBenchmark.count(c, "SELECT COUNT(*) FROM mdf_account");
      try (ResultSet rs =
          s.executeQuery(
              "SELECT x.currency, SUM(x.debits), SUM(x.credits), (SELECT SUM(balance) FROM"
                  + " mdf_account a WHERE a.currency = x.currency) FROM ("
                  + " SELECT d.currency, e.amount AS debits, 0 AS credits FROM mdf_journal_entry e"
                  + " JOIN mdf_account d ON d.id = e.debit_account_id"
                  + " UNION ALL SELECT k.currency, 0, e.amount FROM mdf_journal_entry e"
                  + " JOIN mdf_account k ON k.id = e.credit_account_id) x GROUP BY x.currency"
                  + " ORDER BY x.currency")) {
        while (rs.next()) {
          BigDecimal debits = rs.getBigDecimal(2);
          BigDecimal credits = rs.getBigDecimal(3);
          BigDecimal balances = rs.getBigDecimal(4);
          perCurrency.add(
              String.format(
                  Locale.ROOT,
                  "%s debits %s = credits %s, balances sum to %s",
                  rs.getString(1),
                  debits.toPlainString(),
                  credits.toPlainString(),
                  balances.toPlainString()));
          if (debits.compareTo(credits) != 0 || balances.signum() != 0) {
            problems.add(
                "currency " + rs.getString(1) + ": " + perCurrency.get(perCurrency.size() - 1));
          }
        }
      }
      try (ResultSet rs =
          s.executeQuery(
              "SELECT a.id, a.balance, COALESCE(m.net, 0) FROM mdf_account a LEFT JOIN ("
                  + " SELECT account, SUM(net) AS net FROM ("
                  + " SELECT credit_account_id AS account, amount AS net FROM mdf_journal_entry"
                  + " UNION ALL SELECT debit_account_id, -amount FROM mdf_journal_entry) y"
                  + " GROUP BY account) m ON m.account = a.id"
                  + " WHERE a.balance <> COALESCE(m.net, 0)")) {
        while (rs.next()) {
          problems.add(
              "account "
                  + rs.getLong(1)
                  + ": balance "
                  + rs.getBigDecimal(2)
                  + " but its entries"
                  + " sum to "
                  + rs.getBigDecimal(3));
        }
      }
      long belowFloor =
          LeadBenchmark.count(
              c,
              "SELECT COUNT(*) FROM mdf_account WHERE overdraft_limit IS NOT NULL"
                  + " AND balance < -overdraft_limit");
      if (belowFloor > 0) {
        problems.add(belowFloor + " accounts below their floor");
      }
      long foreign =
          LeadBenchmark.count(
              c,
              "SELECT COUNT(*) FROM mdf_journal_entry e JOIN mdf_account d ON d.id ="
                  + " e.debit_account_id JOIN mdf_account k ON k.id = e.credit_account_id"
                  + " WHERE e.currency <> d.currency OR e.currency <> k.currency");
      if (foreign > 0) {
        problems.add(foreign + " entries in another currency than their accounts'");
      }
      if (report) {
        long open =
            LeadBenchmark.count(c, "SELECT COUNT(*) FROM mdf_claim WHERE status <> 'payable'");
        if (open > 0) {
          problems.add(open + " claims not payable after the approvals");
        }
        long mismatched =
            LeadBenchmark.count(
                c,
                "SELECT COUNT(*) FROM mdf_claim cl LEFT JOIN (SELECT claim_id, COUNT(*) AS n,"
                    + " SUM(amount) AS total FROM mdf_journal_entry WHERE reason = 'claim_approved'"
                    + " GROUP BY claim_id) e ON e.claim_id = cl.id"
                    + " WHERE e.n IS NULL OR e.n <> 1 OR e.total <> cl.approved_amount");
        if (mismatched > 0) {
          problems.add(mismatched + " claims without exactly one approval entry of their amount");
        }
        long outbox =
            LeadBenchmark.count(
                c,
                "SELECT COUNT(DISTINCT msg_key) FROM outbox_message WHERE topic = ?",
                MdfPaymentMessage.TOPIC);
        if (outbox != CLAIMS) {
          problems.add(outbox + " payment messages for " + CLAIMS + " claims");
        }
      }
    }
    if (report) {
      rowsPerApproval(ds);
    }
    EntityManager em = emf.createEntityManager();
    try {
      Caller cm = channelManager(1);
      List<String> verify =
          MdfWiring.ledger(em, FixedCaller.accessRules(em, cm), new Clock()).verify(null);
      problems.addAll(verify.stream().map(v -> "MdfLedger.verify: " + v).toList());
    } finally {
      em.close();
    }
    if (report) {
      say(
          "(b) sum invariant over %,d journal entries and %,d accounts (%.1f s): %s",
          entries, accounts, LeadBenchmark.seconds(t0), problems.isEmpty() ? "PASS" : "FAIL");
      perCurrency.forEach(line -> say("(b)   %s", line));
      problems.stream().limit(20).forEach(p -> say("(b)   FAIL: %s", p));
      if (!problems.isEmpty()) {
        failed = true;
      }
      result(
          String.format(
              Locale.ROOT,
              "(b) sum invariant, %,d entries: %s (debits = credits per currency, each running"
                  + " balance = its entries, no balance below its floor, MdfLedger.verify)",
              entries,
              problems.isEmpty() ? "PASS" : "FAIL, " + problems.size() + " problems"));
    } else {
      say(
          "seed: the ledger adds up (%,d entries, %,d accounts): %s",
          entries, accounts, problems.isEmpty() ? "yes" : "NO " + problems);
    }
    return problems;
  }

  /** What each path wrote per approved claim (the JDBC path's entries are numbered from 1e9). */
  void rowsPerApproval(DataSource ds) throws SQLException {
    try (Connection c = ds.getConnection();
        Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT IF(e.id >= 1000000000, 'JDBC', 'service'), COUNT(*),"
                    + " SUM((SELECT COUNT(*) FROM mdf_journal_entry x WHERE x.claim_id = cl.id)),"
                    + " SUM((SELECT COUNT(*) FROM mdf_claim_event v WHERE v.claim_id = cl.id"
                    + " AND v.kind IN ('approved', 'payable'))),"
                    + " SUM((SELECT COUNT(*) FROM audit_log a WHERE a.entity_type = 'MdfClaim'"
                    + " AND a.entity_id = CAST(cl.id AS CHAR CHARACTER SET utf8mb4) COLLATE utf8mb4_unicode_ci AND a.action = 'UPDATE'"
                    + " AND a.actor LIKE 'bench-cm-%')),"
                    + " SUM((SELECT COUNT(*) FROM outbox_message o"
                    + " WHERE o.message_id = cl.payment_message_id))"
                    + " FROM mdf_journal_entry e JOIN mdf_claim cl ON cl.id = e.claim_id"
                    + " WHERE e.reason = 'claim_approved' GROUP BY 1 ORDER BY 1 DESC")) {
      while (rs.next()) {
        double n = rs.getLong(2);
        say(
            "(b)   written per approval, %s path: %.2f journal entries, %.2f claim events, %.2f"
                + " audit rows, %.2f payment messages (%,d claims)",
            rs.getString(1),
            rs.getLong(3) / n,
            rs.getLong(4) / n,
            rs.getLong(5) / n,
            rs.getLong(6) / n,
            rs.getLong(2));
      }
    }
  }

  // --- (c) the allocation page -----------------------------------------------------------------

  void allocationPage(EntityManagerFactory emf, CountingDataSource counted) throws SQLException {
    int warmup = Integer.getInteger("bench.warmup", 200);
    int iterations = Integer.getInteger("bench.iterations", 1000);
    Clock clock = new Clock();
    long[] service = new long[iterations];
    long[] sql = new long[iterations];
    long[] perPage = new long[iterations];
    long sqlStatements = 0;
    int shown = 0;
    for (int i = -warmup; i < iterations; i++) {
      long partnerId = 1 + Math.floorMod(i * 7919L, PARTNERS);
      Caller manager = new Caller(pm(partnerId), Set.of(Role.PARTNER_MANAGER), partnerId);
      long before = counted.executed.get();
      long start = System.nanoTime();
      List<AllocationView> page;
      EntityManager em = emf.createEntityManager();
      try {
        AccessRules access = FixedCaller.accessRules(em, manager);
        page = MdfWiring.allocations(em, access, clock).list(null, null);
      } finally {
        em.close();
      }
      if (i >= 0) {
        service[i] = System.nanoTime() - start;
        perPage[i] = counted.executed.get() - before;
      }
      before = counted.executed.get();
      start = System.nanoTime();
      List<String> hand = handWritten(counted, partnerId);
      if (i >= 0) {
        sql[i] = System.nanoTime() - start;
        sqlStatements += counted.executed.get() - before;
      }
      List<String> fromService =
          page.stream()
              .map(
                  a ->
                      figures(
                          a.id(),
                          a.programId(),
                          a.programName(),
                          a.currency(),
                          a.allocated(),
                          a.reserved(),
                          a.payable(),
                          a.paid(),
                          a.forfeited(),
                          a.available(),
                          a.expiresOn()))
              .toList();
      if (!fromService.equals(hand)) {
        throw new IllegalStateException(
            "partner "
                + partnerId
                + ": the service's figures differ: "
                + fromService
                + " vs "
                + hand);
      }
      shown = page.size();
    }
    double serviceMedian = millis(percentile(service, 50));
    double sqlMedian = millis(percentile(sql, 50));
    long typical = percentile(perPage, 50);
    long most = java.util.Arrays.stream(perPage).max().orElse(0);
    say(
        "(c) allocation page of a partner manager (/partner/mdf: MdfAllocations.list), %d"
            + " allocations a page, %,d pages of different partners after %d warm-up, figures"
            + " identical to the SQL's on every page",
        shown, iterations, warmup);
    say(
        "(c)   service: median %.3f ms, p95 %.3f ms, %d SQL statements per page (max %d)",
        serviceMedian, millis(percentile(service, 95)), typical, most);
    say(
        "(c)   hand-written SQL (JDBC): median %.3f ms, p95 %.3f ms, %.1f SQL statements per page",
        sqlMedian, millis(percentile(sql, 95)), sqlStatements / (double) iterations);
    double ratio = serviceMedian / sqlMedian;
    double p95Ratio = percentile(service, 95) / (double) percentile(sql, 95);
    if (ratio > 2 || typical > 2) {
      say("(c)   target missed: ratio %.2fx, %d statements", ratio, typical);
    }
    result(
        String.format(
            Locale.ROOT,
            "(c) allocation page        service %.3f ms (p95 %.3f) | SQL %.3f ms (p95 %.3f) |"
                + " ratio %.2fx, p95 %.2fx (<= 2x: %s) | %d statements (<= 2: %s)",
            serviceMedian,
            millis(percentile(service, 95)),
            sqlMedian,
            millis(percentile(sql, 95)),
            ratio,
            p95Ratio,
            ratio <= 2 ? "yes" : "NO",
            typical,
            typical <= 2 ? "yes" : "NO"));
  }

  static String figures(
      long id,
      long programId,
      String programName,
      String currency,
      BigDecimal allocated,
      BigDecimal reserved,
      BigDecimal payable,
      BigDecimal paid,
      BigDecimal forfeited,
      BigDecimal available,
      LocalDate expiresOn) {
    return String.join(
        " ",
        String.valueOf(id),
        String.valueOf(programId),
        programName,
        currency,
        allocated.stripTrailingZeros().toPlainString(),
        reserved.stripTrailingZeros().toPlainString(),
        payable.stripTrailingZeros().toPlainString(),
        paid.stripTrailingZeros().toPlainString(),
        forfeited.stripTrailingZeros().toPlainString(),
        available.stripTrailingZeros().toPlainString(),
        expiresOn.toString());
  }

  /**
   * The same figures by hand: the partner's accounts pivoted by kind, and what was allocated (the
   * entries between the allocation and the program's own accounts), in one statement.
   */
  static List<String> handWritten(DataSource ds, long partnerId) throws SQLException {
    List<String> out = new ArrayList<>();
    try (Connection c = ds.getConnection();
        PreparedStatement s =
            c.prepareStatement(
                "SELECT MAX(CASE WHEN a.kind = 'allocation' THEN a.id END) AS al, a.program_id,"
                    + " p.name, p.currency, p.ends_on,"
                    + " SUM(CASE WHEN a.kind = 'reserved' THEN a.balance ELSE 0 END),"
                    + " SUM(CASE WHEN a.kind = 'payable' THEN a.balance ELSE 0 END),"
                    + " SUM(CASE WHEN a.kind = 'paid' THEN a.balance ELSE 0 END),"
                    + " SUM(CASE WHEN a.kind = 'forfeited' THEN a.balance ELSE 0 END),"
                    + " SUM(CASE WHEN a.kind = 'allocation' THEN a.balance ELSE 0 END),"
                    + " (SELECT COALESCE(SUM(CASE WHEN e.credit_account_id = al.id THEN e.amount"
                    + " ELSE -e.amount END), 0) FROM mdf_account al JOIN mdf_journal_entry e"
                    + " ON e.credit_account_id = al.id OR e.debit_account_id = al.id"
                    + " JOIN mdf_account o ON o.id = IF(e.credit_account_id = al.id,"
                    + " e.debit_account_id, e.credit_account_id)"
                    + " WHERE al.program_id = a.program_id AND al.partner_id = a.partner_id"
                    + " AND al.kind = 'allocation' AND o.partner_id IS NULL)"
                    + " FROM mdf_account a JOIN mdf_program p ON p.id = a.program_id"
                    + " WHERE a.partner_id = ?"
                    + " GROUP BY a.program_id, a.partner_id, p.name, p.currency, p.ends_on"
                    + " ORDER BY p.ends_on DESC, a.program_id DESC")) {
      s.setLong(1, partnerId);
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          out.add(
              figures(
                  rs.getLong(1),
                  rs.getLong(2),
                  rs.getString(3),
                  rs.getString(4),
                  rs.getBigDecimal(11),
                  rs.getBigDecimal(6),
                  rs.getBigDecimal(7),
                  rs.getBigDecimal(8),
                  rs.getBigDecimal(9),
                  rs.getBigDecimal(10),
                  rs.getDate(5).toLocalDate()));
        }
      }
    }
    return out;
  }

  private void result(String line) {
    rows.add(line);
    say("%s", line);
  }

  static void say(String format, Object... args) {
    System.out.println(TAG + String.format(Locale.ROOT, format, args));
  }
}
