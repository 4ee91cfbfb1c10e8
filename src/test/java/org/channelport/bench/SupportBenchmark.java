package org.channelport.bench;

import static org.channelport.bench.LeadBenchmark.millis;
import static org.channelport.bench.LeadBenchmark.percentile;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TimeZone;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.channelport.audit.AuditWiring;
import org.channelport.bench.LeadBenchmark.CountingDataSource;
import org.channelport.devstack.EmbeddedMariaDb;
import org.channelport.platform.Clock;
import org.channelport.security.AccessRules;
import org.channelport.security.Caller;
import org.channelport.security.FixedCaller;
import org.channelport.security.Role;
import org.channelport.shared.Page;
import org.channelport.shared.PageRequest;
import org.channelport.support.IssueRow;
import org.channelport.support.IssueService;
import org.channelport.support.SlaPolicy;
import org.channelport.support.SolutionHit;
import org.channelport.support.SolutionService;
import org.channelport.support.SupportWiring;
import org.flywaydb.core.Flyway;
import org.mariadb.jdbc.MariaDbPoolDataSource;

/**
 * The support benchmark: 100,000 service issues of 100 partners and 5,000 published solutions in a
 * MariaDB of its own (port 13706), schema from the real migrations. Measures (a) the solution
 * suggestions while a partner user types an issue — every keystroke from the fourth character on,
 * through {@code SolutionService.suggest} (the FULLTEXT candidates and the re-rank, plus the
 * product lookup when the issue's SKU is known), target p95 &lt; 50 ms; (b) a partner's issue list
 * page through {@code IssueService.list} against hand-written SQL of the same rows, target ≤ 2× and
 * ≤ 2 SQL statements. Run: {@code mvn -B -o -Pbench-support} (see README, Benchmarks).
 */
public final class SupportBenchmark {
  static final int PORT = Integer.getInteger("bench.port", 13706);
  static final int PARTNERS = 100;
  static final int CUSTOMERS = 5_000;
  static final int ISSUES = Integer.getInteger("bench.issues", 100_000);
  static final int SOLUTIONS = Integer.getInteger("bench.solutions", 5_000);
  static final int SESSIONS = Integer.getInteger("bench.sessions", 200);
  static final String[] OPEN_STATUSES = {
    "SOLVED", "IN_PROGRESS", "IN_PROGRESS", "NEW", "WAITING_PARTNER", "WAITING_CUSTOMER"
  };
  static final String[] PRIORITIES = {"LOW", "NORMAL", "NORMAL", "NORMAL", "HIGH", "URGENT"};
  static final String[] CATEGORIES = {"DEFECT", "DEFECT", "INSTALLATION", "QUESTION", "RETURN"};

  /** Products: SKU, name, catalog category. */
  static final String[][] PRODUCTS = {
    {"NET-SW24", "switch", "switches"},
    {"NET-SW48", "switch", "switches"},
    {"NET-SW8", "switch", "switches"},
    {"NET-RTR1", "router", "networking"},
    {"NET-RTR2", "router", "networking"},
    {"NET-AP6", "access point", "wireless"},
    {"NET-AP7", "access point", "wireless"},
    {"SEC-FW100", "firewall", "security"},
    {"SEC-FW500", "firewall", "security"},
    {"STO-NAS4", "NAS", "storage"},
    {"STO-NAS12", "NAS", "storage"},
    {"STO-SSD4T", "SSD", "storage"},
    {"CLD-BKP-1T", "cloud backup", "cloud"},
    {"CLD-VM-S", "cloud server", "cloud"},
    {"SEC-EDR-1Y", "endpoint agent", "security"}
  };

