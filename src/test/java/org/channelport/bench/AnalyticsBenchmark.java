package org.channelport.bench;

import static org.channelport.bench.LeadBenchmark.millis;
import static org.channelport.bench.LeadBenchmark.percentile;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.io.BufferedWriter;
import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Date;
import java.sql.DriverManager;
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
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TimeZone;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.channelport.analytics.Analytics;
import org.channelport.analytics.AnalyticsFilter;
import org.channelport.analytics.AnalyticsWiring;
import org.channelport.analytics.Kpis;
import org.channelport.analytics.Totals;
import org.channelport.bench.LeadBenchmark.CountingDataSource;
import org.channelport.devstack.EmbeddedMariaDb;
import org.channelport.security.Caller;
import org.channelport.security.FixedCaller;
import org.channelport.security.Role;
import org.flywaydb.core.Flyway;
import org.mariadb.jdbc.MariaDbPoolDataSource;

/**
 * The analytics benchmark: 1,000 partners, 1,000,000 leads with their history and 1,000,000 orders
 * with their lines and shipments of the last 24 months (plus deal registrations and service issues)
 * in a MariaDB of its own (port 13906), schema from the real migrations. Measures the full roll-up
 * rebuild, one incremental round after a few thousand business events (ms per event), and the
 * dashboards of three viewers (a channel manager of all 1,000 partners, one of 50, a partner
 * manager) for this year and the last 12 months: the service's calls on the roll-ups against the
 * same figures computed by hand-written SQL on the raw tables, in the same run, the figures checked
 * equal. Run: {@code mvn -B -o -Pbench-analytics} (see README, Benchmarks).
 */
public final class AnalyticsBenchmark {
  static final int PORT = Integer.getInteger("bench.port", 13906);
  static final int PARTNERS = Integer.getInteger("bench.partners", 1000);
  static final int LEADS = Integer.getInteger("bench.leads", 1_000_000);
  static final int ORDERS = Integer.getInteger("bench.orders", 1_000_000);
  static final int CUSTOMERS = Integer.getInteger("bench.customers", Math.max(1000, PARTNERS * 20));
  static final int DEALS = Integer.getInteger("bench.deals", Math.max(1000, LEADS / 50));
  static final int ISSUES = Integer.getInteger("bench.issues", Math.max(1000, ORDERS / 20));
  static final int PRODUCTS = 200;
  static final int ITERATIONS = Integer.getInteger("bench.iterations", 30);
  static final int WARMUP = Integer.getInteger("bench.warmup", 5);
  static final int SQL_ITERATIONS = Integer.getInteger("bench.sqlIterations", 3);

  /** After this many seconds on one dashboard, no further iteration (at least 5 and 1 are run). */
  static final int BUDGET_SECONDS = Integer.getInteger("bench.budgetSeconds", 90);

  static final int EVENT_LEADS = Integer.getInteger("bench.eventLeads", 2000);
  static final int EVENT_ORDERS = Integer.getInteger("bench.eventOrders", 2000);
  static final int EVENT_CHANGES = Integer.getInteger("bench.eventChanges", 600);
  static final boolean REUSE = Boolean.getBoolean("bench.reuse");

  /** Direct SQL (and its check) only for viewers of at most this many partners. */
  static final int DIRECT_MAX_PARTNERS =
      Integer.getInteger("bench.directMaxPartners", Integer.MAX_VALUE);

  static final double TARGET_MS = 300;
  static final String CM_ALL = "bench-cm-all";
  static final String CM_50 = "bench-cm-50";
  static final String[] TIERS = {"REGISTERED", "SILVER", "GOLD", "PLATINUM"};
  static final String[] COUNTRIES = {
    "DE", "AT", "CH", "PL", "CZ", "SK", "HU", "FR", "NL", "BE", "IT", "ES", "SE", "DK", "GB", "IE",
    "PT", "RO", "BG", "HR"
  };
  static final String[] WAREHOUSES = {"main", "east"};
  static final List<String> LEAD_TYPES =
      List.of("DISPATCHED", "ACCEPTED", "REJECTED", "RECALLED", "WON", "LOST");

