package org.channelport.bench;

import static org.channelport.bench.LeadBenchmark.millis;
import static org.channelport.bench.LeadBenchmark.percentile;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.io.BufferedWriter;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
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
import java.util.function.IntFunction;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.channelport.audit.AuditWiring;
import org.channelport.bench.LeadBenchmark.CountingDataSource;
import org.channelport.devstack.EmbeddedMariaDb;
import org.channelport.devstack.TrytonServer;
import org.channelport.erp.ErpAdapter;
import org.channelport.erp.ErpConfig;
import org.channelport.erp.ErpWiring;
import org.channelport.erp.protocol.ProtocolAdapter;
import org.channelport.erp.protocol.ProtocolConfig;
import org.channelport.erp.protocol.ProtocolEndpoint;
import org.channelport.erp.tryton.TrytonAdapter;
import org.channelport.erp.tryton.TrytonRpc;
import org.channelport.it.support.FakeMiddleware;
import org.channelport.order.OrderInput;
import org.channelport.order.OrderMessage;
import org.channelport.order.OrderMessages;
import org.channelport.order.OrderNumbers;
import org.channelport.order.OrderRow;
import org.channelport.order.OrderService;
import org.channelport.order.OrderWiring;
import org.channelport.order.SalesOrder;
import org.channelport.order.api.OrderJson;
import org.channelport.platform.Clock;
import org.channelport.platform.IdempotencyKeys;
import org.channelport.platform.outbox.OutboxHandler;
import org.channelport.platform.outbox.OutboxRelay;
import org.channelport.platform.outbox.RetryPolicy;
import org.channelport.security.AccessRules;
import org.channelport.security.Caller;
import org.channelport.security.FixedCaller;
import org.channelport.security.Role;
import org.channelport.shared.Page;
import org.channelport.shared.PageRequest;
import org.flywaydb.core.Flyway;
import org.mariadb.jdbc.MariaDbPoolDataSource;

/**
 * The order benchmark: 1,000,000 orders (with their lines) of 1,000 partners in a MariaDB of its
 * own (port 13606), schema from the real migrations. Measures, each against a reference in the same
 * run: (a) a partner's order list page through {@code OrderService} against hand-written SQL; (b)
 * order placement with an Idempotency-Key ({@code IdempotencyKeys.claim} + {@code complete} around
 * {@code OrderService.create} with submit) from parallel threads against plain JDBC inserts of the
 * same rows; (c) the outbox relay delivering 50,000 queued erp.order messages through the ERP
 * connector's handler and the protocol adapter to {@code FakeMiddleware}, and a few hundred to a
 * real Tryton. Run: {@code mvn -B -o -Pbench-orders} (see README, Benchmarks).
 */
public final class OrderBenchmark {
  static final int PORT = Integer.getInteger("bench.port", 13606);
  static final int PARTNERS = Integer.getInteger("bench.partners", 1000);
  static final int ORDERS = Integer.getInteger("bench.orders", 1_000_000);
  static final int PRODUCTS = 200;
  static final int EVENTS = Integer.getInteger("bench.events", 50_000);
  static final int THREADS = Integer.getInteger("bench.threads", 4);
  static final int PLACEMENTS = Integer.getInteger("bench.placements", 2000);
  static final int TRYTON_ORDERS = Integer.getInteger("bench.tryton", 300);
  static final int TRYTON_PORT = Integer.getInteger("bench.trytonPort", 18600);
  static final String ONLY = System.getProperty("bench.only", "abc");
  static final String[] STATUSES = {
    "DELIVERED",
    "DELIVERED",
    "DELIVERED",
    "DELIVERED",
    "DELIVERED",
    "DELIVERED",
    "SHIPPED",
    "CONFIRMED",
    "SUBMITTED",
    "CANCELLED"
  };
  static final String[] TIERS = {"REGISTERED", "SILVER", "GOLD", "PLATINUM"};
  static final String[] WAREHOUSES = {"main", "east"};

  private final Random random = new Random(20261202);
  private final Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
  private final List<String> rows = new ArrayList<>();
  private String url;
  private long maxOrderId;
  private long maxLineId;
  private int queued;

  public static void main(String[] args) throws Exception {
    Locale.setDefault(Locale.ROOT);
    TimeZone.setDefault(TimeZone.getTimeZone("UTC"));
    // the relay logs every transient failure and parked message; the benchmark reports its own
    Logger.getLogger("org.channelport").setLevel(Level.SEVERE);
    AuditWiring.install();
    // the JDK's HTTP server (FakeMiddleware) writes headers and body in two packets; with Nagle on,
    // each answer then waits for the client's delayed ACK (~40 ms a request: measured 48.6 ms)
    if (System.getProperty("sun.net.httpserver.nodelay") == null) {
      System.setProperty("sun.net.httpserver.nodelay", "true");
    }
    new OrderBenchmark().run();
  }