  static final String[] SYMPTOMS = {
    "does not power up",
    "reboots in a loop",
    "loses the link",
    "drops the VPN tunnel",
    "reports a degraded RAID",
    "is very slow",
    "overheats",
    "beeps every minute",
    "fails the firmware update",
    "forgets its configuration",
    "shows a red status LED",
    "cannot reach the internet",
    "loses clients",
    "stops the backup job",
    "rejects the licence",
    "has no web interface",
    "drops packets",
    "shows CRC errors",
    "freezes at boot",
    "loses time sync"
  };
  static final String[] CONTEXTS = {
    "after a firmware update", "after a power outage", "at night", "on PoE ports",
    "with VLAN trunking", "in a cold room", "after a reset", "with two uplinks",
    "behind a NAT", "when many users connect", "after the licence renewal", "on port 24",
    "with jumbo frames", "after moving the rack", "with the new certificate"
  };
  static final String[] STEPS = {
    "Hold the reset button for 15 seconds while plugging in power.",
    "Load the firmware again from the web interface.",
    "Check the PoE budget of the switch.",
    "Replace the power supply.",
    "Set the same key lifetime on both ends.",
    "Replace the failed drive and let the rebuild finish.",
    "Turn off energy saving on the port.",
    "Update to the latest firmware.",
    "Export the configuration before the update.",
    "Check the cable and the transceiver.",
    "Renew the licence in the portal.",
    "Restart the service from the console."
  };

  private final Random random = new Random(20261203);
  private final Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
  private final List<String> rows = new ArrayList<>();
  private final List<String> vocabulary = new ArrayList<>();
  private final List<String[]> solutions = new ArrayList<>(); // title, sku
  private String url;

  public static void main(String[] args) throws Exception {
    Locale.setDefault(Locale.ROOT);
    TimeZone.setDefault(TimeZone.getTimeZone("UTC"));
    Logger.getLogger("org.channelport").setLevel(Level.SEVERE);
    AuditWiring.install();
    new SupportBenchmark().run();
  }

