package org.channelport.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.channelport.catalog.CatalogFormat;
import org.channelport.catalog.CatalogImport;
import org.channelport.catalog.JdbcProductSource;
import org.channelport.catalog.PriceContext;
import org.channelport.catalog.ProductIndex;
import org.channelport.catalog.ProductIndexQuery;
import org.channelport.catalog.ProductIndexResult;
import org.channelport.catalog.ProductSearch;
import org.channelport.devstack.EmbeddedMariaDb;
import org.flywaydb.core.Flyway;
import org.mariadb.jdbc.MariaDbPoolDataSource;

/**
 * The catalog import against MariaDB's own LOAD DATA LOCAL INFILE, on its own MariaDB (port 13406,
 * beside the test suite): CSV files of 100,000 and 1,000,000 products (-Dbench.sizes), imported by
 * the real import code (both passes: validate every row, then apply in one transaction), then the
 * same file loaded with LOAD DATA into a table with the file's columns and the product table's
 * indexes. Then showroom searches over the largest catalog, MariaDB FULLTEXT and the Lucene index
 * side by side (model names and common words). Run: {@code mvn -Pbench-catalog verify} (a JVM with
 * -Xmx512m).
 */
public final class CatalogImportBenchmark {
  private static final String[] WORDS = {
    "switch", "router", "firewall", "access", "point", "storage", "cloud", "backup", "server",
    "cable", "gigabit", "managed", "wireless", "rack", "appliance", "license", "support", "fiber",
    "module", "adapter", "gateway", "sensor", "camera", "controller", "antenna", "battery"
  };
  private static final String[] CATEGORIES = {"networking", "security", "storage", "cloud"};

  /**
   * Made-up brand and model words (5,000 of them), as a real catalog has: most searches name one,
   * and it matches a few hundred products, not a tenth of the catalog.
   */
  private static final String[] MODELS = models(5000);

  private static String[] models(int n) {
    String[] syllables = {
      "ka", "ro", "ve", "lin", "tor", "zen", "mar", "qui", "sol", "dex", "nor", "pha", "tri", "lux",
      "gra", "vin", "mo", "sa", "tek", "ion"
    };
    Random random = new Random(7);
    LinkedHashSet<String> words = new LinkedHashSet<>();
    while (words.size() < n) {
      words.add(
          syllables[random.nextInt(syllables.length)]
              + syllables[random.nextInt(syllables.length)]
              + syllables[random.nextInt(syllables.length)]);
    }
    return words.toArray(String[]::new);
  }

  public static void main(String[] args) throws Exception {
    List<Integer> sizes =
        Arrays.stream(System.getProperty("bench.sizes", "100000,1000000").split(","))
            .map(String::strip)
            .map(Integer::parseInt)
            .toList();
    int queries = Integer.getInteger("bench.queries", 300);
    Path dir = Path.of(System.getProperty("bench.dir", "target/bench"));
    Files.createDirectories(dir);
    EmbeddedMariaDb db =
        new EmbeddedMariaDb(Integer.getInteger("bench.port", 13406), dir.resolve("mariadb"));
    String url = db.start(!Boolean.getBoolean("bench.reuse"));
    try (MariaDbPoolDataSource ds =
        new MariaDbPoolDataSource(
            url
                + (url.contains("?") ? "&" : "?")
                + "user=channelport&password=channelport&allowLocalInfile=true&maxPoolSize=4")) {
      Flyway.configure().dataSource(ds).locations("classpath:db/migration").load().migrate();
      exec(
          ds,
          "INSERT IGNORE INTO catalog_category (id, code, name, parent_id, sort_order) VALUES"
              + " (1, 'networking', 'Networking', NULL, 1), (2, 'security', 'Security', NULL, 2),"
              + " (3, 'storage', 'Storage', NULL, 3), (4, 'cloud', 'Cloud', NULL, 4)");
      System.out.printf(
          "Catalog import benchmark: JVM max heap %d MB, %d cores, MariaDB %s%n",
          Runtime.getRuntime().maxMemory() / (1024 * 1024),
          Runtime.getRuntime().availableProcessors(),
          url);
      List<String> results = new ArrayList<>();
      int last = sizes.get(sizes.size() - 1);
      if (Boolean.getBoolean("bench.reuse") && count(ds, "SELECT COUNT(*) FROM product") == last) {
        // -Dbench.reuse=true: the catalog of the last run is still there; search only
        results.add(String.format("%,d rows: imported by an earlier run (-Dbench.reuse)", last));
      } else {
        for (int rows : sizes) {
          Path file = dir.resolve("catalog-v2-" + rows + ".csv");
          write(file, rows);
          results.add(run(ds, file, rows));
          System.out.println(results.get(results.size() - 1));
        }
      }
      results.add(search(ds, queries, sizes.get(sizes.size() - 1), dir));
      System.out.println();
      System.out.println("=== Catalog benchmark results ===");
      results.forEach(System.out::println);
    } finally {
      db.stop();
    }
  }

