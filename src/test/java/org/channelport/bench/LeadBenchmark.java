package org.channelport.bench;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TimeZone;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.channelport.devstack.EmbeddedMariaDb;
import org.channelport.lead.LeadRow;
import org.channelport.lead.LeadService;
import org.channelport.lead.LeadWiring;
import org.channelport.lead.dispatch.DispatchLadder;
import org.channelport.lead.dispatch.DispatchWiring;
import org.channelport.lead.dispatch.DispatchWriter;
import org.channelport.lead.dispatch.RuleDispatcher;
import org.channelport.security.AccessRules;
import org.channelport.security.Caller;
import org.channelport.security.FixedCaller;
import org.channelport.security.Role;
import org.channelport.shared.CategoryCodes;
import org.channelport.shared.PageRequest;
import org.flywaydb.core.Flyway;
import org.mariadb.jdbc.MariaDbPoolDataSource;

/**
 * The lead benchmark: 1,000,000 leads over 1,000 partners in a MariaDB of its own (port 13506),
 * schema from the real migrations. Measures (a) a partner manager's inbox page through {@code
 * LeadService} on EclipseLink against the same page in hand-written SQL, and (b) dispatch by rules
 * of 100,000 new leads through {@code RuleDispatcher}'s set-based path against set-based SQL {@code
 * UPDATE … ORDER BY id LIMIT n}. Run: {@code mvn -Pbench-leads verify} (see README).
 */
public final class LeadBenchmark {
  static final int PORT = Integer.getInteger("bench.port", 13506);
  static final int PARTNERS = Integer.getInteger("bench.partners", 1000);
  static final int LEADS = Integer.getInteger("bench.leads", 1_000_000);
  static final int NEW_LEADS = Integer.getInteger("bench.newLeads", 100_000);
  static final int COUNTRIES = 50;
  static final int OPEN_PER_SCORE = 30;
  static final String[] CATEGORIES = {
    "networking", "security", "storage", "cloud", "services", "collaboration"
  };
  static final String[] TIERS = {"REGISTERED", "SILVER", "GOLD", "PLATINUM"};
  static final int[] TIER_WEIGHT = {1, 2, 3, 4};
  static final String MANAGER = "bench-cm";

  record BenchPartner(
      long id,
      int tier,
      String country,
      Set<String> specs,
      boolean active,
      boolean takes,
      int open,
      int max,
      Double rate) {
    double score() {
      return DispatchLadder.score(TIER_WEIGHT[tier], rate);
    }

    boolean capped() {
      return max < 100_000;
    }
  }

  private final Random random = new Random(20261201);
  private final Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
  private final List<BenchPartner> partners = new ArrayList<>();
  private final Map<String, Set<String>> groupSpecs = new HashMap<>();
  private String url;

  public static void main(String[] args) throws Exception {
    Locale.setDefault(Locale.ROOT);
    TimeZone.setDefault(TimeZone.getTimeZone("UTC"));
    new LeadBenchmark().run();
  }

  void run() throws Exception {
    Path home = Path.of(System.getProperty("bench.dir", "target/bench")).toAbsolutePath();
    EmbeddedMariaDb db =
        new EmbeddedMariaDb(
            PORT,
            home.resolve("mariadb"),
            "--innodb-buffer-pool-size=2G",
            "--innodb-log-file-size=512M",
            "--local-infile=1");
    try {
      url = db.start(true) + "?allowLocalInfile=true";
      long t0 = System.nanoTime();
      Flyway.configure()
          .dataSource(url, EmbeddedMariaDb.USER, EmbeddedMariaDb.PASSWORD)
          .locations("filesystem:sql/migration")
          .load()
          .migrate();
      generate(home);
      say(
          "data: %,d partners, %,d leads (%,d new) generated and loaded in %.1f s",
          PARTNERS, LEADS, NEW_LEADS, seconds(t0));
      try (MariaDbPoolDataSource pool =
          new MariaDbPoolDataSource(
              url
                  + "&maxPoolSize=4&user="
                  + EmbeddedMariaDb.USER
                  + "&password="
                  + EmbeddedMariaDb.PASSWORD)) {
        CountingDataSource counted = new CountingDataSource(pool);
        EntityManagerFactory emf = entityManagerFactory(counted);
        try {
          inbox(emf, counted);
          // -Dbench.inboxOnly=true: only (a), e.g. to compare list queries on a busy machine
          if (!Boolean.getBoolean("bench.inboxOnly")) {
            staleBatchUpdateIsSkipped(pool);
            dispatch(emf, pool);
          }
        } finally {
          emf.close();
        }
      }
    } finally {
      db.stop();
    }
  }