  void run() throws Exception {
    long started = System.nanoTime();
    Path home = Path.of(System.getProperty("bench.dir", "target/bench-orders")).toAbsolutePath();
    EmbeddedMariaDb db =
        new EmbeddedMariaDb(
            PORT,
            home.resolve("mariadb"),
            "--innodb-buffer-pool-size=1G",
            "--innodb-log-file-size=512M",
            "--innodb-flush-log-at-trx-commit=2",
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
          "data: %,d partners, %,d orders with %,d lines generated and loaded in %.1f s",
          PARTNERS, ORDERS, maxLineId, LeadBenchmark.seconds(t0));
      try (MariaDbPoolDataSource pool =
          new MariaDbPoolDataSource(
              url
                  + "&maxPoolSize="
                  + (THREADS * 3 + 4)
                  + "&user="
                  + EmbeddedMariaDb.USER
                  + "&password="
                  + EmbeddedMariaDb.PASSWORD)) {
        CountingDataSource counted = new CountingDataSource(pool);
        EntityManagerFactory emf = LeadBenchmark.entityManagerFactory(counted);
        try {
          if (ONLY.contains("a")) {
            listPages(emf, counted);
          }
          if (ONLY.contains("b")) {
            placement(emf, pool);
          }
          if (ONLY.contains("c")) {
            relayToProtocol(emf, pool, home);
            if (TRYTON_ORDERS > 0) {
              relayToTryton(emf, pool, home);
            }
          }
        } finally {
          emf.close();
        }
      }
    } finally {
      db.stop();
    }
    say("elapsed: %.1f min", (System.nanoTime() - started) / 60e9);
    System.out.println();
    System.out.println("[bench-orders] ===== results =====");
    rows.forEach(r -> System.out.println("[bench-orders] " + r));
  }

  // --- (a) the order list page -------------------------------------------------------------

  void listPages(EntityManagerFactory emf, CountingDataSource counted) throws SQLException {
    long partnerId;
    long orders;
    try (Connection c = counted.getConnection();
        Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT partner_id, COUNT(*) FROM sales_order GROUP BY partner_id"
                    + " ORDER BY COUNT(*) DESC, partner_id LIMIT 1")) {
      rs.next();
      partnerId = rs.getLong(1);
      orders = rs.getLong(2);
    }
    Caller employee = new Caller("bench-pe", Set.of(Role.PARTNER_EMPLOYEE), partnerId);
    int deep = (int) Math.max(0, (orders - 1) / 50 * 50 - 50);
    say(
        "(a) partner %d with %,d orders (of %,d); pages of 50, newest first (the default sort)",
        partnerId, orders, ORDERS);
    page(emf, counted, employee, "first page", new PageRequest(0, 50, null, false, Map.of()));
    page(
        emf,
        counted,
        employee,
        "deep page (rows " + (deep + 1) + "-" + (deep + 50) + ")",
        new PageRequest(deep, 50, null, false, Map.of()));
    page(
        emf,
        counted,
        employee,
        "status=submitted",
        new PageRequest(0, 50, null, false, Map.of("status", "submitted")));
  }

  void page(
      EntityManagerFactory emf,
      CountingDataSource counted,
      Caller caller,
      String name,
      PageRequest request)
      throws SQLException {
    int warmup = Integer.getInteger("bench.warmup", 200);
    int iterations = Integer.getInteger("bench.iterations", 500);
    long[] service = new long[iterations];
    long[] sql = new long[iterations];
    long statements = 0;
    long sqlStatements = 0;
    long total = 0;
    String status = request.filter("status");
    Clock clock = new Clock();
    for (int i = -warmup; i < iterations; i++) {
      long before = counted.executed.get();
      long start = System.nanoTime();
      Page<OrderRow> page;
      EntityManager em = emf.createEntityManager();
      try {
        AccessRules access = FixedCaller.accessRules(em, caller);
        OrderService orders = OrderWiring.orderService(em, access, clock, counted);
        page = orders.page(request);
        total = page.total();
      } finally {
        em.close();
      }
      if (i >= 0) {
        service[i] = System.nanoTime() - start;
        statements += counted.executed.get() - before;
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
        List<Long> serviceIds = page.rows().stream().map(OrderRow::getId).toList();
        if (!serviceIds.equals(ids)) {
          throw new IllegalStateException(
              name + ": the service's rows differ from the SQL's: " + serviceIds + " vs " + ids);
        }
      }
    }
    double serviceMedian = millis(percentile(service, 50));
    double sqlMedian = millis(percentile(sql, 50));
    double perPage = statements / (double) iterations;
    say(
        "(a) %s: %d of %,d orders, %d iterations after %d warm-up, rows identical",
        name, Math.min(50, Math.max(0, total - request.first())), total, iterations, warmup);
    say(
        "(a)   service (OrderService.page, EclipseLink): median %.2f ms, p95 %.2f ms, %.1f SQL"
            + " statements per page",
        serviceMedian, millis(percentile(service, 95)), perPage);
    say(
        "(a)   hand-written SQL (JDBC): median %.2f ms, p95 %.2f ms, %.1f SQL statements per page",
        sqlMedian, millis(percentile(sql, 95)), sqlStatements / (double) iterations);
    double ratio = serviceMedian / sqlMedian;
    say("(a)   ratio service/SQL (median): %.2fx (target <= 2x, <= 2 statements)", ratio);
    result(
        String.format(
            Locale.ROOT,
            "(a) list %-28s service %6.2f ms | SQL %6.2f ms | ratio %.2fx (<= 2x: %s) |"
                + " %.1f statements (<= 2: %s)",
            name,
            serviceMedian,
            sqlMedian,
            ratio,
            ratio <= 2 ? "yes" : "NO",
            perPage,
            perPage <= 2 ? "yes" : "NO"));
  }

  static long handWrittenPage(
      DataSource ds, long partnerId, String status, int offset, List<Long> ids)
      throws SQLException {
    String where = "WHERE partner_id = ?" + (status == null ? "" : " AND status = ?");
    try (Connection c = ds.getConnection()) {
      try (PreparedStatement s =
          c.prepareStatement(
              "SELECT id, number, partner_id, kind, origin, customer_id, po_number, status,"
                  + " sync_state, credit_hold, erp_number, total, currency, placed_by,"
                  + " requested_delivery, created_at, updated_at FROM sales_order "
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
          List<Object[]> rows = new ArrayList<>(50);
          while (rs.next()) {
            Object[] row = new Object[columns];
            for (int k = 0; k < columns; k++) {
              row[k] = rs.getObject(k + 1);
            }
            rows.add(row);
            ids.add(rs.getLong(1));
          }
        }
      }
      try (PreparedStatement s = c.prepareStatement("SELECT COUNT(id) FROM sales_order " + where)) {
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

  // --- (b) placement with an Idempotency-Key -----------------------------------------------

  record Timed(long count, long nanos, long[] latencies, long failures) {
    double perSecond() {
      return count / (nanos / 1e9);
    }
  }

  void placement(EntityManagerFactory emf, DataSource pool) throws Exception {
    Clock clock = new Clock();
    int rounds = Integer.getInteger("bench.rounds", 2);
    int perRound = Math.max(THREADS, PLACEMENTS / rounds);
    AtomicLong jdbcIds = new AtomicLong(maxOrderId + 10_000_000);
    AtomicLong jdbcLineIds = new AtomicLong(maxLineId + 10_000_000);
    AtomicLong sequence = new AtomicLong();
    say(
        "(b) placement: %d threads, %,d orders each way in %d rounds (service, then JDBC),"
            + " 3 lines each, a partner manager per thread",
        THREADS, perRound * rounds, rounds);
    say(
        "(b) NOTE: the portal's HTTP layer (JAX-RS, token check) is not measured outside the"
            + " container: each placement runs what OrderResource.create runs —"
            + " IdempotencyKeys.claim (own transaction), then IdempotencyKeys.complete around"
            + " OrderService.create(submit=true) in one transaction, the body hashed and the"
            + " answer written with the resource's JSON-B and OrderJson");
    // warm-up: both paths, not measured
    timed(Math.max(THREADS * 10, 100), t -> () -> servicePlacement(emf, pool, clock, t, sequence));
    timed(Math.max(THREADS * 10, 100), t -> () -> jdbcPlacement(pool, jdbcIds, jdbcLineIds));
    List<Timed> service = new ArrayList<>();
    List<Timed> jdbc = new ArrayList<>();
    for (int r = 0; r < rounds; r++) {
      service.add(timed(perRound, t -> () -> servicePlacement(emf, pool, clock, t, sequence)));
      jdbc.add(timed(perRound, t -> () -> jdbcPlacement(pool, jdbcIds, jdbcLineIds)));
    }
    Timed s = merge(service);
    Timed j = merge(jdbc);
    say(
        "(b) service path (claim + create/submit + answer): %,d orders in %.1f s = %,.0f orders/s,"
            + " median %.1f ms, p95 %.1f ms, %d failed",
        s.count(),
        s.nanos() / 1e9,
        s.perSecond(),
        millis(percentile(s.latencies(), 50)),
        millis(percentile(s.latencies(), 95)),
        s.failures());
    say(
        "(b) plain JDBC (order + 3 lines + outbox row, one transaction): %,d orders in %.1f s ="
            + " %,.0f orders/s, median %.1f ms, p95 %.1f ms",
        j.count(),
        j.nanos() / 1e9,
        j.perSecond(),
        millis(percentile(j.latencies(), 50)),
        millis(percentile(j.latencies(), 95)));
    double ratio = s.perSecond() / j.perSecond();
    double p95Ratio = percentile(s.latencies(), 95) / (double) percentile(j.latencies(), 95);
    say("(b) ratio service/JDBC: throughput %.2fx, p95 latency %.1fx", ratio, p95Ratio);
    result(
        String.format(
            Locale.ROOT,
            "(b) placement, %d threads          service %,5.0f orders/s p95 %5.1f ms | JDBC %,5.0f"
                + " orders/s p95 %5.1f ms | throughput ratio %.2fx, p95 %.1fx",
            THREADS,
            s.perSecond(),
            millis(percentile(s.latencies(), 95)),
            j.perSecond(),
            millis(percentile(j.latencies(), 95)),
            ratio,
            p95Ratio));
    retriedRequest(emf, pool, clock);
  }

  Timed merge(List<Timed> parts) {
    long count = 0;
    long nanos = 0;
    long failures = 0;
    List<Long> all = new ArrayList<>();
    for (Timed t : parts) {
      count += t.count();
      nanos += t.nanos();
      failures += t.failures();
      for (long l : t.latencies()) {
        all.add(l);
      }
    }
    return new Timed(count, nanos, all.stream().mapToLong(Long::longValue).toArray(), failures);
  }

  interface Work {
    void run() throws Exception;
  }

  /** {@code count} calls spread over the threads; each thread's work from {@code work(thread)}. */
  Timed timed(int count, IntFunction<Work> work) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    long[] latencies = new long[count];
    AtomicLong next = new AtomicLong();
    AtomicLong failures = new AtomicLong();
    long start = System.nanoTime();
    try {
      List<Future<?>> futures = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        Work w = work.apply(t);
        futures.add(
            pool.submit(
                () -> {
                  for (long i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
                    long s = System.nanoTime();
                    try {
                      w.run();
                    } catch (Exception e) {
                      if (failures.incrementAndGet() <= 3) {
                        e.printStackTrace();
                      }
                    }
                    latencies[(int) i] = System.nanoTime() - s;
                  }
                  return null;
                }));
      }
      for (Future<?> f : futures) {
        f.get();
      }
    } finally {
      pool.shutdown();
    }
    return new Timed(count - failures.get(), System.nanoTime() - start, latencies, failures.get());
  }

  static Caller manager(int thread) {
    long partnerId = 1 + thread;
    return new Caller("bench-pm-" + partnerId, Set.of(Role.PARTNER_MANAGER), partnerId);
  }

  OrderInput input(long n) {
    Random r = new Random(n);
    List<OrderInput.LineInput> lines = new ArrayList<>();
    Set<Integer> skus = new LinkedHashSet<>();
    while (skus.size() < 3) {
      skus.add(1 + r.nextInt(PRODUCTS));
    }
    for (int sku : skus) {
      lines.add(new OrderInput.LineInput(sku(sku), 1L + r.nextInt(10), WAREHOUSES[sku % 2], null));
    }
    return new OrderInput(
        "replenishment",
        null,
        null,
        "PO-" + n,
        new OrderInput.Address("Goods in", "Hauptstrasse 1", "10115", "Berlin", "DE"),
        LocalDate.now(ZoneOffset.UTC).plusDays(30),
        lines,
        null,
        null,
        true);
  }

  /** The request body as the resource hashes it: its JSON-B form of the parsed input. */
  static String body(OrderInput in) {
    return JSON.toJson(in);
  }

  /** The resource's JSON-B, as it writes the answer and hashes the body. */
  static final Jsonb JSON = JsonbBuilder.create(new JsonbConfig().withNullValues(true));

  /** The answer's body: the order as the API shows it ({@code OrderJson}, as the resource). */
  static String answer(SalesOrder o) {
    return JSON.toJson(OrderJson.of(o, false));
  }

  /** One POST /api/v1/orders with a fresh key, as the resource does it: claim, then complete. */
  IdempotencyKeys.Answer servicePlacement(
      EntityManagerFactory emf, DataSource pool, Clock clock, int thread, AtomicLong sequence) {
    long n = sequence.incrementAndGet();
    OrderInput in = input(n);
    return place(emf, pool, clock, manager(thread), UUID.randomUUID().toString(), in, body(in));
  }

  IdempotencyKeys.Answer place(
      EntityManagerFactory emf,
      DataSource pool,
      Clock clock,
      Caller caller,
      String key,
      OrderInput in,
      String body) {
    String hash = IdempotencyKeys.hash(body);
    IdempotencyKeys.Claim claim =
        inTransaction(
            emf, caller, em -> new IdempotencyKeys(em, clock).claim(caller.username(), key, hash));
    if (claim instanceof IdempotencyKeys.Replay replay) {
      return replay.answer();
    }
    IdempotencyKeys.Fresh fresh = (IdempotencyKeys.Fresh) claim;
    try {
      return inTransaction(
          emf,
          caller,
          em -> {
            AccessRules access = FixedCaller.accessRules(em, caller);
            OrderService orders = OrderWiring.orderService(em, access, clock, pool);
            return new IdempotencyKeys(em, clock)
                .complete(
                    fresh,
                    () -> {
                      SalesOrder o = orders.create(in);
                      return new IdempotencyKeys.Answer(
                          201, "/api/v1/orders/" + o.getId(), answer(o));
                    });
          });
    } catch (RuntimeException e) {
      inTransaction(
          emf,
          caller,
          em -> {
            new IdempotencyKeys(em, clock).release(fresh);
            return null;
          });
      throw e;
    }
  }

  static <T> T inTransaction(
      EntityManagerFactory emf, Caller caller, java.util.function.Function<EntityManager, T> work) {
    EntityManager em = emf.createEntityManager();
    try {
      em.getTransaction().begin();
      AuditWiring.bind(em, caller);
      T result = work.apply(em);
      em.getTransaction().commit();
      return result;
    } finally {
      if (em.getTransaction().isActive()) {
        em.getTransaction().rollback();
      }
      em.close();
    }
  }

  /** The reference: the same rows (order, 3 lines, outbox message) in plain JDBC. */
  void jdbcPlacement(DataSource pool, AtomicLong ids, AtomicLong lineIds) throws SQLException {
    long id = ids.incrementAndGet();
    OrderInput in = input(id);
    Instant at = Instant.now().truncatedTo(ChronoUnit.MICROS);
    Timestamp ts = Timestamp.from(at);
    String number = OrderNumbers.format(at.atZone(ZoneOffset.UTC).getYear(), id);
    List<OrderMessage.Line> lines = new ArrayList<>();
    BigDecimal total = BigDecimal.ZERO;
    int no = 1;
    for (OrderInput.LineInput l : in.lines()) {
      BigDecimal price = price(Integer.parseInt(l.sku().substring(5)));
      lines.add(
          new OrderMessage.Line(no++, l.sku(), "Product " + l.sku(), l.quantity(), price, null));
      total = total.add(price.multiply(BigDecimal.valueOf(l.quantity())));
    }
    try (Connection c = pool.getConnection()) {
      c.setAutoCommit(false);
      try (PreparedStatement s =
          c.prepareStatement(
              "INSERT INTO sales_order (id, number, partner_id, placed_by, kind, origin,"
                  + " po_number, ship_to_name, ship_to_street, ship_to_postcode, ship_to_city,"
                  + " ship_to_country, requested_delivery, status, sync_state, currency, total,"
                  + " next_line_no, submitted_at, order_date, created_at, updated_at, version)"
                  + " VALUES (?, ?, 1, 'bench-pm-1', 'REPLENISHMENT', 'PORTAL', ?, ?, ?, ?, ?, ?,"
                  + " ?, 'SUBMITTED', 'PENDING', 'EUR', ?, 4, ?, ?, ?, ?, 1)")) {
        s.setLong(1, id);
        s.setString(2, number);
        s.setString(3, in.poNumber());
        s.setString(4, in.shipTo().name());
        s.setString(5, in.shipTo().street());
        s.setString(6, in.shipTo().postcode());
        s.setString(7, in.shipTo().city());
        s.setString(8, in.shipTo().country());
        s.setObject(9, in.requestedDelivery());
        s.setBigDecimal(10, total);
        s.setTimestamp(11, ts);
        s.setObject(12, at.atZone(ZoneOffset.UTC).toLocalDate());
        s.setTimestamp(13, ts);
        s.setTimestamp(14, ts);
        s.executeUpdate();
      }
      try (PreparedStatement s =
          c.prepareStatement(
              "INSERT INTO sales_order_line (id, order_id, line_no, sku, product_name, quantity,"
                  + " unit_price, currency, line_total, warehouse_code) VALUES"
                  + " (?, ?, ?, ?, ?, ?, ?, 'EUR', ?, ?), (?, ?, ?, ?, ?, ?, ?, 'EUR', ?, ?),"
                  + " (?, ?, ?, ?, ?, ?, ?, 'EUR', ?, ?)")) {
        int i = 1;
        for (int k = 0; k < 3; k++) {
          OrderMessage.Line l = lines.get(k);
          s.setLong(i++, lineIds.incrementAndGet());
          s.setLong(i++, id);
          s.setInt(i++, l.lineNo());
          s.setString(i++, l.sku());
          s.setString(i++, l.productName());
          s.setLong(i++, l.quantity());
          s.setBigDecimal(i++, l.unitPrice());
          s.setBigDecimal(i++, l.unitPrice().multiply(BigDecimal.valueOf(l.quantity())));
          s.setString(i++, in.lines().get(k).warehouse());
        }
        s.executeUpdate();
      }
      String payload =
          OrderMessages.json(
              new OrderMessage(
                  OrderMessage.PLACED,
                  id,
                  number,
                  1,
                  "BP-00001",
                  "Bench Partner 1",
                  "replenishment",
                  null,
                  in.poNumber(),
                  new OrderMessage.Address("Goods in", "Hauptstrasse 1", "10115", "Berlin", "DE"),
                  in.requestedDelivery(),
                  lines,
                  "EUR",
                  total,
                  null,
                  null,
                  null));
      try (PreparedStatement s =
          c.prepareStatement(
              "INSERT INTO outbox_message (message_id, topic, msg_key, payload, status, attempts,"
                  + " next_attempt_at, created_at, retry_from)"
                  + " VALUES (?, 'erp.order', ?, ?, 'PENDING', 0, ?, ?, ?)")) {
        s.setString(1, UUID.randomUUID().toString());
        s.setString(2, number);
        s.setString(3, payload);
        s.setTimestamp(4, ts);
        s.setTimestamp(5, ts);
        s.setTimestamp(6, ts);
        s.executeUpdate();
      }
      c.commit();
    }
  }

  /** A retried request (same key, same body) is answered from the key; another body is refused. */
  void retriedRequest(EntityManagerFactory emf, DataSource pool, Clock clock) throws SQLException {
    Caller caller = manager(0);
    OrderInput in = input(-1);
    String key = UUID.randomUUID().toString();
    long before = count(pool, "SELECT COUNT(*) FROM sales_order");
    IdempotencyKeys.Answer first = place(emf, pool, clock, caller, key, in, body(in));
    IdempotencyKeys.Answer again = place(emf, pool, clock, caller, key, in, body(in));
    long written = count(pool, "SELECT COUNT(*) FROM sales_order") - before;
    boolean refused;
    try {
      OrderInput other = input(-2);
      place(emf, pool, clock, caller, key, other, body(other));
      refused = false;
    } catch (IdempotencyKeys.KeyReused e) {
      refused = true;
    }
    say(
        "check: a retried request (same key and body) gets the first answer: %s; orders written"
            + " for the two requests: %d; the same key with another body refused (422): %s",
        first.equals(again) ? "yes" : "NO", written, refused ? "yes" : "NO");
  }

  // --- (c) relay after an outage -----------------------------------------------------------

  void relayToProtocol(EntityManagerFactory emf, DataSource pool, Path home) throws Exception {
    try (Connection c = pool.getConnection();
        Statement s = c.createStatement()) {
      int aside =
          s.executeUpdate(
              "UPDATE outbox_message SET status = 'DELIVERED', delivered_at = NOW(6)"
                  + " WHERE status = 'PENDING'");
      if (aside > 0) {
        say("(c) %,d messages written by (b) set aside (marked delivered)", aside);
      }
      long t = System.nanoTime();
      LeadBenchmark.load(
          s,
          home.resolve("outbox.tsv"),
          "outbox_message (message_id, topic, msg_key, payload, status, attempts,"
              + " next_attempt_at, created_at, retry_from)");
      say(
          "(c) %,d erp.order messages queued (order.placed of submitted orders) in %.1f s",
          queued, LeadBenchmark.seconds(t));
    }
    FakeMiddleware middleware = FakeMiddleware.start(Integer.getInteger("bench.erpPort", 18690));
    try {
      ProtocolConfig pc = new ProtocolConfig();
      ErpAdapter adapter = new ProtocolAdapter(new ProtocolEndpoint(pc, middleware::url));
      probe(adapter, middleware);
      Result r = relay(emf, pool, adapter, "protocol", middleware.url(), queued);
      Map<String, Integer> received = new HashMap<>();
      for (FakeMiddleware.Request q : middleware.requests("POST", "/erp/orders")) {
        received.merge(q.field("number"), 1, Integer::sum);
      }
      long duplicates = received.values().stream().mapToLong(v -> Math.max(0, v - 1)).sum();
      long createdTwice =
          middleware.orderNumbers().stream().filter(n -> middleware.ordersCreated(n) > 1).count();
      say(
          "(c) protocol: %,d delivered in %.1f s = %,.0f events/s (unpaced; target >= 500/s);"
              + " FakeMiddleware received %,d orders, %,d requests, duplicates %d (orders"
              + " created twice %d), pending %d, parked %d, sync state sent %,d",
          r.delivered(),
          r.seconds(),
          r.delivered() / r.seconds(),
          received.size(),
          received.values().stream().mapToInt(Integer::intValue).sum(),
          duplicates,
          createdTwice,
          r.pending(),
          r.parked(),
          r.sent());
      double rate = r.delivered() / r.seconds();
      result(
          String.format(
              Locale.ROOT,
              "(c) relay -> protocol adapter     %,d events in %.1f s = %,.0f events/s (>= 500/s: %s)"
                  + " | received %,d distinct orders, duplicates %d, left pending %d",
              r.delivered(),
              r.seconds(),
              rate,
              rate >= 500 ? "yes" : "NO",
              received.size(),
              duplicates,
              r.pending()));
    } finally {
      middleware.stop();
    }
  }

  /** The endpoint alone: order.placed straight from the adapter, no relay, no database. */
  void probe(ErpAdapter adapter, FakeMiddleware middleware) throws Exception {
    int n = Integer.getInteger("bench.probe", 300);
    OrderMessage m =
        new OrderMessage(
            OrderMessage.PLACED,
            1,
            "CP-2026-999999",
            1,
            "BP-00001",
            "Bench Partner 1",
            "replenishment",
            null,
            null,
            null,
            null,
            List.of(new OrderMessage.Line(1, sku(1), "Product", 1, BigDecimal.TEN, "main")),
            "EUR",
            BigDecimal.TEN,
            null,
            null,
            null);
    long start = System.nanoTime();
    for (int i = 0; i < n; i++) {
      adapter.deliver(UUID.randomUUID().toString(), m);
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    middleware.reset();
    say(
        "(c) the endpoint alone (ProtocolAdapter.deliver to FakeMiddleware, one thread, no relay,"
            + " TCP_NODELAY %s): %d calls in %.2f s = %,.0f calls/s, %.1f ms each",
        System.getProperty("sun.net.httpserver.nodelay"),
        n,
        seconds,
        n / seconds,
        seconds * 1000 / n);
    result(
        String.format(
            Locale.ROOT,
            "(c) endpoint alone (adapter -> FakeMiddleware, no relay) %,.0f calls/s, %.1f ms each",
            n / seconds,
            seconds * 1000 / n));
  }

  record Result(long delivered, double seconds, long pending, long parked, long sent) {}

  /**
   * The outage: the adapter is "none" (the messages wait, the relay leaves them alone), then the
   * adapter is set and the relay runs rounds, unpaced, until nothing is pending.
   */
  Result relay(
      EntityManagerFactory emf,
      DataSource pool,
      ErpAdapter adapter,
      String name,
      String endpoint,
      long expected)
      throws Exception {
    Clock clock = new Clock();
    Caller system = new Caller("bench-relay", Set.of(Role.CHANNEL_ADMIN), null);
    ErpConfig config = new ErpConfig();
    config.adapter = "none";
    config.maxPerSecond = 0;
    EntityManager settingsEm = emf.createEntityManager();
    try {
      AccessRules access = FixedCaller.accessRules(settingsEm, system);
      OutboxHandler handler =
          ErpWiring.orderHandler(
              emf,
              settingsEm,
              access,
              clock,
              config,
              adapter,
              ErpWiring.transactional(
                  emf,
                  em -> {
                    AuditWiring.bind(em, system);
                    return OrderWiring.erpUpdates(em, FixedCaller.accessRules(em, system), clock);
                  }));
      OutboxRelay relay =
          new OutboxRelay(
              pool,
              List.of(handler),
              new RetryPolicy(Duration.ofSeconds(1), Duration.ofSeconds(5), Duration.ofHours(72)),
              clock);
      settings(pool, "none", null);
      Thread.sleep(1100);
      int during = relay.relay(200, Duration.ofSeconds(5));
      say(
          "(c) outage (adapter none): a relay round delivered %d, %,d pending",
          during, pending(pool));
      settings(pool, name, endpoint);
      Thread.sleep(1100);
      long start = System.nanoTime();
      long delivered = 0;
      long lastReport = start;
      while (true) {
        int n = relay.relay(200, Duration.ofSeconds(30));
        delivered += n;
        long left = pending(pool);
        if (System.nanoTime() - lastReport > 30e9) {
          say(
              "(c)   %s: %,d delivered in %.0f s, %,d pending",
              name, delivered, (System.nanoTime() - start) / 1e9, left);
          lastReport = System.nanoTime();
        }
        if (left == 0) {
          break;
        }
        if (n == 0) {
          // a transient failure pauses the topic until the message is due again
          Thread.sleep(500);
          if (System.nanoTime() - start > Duration.ofMinutes(30).toNanos()) {
            break;
          }
        }
      }
      double seconds = (System.nanoTime() - start) / 1e9;
      return new Result(
          delivered,
          seconds,
          pending(pool),
          count(pool, "SELECT COUNT(*) FROM outbox_message WHERE status = 'PARKED'"),
          count(pool, "SELECT COUNT(*) FROM sales_order WHERE sync_state = 'SENT'"));
    } finally {
      settingsEm.close();
    }
  }

  static void settings(DataSource pool, String adapter, String endpoint) throws SQLException {
    try (Connection c = pool.getConnection();
        PreparedStatement s =
            c.prepareStatement(
                "UPDATE integration_settings SET adapter = ?, protocol_endpoint = ?,"
                    + " pace_per_second = 0, version = version + 1 WHERE id = 1")) {
      s.setString(1, adapter);
      s.setString(2, endpoint);
      s.executeUpdate();
    }
  }

  static long pending(DataSource pool) throws SQLException {
    return count(pool, "SELECT COUNT(*) FROM outbox_message WHERE status = 'PENDING'");
  }

  void relayToTryton(EntityManagerFactory emf, DataSource pool, Path home) throws Exception {
    if (!TrytonServer.installed()) {
      say("(c) Tryton: not installed here, left out. %s", TrytonServer.installHint());
      result("(c) relay -> Tryton: left out (Tryton not installed)");
      return;
    }
    TrytonServer tryton =
        new TrytonServer(
            home.resolve("tryton"),
            TRYTON_PORT,
            Path.of(System.getProperty("channelport.tryton.dir", "src/main/tryton")));
    long t = System.nanoTime();
    tryton.prepare(true, Path.of("target/tryton-template").toAbsolutePath());
    tryton.start();
    say(
        "(c) Tryton on %d ready in %.1f s (fresh demo database)",
        TRYTON_PORT, LeadBenchmark.seconds(t));
    try {
      // the Tryton orders: submitted orders sent to the protocol adapter before, their
      // order.placed queued anew (and their sync state back to pending)
      List<String> numbers = new ArrayList<>();
      try (Connection c = pool.getConnection();
          Statement s = c.createStatement()) {
        try (ResultSet rs =
            s.executeQuery(
                "SELECT msg_key FROM outbox_message WHERE topic = 'erp.order'"
                    + " AND status = 'DELIVERED' AND msg_key IN"
                    + " (SELECT number FROM sales_order WHERE status = 'SUBMITTED')"
                    + " ORDER BY id LIMIT "
                    + TRYTON_ORDERS)) {
          while (rs.next()) {
            numbers.add(rs.getString(1));
          }
        }
        String in = "'" + String.join("', '", numbers) + "'";
        s.executeUpdate(
            "INSERT INTO outbox_message (message_id, topic, msg_key, payload, status, attempts,"
                + " next_attempt_at, created_at, retry_from)"
                + " SELECT UUID(), topic, msg_key, payload, 'PENDING', 0, NOW(6), NOW(6), NOW(6)"
                + " FROM outbox_message WHERE topic = 'erp.order' AND status = 'DELIVERED'"
                + " AND msg_key IN ("
                + in
                + ")");
        s.executeUpdate(
            "UPDATE sales_order SET sync_state = 'PENDING' WHERE number IN (" + in + ")");
      }
      say("(c) Tryton: %d order.placed messages queued", numbers.size());
      ErpAdapter adapter =
          new TrytonAdapter(
              new TrytonRpc(
                  tryton.url(),
                  TrytonServer.DATABASE,
                  TrytonServer.USER,
                  TrytonServer.PASSWORD,
                  Duration.ofSeconds(30)));
      Result r = relay(emf, pool, adapter, "tryton", null, TRYTON_ORDERS);
      Map<String, Integer> sales = trytonSales(adapter, numbers);
      long duplicates = sales.values().stream().mapToLong(v -> Math.max(0, v - 1)).sum();
      double perOrder = r.seconds() / Math.max(1, r.delivered());
      say(
          "(c) Tryton: %,d delivered in %.1f s = %.1f orders/s (%.2f s per order; Tryton's bound"
              + " ~0.3 s per confirmed sale = 3.3 orders/s); sales in Tryton by reference: %,d,"
              + " duplicates %d, pending %d, parked %d",
          r.delivered(),
          r.seconds(),
          r.delivered() / r.seconds(),
          perOrder,
          sales.size(),
          duplicates,
          r.pending(),
          r.parked());
      result(
          String.format(
              Locale.ROOT,
              "(c) relay -> Tryton               %,d orders in %.1f s = %.1f orders/s (%.2f s/order;"
                  + " bound ~0.3 s/sale) | sales in Tryton %,d, duplicates %d, left pending %d,"
                  + " parked %d",
              r.delivered(),
              r.seconds(),
              r.delivered() / r.seconds(),
              perOrder,
              sales.size(),
              duplicates,
              r.pending(),
              r.parked()));
    } finally {
      tryton.stop();
    }
  }

  /** Sales in Tryton per portal order number (by reference), for the orders sent to it. */
  static Map<String, Integer> trytonSales(ErpAdapter adapter, List<String> numbers)
      throws Exception {
    Map<String, Integer> sales = new HashMap<>();
    for (ErpAdapter.ErpOrderView v : adapter.ordersByReference(numbers)) {
      sales.merge(v.orderNumber(), 1, Integer::sum);
    }
    return sales;
  }

  // --- data --------------------------------------------------------------------------------

  static String sku(int n) {
    return String.format(Locale.ROOT, "BSKU-%04d", n);
  }

  static BigDecimal price(int sku) {
    return BigDecimal.valueOf(500 + (sku * 37) % 20000, 2);
  }

  void generate(Path home) throws IOException, SQLException {
    Files.createDirectories(home);
    Path partnerFile = home.resolve("partner.tsv");
    Path orderFile = home.resolve("order.tsv");
    Path lineFile = home.resolve("line.tsv");
    Path outboxFile = home.resolve("outbox.tsv");
    String ts = Timestamp.from(now).toString();
    try (BufferedWriter w = Files.newBufferedWriter(partnerFile)) {
      for (int i = 1; i <= PARTNERS; i++) {
        w.write(
            i
                + "\tBench Partner "
                + i
                + "\t"
                + String.format(Locale.ROOT, "BP-%05d", i)
                + "\t"
                + TIERS[random.nextInt(4)]
                + "\tDE\t\tACTIVE\t"
                + ts
                + "\t"
                + ts
                + "\n");
      }
    }
    long t = System.nanoTime();
    long lineId = 0;
    try (BufferedWriter ow = Files.newBufferedWriter(orderFile);
        BufferedWriter lw = Files.newBufferedWriter(lineFile);
        BufferedWriter xw = Files.newBufferedWriter(outboxFile)) {
      StringBuilder o = new StringBuilder(400);
      for (long id = 1; id <= ORDERS; id++) {
        int partner = 1 + random.nextInt(PARTNERS);
        Instant created = now.minusSeconds(600 + random.nextInt(730 * 86400));
        String status = STATUSES[random.nextInt(STATUSES.length)];
        String sync =
            status.equals("SUBMITTED")
                ? "PENDING"
                : status.equals("CANCELLED") ? "ACKNOWLEDGED" : "ACKNOWLEDGED";
        String number = OrderNumbers.format(created.atZone(ZoneOffset.UTC).getYear(), id);
        int lines = 1 + random.nextInt(4);
        BigDecimal total = BigDecimal.ZERO;
        List<OrderMessage.Line> message = new ArrayList<>(lines);
        Set<Integer> skus = new LinkedHashSet<>();
        while (skus.size() < lines) {
          skus.add(1 + random.nextInt(PRODUCTS));
        }
        int no = 1;
        for (int sku : skus) {
          long quantity = 1 + random.nextInt(20);
          BigDecimal unit =
              price(sku).multiply(new BigDecimal("0.90")).setScale(2, RoundingMode.HALF_UP);
          BigDecimal lineTotal = unit.multiply(BigDecimal.valueOf(quantity));
          total = total.add(lineTotal);
          String warehouse = WAREHOUSES[sku % 2];
          lw.write(
              ++lineId
                  + "\t"
                  + id
                  + "\t"
                  + no
                  + "\t"
                  + sku(sku)
                  + "\tProduct "
                  + sku(sku)
                  + "\t"
                  + quantity
                  + "\t"
                  + unit
                  + "\tEUR\t"
                  + lineTotal
                  + "\t"
                  + warehouse
                  + "\n");
          message.add(
              new OrderMessage.Line(
                  no, sku(sku), "Product " + sku(sku), quantity, unit, warehouse));
          no++;
        }
        Timestamp createdTs = Timestamp.from(created);
        Timestamp updatedTs = Timestamp.from(created.plusSeconds(random.nextInt(86400 * 5)));
        LocalDate day = created.atZone(ZoneOffset.UTC).toLocalDate();
        o.setLength(0);
        o.append(id).append('\t').append(number).append('\t').append(partner);
        o.append("\tbench-pe-").append(partner).append("\tREPLENISHMENT\tPORTAL\tPO-").append(id);
        o.append("\tGoods in\tHauptstrasse 1\t10115\tBerlin\tDE\t").append(day.plusDays(14));
        o.append('\t').append(status).append('\t').append(sync).append('\t');
        o.append(sync.equals("ACKNOWLEDGED") ? "SO-" + id : "\\N");
        o.append("\tEUR\t").append(total).append('\t').append(no).append('\t');
        o.append(createdTs).append('\t').append(day).append('\t').append(createdTs).append('\t');
        o.append(updatedTs).append("\t1\n");
        ow.write(o.toString());
        if (status.equals("SUBMITTED") && queued < EVENTS) {
          queued++;
          String payload =
              OrderMessages.json(
                  new OrderMessage(
                      OrderMessage.PLACED,
                      id,
                      number,
                      partner,
                      String.format(Locale.ROOT, "BP-%05d", partner),
                      "Bench Partner " + partner,
                      "replenishment",
                      null,
                      "PO-" + id,
                      new OrderMessage.Address(
                          "Goods in", "Hauptstrasse 1", "10115", "Berlin", "DE"),
                      day.plusDays(14),
                      message,
                      "EUR",
                      total,
                      null,
                      null,
                      null));
          if (payload.indexOf('\\') >= 0 || payload.indexOf('\t') >= 0) {
            throw new IllegalStateException("payload needs escaping: " + payload);
          }
          xw.write(
              UUID.randomUUID()
                  + "\terp.order\t"
                  + number
                  + "\t"
                  + payload
                  + "\tPENDING\t0\t"
                  + createdTs
                  + "\t"
                  + createdTs
                  + "\t"
                  + createdTs
                  + "\n");
        }
      }
    }
    maxOrderId = ORDERS;
    maxLineId = lineId;
    say("data: files written in %.1f s", LeadBenchmark.seconds(t));
    try (Connection c =
            DriverManager.getConnection(url, EmbeddedMariaDb.USER, EmbeddedMariaDb.PASSWORD);
        Statement s = c.createStatement()) {
      s.execute("SET foreign_key_checks = 0");
      s.execute("SET unique_checks = 0");
      LeadBenchmark.load(
          s,
          partnerFile,
          "partner (id, name, account_number, tier, country, specialisations, status,"
              + " created_at, updated_at)");
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
      LeadBenchmark.load(
          s,
          orderFile,
          "sales_order (id, number, partner_id, placed_by, kind, origin, po_number,"
              + " ship_to_name, ship_to_street, ship_to_postcode, ship_to_city, ship_to_country,"
              + " requested_delivery, status, sync_state, erp_number, currency, total,"
              + " next_line_no, submitted_at, order_date, created_at, updated_at, version)");
      say("data: LOAD DATA of %,d orders: %.1f s", ORDERS, LeadBenchmark.seconds(t));
      t = System.nanoTime();
      LeadBenchmark.load(
          s,
          lineFile,
          "sales_order_line (id, order_id, line_no, sku, product_name, quantity, unit_price,"
              + " currency, line_total, warehouse_code)");
      say("data: LOAD DATA of %,d lines: %.1f s", lineId, LeadBenchmark.seconds(t));
      s.execute(
          "UPDATE id_generator SET next_val = "
              + (ORDERS + 1000)
              + " WHERE name IN ('sales_order', 'sales_order_event')");
      s.execute(
          "UPDATE id_generator SET next_val = "
              + (lineId + 1000)
              + " WHERE name = 'sales_order_line'");
      s.execute("ANALYZE TABLE sales_order, sales_order_line, partner, product");
    }
  }

  static long count(DataSource ds, String sql) throws SQLException {
    try (Connection c = ds.getConnection();
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  void result(String line) {
    rows.add(line);
  }

  static void say(String format, Object... args) {
    System.out.println("[bench-orders] " + String.format(Locale.ROOT, format, args));
  }
}