  static String run(MariaDbPoolDataSource ds, Path file, int rows) throws Exception {
    exec(ds, "DELETE FROM product");
    exec(ds, "DROP TABLE IF EXISTS bench_load");
    exec(
        ds,
        "CREATE TABLE bench_load (sku VARCHAR(64) NOT NULL, name VARCHAR(200) NOT NULL,"
            + " description TEXT NULL, category VARCHAR(64) NOT NULL, base_price DECIMAL(19,4)"
            + " NOT NULL, currency CHAR(3) NOT NULL, manufacturer VARCHAR(200) NULL,"
            + " manufacturer_part_number VARCHAR(100) NULL, weight_kg DECIMAL(12,3) NULL,"
            + " delivery_days INT NULL, image_url VARCHAR(1000) NULL, active BOOLEAN NOT NULL,"
            + " stock_main INT NULL, stock_north INT NULL, attr_colour VARCHAR(500) NULL,"
            + " attr_size VARCHAR(500) NULL, CONSTRAINT uq_bench_sku UNIQUE (sku))"
            + " DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci");
    exec(ds, "CREATE FULLTEXT INDEX ft_bench ON bench_load (name, description, manufacturer, sku)");
    exec(ds, "CREATE INDEX ix_bench_active_price ON bench_load (active, base_price)");
    exec(
        ds,
        "CREATE INDEX ix_bench_active_category_price ON bench_load (active, category, base_price)");
    exec(ds, "CREATE INDEX ix_bench_active_name ON bench_load (active, name)");

    HeapPeak heap = new HeapPeak();
    System.gc();
    heap.start();
    ExecutorService pool = Executors.newSingleThreadExecutor();
    CatalogImport importer = new CatalogImport(ds, pool);
    CatalogReader_Source source = () -> Files.newInputStream(file);
    long t0 = System.nanoTime();
    CatalogImport.Result first =
        importer.run(
            source::open,
            CatalogFormat.CSV,
            false,
            false,
            Instant.now(),
            CatalogImport.Listener.NONE,
            () -> {});
    long t2 = System.nanoTime();
    long peak = heap.stop();
    if (first.validation().errors() != 0 || first.outcome().inserted() != rows) {
      throw new IllegalStateException("unexpected import result " + first);
    }
    if (!Boolean.parseBoolean(System.getProperty("bench.compare", "true"))) {
      pool.shutdown();
      return String.format(
          "%,d rows: validated import %.1f s = %,.0f rows/s, peak heap %d MB (no LOAD DATA run)",
          rows, (t2 - t0) / 1e9, rows / ((t2 - t0) / 1e9), peak / (1024 * 1024));
    }
    long t3 = System.nanoTime();
    CatalogImport.Result again =
        importer.run(
            source::open,
            CatalogFormat.CSV,
            false,
            false,
            Instant.now(),
            CatalogImport.Listener.NONE,
            () -> {});
    long t4 = System.nanoTime();
    pool.shutdown();
    if (again.outcome().unchanged() != rows) {
      throw new IllegalStateException("re-import changed rows: " + again);
    }

    long l0 = System.nanoTime();
    try (Connection c = ds.getConnection();
        Statement s = c.createStatement()) {
      s.execute(
          "LOAD DATA LOCAL INFILE '"
              + file.toAbsolutePath().toString().replace("\\", "/").replace("'", "''")
              + "' INTO TABLE bench_load CHARACTER SET utf8mb4 FIELDS TERMINATED BY ','"
              + " OPTIONALLY ENCLOSED BY '\"' LINES TERMINATED BY '\\n' IGNORE 1 LINES");
    }
    long l1 = System.nanoTime();
    long loaded = count(ds, "SELECT COUNT(*) FROM bench_load");
    if (loaded != rows) {
      throw new IllegalStateException("LOAD DATA loaded " + loaded + " rows, not " + rows);
    }
    double importSeconds = (t2 - t0) / 1e9;
    double loadSeconds = (l1 - l0) / 1e9;
    return String.format(
        "%,d rows: validated import %.1f s = %,.0f rows/s, peak heap %d MB;"
            + " LOAD DATA %.1f s = %,.0f rows/s; ratio import/LOAD DATA = %.2fx;"
            + " re-import of the same file %.1f s (%,d unchanged, 0 written)",
        rows,
        importSeconds,
        rows / importSeconds,
        peak / (1024 * 1024),
        loadSeconds,
        rows / loadSeconds,
        loadSeconds / importSeconds,
        (t4 - t3) / 1e9,
        again.outcome().unchanged());
  }