  private final Random random = new Random(20261207);
  private final Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);

  /** Everything generated happened at least an hour before the run. */
  private final Instant latest = now.minusSeconds(3600);

  private final List<String> rows = new ArrayList<>();
  private String url;

  public static void main(String[] args) throws Exception {
    Locale.setDefault(Locale.ROOT);
    TimeZone.setDefault(TimeZone.getTimeZone("UTC"));
    Logger.getLogger("org.channelport").setLevel(Level.SEVERE);
    new AnalyticsBenchmark().run();
  }

  void run() throws Exception {
    long started = System.nanoTime();
    Path home = Path.of(System.getProperty("bench.dir", "target/bench-analytics")).toAbsolutePath();
    say("machine: %d cores, load average %s", Runtime.getRuntime().availableProcessors(), load());
    EmbeddedMariaDb db =
        new EmbeddedMariaDb(
            PORT,
            home.resolve("mariadb"),
            "--innodb-buffer-pool-size=2G",
            "--innodb-log-file-size=512M",
            "--innodb-flush-log-at-trx-commit=2",
            "--local-infile=1");
    try {
      url = db.start(!REUSE) + "?allowLocalInfile=true";
      long t0 = System.nanoTime();
      Flyway.configure()
          .dataSource(url, EmbeddedMariaDb.USER, EmbeddedMariaDb.PASSWORD)
          .locations("filesystem:sql/migration")
          .load()
          .migrate();
      try (MariaDbPoolDataSource pool =
          new MariaDbPoolDataSource(
              url
                  + "&maxPoolSize=4&user="
                  + EmbeddedMariaDb.USER
                  + "&password="
                  + EmbeddedMariaDb.PASSWORD)) {
        long orders = count(pool, "SELECT COUNT(*) FROM sales_order");
        if (REUSE && orders > 0) {
          say("data: reused from an earlier run (-Dbench.reuse=true)");
        } else {
          generate(home);
          say("data: generated and loaded in %.1f s", LeadBenchmark.seconds(t0));
        }
        String sizes =
            String.format(
                Locale.ROOT,
                "%,d partners, %,d leads with %,d lead events, %,d orders with %,d lines and %,d"
                    + " shipments, %,d deal registrations, %,d service issues, %,d customers",
                count(pool, "SELECT COUNT(*) FROM partner"),
                count(pool, "SELECT COUNT(*) FROM sales_lead"),
                count(pool, "SELECT COUNT(*) FROM lead_event"),
                count(pool, "SELECT COUNT(*) FROM sales_order"),
                count(pool, "SELECT COUNT(*) FROM sales_order_line"),
                count(pool, "SELECT COUNT(*) FROM shipment"),
                count(pool, "SELECT COUNT(*) FROM deal_registration"),
                count(pool, "SELECT COUNT(*) FROM service_issue"),
                count(pool, "SELECT COUNT(*) FROM customer"));
        say("data: %s", sizes);
        result("data: " + sizes);
        rebuild(pool);
        incremental(pool);
        CountingDataSource counted = new CountingDataSource(pool);
        EntityManagerFactory emf = LeadBenchmark.entityManagerFactory(counted);
        try {
          dashboards(emf, counted, pool);
        } finally {
          emf.close();
        }
      }
    } finally {
      db.stop();
    }
    say(
        "elapsed: %.1f min, load average at the end %s",
        (System.nanoTime() - started) / 60e9, load());
    System.out.println();
    System.out.println("[bench-analytics] ===== results =====");
    rows.forEach(r -> System.out.println("[bench-analytics] " + r));
  }

  // --- the roll-up: rebuild and an incremental round ------------------------------------------

  void rebuild(DataSource ds) throws SQLException {
    try (Connection c = ds.getConnection()) {
      c.setAutoCommit(false);
      long t = System.nanoTime();
      AnalyticsWiring.rebuild(c);
      c.commit();
      double s = LeadBenchmark.seconds(t);
      c.setAutoCommit(true);
      String line =
          String.format(
              Locale.ROOT,
              "rebuild (AnalyticsRollup.rebuild, one transaction): %.1f s | rows: partner-day %,d,"
                  + " duration %,d, customer-day %,d, product-day %,d, pipeline %,d",
              s,
              count(c, "SELECT COUNT(*) FROM analytics_partner_day"),
              count(c, "SELECT COUNT(*) FROM analytics_duration_day"),
              count(c, "SELECT COUNT(*) FROM analytics_customer_day"),
              count(c, "SELECT COUNT(*) FROM analytics_product_day"),
              count(c, "SELECT COUNT(*) FROM analytics_pipeline"));
      say("%s", line);
      result(line);
    }
  }

  /**
   * Business events after the last round: new leads dispatched, dispatched leads accepted, accepted
   * leads won, new orders (with lines) placed today, older orders cancelled or shipped, spread over
   * random partners; then one incremental round over them.
   */
  void incremental(DataSource ds) throws SQLException {
    Instant watermark = Instant.now();
    // an idle round first: what a round costs when nothing happened
    double idle = round(ds, watermark, "idle");
    long leadEvents = 0;
    long orderEvents = 0;
    long changes = 0;
    try (Connection c = ds.getConnection()) {
      c.setAutoCommit(false);
      Instant at = Instant.now().truncatedTo(ChronoUnit.MICROS);
      Timestamp ts = Timestamp.from(at);
      long leadId = count(c, "SELECT COALESCE(MAX(id), 0) FROM sales_lead");
      long eventId = count(c, "SELECT COALESCE(MAX(id), 0) FROM lead_event");
      int fresh = EVENT_LEADS / 2;
      int accepts = EVENT_LEADS * 3 / 10;
      int wins = EVENT_LEADS - fresh - accepts;
      try (PreparedStatement lead =
              c.prepareStatement(
                  "INSERT INTO sales_lead (id, customer_id, partner_id, company, company_key,"
                      + " email, country, source, status, estimated_value, currency,"
                      + " dispatched_at, accept_due_at, created_by, created_at, updated_at)"
                      + " VALUES (?, ?, ?, ?, ?, ?, 'DE', 'IMPORT', 'DISPATCHED', ?, 'EUR', ?, ?,"
                      + " 'bench', ?, ?)");
          PreparedStatement event =
              c.prepareStatement(
                  "INSERT INTO lead_event (id, lead_id, at, actor, type, partner_id, internal)"
                      + " VALUES (?, ?, ?, 'bench', ?, ?, FALSE)")) {
        for (int i = 0; i < fresh; i++) {
          long id = ++leadId;
          long partner = 1 + random.nextInt(PARTNERS);
          lead.setLong(1, id);
          lead.setLong(2, 1 + random.nextInt(CUSTOMERS));
          lead.setLong(3, partner);
          lead.setString(4, "Company " + id);
          lead.setString(5, "company " + id);
          lead.setString(6, "buyer" + id + "@bench.example");
          lead.setBigDecimal(7, BigDecimal.valueOf(1000 + random.nextInt(49_000)));
          lead.setTimestamp(8, ts);
          lead.setTimestamp(9, Timestamp.from(at.plusSeconds(48 * 3600)));
          lead.setTimestamp(10, ts);
          lead.setTimestamp(11, ts);
          lead.addBatch();
          event.setLong(1, ++eventId);
          event.setLong(2, id);
          event.setTimestamp(3, ts);
          event.setString(4, "DISPATCHED");
          event.setLong(5, partner);
          event.addBatch();
        }
        lead.executeBatch();
        leadEvents += fresh;
        // dispatched leads accepted now, accepted ones won now (the oldest first: spread over
        // partners, their dispatch days long ago or recent)
        List<long[]> dispatched =
            pairs(
                c,
                "SELECT id, partner_id FROM sales_lead WHERE status = 'DISPATCHED'"
                    + " AND id <= ? ORDER BY MOD(id * 7919, 104729) LIMIT ?",
                leadId - fresh,
                accepts);
        try (PreparedStatement u =
            c.prepareStatement(
                "UPDATE sales_lead SET status = 'ACCEPTED', accepted_at = ?, updated_at = ?,"
                    + " version = version + 1 WHERE id = ?")) {
          for (long[] l : dispatched) {
            u.setTimestamp(1, ts);
            u.setTimestamp(2, ts);
            u.setLong(3, l[0]);
            u.addBatch();
            event.setLong(1, ++eventId);
            event.setLong(2, l[0]);
            event.setTimestamp(3, ts);
            event.setString(4, "ACCEPTED");
            event.setLong(5, l[1]);
            event.addBatch();
          }
          u.executeBatch();
        }
        leadEvents += dispatched.size();
        List<long[]> accepted =
            pairs(
                c,
                "SELECT id, partner_id FROM sales_lead WHERE status = 'ACCEPTED' AND id <= ?"
                    + " ORDER BY MOD(id * 7919, 104729) LIMIT ?",
                leadId - fresh,
                wins);
        try (PreparedStatement u =
            c.prepareStatement(
                "UPDATE sales_lead SET status = 'WON', won_value = ?, closed_at = ?,"
                    + " updated_at = ?, version = version + 1 WHERE id = ?")) {
          for (long[] l : accepted) {
            u.setBigDecimal(
                1, BigDecimal.valueOf(500 + random.nextInt(60_000), 2).movePointRight(1));
            u.setTimestamp(2, ts);
            u.setTimestamp(3, ts);
            u.setLong(4, l[0]);
            u.addBatch();
            event.setLong(1, ++eventId);
            event.setLong(2, l[0]);
            event.setTimestamp(3, ts);
            event.setString(4, "WON");
            event.setLong(5, l[1]);
            event.addBatch();
          }
          u.executeBatch();
        }
        leadEvents += accepted.size();
        event.executeBatch();
      }
      // orders placed today, with their lines
      long orderId = count(c, "SELECT COALESCE(MAX(id), 0) FROM sales_order");
      long lineId = count(c, "SELECT COALESCE(MAX(id), 0) FROM sales_order_line");
      LocalDate today = LocalDate.ofInstant(at, ZoneOffset.UTC);
      try (PreparedStatement o =
              c.prepareStatement(
                  "INSERT INTO sales_order (id, number, partner_id, placed_by, kind, origin,"
                      + " customer_id, status, sync_state, currency, total, next_line_no,"
                      + " submitted_at, order_date, created_at, updated_at)"
                      + " VALUES (?, ?, ?, 'bench', ?, 'PORTAL', ?, 'SUBMITTED', 'PENDING', 'EUR',"
                      + " ?, ?, ?, ?, ?, ?)");
          PreparedStatement l =
              c.prepareStatement(
                  "INSERT INTO sales_order_line (id, order_id, line_no, sku, product_name,"
                      + " quantity, unit_price, currency, line_total, warehouse_code)"
                      + " VALUES (?, ?, ?, ?, ?, ?, ?, 'EUR', ?, ?)")) {
        for (int i = 0; i < EVENT_ORDERS; i++) {
          long id = ++orderId;
          boolean onBehalf = random.nextInt(10) < 4;
          BigDecimal total = BigDecimal.ZERO;
          int lines = 1 + random.nextInt(4);
          Set<Integer> skus = new LinkedHashSet<>();
          while (skus.size() < lines) {
            skus.add(1 + random.nextInt(PRODUCTS));
          }
          int no = 1;
          for (int sku : skus) {
            long quantity = 1 + random.nextInt(20);
            BigDecimal unit = price(sku);
            BigDecimal lineTotal = unit.multiply(BigDecimal.valueOf(quantity));
            total = total.add(lineTotal);
            l.setLong(1, ++lineId);
            l.setLong(2, id);
            l.setInt(3, no++);
            l.setString(4, sku(sku));
            l.setString(5, "Product " + sku(sku));
            l.setLong(6, quantity);
            l.setBigDecimal(7, unit);
            l.setBigDecimal(8, lineTotal);
            l.setString(9, WAREHOUSES[sku % 2]);
            l.addBatch();
          }
          o.setLong(1, id);
          o.setString(2, "B" + id);
          o.setLong(3, 1 + random.nextInt(PARTNERS));
          o.setString(4, onBehalf ? "ON_BEHALF" : "REPLENISHMENT");
          if (onBehalf) {
            o.setLong(5, 1 + random.nextInt(CUSTOMERS));
          } else {
            o.setNull(5, java.sql.Types.BIGINT);
          }
          o.setBigDecimal(6, total);
          o.setInt(7, no);
          o.setTimestamp(8, ts);
          o.setDate(9, Date.valueOf(today));
          o.setTimestamp(10, ts);
          o.setTimestamp(11, ts);
          o.addBatch();
        }
        o.executeBatch();
        l.executeBatch();
        orderEvents = EVENT_ORDERS;
      }
      // corrections: orders of the last 90 days cancelled, confirmed ones shipped today
      List<long[]> cancel =
          pairs(
              c,
              "SELECT id, partner_id FROM sales_order WHERE status = 'DELIVERED' AND id <= ?"
                  + " AND order_date >= CURRENT_DATE - INTERVAL 90 DAY"
                  + " ORDER BY MOD(id * 7919, 104729) LIMIT ?",
              orderId - EVENT_ORDERS,
              EVENT_CHANGES / 2);
      try (PreparedStatement u =
          c.prepareStatement(
              "UPDATE sales_order SET status = 'CANCELLED', updated_at = ?, version = version + 1"
                  + " WHERE id = ?")) {
        for (long[] x : cancel) {
          u.setTimestamp(1, ts);
          u.setLong(2, x[0]);
          u.addBatch();
        }
        u.executeBatch();
      }
      List<long[]> ship =
          pairs(
              c,
              "SELECT id, partner_id FROM sales_order WHERE status = 'CONFIRMED' AND id <= ?"
                  + " ORDER BY MOD(id * 7919, 104729) LIMIT ?",
              orderId - EVENT_ORDERS,
              EVENT_CHANGES - EVENT_CHANGES / 2);
      long shipmentId = count(c, "SELECT COALESCE(MAX(id), 0) FROM shipment");
      try (PreparedStatement s =
              c.prepareStatement(
                  "INSERT INTO shipment (id, order_id, shipment_ref, warehouse_code, shipped_at,"
                      + " erp_updated_at) VALUES (?, ?, ?, 'main', ?, ?)");
          PreparedStatement u =
              c.prepareStatement(
                  "UPDATE sales_order SET status = 'SHIPPED', updated_at = ?,"
                      + " version = version + 1 WHERE id = ?")) {
        for (long[] x : ship) {
          long id = ++shipmentId;
          s.setLong(1, id);
          s.setLong(2, x[0]);
          s.setString(3, "SH-" + id);
          s.setDate(4, Date.valueOf(today));
          s.setTimestamp(5, ts);
          s.addBatch();
          u.setTimestamp(1, ts);
          u.setLong(2, x[0]);
          u.addBatch();
        }
        s.executeBatch();
        u.executeBatch();
      }
      changes = cancel.size() + ship.size();
      c.commit();
      c.setAutoCommit(true);
    }
    long events = leadEvents + orderEvents + changes;
    double ms = round(ds, watermark, "events");
    // where the round's time went: the same statements again, one by one, rolled back
    try (Connection c = ds.getConnection()) {
      c.setAutoCommit(false);
      Map<String, Long> parts =
          AnalyticsWiring.incrementalBreakdown(c, AnalyticsWiring.since(watermark, Instant.now()));
      c.rollback();
      c.setAutoCommit(true);
      parts.entrySet().stream()
          .sorted((a, b) -> Long.compare(b.getValue(), a.getValue()))
          .limit(6)
          .forEach(e -> say("  round statement %-70s %,8.0f ms", e.getKey(), e.getValue() / 1e6));
    }
    String line =
        String.format(
            Locale.ROOT,
            "incremental round after %,d business events (%,d lead events: new leads dispatched,"
                + " leads accepted, leads won; %,d orders placed today with lines; %,d orders of"
                + " the last 90 days cancelled or shipped): %,.0f ms = %.3f ms per event"
                + " (%,d partner-days recomputed) | an idle round: %,.0f ms",
            events,
            leadEvents,
            orderEvents,
            changes,
            ms,
            ms / events,
            lastDays,
            idle);
    say("%s", line);
    result(line);
  }

  private long lastDays;

  /** One incremental round as the job runs it (its own transaction), in ms. */
  double round(DataSource ds, Instant watermark, String name) throws SQLException {
    try (Connection c = ds.getConnection()) {
      c.setAutoCommit(false);
      long t = System.nanoTime();
      lastDays = AnalyticsWiring.incremental(c, AnalyticsWiring.since(watermark, Instant.now()));
      c.commit();
      double ms = (System.nanoTime() - t) / 1e6;
      c.setAutoCommit(true);
      say("round (%s): %,d partner-days in %,.0f ms", name, lastDays, ms);
      return ms;
    }
  }

  static List<long[]> pairs(Connection c, String sql, long maxId, int limit) throws SQLException {
    List<long[]> out = new ArrayList<>();
    try (PreparedStatement p = c.prepareStatement(sql)) {
      p.setLong(1, maxId);
      p.setInt(2, limit);
      try (ResultSet r = p.executeQuery()) {
        while (r.next()) {
          out.add(new long[] {r.getLong(1), r.getLong(2)});
        }
      }
    }
    return out;
  }

  // --- the dashboards: roll-ups against direct SQL ------------------------------------------

  /** What a dashboard page shows. */
  record Dashboard(
      List<Kpis> kpis,
      List<Analytics.Point> series,
      List<Analytics.PartnerFigures> byPartner,
      List<Analytics.CustomerRank> topCustomers,
      List<Analytics.ProductRank> topProducts,
      List<Analytics.Stage> pipeline) {}

  record Viewer(String name, Caller caller) {}

  void dashboards(EntityManagerFactory emf, CountingDataSource counted, DataSource pool)
      throws SQLException {
    long partnerUser = Math.min(PARTNERS, 20);
    List<Viewer> viewers =
        List.of(
            new Viewer(
                "channel manager, " + PARTNERS + " partners",
                new Caller(CM_ALL, Set.of(Role.CHANNEL_MANAGER), null)),
            new Viewer(
                "channel manager, " + count(pool, portfolioCount(CM_50)) + " partners",
                new Caller(CM_50, Set.of(Role.CHANNEL_MANAGER), null)),
            new Viewer(
                "partner manager (partner " + partnerUser + ")",
                new Caller("bench-pm", Set.of(Role.PARTNER_MANAGER), partnerUser)));
    LocalDate today = LocalDate.ofInstant(Instant.now(), ZoneOffset.UTC);
    Map<String, AnalyticsFilter> periods = new java.util.LinkedHashMap<>();
    periods.put(
        "this year",
        AnalyticsFilter.of(
            today.withDayOfYear(1), today.withDayOfYear(1).plusYears(1).minusDays(1)));
    periods.put("last 12 months", AnalyticsFilter.of(today.minusDays(364), today));
    say(
        "dashboards: kpisWithPrevious + series + byPartner + topCustomers(10) + topProducts(10) +"
            + " pipeline; roll-ups %d iterations after %d warm-up, direct SQL %d iterations (the"
            + " first one checked)",
        ITERATIONS, WARMUP, SQL_ITERATIONS);
    for (Viewer viewer : viewers) {
      for (Map.Entry<String, AnalyticsFilter> period : periods.entrySet()) {
        dashboard(emf, counted, pool, viewer, period.getKey(), period.getValue());
      }
    }
  }

  static String portfolioCount(String manager) {
    return "SELECT COUNT(*) FROM portfolio_assignment WHERE manager_username = '" + manager + "'";
  }

  static final String[] PARTS = {
    "kpisWithPrevious", "series", "byPartner", "topCustomers", "topProducts", "pipeline"
  };

  void dashboard(
      EntityManagerFactory emf,
      CountingDataSource counted,
      DataSource pool,
      Viewer viewer,
      String periodName,
      AnalyticsFilter f)
      throws SQLException {
    Analytics.Grain grain = Analytics.Grain.fitting(f.from(), f.to());
    long[] total = new long[ITERATIONS];
    long[][] parts = new long[PARTS.length][ITERATIONS];
    long statements = 0;
    Dashboard rolled = null;
    long began = System.nanoTime();
    int done = 0;
    for (int i = -WARMUP; i < ITERATIONS; i++) {
      if (i >= 5 && System.nanoTime() - began > BUDGET_SECONDS * 1_000_000_000L) {
        break;
      }
      long before = counted.executed.get();
      long[] split = new long[PARTS.length];
      long start = System.nanoTime();
      EntityManager em = emf.createEntityManager();
      try {
        Analytics a =
            AnalyticsWiring.analytics(counted, FixedCaller.accessRules(em, viewer.caller()));
        List<Kpis> kpis = timed(split, 0, () -> a.kpisWithPrevious(f));
        List<Analytics.Point> series = timed(split, 1, () -> a.series(f, grain));
        List<Analytics.PartnerFigures> byPartner = timed(split, 2, () -> a.byPartner(f));
        List<Analytics.CustomerRank> customers = timed(split, 3, () -> a.topCustomers(f, 10));
        List<Analytics.ProductRank> products = timed(split, 4, () -> a.topProducts(f, 10, false));
        List<Analytics.Stage> pipeline = timed(split, 5, () -> a.pipeline(f));
        rolled = new Dashboard(kpis, series, byPartner, customers, products, pipeline);
      } finally {
        em.close();
      }
      if (i >= 0) {
        total[i] = System.nanoTime() - start;
        statements += counted.executed.get() - before;
        for (int k = 0; k < PARTS.length; k++) {
          parts[k][i] = split[k];
        }
        done = i + 1;
      }
    }
    total = java.util.Arrays.copyOf(total, done);
    for (int k = 0; k < PARTS.length; k++) {
      parts[k] = java.util.Arrays.copyOf(parts[k], done);
    }
    long partners = rolled.kpis().get(0).partners();
    int sqlIterations = partners <= DIRECT_MAX_PARTNERS ? SQL_ITERATIONS : 0;
    long[] direct = new long[Math.max(1, sqlIterations)];
    Direct sql = new Direct(pool, viewer.caller());
    began = System.nanoTime();
    int sqlDone = 0;
    for (int i = 0; i < sqlIterations; i++) {
      if (i >= 1 && System.nanoTime() - began > BUDGET_SECONDS * 1_000_000_000L) {
        break;
      }
      sqlDone = i + 1;
      long start = System.nanoTime();
      Dashboard raw = sql.dashboard(f, grain);
      direct[i] = System.nanoTime() - start;
      if (i == 0) {
        List<String> differences = new ArrayList<>();
        compare("dashboard", rolled, raw, differences);
        if (!differences.isEmpty()) {
          differences.stream().limit(20).forEach(d -> say("DIFFERENCE %s", d));
          throw new IllegalStateException(
              viewer.name()
                  + ", "
                  + periodName
                  + ": the roll-ups' figures differ from the raw tables' ("
                  + differences.size()
                  + " differences, first: "
                  + differences.get(0)
                  + ")");
        }
      }
    }
    direct = java.util.Arrays.copyOf(direct, Math.max(1, sqlDone));
    double median = millis(percentile(total, 50));
    double p95 = millis(percentile(total, 95));
    double sqlMedian = millis(percentile(direct, 50));
    StringBuilder split = new StringBuilder();
    for (int k = 0; k < PARTS.length; k++) {
      split.append(k == 0 ? "" : ", ").append(PARTS[k]).append(' ');
      split.append(String.format(Locale.ROOT, "%.1f", millis(percentile(parts[k], 50))));
    }
    Kpis k = rolled.kpis().get(0);
    String figures =
        String.format(
            Locale.ROOT,
            "%,d leads dispatched, %,d won (%s EUR), %,d orders (%s EUR), %,d partners, %d points",
            k.totals().leadsDispatched(),
            k.totals().leadsWon(),
            k.totals().wonValue().toPlainString(),
            k.totals().orders(),
            k.totals().orderRevenue().toPlainString(),
            k.partners(),
            rolled.series().size());
    say("%s, %s %s..%s (%s): %s", viewer.name(), periodName, f.from(), f.to(), grain, figures);
    say("  roll-up parts (median ms): %s", split);
    String line =
        String.format(
            Locale.ROOT,
            "%-34s %-15s roll-ups median %,7.1f ms p95 %,7.1f ms (n=%d, %.0f statements) |"
                + " direct SQL median %,9.1f ms (n=%d) | direct/roll-up %,5.1fx | < 300 ms: %s |"
                + (sqlDone > 0
                    ? " figures equal: yes"
                    : " not compared (-Dbench.directMaxPartners)"),
            viewer.name(),
            periodName,
            median,
            p95,
            done,
            statements / (double) done,
            sqlMedian,
            sqlDone,
            sqlMedian / median,
            p95 < TARGET_MS ? "yes" : median < TARGET_MS ? "median yes, p95 NO" : "NO");
    say("%s", line);
    result(line);
  }

  static <T> T timed(long[] split, int k, Supplier<T> call) {
    long t = System.nanoTime();
    T out = call.get();
    split[k] = System.nanoTime() - t;
    return out;
  }

  /** The records compared field by field; amounts by value (scales differ), lists in order. */
  static void compare(String path, Object a, Object b, List<String> out) {
    if (a == null || b == null) {
      if (a != b) {
        out.add(path + ": " + a + " vs " + b);
      }
      return;
    }
    if (a instanceof BigDecimal x && b instanceof BigDecimal y) {
      if (x.compareTo(y) != 0) {
        out.add(path + ": " + x.toPlainString() + " vs " + y.toPlainString());
      }
      return;
    }
    if (a instanceof List<?> x && b instanceof List<?> y) {
      if (x.size() != y.size()) {
        out.add(path + ": " + x.size() + " entries vs " + y.size());
      }
      for (int i = 0; i < Math.min(x.size(), y.size()); i++) {
        compare(path + "[" + i + "]", x.get(i), y.get(i), out);
      }
      return;
    }
    if (a.getClass().isRecord() && a.getClass() == b.getClass()) {
      for (RecordComponent c : a.getClass().getRecordComponents()) {
        try {
          compare(
              path + "." + c.getName(), c.getAccessor().invoke(a), c.getAccessor().invoke(b), out);
        } catch (ReflectiveOperationException e) {
          throw new IllegalStateException(e);
        }
      }
      return;
    }
    if (!a.equals(b)) {
      out.add(path + ": " + a + " vs " + b);
    }
  }

  // --- direct SQL on the raw tables ---------------------------------------------------------

  /**
   * The dashboard's figures from the raw tables, written by hand with the definitions of the
   * roll-ups (see analytics.RollupSql): lead figures on the day of their events, orders placed (not
   * draft, cancelled, rejected or a return) on their order date, amounts in EUR only.
   */
  static final class Direct {
    private final DataSource ds;
    private final Caller caller;

    Direct(DataSource ds, Caller caller) {
      this.ds = ds;
      this.caller = caller;
    }

    /** The caller's partners on a partner id column. */
    String scope(String column, List<Object> params) {
      if (caller.isPartnerUser()) {
        params.add(caller.partnerId());
        return column + " = ?";
      }
      params.add(caller.username());
      return column
          + " IN (SELECT pa.partner_id FROM portfolio_assignment pa WHERE pa.manager_username = ?)";
    }

    static final String PLACED =
        "o.kind <> 'RETURN' AND o.status NOT IN ('DRAFT', 'CANCELLED', 'REJECTED')";

    static String funded(String alias, String partner) {
      return alias
          + ".campaign_code IS NOT NULL AND EXISTS (SELECT 1 FROM mdf_request r WHERE"
          + " r.partner_id = "
          + partner
          + " AND r.campaign_code = "
          + alias
          + ".campaign_code)";
    }

    /** One raw source: which Totals components its columns fill. */
    record Source(
        String from,
        String partner,
        String time,
        boolean date,
        String where,
        String columns,
        int[] targets) {}

    static final List<Source> SOURCES =
        List.of(
            new Source(
                "lead_event e JOIN sales_lead l ON l.id = e.lead_id",
                "e.partner_id",
                "e.at",
                false,
                "e.type IN ('DISPATCHED', 'ACCEPTED', 'REJECTED', 'RECALLED', 'WON', 'LOST')",
                "SUM(e.type = 'DISPATCHED'), SUM(e.type = 'ACCEPTED'), SUM(e.type = 'REJECTED'),"
                    + " SUM(e.type = 'RECALLED'), SUM(e.type = 'WON'), SUM(e.type = 'LOST'),"
                    + " COALESCE(SUM(CASE WHEN e.type = 'WON' AND l.currency = 'EUR'"
                    + " THEN l.won_value END), 0),"
                    + " COALESCE(SUM(CASE WHEN e.type = 'WON' AND l.currency = 'EUR' AND "
                    + funded("l", "e.partner_id")
                    + " THEN l.won_value END), 0)",
                new int[] {0, 1, 2, 3, 4, 5, 6, 7}),
            new Source(
                "deal_registration g",
                "g.partner_id",
                "g.submitted_at",
                false,
                "1 = 1",
                "COUNT(*), SUM(g.has_conflict)",
                new int[] {8, 9}),
            new Source(
                "deal_registration g",
                "g.partner_id",
                "g.decided_at",
                false,
                "g.decided_at IS NOT NULL AND g.status IN ('APPROVED', 'REJECTED', 'EXPIRED')",
                "COUNT(*), SUM(g.status <> 'REJECTED')",
                new int[] {10, 11}),
            new Source(
                "sales_order o",
                "o.partner_id",
                "o.order_date",
                true,
                PLACED,
                "COUNT(*), COALESCE(SUM(CASE WHEN o.currency = 'EUR' THEN o.total END), 0),"
                    + " COALESCE(SUM(CASE WHEN o.currency = 'EUR' AND "
                    + funded("o", "o.partner_id")
                    + " THEN o.total END), 0),"
                    + " SUM(EXISTS (SELECT 1 FROM sales_order_line x WHERE x.order_id = o.id"
                    + " AND x.backordered > 0)),"
                    + " SUM(EXISTS (SELECT 1 FROM shipment s WHERE s.order_id = o.id"
                    + " AND s.shipped_at IS NOT NULL))",
                new int[] {12, 13, 14, 15, 16}),
            new Source(
                "mdf_journal_entry j JOIN mdf_account da ON da.id = j.debit_account_id"
                    + " JOIN mdf_account ca ON ca.id = j.credit_account_id",
                "j.partner_id",
                "j.created_at",
                false,
                "j.currency = 'EUR'",
                "SUM(CASE WHEN ca.kind = 'allocation' AND da.kind IN ('funding', 'budget')"
                    + " THEN j.amount WHEN da.kind = 'allocation' AND ca.kind IN ('funding',"
                    + " 'budget') THEN -j.amount ELSE 0 END),"
                    + " SUM(CASE WHEN ca.kind = 'reserved' AND da.kind = 'allocation' THEN j.amount"
                    + " WHEN da.kind = 'reserved' AND ca.kind = 'allocation' THEN -j.amount"
                    + " ELSE 0 END),"
                    + " SUM(CASE WHEN ca.kind = 'paid' THEN j.amount WHEN da.kind = 'paid'"
                    + " THEN -j.amount ELSE 0 END),"
                    + " SUM(CASE WHEN ca.kind = 'forfeited' THEN j.amount"
                    + " WHEN da.kind = 'forfeited' THEN -j.amount ELSE 0 END)",
                new int[] {17, 18, 19, 20}),
            new Source(
                "mdf_claim c",
                "c.partner_id",
                "c.paid_at",
                false,
                "c.status = 'paid' AND c.paid_at IS NOT NULL",
                "COUNT(*)",
                new int[] {21}),
            new Source(
                "service_issue i",
                "i.partner_id",
                "i.created_at",
                false,
                "1 = 1",
                "COUNT(*)",
                new int[] {22}),
            new Source(
                "service_issue i",
                "i.partner_id",
                "i.solved_at",
                false,
                "i.solved_at IS NOT NULL",
                "COUNT(*), SUM(i.solution_id IS NOT NULL)",
                new int[] {23, 24}),
            new Source(
                "solution_deflection s",
                "s.partner_id",
                "s.at",
                false,
                "1 = 1",
                "COUNT(*)",
                new int[] {25}),
            new Source(
                "service_issue i",
                "i.partner_id",
                "i.first_responded_at",
                false,
                "i.first_responded_at IS NOT NULL",
                "COUNT(*), SUM(NOT i.first_response_breached)",
                new int[] {26, 27}),
            new Source(
                "service_issue i",
                "i.partner_id",
                "i.resolved_at",
                false,
                "i.resolved_at IS NOT NULL",
                "COUNT(*), SUM(NOT i.resolution_breached)",
                new int[] {28, 29}));

    static final boolean[] AMOUNT = new boolean[30];

    static {
      for (int i : new int[] {6, 7, 13, 14, 17, 18, 19, 20}) {
        AMOUNT[i] = true;
      }
    }

    /** Totals per key ("all", a partner id or a period's start), from every raw source. */
    Map<Object, Object[]> totals(AnalyticsFilter f, String key) throws SQLException {
      Map<Object, Object[]> out = new TreeMap<>();
      try (Connection c = ds.getConnection()) {
        for (Source s : SOURCES) {
          List<Object> params = new ArrayList<>();
          String day = s.date() ? s.time() : "DATE(" + s.time() + ")";
          String keyExpr =
              switch (key) {
                case "all" -> "0";
                case "partner" -> s.partner();
                case "DAY" -> day;
                case "WEEK" -> day + " - INTERVAL WEEKDAY(" + day + ") DAY";
                case "MONTH" -> day + " - INTERVAL (DAYOFMONTH(" + day + ") - 1) DAY";
                default -> throw new IllegalArgumentException(key);
              };
          String range;
          if (s.date()) {
            range = s.time() + " BETWEEN ? AND ?";
            params.add(Date.valueOf(f.from()));
            params.add(Date.valueOf(f.to()));
          } else {
            range = s.time() + " >= ? AND " + s.time() + " < ?";
            params.add(Timestamp.valueOf(f.from().atStartOfDay()));
            params.add(Timestamp.valueOf(f.to().plusDays(1).atStartOfDay()));
          }
          String sql =
              "SELECT "
                  + keyExpr
                  + ", "
                  + s.columns()
                  + " FROM "
                  + s.from()
                  + " WHERE "
                  + range
                  + " AND "
                  + s.where()
                  + " AND "
                  + scope(s.partner(), params)
                  + " GROUP BY 1";
          try (PreparedStatement p = c.prepareStatement(sql)) {
            for (int i = 0; i < params.size(); i++) {
              p.setObject(i + 1, params.get(i));
            }
            try (ResultSet r = p.executeQuery()) {
              while (r.next()) {
                Object k =
                    key.equals("all")
                        ? (Object) 0L
                        : key.equals("partner") ? r.getLong(1) : r.getDate(1).toLocalDate();
                Object[] t = out.computeIfAbsent(k, x -> zero());
                for (int i = 0; i < s.targets().length; i++) {
                  int target = s.targets()[i];
                  if (AMOUNT[target]) {
                    t[target] = ((BigDecimal) t[target]).add(r.getBigDecimal(i + 2));
                  } else {
                    t[target] = (Long) t[target] + r.getLong(i + 2);
                  }
                }
              }
            }
          }
        }
      }
      return out;
    }

    static Object[] zero() {
      Object[] t = new Object[30];
      for (int i = 0; i < 30; i++) {
        t[i] = AMOUNT[i] ? BigDecimal.ZERO : (Object) 0L;
      }
      return t;
    }

    static Totals totals(Object[] t) {
      return new Totals(
          (Long) t[0],
          (Long) t[1],
          (Long) t[2],
          (Long) t[3],
          (Long) t[4],
          (Long) t[5],
          (BigDecimal) t[6],
          (BigDecimal) t[7],
          (Long) t[8],
          (Long) t[9],
          (Long) t[10],
          (Long) t[11],
          (Long) t[12],
          (BigDecimal) t[13],
          (BigDecimal) t[14],
          (Long) t[15],
          (Long) t[16],
          (BigDecimal) t[17],
          (BigDecimal) t[18],
          (BigDecimal) t[19],
          (BigDecimal) t[20],
          (Long) t[21],
          (Long) t[22],
          (Long) t[23],
          (Long) t[24],
          (Long) t[25],
          (Long) t[26],
          (Long) t[27],
          (Long) t[28],
          (Long) t[29]);
    }

    Dashboard dashboard(AnalyticsFilter f, Analytics.Grain grain) throws SQLException {
      List<Kpis> kpis = List.of(kpis(f), kpis(f.previous()));
      List<Analytics.Point> series = new ArrayList<>();
      for (Map.Entry<Object, Object[]> e : totals(f, grain.name()).entrySet()) {
        series.add(new Analytics.Point((LocalDate) e.getKey(), totals(e.getValue())));
      }
      return new Dashboard(kpis, series, byPartner(f), topCustomers(f), topProducts(f), pipeline());
    }

    Kpis kpis(AnalyticsFilter f) throws SQLException {
      Object[] t = totals(f, "all").getOrDefault(0L, zero());
      List<Object> params = new ArrayList<>();
      long partners = one("SELECT COUNT(*) FROM partner p WHERE " + scope("p.id", params), params);
      Kpis.Medians medians =
          new Kpis.Medians(
              median(
                  "SELECT LEAST(525600, FLOOR(TIMESTAMPDIFF(MINUTE, (SELECT MAX(p.at) FROM"
                      + " lead_event p WHERE p.lead_id = e.lead_id AND p.type = 'DISPATCHED' AND"
                      + " p.partner_id = e.partner_id AND p.at <= e.at), e.at) / 15) * 15) b"
                      + " FROM lead_event e WHERE e.type = 'ACCEPTED'",
                  "e.partner_id",
                  "e.at",
                  false,
                  f,
                  15),
              median(
                  "SELECT LEAST(525600, FLOOR(GREATEST(0, TIMESTAMPDIFF(MINUTE, g.submitted_at,"
                      + " g.decided_at)) / 15) * 15) b FROM deal_registration g WHERE"
                      + " g.decided_at IS NOT NULL AND g.status IN ('APPROVED', 'REJECTED',"
                      + " 'EXPIRED')",
                  "g.partner_id",
                  "g.decided_at",
                  false,
                  f,
                  15),
              median(
                  "SELECT LEAST(525600, GREATEST(0, DATEDIFF((SELECT MIN(s.shipped_at) FROM"
                      + " shipment s WHERE s.order_id = o.id), DATE(COALESCE(o.submitted_at,"
                      + " o.created_at)))) * 1440) b FROM sales_order o WHERE "
                      + PLACED,
                  "o.partner_id",
                  "o.order_date",
                  true,
                  f,
                  0),
              median(
                  "SELECT LEAST(525600, FLOOR(GREATEST(0, TIMESTAMPDIFF(MINUTE, c.submitted_at,"
                      + " c.paid_at)) / 15) * 15) b FROM mdf_claim c WHERE c.status = 'paid'"
                      + " AND c.paid_at IS NOT NULL AND c.submitted_at IS NOT NULL",
                  "c.partner_id",
                  "c.paid_at",
                  false,
                  f,
                  15));
      return Kpis.of(f.from(), f.to(), partners, totals(t), medians);
    }

    BigDecimal median(
        String inner, String partner, String time, boolean date, AnalyticsFilter f, int width)
        throws SQLException {
      List<Object> params = new ArrayList<>();
      String range;
      if (date) {
        range = time + " BETWEEN ? AND ?";
        params.add(Date.valueOf(f.from()));
        params.add(Date.valueOf(f.to()));
      } else {
        range = time + " >= ? AND " + time + " < ?";
        params.add(Timestamp.valueOf(f.from().atStartOfDay()));
        params.add(Timestamp.valueOf(f.to().plusDays(1).atStartOfDay()));
      }
      String sql =
          "SELECT x.b, COUNT(*) FROM ("
              + inner
              + " AND "
              + range
              + " AND "
              + scope(partner, params)
              + ") x WHERE x.b IS NOT NULL GROUP BY x.b ORDER BY x.b";
      List<long[]> buckets = new ArrayList<>();
      try (Connection c = ds.getConnection();
          PreparedStatement p = c.prepareStatement(sql)) {
        for (int i = 0; i < params.size(); i++) {
          p.setObject(i + 1, params.get(i));
        }
        try (ResultSet r = p.executeQuery()) {
          while (r.next()) {
            buckets.add(new long[] {r.getLong(1), r.getLong(2)});
          }
        }
      }
      int[] starts = new int[buckets.size()];
      long[] counts = new long[buckets.size()];
      for (int i = 0; i < buckets.size(); i++) {
        starts[i] = (int) buckets.get(i)[0];
        counts[i] = buckets.get(i)[1];
      }
      return Kpis.median(starts, counts, width);
    }

    List<Analytics.PartnerFigures> byPartner(AnalyticsFilter f) throws SQLException {
      Map<Object, Object[]> per = totals(f, "partner");
      List<Object> params = new ArrayList<>();
      List<Analytics.PartnerFigures> out = new ArrayList<>();
      try (Connection c = ds.getConnection();
          PreparedStatement p =
              c.prepareStatement(
                  "SELECT p.id, p.name, p.tier, p.country FROM partner p WHERE "
                      + scope("p.id", params)
                      + " ORDER BY p.name, p.id")) {
        p.setObject(1, params.get(0));
        try (ResultSet r = p.executeQuery()) {
          while (r.next()) {
            Totals t = totals(per.getOrDefault(r.getLong(1), zero()));
            out.add(
                new Analytics.PartnerFigures(
                    r.getLong(1),
                    r.getString(2),
                    r.getString(3),
                    r.getString(4),
                    Kpis.of(f.from(), f.to(), 1, t, Kpis.Medians.NONE)));
          }
        }
      }
      return out;
    }

    List<Analytics.CustomerRank> topCustomers(AnalyticsFilter f) throws SQLException {
      List<Object> params = new ArrayList<>();
      params.add(Date.valueOf(f.from()));
      params.add(Date.valueOf(f.to()));
      String orders = scope("o.partner_id", params);
      params.add(Timestamp.valueOf(f.from().atStartOfDay()));
      params.add(Timestamp.valueOf(f.to().plusDays(1).atStartOfDay()));
      String won = scope("e.partner_id", params);
      String sql =
          "SELECT y.customer_id, c.company, y.orders, y.revenue, y.won, y.won_value FROM ("
              + "SELECT x.customer_id, SUM(x.orders) orders, SUM(x.revenue) revenue,"
              + " SUM(x.won) won, SUM(x.won_value) won_value FROM ("
              + "SELECT o.customer_id, COUNT(*) orders, COALESCE(SUM(CASE WHEN o.currency = 'EUR'"
              + " THEN o.total END), 0) revenue, 0 won, 0 won_value FROM sales_order o"
              + " WHERE o.order_date BETWEEN ? AND ? AND "
              + PLACED
              + " AND o.customer_id IS NOT NULL AND "
              + orders
              + " GROUP BY o.customer_id UNION ALL SELECT l.customer_id, 0, 0, COUNT(*),"
              + " COALESCE(SUM(CASE WHEN l.currency = 'EUR' THEN l.won_value END), 0)"
              + " FROM lead_event e JOIN sales_lead l ON l.id = e.lead_id WHERE e.type = 'WON'"
              + " AND e.at >= ? AND e.at < ? AND "
              + won
              + " GROUP BY l.customer_id) x GROUP BY x.customer_id"
              + " ORDER BY SUM(x.revenue) + SUM(x.won_value) DESC, x.customer_id LIMIT 10) y"
              + " JOIN customer c ON c.id = y.customer_id"
              + " ORDER BY y.revenue + y.won_value DESC, y.customer_id";
      List<Analytics.CustomerRank> out = new ArrayList<>();
      try (Connection c = ds.getConnection();
          PreparedStatement p = c.prepareStatement(sql)) {
        for (int i = 0; i < params.size(); i++) {
          p.setObject(i + 1, params.get(i));
        }
        try (ResultSet r = p.executeQuery()) {
          while (r.next()) {
            out.add(
                new Analytics.CustomerRank(
                    out.size() + 1,
                    r.getLong(1),
                    r.getString(2),
                    r.getLong(3),
                    r.getBigDecimal(4),
                    r.getLong(5),
                    r.getBigDecimal(6),
                    r.getBigDecimal(4).add(r.getBigDecimal(6))));
          }
        }
      }
      return out;
    }

    List<Analytics.ProductRank> topProducts(AnalyticsFilter f) throws SQLException {
      List<Object> params = new ArrayList<>();
      params.add(Date.valueOf(f.from()));
      params.add(Date.valueOf(f.to()));
      String lines = scope("o.partner_id", params);
      params.add(Timestamp.valueOf(f.from().atStartOfDay()));
      params.add(Timestamp.valueOf(f.to().plusDays(1).atStartOfDay()));
      String issues = scope("i.partner_id", params);
      String sql =
          "SELECT x.sku, MAX(pr.name), SUM(x.quantity), SUM(x.revenue), SUM(x.issues) FROM ("
              + "SELECT ol.sku, SUM(ol.quantity) quantity, COALESCE(SUM(CASE WHEN ol.currency ="
              + " 'EUR' THEN ol.line_total END), 0) revenue, 0 issues FROM sales_order o"
              + " JOIN sales_order_line ol ON ol.order_id = o.id"
              + " WHERE o.order_date BETWEEN ? AND ? AND "
              + PLACED
              + " AND "
              + lines
              + " GROUP BY ol.sku UNION ALL SELECT i.sku, 0, 0, COUNT(*) FROM service_issue i"
              + " WHERE i.created_at >= ? AND i.created_at < ? AND "
              + issues
              + " GROUP BY i.sku) x LEFT JOIN product pr ON pr.sku = x.sku GROUP BY x.sku"
              + " ORDER BY SUM(x.revenue) DESC, x.sku LIMIT 10";
      List<Analytics.ProductRank> out = new ArrayList<>();
      try (Connection c = ds.getConnection();
          PreparedStatement p = c.prepareStatement(sql)) {
        for (int i = 0; i < params.size(); i++) {
          p.setObject(i + 1, params.get(i));
        }
        try (ResultSet r = p.executeQuery()) {
          while (r.next()) {
            out.add(
                new Analytics.ProductRank(
                    out.size() + 1,
                    r.getString(1),
                    r.getString(2) == null ? r.getString(1) : r.getString(2),
                    r.getLong(3),
                    r.getBigDecimal(4),
                    r.getLong(5)));
          }
        }
      }
      return out;
    }

    List<Analytics.Stage> pipeline() throws SQLException {
      List<Object> params = new ArrayList<>();
      String sql =
          "SELECT l.status, COUNT(*), COALESCE(SUM(CASE WHEN l.currency = 'EUR'"
              + " THEN l.estimated_value END), 0) FROM sales_lead l WHERE l.partner_id IS NOT NULL"
              + " AND "
              + scope("l.partner_id", params)
              + " GROUP BY l.status ORDER BY FIELD(l.status, 'DISPATCHED', 'ACCEPTED',"
              + " 'QUALIFIED', 'WON', 'LOST', 'REJECTED', 'NEW')";
      List<Analytics.Stage> out = new ArrayList<>();
      try (Connection c = ds.getConnection();
          PreparedStatement p = c.prepareStatement(sql)) {
        p.setObject(1, params.get(0));
        try (ResultSet r = p.executeQuery()) {
          while (r.next()) {
            out.add(new Analytics.Stage(r.getString(1), r.getLong(2), r.getBigDecimal(3)));
          }
        }
      }
      return out;
    }

    long one(String sql, List<Object> params) throws SQLException {
      try (Connection c = ds.getConnection();
          PreparedStatement p = c.prepareStatement(sql)) {
        for (int i = 0; i < params.size(); i++) {
          p.setObject(i + 1, params.get(i));
        }
        try (ResultSet r = p.executeQuery()) {
          r.next();
          return r.getLong(1);
        }
      }
    }
  }

  // --- data --------------------------------------------------------------------------------

  static String sku(int n) {
    return String.format(Locale.ROOT, "BSKU-%04d", n);
  }

  static BigDecimal price(int sku) {
    return BigDecimal.valueOf(500 + (sku * 37) % 20000, 2);
  }

  /** A time between {@code maxDaysAgo} days before the latest and the latest. */
  Instant past(int maxDaysAgo) {
    return latest.minusSeconds((long) (random.nextDouble() * maxDaysAgo * 86400L));
  }

  /** Hours as seconds, mostly short, some long (a tail). */
  long hoursSeconds(double typical) {
    return (long) (-Math.log(1 - random.nextDouble()) * typical * 3600) + 60;
  }

  static String ts(Instant i) {
    return Timestamp.from(i).toString();
  }

  static String n(Object o) {
    return o == null ? "\\N" : o.toString();
  }

  void generate(Path home) throws IOException, SQLException {
    Files.createDirectories(home);
    Path partnerFile = home.resolve("partner.tsv");
    Path leadFile = home.resolve("lead.tsv");
    Path eventFile = home.resolve("lead_event.tsv");
    Path orderFile = home.resolve("order.tsv");
    Path lineFile = home.resolve("line.tsv");
    Path shipmentFile = home.resolve("shipment.tsv");
    Path dealFile = home.resolve("deal.tsv");
    Path issueFile = home.resolve("issue.tsv");
    String created = ts(now.minusSeconds(800L * 86400));
    long t = System.nanoTime();
    try (BufferedWriter w = Files.newBufferedWriter(partnerFile)) {
      for (int i = 1; i <= PARTNERS; i++) {
        int roll = random.nextInt(10);
        String tier = TIERS[roll < 4 ? 0 : roll < 7 ? 1 : roll < 9 ? 2 : 3];
        w.write(
            i
                + "\tBench Partner "
                + i
                + "\t"
                + String.format(Locale.ROOT, "BP-%05d", i)
                + "\t"
                + tier
                + "\t"
                + COUNTRIES[random.nextInt(COUNTRIES.length)]
                + "\t\tACTIVE\t"
                + created
                + "\t"
                + created
                + "\n");
      }
    }
    long eventId = 0;
    try (BufferedWriter lw = Files.newBufferedWriter(leadFile);
        BufferedWriter ew = Files.newBufferedWriter(eventFile)) {
      StringBuilder e = new StringBuilder(4096);
      for (long id = 1; id <= LEADS; id++) {
        e.setLength(0);
        Instant createdAt = past(730);
        long partner = 1 + random.nextInt(PARTNERS);
        Instant at = createdAt.plusSeconds(60 + random.nextInt(7200));
        if (at.isAfter(latest)) {
          at = latest;
        }
        String currency = random.nextInt(20) == 0 ? "USD" : "EUR";
        BigDecimal estimated = BigDecimal.valueOf(1000 + random.nextInt(49_000));
        String status = "DISPATCHED";
        Instant dispatchedAt = at;
        Instant acceptedAt = null;
        Instant closedAt = null;
        BigDecimal won = null;
        Long owner = partner;
        Instant updated = at;
        eventId = event(e, eventId, id, at, "DISPATCHED", partner);
        int fate = random.nextInt(100);
        if (fate < 8) {
          Instant r = at.plusSeconds(hoursSeconds(6));
          if (r.isBefore(latest)) {
            eventId = event(e, eventId, id, r, "REJECTED", partner);
            status = "REJECTED";
            owner = null;
            updated = r;
          }
        } else {
          if (fate < 13) {
            // recalled after the acceptance deadline, dispatched to another partner
            Instant r = at.plusSeconds(48 * 3600);
            long next = 1 + (partner + random.nextInt(PARTNERS - 1)) % PARTNERS;
            if (PARTNERS > 1 && r.plusSeconds(60).isBefore(latest)) {
              eventId = event(e, eventId, id, r, "RECALLED", partner);
              at = r.plusSeconds(60);
              eventId = event(e, eventId, id, at, "DISPATCHED", next);
              partner = next;
              owner = next;
              dispatchedAt = at;
              updated = at;
            }
          }
          Instant a = at.plusSeconds(hoursSeconds(fate % 3 == 0 ? 20 : 4));
          if (a.isBefore(latest)) {
            eventId = event(e, eventId, id, a, "ACCEPTED", partner);
            status = "ACCEPTED";
            acceptedAt = a;
            updated = a;
            int end = random.nextInt(100);
            Instant c = a.plusSeconds((5 + random.nextInt(85)) * 86400L);
            if (end < 15) {
              status = "QUALIFIED";
              Instant q = a.plusSeconds(86400L * (1 + random.nextInt(5)));
              if (q.isBefore(latest)) {
                eventId = event(e, eventId, id, q, "QUALIFIED", partner);
                updated = q;
              } else {
                status = "ACCEPTED";
              }
            } else if (end < 50 && c.isBefore(latest)) {
              eventId = event(e, eventId, id, c, "WON", partner);
              status = "WON";
              closedAt = c;
              updated = c;
              won = estimated.multiply(BigDecimal.valueOf(50 + random.nextInt(100), 2));
            } else if (end < 75 && c.isBefore(latest)) {
              eventId = event(e, eventId, id, c, "LOST", partner);
              status = "LOST";
              closedAt = c;
              updated = c;
            }
          }
        }
        String due = status.equals("DISPATCHED") ? ts(dispatchedAt.plusSeconds(48 * 3600)) : null;
        lw.write(
            id
                + "\t"
                + (1 + random.nextInt(CUSTOMERS))
                + "\t"
                + n(owner)
                + "\tCompany "
                + id
                + "\tcompany "
                + id
                + "\tbuyer"
                + id
                + "@bench.example\t"
                + COUNTRIES[(int) (id % COUNTRIES.length)]
                + "\t"
                + (10000 + random.nextInt(89999))
                + "\tIMPORT\t"
                + status
                + "\t"
                + estimated
                + "\t"
                + currency
                + "\t"
                + n(won)
                + "\t"
                + ts(dispatchedAt)
                + "\t"
                + n(due)
                + "\t"
                + n(acceptedAt == null ? null : ts(acceptedAt))
                + "\t"
                + n(closedAt == null ? null : ts(closedAt))
                + "\tbench\t"
                + ts(createdAt)
                + "\t"
                + ts(updated)
                + "\n");
        ew.write(e.toString());
      }
    }
    long lineId = 0;
    long shipmentId = 0;
    try (BufferedWriter ow = Files.newBufferedWriter(orderFile);
        BufferedWriter lw = Files.newBufferedWriter(lineFile);
        BufferedWriter sw = Files.newBufferedWriter(shipmentFile)) {
      StringBuilder o = new StringBuilder(400);
      LocalDate today = LocalDate.ofInstant(latest, ZoneOffset.UTC);
      for (long id = 1; id <= ORDERS; id++) {
        Instant createdAt = past(730);
        LocalDate day = LocalDate.ofInstant(createdAt, ZoneOffset.UTC);
        int roll = random.nextInt(100);
        boolean recent = createdAt.isAfter(latest.minusSeconds(3 * 86400));
        String status =
            recent
                ? (roll < 50 ? "SUBMITTED" : "CONFIRMED")
                : roll < 78
                    ? "DELIVERED"
                    : roll < 86
                        ? "SHIPPED"
                        : roll < 89
                            ? "CONFIRMED"
                            : roll < 96 ? "CANCELLED" : roll < 98 ? "REJECTED" : "DRAFT";
        String currency = random.nextInt(33) == 0 ? "USD" : "EUR";
        boolean onBehalf = random.nextInt(10) < 4;
        int lines = 1 + random.nextInt(4);
        Set<Integer> skus = new LinkedHashSet<>();
        while (skus.size() < lines) {
          skus.add(1 + random.nextInt(PRODUCTS));
        }
        BigDecimal total = BigDecimal.ZERO;
        int no = 1;
        for (int sku : skus) {
          long quantity = 1 + random.nextInt(20);
          long back = random.nextInt(25) == 0 ? 1 + random.nextInt((int) quantity) : 0;
          BigDecimal unit = price(sku);
          BigDecimal lineTotal = unit.multiply(BigDecimal.valueOf(quantity));
          total = total.add(lineTotal);
          lw.write(
              ++lineId
                  + "\t"
                  + id
                  + "\t"
                  + no++
                  + "\t"
                  + sku(sku)
                  + "\tProduct "
                  + sku(sku)
                  + "\t"
                  + quantity
                  + "\t"
                  + unit
                  + "\t"
                  + currency
                  + "\t"
                  + lineTotal
                  + "\t"
                  + WAREHOUSES[sku % 2]
                  + "\t"
                  + back
                  + "\n");
        }
        if (status.equals("SHIPPED") || status.equals("DELIVERED")) {
          int shipments = random.nextInt(10) == 0 ? 2 : 1;
          LocalDate shipped = day.plusDays(random.nextInt(7));
          for (int k = 0; k < shipments; k++) {
            LocalDate d = shipped.plusDays(k * 3L);
            if (d.isAfter(today)) {
              d = today;
            }
            long sid = ++shipmentId;
            sw.write(
                sid
                    + "\t"
                    + id
                    + "\tSH-"
                    + sid
                    + "\t"
                    + WAREHOUSES[k % 2]
                    + "\t"
                    + d
                    + "\t"
                    + ts(createdAt)
                    + "\n");
          }
        }
        boolean draft = status.equals("DRAFT");
        Instant updated = createdAt.plusSeconds(random.nextInt(86400 * 5));
        if (updated.isAfter(latest)) {
          updated = latest;
        }
        o.setLength(0);
        o.append(id).append("\tB").append(id).append('\t').append(1 + random.nextInt(PARTNERS));
        o.append("\tbench\t").append(onBehalf ? "ON_BEHALF" : "REPLENISHMENT").append("\tPORTAL\t");
        o.append(onBehalf ? String.valueOf(1 + random.nextInt(CUSTOMERS)) : "\\N");
        o.append('\t').append(status).append('\t');
        o.append(draft ? "PENDING" : status.equals("SUBMITTED") ? "PENDING" : "ACKNOWLEDGED");
        o.append('\t').append(draft || status.equals("SUBMITTED") ? "\\N" : "SO-" + id);
        o.append('\t').append(currency).append('\t').append(total).append('\t').append(no);
        o.append('\t').append(draft ? "\\N" : ts(createdAt)).append('\t').append(day);
        o.append('\t').append(ts(createdAt)).append('\t').append(ts(updated)).append('\n');
        ow.write(o.toString());
      }
    }
    try (BufferedWriter w = Files.newBufferedWriter(dealFile)) {
      for (long id = 1; id <= DEALS; id++) {
        Instant submitted = past(730);
        int roll = random.nextInt(100);
        Instant decided = submitted.plusSeconds(hoursSeconds(30));
        String status;
        if (decided.isAfter(latest)) {
          status = "SUBMITTED";
          decided = null;
        } else {
          status =
              roll < 65 ? "APPROVED" : roll < 85 ? "REJECTED" : roll < 90 ? "RETURNED" : "EXPIRED";
        }
        LocalDate close = LocalDate.ofInstant(submitted, ZoneOffset.UTC).plusDays(90);
        w.write(
            id
                + "\t"
                + (1 + random.nextInt(PARTNERS))
                + "\t"
                + (1 + random.nextInt(CUSTOMERS))
                + "\tbench\tDeal company "
                + id
                + "\tdeal company "
                + id
                + "\tDE\tnetworking\t"
                + (5000 + random.nextInt(100_000))
                + "\tEUR\t"
                + close
                + "\t"
                + status
                + "\t"
                + (random.nextInt(10) == 0 ? 1 : 0)
                + "\t"
                + (decided == null ? "\\N" : "bench-cm")
                + "\t"
                + n(decided == null ? null : ts(decided))
                + "\t"
                + (status.equals("APPROVED") || status.equals("EXPIRED") ? close : "\\N")
                + "\t"
                + ts(submitted)
                + "\t"
                + ts(decided == null ? submitted : decided)
                + "\n");
      }
    }
    try (BufferedWriter w = Files.newBufferedWriter(issueFile)) {
      for (long id = 1; id <= ISSUES; id++) {
        Instant createdAt = past(730);
        Instant first = createdAt.plusSeconds(hoursSeconds(3));
        Instant solved = first.plusSeconds(hoursSeconds(40));
        String status;
        if (first.isAfter(latest)) {
          status = "NEW";
          first = null;
          solved = null;
        } else if (solved.isAfter(latest)) {
          status = "IN_PROGRESS";
          solved = null;
        } else {
          status = solved.isBefore(latest.minusSeconds(30L * 86400)) ? "CLOSED" : "SOLVED";
        }
        int sku = 1 + random.nextInt(PRODUCTS);
        Instant updated = solved != null ? solved : first != null ? first : createdAt;
        boolean firstBreached = first != null && first.isAfter(createdAt.plusSeconds(8 * 3600));
        boolean resolutionBreached =
            solved != null && solved.isAfter(createdAt.plusSeconds(72 * 3600));
        w.write(
            id
                + "\tSI-"
                + id
                + "\t"
                + (1 + random.nextInt(PARTNERS))
                + "\t"
                + (1 + random.nextInt(CUSTOMERS))
                + "\tCustomer\t"
                + sku(sku)
                + "\tProduct "
                + sku(sku)
                + "\tIt does not start\tIt does not start after the update.\tNORMAL\t"
                + (random.nextBoolean() ? "DEFECT" : "QUESTION")
                + "\t"
                + status
                + "\tbench\t"
                + ts(createdAt)
                + "\t"
                + ts(updated)
                + "\t"
                + ts(updated)
                + "\t"
                + n(first == null ? null : ts(first))
                + "\t"
                + n(solved == null ? null : ts(solved))
                + "\t"
                + n(solved == null ? null : ts(solved))
                + "\t"
                + (firstBreached ? 1 : 0)
                + "\t"
                + (resolutionBreached ? 1 : 0)
                + "\n");
      }
    }
    say("data: files written in %.1f s", LeadBenchmark.seconds(t));
    try (Connection c =
            DriverManager.getConnection(url, EmbeddedMariaDb.USER, EmbeddedMariaDb.PASSWORD);
        Statement s = c.createStatement()) {
      // foreign keys and CHECK constraints stay on: the files must satisfy them
      load(
          s,
          partnerFile,
          "partner (id, name, account_number, tier, country, specialisations, status,"
              + " created_at, updated_at)");
      s.execute(
          "INSERT INTO customer (id, company, company_key, country, created_at) SELECT seq,"
              + " CONCAT('Customer ', seq), CONCAT('customer ', seq), 'DE', NOW(6) FROM seq_1_to_"
              + CUSTOMERS);
      s.execute(
          "INSERT INTO portfolio_assignment (id, manager_username, partner_id, assigned_at,"
              + " assigned_by) SELECT id, '"
              + CM_ALL
              + "', id, NOW(6), 'bench' FROM partner");
      s.execute(
          "INSERT INTO portfolio_assignment (id, manager_username, partner_id, assigned_at,"
              + " assigned_by) SELECT 10000000 + id, '"
              + CM_50
              + "', id, NOW(6), 'bench' FROM partner WHERE MOD(id, "
              + Math.max(1, PARTNERS / 50)
              + ") = 0 LIMIT 50");
      s.execute(
          "INSERT IGNORE INTO warehouse (code, name, sort_order) VALUES ('main', 'Main', 1),"
              + " ('east', 'East', 2)");
      s.execute(
          "INSERT IGNORE INTO catalog_category (id, code, name) VALUES (900001, 'bench', 'Bench')");
      s.execute(
          "INSERT INTO product (id, sku, name, category_id, base_price, currency, active,"
              + " content_hash, revision, created_at, updated_at) SELECT seq,"
              + " CONCAT('BSKU-', LPAD(seq, 4, '0')), CONCAT('Product BSKU-', LPAD(seq, 4, '0')),"
              + " 900001, (500 + MOD(seq * 37, 20000)) / 100, 'EUR', TRUE, MD5(seq), 1, NOW(6),"
              + " NOW(6) FROM seq_1_to_"
              + PRODUCTS);
      t = System.nanoTime();
      load(
          s,
          leadFile,
          "sales_lead (id, customer_id, partner_id, company, company_key, email, country,"
              + " postcode, source, status, estimated_value, currency, won_value, dispatched_at,"
              + " accept_due_at, accepted_at, closed_at, created_by, created_at, updated_at)");
      say("data: LOAD DATA of %,d leads: %.1f s", LEADS, LeadBenchmark.seconds(t));
      t = System.nanoTime();
      load(s, eventFile, "lead_event (id, lead_id, at, actor, type, partner_id, internal, detail)");
      say("data: LOAD DATA of %,d lead events: %.1f s", eventId, LeadBenchmark.seconds(t));
      t = System.nanoTime();
      load(
          s,
          orderFile,
          "sales_order (id, number, partner_id, placed_by, kind, origin, customer_id, status,"
              + " sync_state, erp_number, currency, total, next_line_no, submitted_at,"
              + " order_date, created_at, updated_at)");
      say("data: LOAD DATA of %,d orders: %.1f s", ORDERS, LeadBenchmark.seconds(t));
      t = System.nanoTime();
      load(
          s,
          lineFile,
          "sales_order_line (id, order_id, line_no, sku, product_name, quantity, unit_price,"
              + " currency, line_total, warehouse_code, backordered)");
      say("data: LOAD DATA of %,d lines: %.1f s", lineId, LeadBenchmark.seconds(t));
      t = System.nanoTime();
      load(
          s,
          shipmentFile,
          "shipment (id, order_id, shipment_ref, warehouse_code, shipped_at, erp_updated_at)");
      load(
          s,
          dealFile,
          "deal_registration (id, partner_id, customer_id, submitted_by, company, company_key,"
              + " country, categories, estimated_value, currency, expected_close, status,"
              + " has_conflict, decided_by, decided_at, protected_until, submitted_at,"
              + " updated_at)");
      load(
          s,
          issueFile,
          "service_issue (id, number, partner_id, customer_id, customer_name, sku, product_name,"
              + " subject, description, priority, category, status, created_by, created_at,"
              + " updated_at, public_updated_at, first_responded_at, solved_at, resolved_at,"
              + " first_response_breached, resolution_breached)");
      say(
          "data: LOAD DATA of %,d shipments, %,d deal registrations, %,d issues: %.1f s",
          shipmentId, DEALS, ISSUES, LeadBenchmark.seconds(t));
      for (String[] g :
          new String[][] {
            {"customer", String.valueOf(CUSTOMERS)},
            {"lead", String.valueOf(LEADS)},
            {"lead_event", String.valueOf(eventId)},
            {"sales_order", String.valueOf(ORDERS)},
            {"sales_order_line", String.valueOf(lineId)},
            {"shipment", String.valueOf(shipmentId)},
            {"deal_registration", String.valueOf(DEALS)},
            {"service_issue", String.valueOf(ISSUES)}
          }) {
        s.execute(
            "UPDATE id_generator SET next_val = GREATEST(next_val, "
                + (Long.parseLong(g[1]) + 1000)
                + ") WHERE name = '"
                + g[0]
                + "'");
      }
      s.execute(
          "ANALYZE TABLE partner, customer, sales_lead, lead_event, sales_order, sales_order_line,"
              + " shipment, deal_registration, service_issue, portfolio_assignment");
    }
  }

  long event(StringBuilder e, long eventId, long lead, Instant at, String type, long partner) {
    e.append(++eventId).append('\t').append(lead).append('\t').append(ts(at));
    e.append("\tbench\t").append(type).append('\t').append(partner).append("\t0\t\\N\n");
    return eventId;
  }

  /** LOAD DATA that fails on any warning (a truncated value, a bad date). */
  static void load(Statement s, Path file, String table) throws SQLException {
    LeadBenchmark.load(s, file, table);
    try (ResultSet r = s.executeQuery("SHOW WARNINGS LIMIT 3")) {
      if (r.next()) {
        throw new IllegalStateException(
            "LOAD DATA into " + table + ": " + r.getString(1) + " " + r.getString(3));
      }
    }
  }

  // --- plumbing ----------------------------------------------------------------------------

  static String load() {
    return String.format(
        Locale.ROOT,
        "%.2f (1 min)",
        java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
  }

  static long count(DataSource ds, String sql) throws SQLException {
    try (Connection c = ds.getConnection()) {
      return count(c, sql);
    }
  }

  static long count(Connection c, String sql) throws SQLException {
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  void result(String line) {
    rows.add(line);
  }

  static void say(String format, Object... args) {
    System.out.println("[bench-analytics] " + String.format(Locale.ROOT, format, args));
  }
}