  // --- (a) the inbox page ------------------------------------------------------------------

  void inbox(EntityManagerFactory emf, CountingDataSource counted) throws SQLException {
    long partnerId;
    try (Connection c = counted.getConnection();
        Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT partner_id FROM sales_lead WHERE status = 'DISPATCHED'"
                    + " GROUP BY partner_id ORDER BY COUNT(*) DESC, partner_id LIMIT 1")) {
      rs.next();
      partnerId = rs.getLong(1);
    }
    Caller manager = new Caller("bench-pm", Set.of(Role.PARTNER_MANAGER), partnerId);
    PageRequest page = new PageRequest(0, 50, "acceptDueAt", true, Map.of("status", "dispatched"));
    int warmup = Integer.getInteger("bench.warmup", 300);
    int iterations = Integer.getInteger("bench.iterations", 1000);
    long[] service = new long[iterations];
    long[] sql = new long[iterations];
    long total = 0;
    long statements = 0;
    long sqlStatements = 0;
    // read once: the portal reads them only to check input, never for a list page
    CategoryCodes categories;
    EntityManager setup = emf.createEntityManager();
    try {
      categories =
          CategoryCodes.of(
              setup.createQuery("SELECT c.code FROM Category c", String.class).getResultList());
    } finally {
      setup.close();
    }
    for (int i = -warmup; i < iterations; i++) {
      long before = counted.executed.get();
      long start = System.nanoTime();
      EntityManager em = emf.createEntityManager();
      try {
        AccessRules access = FixedCaller.accessRules(em, manager);
        LeadService leads = LeadWiring.leadService(em, access, categories);
        List<LeadRow> rows = leads.rows(page);
        total = leads.count(page);
        if (rows.size() != Math.min(50, total)) {
          throw new IllegalStateException("service page has " + rows.size() + " rows");
        }
      } finally {
        em.close();
      }
      if (i >= 0) {
        service[i] = System.nanoTime() - start;
        statements += counted.executed.get() - before;
      }
      // the same page in SQL right after, so that both see the same load on a busy machine
      before = counted.executed.get();
      start = System.nanoTime();
      long count = handWrittenInbox(counted, partnerId);
      if (i >= 0) {
        sql[i] = System.nanoTime() - start;
        sqlStatements += counted.executed.get() - before;
      }
      if (count != total) {
        throw new IllegalStateException("count differs: " + count + " vs " + total);
      }
    }
    double serviceMedian = millis(percentile(service, 50));
    double sqlMedian = millis(percentile(sql, 50));
    say(
        "(a) inbox of partner %d: 50 of %d dispatched leads by acceptDueAt, %d iterations after"
            + " %d warm-up",
        partnerId, total, iterations, warmup);
    say(
        "(a) service (LeadService.rows+count, EclipseLink): median %.2f ms, p95 %.2f ms,"
            + " %.1f SQL statements per page",
        serviceMedian, millis(percentile(service, 95)), statements / (double) iterations);
    say(
        "(a) hand-written SQL (JDBC): median %.2f ms, p95 %.2f ms, %.1f SQL statements per page",
        sqlMedian, millis(percentile(sql, 95)), sqlStatements / (double) iterations);
    say(
        "(a) ratio service/SQL (median): %.2fx (target <= 2x, service median < 50 ms, <= 2"
            + " statements)",
        serviceMedian / sqlMedian);
  }

  static long handWrittenInbox(DataSource ds, long partnerId) throws SQLException {
    try (Connection c = ds.getConnection()) {
      List<Object[]> rows = new ArrayList<>(50);
      try (PreparedStatement s =
          c.prepareStatement(
              "SELECT id, customer_id, partner_id, assigned_username, company, company_key,"
                  + " contact_name, email, email_domain, phone, country, region, postcode, need,"
                  + " category, products, estimated_value, currency, source, status,"
                  + " no_partner_available, status_reason, budget, authority, need_confirmed,"
                  + " timeline, won_value, dispatched_at, accept_due_at, accepted_at, closed_at,"
                  + " dispatch_explanation, created_by, created_at, updated_at, version"
                  + " FROM sales_lead WHERE partner_id = ? AND status IN ('DISPATCHED')"
                  + " ORDER BY accept_due_at ASC, id ASC LIMIT 50")) {
        s.setLong(1, partnerId);
        try (ResultSet rs = s.executeQuery()) {
          int columns = rs.getMetaData().getColumnCount();
          while (rs.next()) {
            Object[] row = new Object[columns];
            for (int i = 0; i < columns; i++) {
              row[i] = rs.getObject(i + 1);
            }
            rows.add(row);
          }
        }
      }
      try (PreparedStatement s =
          c.prepareStatement(
              "SELECT COUNT(id) FROM sales_lead WHERE partner_id = ? AND status IN"
                  + " ('DISPATCHED')")) {
        s.setLong(1, partnerId);
        try (ResultSet rs = s.executeQuery()) {
          rs.next();
          return rs.getLong(1);
        }
      }
    }
  }

  // --- (b) dispatch by rules ---------------------------------------------------------------

  /** The batch path skips a lead whose version changed since it was read. */
  void staleBatchUpdateIsSkipped(DataSource ds) throws SQLException {
    try (Connection c = ds.getConnection()) {
      c.setAutoCommit(false);
      long id;
      long version;
      try (Statement s = c.createStatement();
          ResultSet rs =
              s.executeQuery("SELECT id, version FROM sales_lead WHERE status = 'NEW' LIMIT 1")) {
        rs.next();
        id = rs.getLong(1);
        version = rs.getLong(2);
      }
      List<DispatchWriter.Write> stale =
          List.of(
              new DispatchWriter.Write(
                  id, version + 1, "NEW", false, null, 1L, now, "{\"mode\":\"rules\"}"));
      List<DispatchWriter.Write> done =
          DispatchWriter.write(c, stale, MANAGER, now, n -> DispatchWriter.reserveIds(c, "x", n));
      c.rollback();
      say(
          "check: a version-checked batch update of a stale lead is skipped: %s",
          done.isEmpty() ? "yes" : "NO (lost update!)");
    }
  }

  void dispatch(EntityManagerFactory emf, DataSource pool) throws SQLException {
    Caller manager = new Caller(MANAGER, Set.of(Role.CHANNEL_MANAGER), null);
    try (Connection c = pool.getConnection()) {
      c.setAutoCommit(false);
      DataSource shared = new SharedConnection(c);
      EntityManager em = emf.createEntityManager();
      RuleDispatcher.DispatchRun run;
      long idsNanos;
      long runNanos;
      Instant runStart;
      try {
        AccessRules access = FixedCaller.accessRules(em, manager);
        RuleDispatcher rules = DispatchWiring.ruleDispatcher(em, access, shared);
        long t0 = System.nanoTime();
        List<Long> ids = rules.newLeadIds();
        idsNanos = System.nanoTime() - t0;
        runStart = Instant.now().minusSeconds(1);
        long t1 = System.nanoTime();
        run = rules.dispatchSelection(ids);
        c.commit();
        runNanos = System.nanoTime() - t1;
      } finally {
        em.close();
      }
      double rulesRate = run.considered() / (runNanos / 1e9);
      say("(b) newLeadIds(): %,d ids in %.2f s", run.considered(), idsNanos / 1e9);
      say(
          "(b) rules: %,d leads in %.2f s = %,.0f leads/s (%,d dispatched, %,d tagged no partner,"
              + " %,d skipped; events and audit rows written in batches)",
          run.considered(),
          runNanos / 1e9,
          rulesRate,
          run.dispatched(),
          run.noPartner(),
          run.skipped());
      double referenceRate = reference(c, run.perPartner());
      say("(b) ratio rules/reference: %.2fx (target >= 0.3x)", rulesRate / referenceRate);
      verify(c, run, runStart);
    }
  }

  /** Set-based SQL on a copy of the same leads: one UPDATE … ORDER BY id LIMIT n per partner. */
  double reference(Connection c, Map<Long, Integer> perPartner) throws SQLException {
    try (Statement s = c.createStatement()) {
      s.execute("DROP TABLE IF EXISTS sales_lead_ref");
      s.execute("CREATE TABLE sales_lead_ref LIKE sales_lead");
      s.execute("CREATE INDEX ix_ref_status_country ON sales_lead_ref (status, country, id)");
      s.execute(
          "INSERT INTO sales_lead_ref SELECT * FROM sales_lead WHERE id > " + (LEADS - NEW_LEADS));
      s.execute(
          "UPDATE sales_lead_ref SET status = 'NEW', partner_id = NULL, dispatched_at = NULL,"
              + " accept_due_at = NULL, dispatch_explanation = NULL, no_partner_available = FALSE,"
              + " version = 0");
      c.commit();
    }
    int assigned = 0;
    long start = System.nanoTime();
    Map<Long, BenchPartner> byId = new HashMap<>();
    partners.forEach(p -> byId.put(p.id(), p));
    for (Map.Entry<Long, Integer> e : perPartner.entrySet()) {
      BenchPartner p = byId.get(e.getKey());
      String categories = String.join("','", p.specs());
      try (PreparedStatement u =
          c.prepareStatement(
              "UPDATE sales_lead_ref SET partner_id = ?, status = 'DISPATCHED',"
                  + " dispatched_at = ?, accept_due_at = ?, updated_at = ?, version = version + 1"
                  + " WHERE status = 'NEW' AND country = ? AND (category IS NULL OR category IN ('"
                  + categories
                  + "')) ORDER BY id LIMIT ?")) {
        u.setLong(1, p.id());
        u.setTimestamp(2, Timestamp.from(now));
        u.setTimestamp(3, Timestamp.from(now.plus(48, ChronoUnit.HOURS)));
        u.setTimestamp(4, Timestamp.from(now));
        u.setString(5, p.country());
        u.setInt(6, e.getValue());
        assigned += u.executeUpdate();
      }
    }
    c.commit();
    double seconds = (System.nanoTime() - start) / 1e9;
    double rate = assigned / seconds;
    say(
        "(b) reference SQL: %,d leads assigned by %,d UPDATE … ORDER BY id LIMIT n in %.2f s ="
            + " %,.0f leads/s",
        assigned, perPartner.size(), seconds, rate);
    return rate;
  }

  void verify(Connection c, RuleDispatcher.DispatchRun run, Instant runStart) throws SQLException {
    Timestamp since = Timestamp.from(runStart);
    long twice =
        count(
            c,
            "SELECT COUNT(*) FROM (SELECT lead_id FROM lead_event WHERE type = 'DISPATCHED'"
                + " AND at >= ? GROUP BY lead_id HAVING COUNT(*) > 1) t",
            since);
    long events =
        count(c, "SELECT COUNT(*) FROM lead_event WHERE type = 'DISPATCHED' AND at >= ?", since);
    long audit =
        count(c, "SELECT COUNT(*) FROM audit_log WHERE entity_type = 'Lead' AND at >= ?", since);
    long dispatchedRows =
        count(
            c,
            "SELECT COUNT(*) FROM sales_lead WHERE status = 'DISPATCHED' AND dispatched_at"
                + " >= ?",
            since);
    say(
        "check: leads assigned twice: %d; DISPATCHED events %,d = leads dispatched %,d = rows %,d;"
            + " audit rows %,d",
        twice, events, run.dispatched(), dispatchedRows, audit);
    Map<Long, Integer> got = run.perPartner();
    long wrong =
        partners.stream()
            .filter(p -> !(p.active() && p.takes()))
            .filter(p -> got.getOrDefault(p.id(), 0) > 0)
            .count();
    long overCapacity =
        partners.stream().filter(p -> p.open() + got.getOrDefault(p.id(), 0) > p.max()).count();
    say(
        "check: leads given to suspended or opted-out partners: %d; partners over capacity: %d",
        wrong, overCapacity);
    // shares: within a country, uncapped partners share in proportion to their rule scores
    Map<String, List<BenchPartner>> groups = new HashMap<>();
    for (BenchPartner p : partners) {
      if (p.active() && p.takes() && !p.capped()) {
        groups.computeIfAbsent(p.country(), k -> new ArrayList<>()).add(p);
      }
    }
    double maxAbs = 0;
    double maxRel = 0;
    for (List<BenchPartner> group : groups.values()) {
      double scores = group.stream().mapToDouble(BenchPartner::score).sum();
      int assigned = group.stream().mapToInt(p -> got.getOrDefault(p.id(), 0)).sum();
      for (BenchPartner p : group) {
        double expected = assigned * p.score() / scores;
        double diff = Math.abs(got.getOrDefault(p.id(), 0) - expected);
        maxAbs = Math.max(maxAbs, diff);
        maxRel = Math.max(maxRel, diff / expected);
      }
    }
    say(
        "check: shares vs rule weights (score = tier weight x (0.5 + acceptance rate)), %d"
            + " uncapped partners: max deviation %.1f leads (%.1f%% of the expected share)",
        groups.values().stream().mapToInt(List::size).sum(), maxAbs, maxRel * 100);
  }

  // --- data --------------------------------------------------------------------------------

  void generate(Path home) throws IOException, SQLException {
    Files.createDirectories(home);
    List<String> countries = new ArrayList<>();
    String[] iso = Locale.getISOCountries();
    for (int i = 0; countries.size() < COUNTRIES; i++) {
      countries.add(iso[(i * 5) % iso.length]);
    }
    for (String country : countries) {
      List<String> specs = new ArrayList<>(Arrays.asList(CATEGORIES));
      specs.remove(random.nextInt(specs.size()));
      groupSpecs.put(country, Set.copyOf(specs));
    }
    for (int i = 1; i <= PARTNERS; i++) {
      int roll = random.nextInt(10);
      int tier = roll < 4 ? 0 : roll < 7 ? 1 : roll < 9 ? 2 : 3;
      String country = countries.get(i % COUNTRIES);
      boolean active = random.nextInt(50) != 0;
      boolean takes = random.nextInt(100) != 0;
      Double rate = random.nextInt(10) == 0 ? null : 0.3 + random.nextInt(71) / 100.0;
      int events = 20 + random.nextInt(41);
      if (rate != null) {
        rate = Math.round(rate * events) / (double) events;
      }
      int open = (int) Math.round(OPEN_PER_SCORE * DispatchLadder.score(TIER_WEIGHT[tier], rate));
      int max = random.nextInt(20) == 0 ? open + 5 : 1_000_000;
      partners.add(
          new BenchPartner(
              i, tier, country, groupSpecs.get(country), active, takes, open, max, rate));
    }
    Path partnerFile = home.resolve("partner.tsv");
    Path routingFile = home.resolve("routing.tsv");
    Path territoryFile = home.resolve("territory.tsv");
    Path leadFile = home.resolve("lead.tsv");
    Path eventFile = home.resolve("event.tsv");
    String ts = Timestamp.from(now).toString();
    try (BufferedWriter pw = Files.newBufferedWriter(partnerFile);
        BufferedWriter rw = Files.newBufferedWriter(routingFile);
        BufferedWriter tw = Files.newBufferedWriter(territoryFile)) {
      for (BenchPartner p : partners) {
        pw.write(
            p.id()
                + "\tBench Partner "
                + p.id()
                + "\tB"
                + p.id()
                + "\t"
                + TIERS[p.tier()]
                + "\t"
                + p.country()
                + "\t"
                + String.join(",", new TreeSet<>(p.specs()))
                + "\t"
                + (p.active() ? "ACTIVE" : "SUSPENDED")
                + "\t"
                + ts
                + "\t"
                + ts
                + "\n");
        rw.write(p.id() + "\t" + p.max() + "\t" + (p.takes() ? 1 : 0) + "\n");
        if (p.id() % 3 == 0) {
          tw.write(p.id() + "\t" + p.id() + "\t" + p.country() + "\n");
        }
      }
    }
    long[] leadId = {0};
    long[] eventId = {0};
    Map<Long, List<Long>> closedOf = new HashMap<>();
    try (BufferedWriter lw = Files.newBufferedWriter(leadFile)) {
      for (BenchPartner p : partners) {
        for (int k = 0; k < p.open(); k++) {
          Instant due = now.plusSeconds(3600 + random.nextInt(48 * 3600));
          writeLead(
              lw,
              ++leadId[0],
              p.id(),
              p.country(),
              null,
              "DISPATCHED",
              Timestamp.from(due).toString(),
              random);
        }
      }
      int closed = LEADS - NEW_LEADS - (int) leadId[0];
      for (int k = 0; k < closed; k++) {
        BenchPartner p = partners.get(random.nextInt(partners.size()));
        long id = ++leadId[0];
        writeLead(
            lw, id, p.id(), p.country(), null, random.nextBoolean() ? "WON" : "LOST", null, random);
        closedOf.computeIfAbsent(p.id(), x -> new ArrayList<>()).add(id);
      }
      for (int k = 0; k < NEW_LEADS; k++) {
        String country = countries.get(random.nextInt(COUNTRIES));
        String category = random.nextBoolean() ? null : CATEGORIES[random.nextInt(6)];
        writeLead(lw, ++leadId[0], null, country, category, "NEW", null, random);
      }
    }
    try (BufferedWriter ew = Files.newBufferedWriter(eventFile)) {
      for (BenchPartner p : partners) {
        List<Long> closedLeads = closedOf.getOrDefault(p.id(), List.of());
        if (p.rate() == null || closedLeads.isEmpty()) {
          continue;
        }
        int events = 20 + random.nextInt(41);
        int accepted = (int) Math.round(p.rate() * events);
        events = accepted == 0 ? events : (int) Math.round(accepted / p.rate());
        for (int k = 0; k < events; k++) {
          Instant at = now.minusSeconds(3600 + random.nextInt(80 * 86400));
          String type = k < accepted ? "ACCEPTED" : random.nextBoolean() ? "REJECTED" : "RECALLED";
          ew.write(
              ++eventId[0]
                  + "\t"
                  + closedLeads.get(k % closedLeads.size())
                  + "\t"
                  + Timestamp.from(at)
                  + "\tbench\t"
                  + type
                  + "\t"
                  + p.id()
                  + "\t0\t\\N\n");
        }
      }
    }
    try (Connection c =
            DriverManager.getConnection(url, EmbeddedMariaDb.USER, EmbeddedMariaDb.PASSWORD);
        Statement s = c.createStatement()) {
      s.execute("SET foreign_key_checks = 0");
      s.execute("SET unique_checks = 0");
      load(
          s,
          partnerFile,
          "partner (id, name, account_number, tier, country, specialisations,"
              + " status, created_at, updated_at)");
      load(s, routingFile, "partner_routing (partner_id, max_open_leads, takes_rule_leads)");
      load(s, territoryFile, "partner_territory (id, partner_id, country)");
      s.execute(
          "INSERT INTO customer (id, company, company_key, created_at) SELECT seq, CONCAT("
              + "'Customer ', seq), CONCAT('customer ', seq), NOW(6) FROM seq_1_to_1000");
      long t = System.nanoTime();
      load(
          s,
          leadFile,
          "sales_lead (id, customer_id, partner_id, company, company_key, email,"
              + " country, postcode, category, source, status, accept_due_at, dispatched_at,"
              + " created_by, created_at, updated_at)");
      say("data: LOAD DATA of %,d leads: %.1f s", leadId[0], seconds(t));
      load(
          s,
          eventFile,
          "lead_event (id, lead_id, at, actor, type, partner_id, internal," + " detail)");
      s.execute(
          "INSERT INTO portfolio_assignment (id, manager_username, partner_id, assigned_at,"
              + " assigned_by) SELECT id, '"
              + MANAGER
              + "', id, NOW(6), 'bench' FROM partner");
      s.execute(
          "UPDATE id_generator SET next_val = "
              + (eventId[0] + 1000)
              + " WHERE name = 'lead_event'");
      s.execute("ANALYZE TABLE sales_lead, lead_event, partner");
    }
  }

  void writeLead(
      BufferedWriter w,
      long id,
      Long partner,
      String country,
      String category,
      String status,
      String due,
      Random r)
      throws IOException {
    String created = Timestamp.from(now.minusSeconds(86400L + r.nextInt(300 * 86400))).toString();
    w.write(
        id
            + "\t"
            + (1 + id % 1000)
            + "\t"
            + (partner == null ? "\\N" : partner)
            + "\tCompany "
            + id
            + "\tcompany "
            + id
            + "\tbuyer"
            + id
            + "@bench.example\t"
            + country
            + "\t"
            + (10000 + r.nextInt(89999))
            + "\t"
            + (category == null ? "\\N" : category)
            + "\tIMPORT\t"
            + status
            + "\t"
            + (due == null ? "\\N" : due)
            + "\t"
            + (partner == null ? "\\N" : created)
            + "\tbench\t"
            + created
            + "\t"
            + created
            + "\n");
  }

  static void load(Statement s, Path file, String table) throws SQLException {
    s.execute(
        "LOAD DATA LOCAL INFILE '" + file.toString().replace("'", "''") + "' INTO TABLE " + table);
  }

  // --- plumbing ----------------------------------------------------------------------------

  static EntityManagerFactory entityManagerFactory(DataSource ds) {
    Map<String, Object> props = new HashMap<>();
    props.put("jakarta.persistence.transactionType", "RESOURCE_LOCAL");
    props.put("jakarta.persistence.jtaDataSource", "");
    props.put("jakarta.persistence.nonJtaDataSource", ds);
    props.put("eclipselink.weaving", "false");
    props.put("eclipselink.logging.level", "WARNING");
    props.put("eclipselink.logging.logger", "DefaultLogger");
    if (Boolean.getBoolean("bench.showSql")) {
      props.put("eclipselink.logging.level.sql", "FINE");
      props.put("eclipselink.logging.parameters", "true");
    }
    return Persistence.createEntityManagerFactory("channelport", props);
  }

  static long count(Connection c, String sql, Object... args) throws SQLException {
    try (PreparedStatement s = c.prepareStatement(sql)) {
      for (int i = 0; i < args.length; i++) {
        s.setObject(i + 1, args[i]);
      }
      try (ResultSet rs = s.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }

  static long percentile(long[] values, int p) {
    long[] sorted = values.clone();
    Arrays.sort(sorted);
    return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
  }

  static double millis(long nanos) {
    return nanos / 1e6;
  }

  static double seconds(long since) {
    return (System.nanoTime() - since) / 1e9;
  }

  static void say(String format, Object... args) {
    System.out.println("[bench-leads] " + String.format(Locale.ROOT, format, args));
  }

  /** A data source that counts every statement executed on its connections. */
  static final class CountingDataSource extends DelegatingDataSource {
    final AtomicLong executed = new AtomicLong();

    CountingDataSource(DataSource target) {
      super(target);
    }

    @Override
    public Connection getConnection() throws SQLException {
      Connection real = target.getConnection();
      return (Connection)
          Proxy.newProxyInstance(
              getClass().getClassLoader(),
              new Class<?>[] {Connection.class},
              (proxy, method, args) -> {
                Object result = invoke(real, method, args);
                if (result instanceof Statement statement) {
                  Class<?> type =
                      statement instanceof PreparedStatement
                          ? PreparedStatement.class
                          : Statement.class;
                  return Proxy.newProxyInstance(
                      getClass().getClassLoader(),
                      new Class<?>[] {type},
                      (p, m, a) -> {
                        if (m.getName().startsWith("execute")) {
                          executed.incrementAndGet();
                        }
                        return invoke(statement, m, a);
                      });
                }
                return result;
              });
    }
  }

  /** One connection for a whole run (its transaction); closing a handle leaves it open. */
  static final class SharedConnection extends DelegatingDataSource {
    private final Connection connection;

    SharedConnection(Connection connection) {
      super(null);
      this.connection = connection;
    }

    @Override
    public Connection getConnection() {
      InvocationHandler handler =
          (proxy, method, args) ->
              method.getName().equals("close") ? null : invoke(connection, method, args);
      return (Connection)
          Proxy.newProxyInstance(
              getClass().getClassLoader(), new Class<?>[] {Connection.class}, handler);
    }
  }

  static Object invoke(Object target, Method method, Object[] args) throws Throwable {
    try {
      return method.invoke(target, args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }

  abstract static class DelegatingDataSource implements DataSource {
    final DataSource target;

    DelegatingDataSource(DataSource target) {
      this.target = target;
    }

    @Override
    public Connection getConnection(String user, String password) throws SQLException {
      return getConnection();
    }

    @Override
    public PrintWriter getLogWriter() {
      return null;
    }

    @Override
    public void setLogWriter(PrintWriter out) {}

    @Override
    public void setLoginTimeout(int seconds) {}

    @Override
    public int getLoginTimeout() {
      return 0;
    }

    @Override
    public Logger getParentLogger() {
      return Logger.getGlobal();
    }

    @Override
    public <T> T unwrap(Class<T> iface) throws SQLException {
      throw new SQLException("not a wrapper");
    }

    @Override
    public boolean isWrapperFor(Class<?> iface) {
      return false;
    }
  }
}