  /** One showroom search: the words, a category or none, a maximum base price or none, the sort. */
  record Query(String q, Set<Long> category, BigDecimal max, String sort) {}

  /**
   * The showroom's searches, seeded: a visitor types a model name, half of the time with a kind of
   * product ("lintorzen switch"); or (common) only one or two of the 26 common words, each in a
   * tenth of the catalog.
   */
  static List<Query> queries(int n, boolean common) {
    Random random = new Random(42);
    List<Query> list = new ArrayList<>();
    for (int i = 0; i < n + 20; i++) {
      String q =
          common
              ? WORDS[random.nextInt(WORDS.length)]
                  + (random.nextBoolean() ? " " + WORDS[random.nextInt(WORDS.length)] : "")
              : MODELS[random.nextInt(MODELS.length)]
                  + (random.nextBoolean() ? " " + WORDS[random.nextInt(WORDS.length)] : "");
      Set<Long> category = random.nextBoolean() ? Set.of(1L + random.nextInt(4)) : null;
      BigDecimal max = random.nextBoolean() ? BigDecimal.valueOf(100 + random.nextInt(2000)) : null;
      String sort = random.nextBoolean() ? "relevance" : "price";
      list.add(new Query(q, category, max, sort));
    }
    return list;
  }

  interface Timed {
    int page(Query q);
  }

  /** Median, p95 and max of the queries after 20 warm-up ones, and hits per page. */
  static String time(String what, List<Query> queries, Timed search) {
    int n = queries.size() - 20;
    long[] nanos = new long[n];
    long hits = 0;
    for (int i = 0; i < queries.size(); i++) {
      long s0 = System.nanoTime();
      int found = search.page(queries.get(i));
      long s1 = System.nanoTime();
      if (i >= 20) {
        nanos[i - 20] = s1 - s0;
        hits += found;
      }
    }
    Arrays.sort(nanos);
    return String.format(
        "  %-44s median %8.1f ms, p95 %8.1f ms, max %8.1f ms (%.1f hits per page)",
        what,
        nanos[n / 2] / 1e6,
        nanos[(int) (n * 0.95)] / 1e6,
        nanos[n - 1] / 1e6,
        hits / (double) n);
  }