  void run() throws Exception {
    long started = System.nanoTime();
    Path home = Path.of(System.getProperty("bench.dir", "target/bench-support")).toAbsolutePath();
    EmbeddedMariaDb db =
        new EmbeddedMariaDb(
            PORT,
            home.resolve("mariadb"),
            "--innodb-buffer-pool-size=512M",
            "--innodb-flush-log-at-trx-commit=2",
            "--innodb-optimize-fulltext-only=ON",
            "--innodb-ft-num-word-optimize=10000");
    try {
      url = db.start(true);
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
                  + "maxPoolSize=8&user="
                  + EmbeddedMariaDb.USER
                  + "&password="
                  + EmbeddedMariaDb.PASSWORD)) {
        generate(pool);
        say(
            "data: %,d partners, %,d customers, %,d issues, %,d solutions loaded in %.1f s",
            PARTNERS, CUSTOMERS, ISSUES, SOLUTIONS, LeadBenchmark.seconds(t0));
        CountingDataSource counted = new CountingDataSource(pool);
        EntityManagerFactory emf = LeadBenchmark.entityManagerFactory(counted);
        try {
          suggestions(emf, counted);
          listPages(emf, counted);
        } finally {
          emf.close();
        }
      }
    } finally {
      db.stop();
    }
    say("elapsed: %.1f min", (System.nanoTime() - started) / 60e9);
    System.out.println();
    System.out.println("[bench-support] ===== results =====");
    rows.forEach(r -> System.out.println("[bench-support] " + r));
  }

  // --- data ----------------------------------------------------------------------------------

  void generate(DataSource ds) throws SQLException {
    // pseudo-words, so the index holds a realistic spread of rare and common terms
    String letters = "bcdfghklmnprstvz";
    String vowels = "aeiou";
    while (vocabulary.size() < 3000) {
      StringBuilder w = new StringBuilder();
      int syllables = 2 + random.nextInt(2);
      for (int s = 0; s < syllables; s++) {
        w.append(letters.charAt(random.nextInt(letters.length())));
        w.append(vowels.charAt(random.nextInt(vowels.length())));
      }
      vocabulary.add(w.toString());
    }
    try (Connection c = ds.getConnection()) {
      c.setAutoCommit(false);
      Timestamp at = Timestamp.from(now);
      try (Statement s = c.createStatement()) {
        s.executeUpdate(
            "INSERT INTO catalog_category (id, code, name, parent_id, sort_order) VALUES"
                + " (1, 'networking', 'Networking', NULL, 1), (2, 'security', 'Security', NULL, 2),"
                + " (3, 'storage', 'Storage', NULL, 3), (4, 'cloud', 'Cloud', NULL, 4),"
                + " (6, 'switches', 'Switches', 1, 1), (7, 'wireless', 'Wireless', 1, 2)");
      }
      try (PreparedStatement p =
          c.prepareStatement(
              "INSERT INTO product (id, sku, name, description, category_id, manufacturer,"
                  + " manufacturer_part_number, weight_kg, delivery_days, image_url, base_price,"
                  + " currency, active, attributes, stock, content_hash, revision, created_at,"
                  + " updated_at) VALUES (?, ?, ?, ?, (SELECT id FROM catalog_category WHERE"
                  + " code = ?), 'Bench', ?, 1.0, 3, NULL, 100.00, 'EUR', TRUE, NULL, NULL,"
                  + " 'bench', 1, ?, ?)")) {
        for (int i = 0; i < PRODUCTS.length; i++) {
          p.setLong(1, i + 1);
          p.setString(2, PRODUCTS[i][0]);
          p.setString(3, PRODUCTS[i][1]);
          p.setString(4, "A " + PRODUCTS[i][1]);
          p.setString(5, PRODUCTS[i][2]);
          p.setString(6, "B-" + i);
          p.setTimestamp(7, at);
          p.setTimestamp(8, at);
          p.addBatch();
        }
        p.executeBatch();
      }
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
                  + "', 'SILVER', 'DE', 'ACTIVE', NOW(6), NOW(6), 0)");
      multiRow(
          c,
          "INSERT INTO customer (id, company, company_key, email, email_domain, country,"
              + " created_at, version) VALUES ",
          CUSTOMERS,
          i ->
              "("
                  + (i + 1)
                  + ", 'Customer "
                  + (i + 1)
                  + " GmbH', 'customer "
                  + (i + 1)
                  + "', NULL, NULL, 'DE', NOW(6), 0)");
      for (int i = 0; i < SOLUTIONS; i++) {
        String[] product = PRODUCTS[random.nextInt(PRODUCTS.length)];
        String title =
            capital(product[1])
                + " "
                + pick(SYMPTOMS)
                + (random.nextInt(3) > 0 ? " " + pick(CONTEXTS) : "")
                + " "
                + word();
        solutions.add(new String[] {title, product[0], product[2]});
      }
      multiRow(
          c,
          "INSERT INTO solution (id, title, symptoms, steps, published, published_at,"
              + " solved_count, created_by, created_at, updated_by, updated_at, version) VALUES ",
          SOLUTIONS,
          i ->
              "("
                  + (i + 1)
                  + ", '"
                  + solutions.get(i)[0]
                  + "', '"
                  + sentence(12)
                  + " The "
                  + solutions.get(i)[0].toLowerCase(Locale.ROOT)
                  + ". "
                  + sentence(10)
                  + "', '1. "
                  + pick(STEPS)
                  + " 2. "
                  + pick(STEPS)
                  + " 3. "
                  + sentence(8)
                  + "', TRUE, NOW(6), "
                  + random.nextInt(200)
                  + ", 'bench', NOW(6), 'bench', NOW(6), 0)");
      multiRow(
          c,
          "INSERT INTO solution_sku (solution_id, sku) VALUES ",
          SOLUTIONS,
          i -> "(" + (i + 1) + ", '" + solutions.get(i)[1] + "')");
      multiRow(
          c,
          "INSERT INTO solution_category (solution_id, code) VALUES ",
          SOLUTIONS,
          i -> "(" + (i + 1) + ", '" + solutions.get(i)[2] + "')");
      // a tenth of the issues are partner 1's: the partner whose list is measured
      multiRow(
          c,
          "INSERT INTO service_issue (id, number, partner_id, customer_id, customer_name, sku,"
              + " product_name, subject, description, priority, category, status, created_by,"
              + " created_at, updated_at, public_updated_at, first_response_due, resolution_due,"
              + " first_responded_at, resolved_at, solved_at, closed_at, version) VALUES ",
          ISSUES,
          i -> {
            long partner = i % 10 == 0 ? 1 : 2 + random.nextInt(PARTNERS - 1);
            String[] product = PRODUCTS[random.nextInt(PRODUCTS.length)];
            Instant created = now.minusSeconds(random.nextInt(730 * 86_400));
            // as in a portal that has run for two years: what is older than a month is closed
            boolean old = created.isBefore(now.minus(30, ChronoUnit.DAYS));
            String status = old ? "CLOSED" : pick(OPEN_STATUSES);
            boolean solved = old || status.equals("SOLVED");
            boolean answered = solved || !status.equals("NEW");
            return "("
                + (i + 1)
                + ", 'SI-2026-"
                + String.format(Locale.ROOT, "%06d", i + 1)
                + "', "
                + partner
                + ", "
                + (1 + random.nextInt(CUSTOMERS))
                + ", 'Customer', '"
                + product[0]
                + "', '"
                + product[1]
                + "', '"
                + capital(product[1])
                + " "
                + pick(SYMPTOMS)
                + "', '"
                + sentence(20)
                + "', '"
                + pick(PRIORITIES)
                + "', '"
                + pick(CATEGORIES)
                + "', '"
                + status
                + "', 'bench-pe', "
                + at(created)
                + ", "
                + at(created.plus(2, ChronoUnit.DAYS))
                + ", "
                + at(created.plus(2, ChronoUnit.DAYS))
                + ", "
                + at(created.plus(10, ChronoUnit.HOURS))
                + ", "
                + at(created.plus(5, ChronoUnit.DAYS))
                + ", "
                + (answered ? at(created.plus(2, ChronoUnit.HOURS)) : "NULL")
                + ", "
                + (solved ? at(created.plus(2, ChronoUnit.DAYS)) : "NULL")
                + ", "
                + (solved ? at(created.plus(2, ChronoUnit.DAYS)) : "NULL")
                + ", "
                + (old ? at(created.plus(3, ChronoUnit.DAYS)) : "NULL")
                + ", 0)";
          });
      c.commit();
      try (Statement s = c.createStatement()) {
        s.execute("ANALYZE TABLE service_issue, solution, solution_sku, solution_category");
        // the FULLTEXT index as a long-running node's: merged on disk, not only in the insert
        // cache (the server runs with innodb_optimize_fulltext_only: OPTIMIZE does only that)
        s.execute("OPTIMIZE TABLE solution");
      }
    }
  }

  static String at(Instant instant) {
    return "'" + Timestamp.from(instant) + "'";
  }

  interface RowText {
    String of(int i);
  }

  static void multiRow(Connection c, String insert, int count, RowText row) throws SQLException {
    try (Statement s = c.createStatement()) {
      StringBuilder sql = new StringBuilder(insert);
      int inStatement = 0;
      for (int i = 0; i < count; i++) {
        sql.append(inStatement == 0 ? "" : ",").append(row.of(i));
        if (++inStatement == 1000 || i == count - 1) {
          s.executeUpdate(sql.toString());
          sql.setLength(insert.length());
          inStatement = 0;
        }
      }
    }
  }

  private String pick(String[] values) {
    return values[random.nextInt(values.length)];
  }

  private String word() {
    return vocabulary.get(random.nextInt(vocabulary.size()));
  }

  private String sentence(int words) {
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < words; i++) {
      s.append(i == 0 ? capital(word()) : word()).append(i == words - 1 ? "." : " ");
    }
    return s.toString();
  }

  static String capital(String text) {
    return Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }

  // --- (a) suggestions while typing -----------------------------------------------------------

  void suggestions(EntityManagerFactory emf, CountingDataSource counted) {
    Caller typist = new Caller("bench-pe", Set.of(Role.PARTNER_EMPLOYEE), 1L);
    Clock clock = new Clock();
    List<Long> times = new ArrayList<>();
    long statements = 0;
    int found = 0;
    int keystrokes = 0;
    int warmup = 50;
    for (int session = -warmup; session < SESSIONS; session++) {
      String[] target = solutions.get(random.nextInt(solutions.size()));
      // what a partner types: the customer's words around the solution's own
      String typed = "the " + target[0].toLowerCase(Locale.ROOT) + " since monday";
      String sku = random.nextBoolean() ? target[1] : null;
      List<SolutionHit> last = List.of();
      for (int length = 4; length <= typed.length(); length++) {
        String text = typed.substring(0, length);
        long before = counted.executed.get();
        long start = System.nanoTime();
        EntityManager em = emf.createEntityManager();
        try {
          AccessRules access = FixedCaller.accessRules(em, typist);
          SolutionService service = SupportWiring.solutionService(em, access, clock, counted);
          last = service.suggest(text, sku, null, 5);
        } finally {
          em.close();
        }
        if (session >= 0) {
          times.add(System.nanoTime() - start);
          statements += counted.executed.get() - before;
          keystrokes++;
        }
      }
      if (session >= 0 && last.stream().anyMatch(h -> h.title().equals(target[0]))) {
        found++;
      }
    }
    long[] t = times.stream().mapToLong(Long::longValue).toArray();
    double p95 = millis(percentile(t, 95));
    say(
        "(a) %d typing sessions, %,d keystrokes (every one from the 4th character, no debounce)"
            + " over %,d solutions",
        SESSIONS, keystrokes, SOLUTIONS);
    say(
        "(a)   SolutionService.suggest: median %.2f ms, p95 %.2f ms, p99 %.2f ms, max %.2f ms,"
            + " %.2f SQL statements per keystroke",
        millis(percentile(t, 50)),
        p95,
        millis(percentile(t, 99)),
        millis(Arrays.stream(t).max().orElse(0)),
        statements / (double) keystrokes);
    say(
        "(a)   the solution typed after was among the 5 suggested at the end: %d of %d sessions",
        found, SESSIONS);
    result(
        String.format(
            Locale.ROOT,
            "(a) suggestions while typing: median %.2f ms | p95 %.2f ms (< 50 ms: %s) | p99 %.2f"
                + " ms | %.2f statements | target in top 5: %d/%d",
            millis(percentile(t, 50)),
            p95,
            p95 < 50 ? "yes" : "NO",
            millis(percentile(t, 99)),
            statements / (double) keystrokes,
            found,
            SESSIONS));
  }

  // --- (b) a partner's issue list page -----------------------------------------------------------

  void listPages(EntityManagerFactory emf, CountingDataSource counted) throws SQLException {
    long issues;
    try (Connection c = counted.getConnection();
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM service_issue WHERE partner_id = 1")) {
      rs.next();
      issues = rs.getLong(1);
    }
    Caller employee = new Caller("bench-pe", Set.of(Role.PARTNER_EMPLOYEE), 1L);
    SlaPolicy sla = SupportWiring.slaPolicy(counted);
    say("(b) partner 1 with %,d issues (of %,d); pages of 50, newest first", issues, ISSUES);
    page(emf, counted, sla, employee, "first page", new PageRequest(0, 50, null, false, Map.of()));
    int deep = (int) Math.max(0, (issues - 1) / 50 * 50 - 50);
    page(
        emf,
        counted,
        sla,
        employee,
        "deep page (rows " + (deep + 1) + "-" + (deep + 50) + ")",
        new PageRequest(deep, 50, null, false, Map.of()));
    page(
        emf,
        counted,
        sla,
        employee,
        "status=in_progress",
        new PageRequest(0, 50, null, false, Map.of("status", "in_progress")));
  }

  void page(
      EntityManagerFactory emf,
      CountingDataSource counted,
      SlaPolicy sla,
      Caller caller,
      String name,
      PageRequest request)
      throws SQLException {
    int warmup = Integer.getInteger("bench.warmup", 200);
    int iterations = Integer.getInteger("bench.iterations", 500);
    long[] service = new long[iterations];
    long[] sql = new long[iterations];
    long[] perIteration = new long[iterations];
    long statements = 0;
    long sqlStatements = 0;
    long total = 0;
    String status = request.filter("status");
    Clock clock = new Clock();
    for (int i = -warmup; i < iterations; i++) {
      long before = counted.executed.get();
      long start = System.nanoTime();
      Page<IssueRow> page;
      EntityManager em = emf.createEntityManager();
      try {
        AccessRules access = FixedCaller.accessRules(em, caller);
        IssueService issues = SupportWiring.issueService(em, access, clock, sla);
        page = issues.list(request);
        total = page.total();
      } finally {
        em.close();
      }
      if (i >= 0) {
        service[i] = System.nanoTime() - start;
        perIteration[i] = counted.executed.get() - before;
        statements += perIteration[i];
      }
      before = counted.executed.get();
      start = System.nanoTime();
      List<Long> ids = new ArrayList<>(50);
      long count =
          handWrittenPage(
              counted,
              caller.partnerId(),
              status == null ? null : status.toUpperCase(Locale.ROOT),
              request.first(),
              ids);
      if (i >= 0) {
        sql[i] = System.nanoTime() - start;
        sqlStatements += counted.executed.get() - before;
      }
      if (count != total) {
        throw new IllegalStateException(name + ": count differs: " + count + " vs " + total);
      }
      if (i == -warmup) {
        List<Long> serviceIds = page.rows().stream().map(IssueRow::id).toList();
        if (!serviceIds.equals(ids)) {
          throw new IllegalStateException(
              name + ": the service's rows differ from the SQL's: " + serviceIds + " vs " + ids);
        }
      }
    }
    double serviceMedian = millis(percentile(service, 50));
    double sqlMedian = millis(percentile(sql, 50));
    double perPage = statements / (double) iterations;
    // the median page's statements; a page now and then also re-reads the SLA settings (every
    // 30 s per node, as in the container), which the maximum shows
    long typical = percentile(perIteration, 50);
    long most = Arrays.stream(perIteration).max().orElse(0);
    say(
        "(b) %s: %d of %,d issues, %d iterations after %d warm-up, rows identical",
        name, Math.min(50, Math.max(0, total - request.first())), total, iterations, warmup);
    say(
        "(b)   service (IssueService.list, EclipseLink): median %.2f ms, p95 %.2f ms, %d SQL"
            + " statements per page (mean %.3f, max %d: the SLA settings' 30 s re-read)",
        serviceMedian, millis(percentile(service, 95)), typical, perPage, most);
    say(
        "(b)   hand-written SQL (JDBC): median %.2f ms, p95 %.2f ms, %.1f SQL statements per page",
        sqlMedian, millis(percentile(sql, 95)), sqlStatements / (double) iterations);
    double ratio = serviceMedian / sqlMedian;
    result(
        String.format(
            Locale.ROOT,
            "(b) issue list %-26s service %6.2f ms | SQL %6.2f ms | ratio %.2fx (<= 2x: %s) |"
                + " %d statements (<= 2: %s; max %d)",
            name,
            serviceMedian,
            sqlMedian,
            ratio,
            ratio <= 2 ? "yes" : "NO",
            typical,
            typical <= 2 ? "yes" : "NO",
            most));
  }

  /** The same page by hand: every column of the entity, newest first, and the count. */
  static long handWrittenPage(
      DataSource ds, long partnerId, String status, int offset, List<Long> ids)
      throws SQLException {
    String where = "WHERE partner_id = ?" + (status == null ? "" : " AND status = ?");
    try (Connection c = ds.getConnection()) {
      try (PreparedStatement s =
          c.prepareStatement(
              "SELECT * FROM service_issue "
                  + where
                  + " ORDER BY created_at DESC, id DESC LIMIT 50 OFFSET ?")) {
        int i = 1;
        s.setLong(i++, partnerId);
        if (status != null) {
          s.setString(i++, status);
        }
        s.setInt(i, offset);
        try (ResultSet rs = s.executeQuery()) {
          int columns = rs.getMetaData().getColumnCount();
          while (rs.next()) {
            Object[] row = new Object[columns];
            for (int k = 0; k < columns; k++) {
              row[k] = rs.getObject(k + 1);
            }
            ids.add(rs.getLong("id"));
          }
        }
      }
      try (PreparedStatement s =
          c.prepareStatement("SELECT COUNT(id) FROM service_issue " + where)) {
        s.setLong(1, partnerId);
        if (status != null) {
          s.setString(2, status);
        }
        try (ResultSet rs = s.executeQuery()) {
          rs.next();
          return rs.getLong(1);
        }
      }
    }
  }

  private void result(String line) {
    rows.add(line);
    say("%s", line);
  }

  static void say(String format, Object... args) {
    System.out.println("[bench-support] " + String.format(Locale.ROOT, format, args));
  }
}