  /**
   * The showroom's search over the catalog, side by side: today's MariaDB FULLTEXT query and the
   * Lucene index (the same query with facets counted and matches marked, then the page's rows by id
   * from MariaDB, as the portal does), for the model-name queries and the common-word queries;
   * before that the index is built from the database (time, size, heap).
   */
  static String search(MariaDbPoolDataSource ds, int queries, int rows, Path dir) throws Exception {
    int common = Integer.getInteger("bench.commonQueries", queries);
    ProductSearch sql = new ProductSearch(ds);
    StringBuilder out = new StringBuilder();
    System.gc();
    long heapBefore = usedHeap();
    HeapPeak peak = new HeapPeak();
    peak.start();
    var os =
        (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    long c0 = os.getProcessCpuTime();
    long b0 = System.nanoTime();
    ProductIndex index = new ProductIndex(dir.resolve("product-index"), new JdbcProductSource(ds));
    // -Dbench.reuseIndex=true: search the index the last run built when it still fits the catalog
    boolean opened = Boolean.getBoolean("bench.reuseIndex") && index.open();
    long indexed = opened ? count(ds, "SELECT COUNT(*) FROM product") : index.rebuild();
    long b1 = System.nanoTime();
    long c1 = os.getProcessCpuTime();
    long buildPeak = peak.stop();
    System.gc();
    long heapAfter = usedHeap();
    out.append(
        String.format(
            "Lucene index of %,d products %s in %.1f s (%,.0f products/s; %.1f s of CPU in this"
                + " JVM, load average %.1f), %d MB on disk; heap: peak %d MB while building, %d MB"
                + " held by the open index%n",
            indexed,
            opened ? "opened (built by an earlier run)" : "built from MariaDB",
            (b1 - b0) / 1e9,
            indexed / ((b1 - b0) / 1e9),
            (c1 - c0) / 1e9,
            os.getSystemLoadAverage(),
            index.sizeOnDisk() / (1024 * 1024),
            buildPeak / (1024 * 1024),
            Math.max(0, heapAfter - heapBefore) / (1024 * 1024)));
    List<BigDecimal> bounds =
        List.of(50, 100, 250, 500, 1000, 2500).stream().map(BigDecimal::valueOf).toList();
    Timed lucene =
        q -> {
          ProductIndexResult r =
              index.search(
                  new ProductIndexQuery(
                      q.q(),
                      q.category(),
                      null,
                      q.max(),
                      Boolean.TRUE,
                      null,
                      null,
                      Set.of(),
                      q.sort(),
                      true,
                      0,
                      25,
                      bounds,
                      true,
                      true));
          return sql.byIds(r.ids(), PriceContext.NONE, Boolean.TRUE, q.category()).size();
        };
    Timed fulltext =
        q ->
            sql.rows(
                    new ProductSearch.Criteria(
                        q.q(),
                        q.category(),
                        null,
                        q.max(),
                        Boolean.TRUE,
                        null,
                        null,
                        q.sort(),
                        true),
                    PriceContext.NONE,
                    0,
                    25)
                .size();
    List<Query> models = queries(queries, false);
    List<Query> words = queries(common, true);
    out.append(
        String.format(
            "showroom search over %,d products (random category/max price/sort; 25 rows; Lucene with"
                + " facets and highlights, rows by id from MariaDB):%n",
            rows));
    out.append(time(queries + " model-name queries, Lucene:", models, lucene)).append('\n');
    // -Dbench.sql=false: the index only (while tuning it)
    boolean withSql = Boolean.parseBoolean(System.getProperty("bench.sql", "true"));
    if (withSql) {
      out.append(time(queries + " model-name queries, MariaDB FULLTEXT:", models, fulltext))
          .append('\n');
    }
    out.append(time(common + " common-word queries, Lucene:", words, lucene)).append('\n');
    System.out.println(out);
    if (!withSql) {
      index.close();
      return out.toString();
    }
    // MariaDB takes seconds per common-word query: -Dbench.sqlCommonQueries= runs only the first
    // ones of the same list
    int sqlCommon = Math.min(common, Integer.getInteger("bench.sqlCommonQueries", common));
    out.append(
        time(
            sqlCommon + " common-word queries, MariaDB FULLTEXT:",
            words.subList(0, sqlCommon + 20),
            fulltext));
    index.close();
    return out.toString();
  }

  static long usedHeap() {
    long used = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        used += pool.getUsage().getUsed();
      }
    }
    return used;
  }

  interface CatalogReader_Source {
    InputStream open() throws IOException;
  }

  static void write(Path file, int rows) throws IOException {
    if (Files.isRegularFile(file)
        && Files.size(file) > rows * 50L
        && !Boolean.getBoolean("bench.regenerate")) {
      return;
    }
    Random random = new Random(rows);
    try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      w.write(
          "sku,name,description,category,base_price,currency,manufacturer,manufacturer_part_number,"
              + "weight_kg,delivery_days,image_url,active,stock:main,stock:north,attr:colour,attr:size\n");
      StringBuilder b = new StringBuilder(400);
      for (int i = 0; i < rows; i++) {
        b.setLength(0);
        String a = WORDS[random.nextInt(WORDS.length)];
        String c = WORDS[random.nextInt(WORDS.length)];
        b.append("SKU-").append(i).append(',');
        b.append(cap(MODELS[random.nextInt(MODELS.length)]))
            .append(' ')
            .append(a)
            .append(' ')
            .append(c)
            .append(' ')
            .append(i % 1000)
            .append(',');
        b.append("\"A ")
            .append(a)
            .append(' ')
            .append(c)
            .append(" for offices, with ")
            .append(WORDS[random.nextInt(WORDS.length)])
            .append(", ")
            .append(WORDS[random.nextInt(WORDS.length)])
            .append(" and warranty\",");
        b.append(CATEGORIES[random.nextInt(CATEGORIES.length)]).append(',');
        b.append(random.nextInt(5000)).append('.').append(random.nextInt(90) + 10).append(',');
        b.append("EUR,");
        b.append("Maker ").append(random.nextInt(50)).append(',');
        b.append("MPN-").append(random.nextInt(1_000_000)).append(',');
        b.append(random.nextInt(20)).append('.').append(random.nextInt(900) + 100).append(',');
        b.append(random.nextInt(30)).append(',');
        b.append("https://img.example/").append(i).append(".jpg,");
        b.append(random.nextInt(20) == 0 ? "false" : "true").append(',');
        b.append(random.nextInt(500)).append(',').append(random.nextInt(100)).append(',');
        b.append(random.nextBoolean() ? "black" : "white").append(',');
        b.append(random.nextInt(4) + 1).append("U\n");
        w.append(b);
      }
    }
  }

  private static String cap(String s) {
    return Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  static void exec(MariaDbPoolDataSource ds, String sql) throws SQLException {
    try (Connection c = ds.getConnection();
        Statement s = c.createStatement()) {
      s.execute(sql);
    }
  }

  static long count(MariaDbPoolDataSource ds, String sql) throws SQLException {
    try (Connection c = ds.getConnection();
        Statement s = c.createStatement();
        var rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  /** The highest heap use seen (sampled every 10 ms), heap memory pools together. */
  static final class HeapPeak {
    private volatile boolean running;
    private volatile long peak;
    private Thread thread;

    void start() {
      running = true;
      peak = 0;
      thread =
          new Thread(
              () -> {
                while (running) {
                  long used = 0;
                  for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
                    if (pool.getType() == MemoryType.HEAP) {
                      used += pool.getUsage().getUsed();
                    }
                  }
                  peak = Math.max(peak, used);
                  try {
                    Thread.sleep(10);
                  } catch (InterruptedException e) {
                    return;
                  }
                }
              },
              "heap-peak");
      thread.setDaemon(true);
      thread.start();
    }

    long stop() throws InterruptedException {
      running = false;
      thread.join();
      return peak;
    }
  }
}
