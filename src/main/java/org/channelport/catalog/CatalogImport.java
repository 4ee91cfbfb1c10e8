package org.channelport.catalog;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.sql.DataSource;

/**
 * The catalog import, in one streaming pass over the stored file ({@link #run}): a reading side on
 * the executor parses and checks the rows and hands them on in chunks of {@link #CHUNK} through a
 * short queue, while the calling thread writes the valid ones in one transaction (new rows by
 * {@code LOAD DATA} where the server allows it, the others by multi-row JDBC statements; rows
 * marked for deletion are deactivated). At the first bad row the writing stops and is rolled back,
 * unless the valid rows are to be applied anyway, and the rest of the file is only checked, so that
 * the report is complete. A row whose content hash and active flag are unchanged is not written at
 * all, so uploading the same file twice changes nothing; a pass that changed something is the
 * catalog's next revision.
 *
 * <p>Plain JDBC on a DataSource: the upload job uses it inside the portal, the benchmark directly.
 */
public final class CatalogImport {
  public static final int CHUNK = 1000;

  /** Told how far a pass got (rows read, bytes read) and every bad row. */
  public interface Listener {
    void progress(long rows, long bytes);

    void error(RowError error);

    Listener NONE =
        new Listener() {
          @Override
          public void progress(long rows, long bytes) {}

          @Override
          public void error(RowError error) {}
        };
  }

  /** What the pass found: rows read, valid, with errors; unknown columns and the like. */
  public record Validation(long rows, long valid, long errors, List<String> warnings) {}

  /** What was written; null when nothing was (errors, or an empty file). */
  public record Outcome(long inserted, long updated, long unchanged, long deactivated) {
    public long changed() {
      return inserted + updated + deactivated;
    }
  }

  public record Result(Validation validation, Outcome outcome) {}

  private final DataSource dataSource;
  private final Executor executor;

  /**
   * @param executor runs the reading side of a pass (one task per pass)
   */
  public CatalogImport(DataSource dataSource, Executor executor) {
    this.dataSource = dataSource;
    this.executor = executor;
  }

  /**
   * One streaming pass over the file: every row is checked, and the valid ones are written in one
   * transaction as the pass goes. At the first bad row the transaction is rolled back (unless
   * {@code applyValidRows}) and the rest of the file is only checked, so that the report is
   * complete; a file without errors is committed at the end. Either all of a file is applied, or
   * (with {@code applyValidRows}) all of its valid rows, or nothing.
   *
   * @param beforeCommit told when the pass is over and the commit begins (for a status)
   */
  public Result run(
      CatalogReader.Source source,
      CatalogFormat format,
      boolean applyValidRows,
      boolean deactivateMissing,
      Instant now,
      Listener listener,
      Runnable beforeCommit)
      throws IOException, SQLException {
    IdAllocator productIds = new IdAllocator(dataSource, "product", CHUNK);
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(false);
      try {
        Result result =
            pass(
                c,
                source,
                format,
                applyValidRows,
                deactivateMissing,
                now,
                listener,
                productIds,
                beforeCommit);
        if (result.outcome() != null) {
          c.commit();
        } else {
          c.rollback();
        }
        return result;
      } catch (IOException | SQLException | RuntimeException e) {
        c.rollback();
        throw e;
      } finally {
        c.setAutoCommit(true);
      }
    }
  }

  private Result pass(
      Connection c,
      CatalogReader.Source source,
      CatalogFormat format,
      boolean applyValidRows,
      boolean deactivateMissing,
      Instant now,
      Listener listener,
      IdAllocator productIds,
      Runnable beforeCommit)
      throws IOException, SQLException {
    long revision = nextRevision(c);
    Counting counting = new Counting(source);
    try (CatalogReader reader = CatalogReader.open(format, counting)) {
      Map<String, Long> categories = storeDeclaredCategories(c, reader.categories());
      if (deactivateMissing) {
        try (Statement s = c.createStatement()) {
          s.execute("DROP TEMPORARY TABLE IF EXISTS upload_sku");
          s.execute(
              "CREATE TEMPORARY TABLE upload_sku (sku VARCHAR(64) NOT NULL PRIMARY KEY)"
                  + " DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci");
        }
      }
      Writer writer = new Writer(c, revision, Timestamp.from(now), productIds, deactivateMissing);
      ProductValidator validator = new ProductValidator(categories);
      // reading and checking (CPU) runs beside the writing (database): chunks pass a short queue
      BlockingQueue<Object> queue = new ArrayBlockingQueue<>(3);
      AtomicBoolean stop = new AtomicBoolean();
      Counts counts = new Counts();
      CompletableFuture<Void> producing =
          CompletableFuture.runAsync(
              () -> {
                try {
                  produce(
                      reader, validator, applyValidRows, listener, counting, queue, stop, counts);
                } finally {
                  offer(queue, END, stop);
                }
              },
              executor);
      boolean writing = true;
      try {
        for (Object item = queue.take(); item != END; item = queue.take()) {
          if (item == FAILED) {
            // nothing of this file will be applied: stop writing, the reader keeps checking
            c.rollback();
            writing = false;
          } else if (writing) {
            @SuppressWarnings("unchecked")
            List<ProductData> chunk = (List<ProductData>) item;
            writer.write(chunk);
          }
        }
      } catch (SQLException | RuntimeException e) {
        stop.set(true);
        throw e;
      } catch (InterruptedException e) {
        stop.set(true);
        Thread.currentThread().interrupt();
        throw new IOException("interrupted", e);
      } finally {
        awaitProducer(producing, stop.get());
      }
      Validation validation =
          new Validation(counts.rows, counts.valid, counts.bad, reader.warnings());
      if (!writing || counts.valid == 0) {
        return new Result(validation, null);
      }
      writer.flush();
      beforeCommit.run();
      long deactivated = writer.deactivated;
      if (deactivateMissing) {
        deactivated += writer.deactivateMissing();
      }
      writer.registerColumns();
      Outcome outcome = new Outcome(writer.inserted, writer.updated, writer.unchanged, deactivated);
      if (outcome.changed() > 0) {
        try (PreparedStatement s =
            c.prepareStatement("UPDATE catalog_revision SET revision = ? WHERE id = 1")) {
          s.setLong(1, revision);
          s.executeUpdate();
        }
        try (PreparedStatement s =
            c.prepareStatement("INSERT INTO catalog_revision_log (revision, at) VALUES (?, ?)")) {
          s.setLong(1, revision);
          s.setTimestamp(2, Timestamp.from(now));
          s.executeUpdate();
        }
      }
      return new Result(validation, outcome);
    }
  }

  private static final Object END = new Object();
  private static final Object FAILED = new Object();

  /** What the reading side counted; read by the writing side after it finished. */
  private static final class Counts {
    long rows;
    long valid;
    long bad;
  }

  private static void produce(
      CatalogReader reader,
      ProductValidator validator,
      boolean applyValidRows,
      Listener listener,
      Counting counting,
      BlockingQueue<Object> queue,
      AtomicBoolean stop,
      Counts counts) {
    boolean sending = true;
    List<ProductData> chunk = new ArrayList<>(CHUNK);
    for (RawProduct raw = reader.next(); raw != null && !stop.get(); raw = reader.next()) {
      counts.rows++;
      boolean[] failed = {false};
      ProductData data =
          validator.check(
              raw,
              e -> {
                failed[0] = true;
                listener.error(e);
              });
      if (data != null) {
        counts.valid++;
        if (sending) {
          chunk.add(data);
          if (chunk.size() == CHUNK) {
            offer(queue, chunk, stop);
            chunk = new ArrayList<>(CHUNK);
          }
        }
      } else if (failed[0]) {
        counts.bad++;
        if (sending && !applyValidRows) {
          offer(queue, FAILED, stop);
          sending = false;
          chunk = new ArrayList<>();
        }
      }
      if ((counts.rows & 1023) == 0) {
        listener.progress(counts.rows, counting.bytes());
      }
    }
    if (sending && !chunk.isEmpty()) {
      offer(queue, chunk, stop);
    }
    listener.progress(counts.rows, counting.bytes());
  }

  private static void offer(BlockingQueue<Object> queue, Object item, AtomicBoolean stop) {
    try {
      while (!stop.get()) {
        if (queue.offer(item, 100, TimeUnit.MILLISECONDS)) {
          return;
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      stop.set(true);
    }
  }

  /** Waits for the reading side; its failure (a bad file) is the pass's failure. */
  private static void awaitProducer(CompletableFuture<Void> producing, boolean writerFailed)
      throws IOException {
    try {
      producing.join();
    } catch (CompletionException e) {
      if (writerFailed) {
        return; // the writer's own exception is the one to report
      }
      Throwable cause = e.getCause();
      if (cause instanceof UncheckedIOException io) {
        throw io.getCause();
      }
      if (cause instanceof RuntimeException runtime) {
        throw runtime;
      }
      throw new IOException(cause);
    }
  }

  /** The revision this apply writes; the row lock also keeps applies one at a time. */
  private static long nextRevision(Connection c) throws SQLException {
    try (Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery("SELECT revision FROM catalog_revision WHERE id = 1 FOR UPDATE")) {
      rs.next();
      return rs.getLong(1) + 1;
    }
  }

  /** Category id by code (both as stored and lower case). */
  public Map<String, Long> categories() throws SQLException {
    try (Connection c = dataSource.getConnection()) {
      return categories(c);
    }
  }

  private static Map<String, Long> categories(Connection c) throws SQLException {
    Map<String, Long> byCode = new HashMap<>();
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT id, code FROM catalog_category")) {
      while (rs.next()) {
        byCode.put(rs.getString(2), rs.getLong(1));
        byCode.putIfAbsent(rs.getString(2).toLowerCase(Locale.ROOT), rs.getLong(1));
      }
    }
    return byCode;
  }

  /** BMEcat's catalog group system: groups not yet known become categories. */
  private Map<String, Long> storeDeclaredCategories(Connection c, List<CategoryDecl> declared)
      throws SQLException {
    Map<String, Long> known = categories(c);
    if (declared.isEmpty()) {
      return known;
    }
    IdAllocator ids = new IdAllocator(dataSource, "catalog_category", 50);
    List<CategoryDecl> pending = new ArrayList<>();
    for (CategoryDecl d : declared) {
      if (!known.containsKey(d.code()) && d.code().length() <= 64) {
        pending.add(d);
      }
    }
    // parents first: repeat while some category waits for its parent
    int sort = 1000;
    boolean progress = true;
    while (!pending.isEmpty() && progress) {
      progress = false;
      for (var it = pending.iterator(); it.hasNext(); ) {
        CategoryDecl d = it.next();
        boolean parentReady =
            d.parentCode() == null
                || known.containsKey(d.parentCode())
                || declared.stream().noneMatch(o -> o.code().equals(d.parentCode()));
        if (!parentReady) {
          continue;
        }
        long id = ids.next();
        try (PreparedStatement s =
            c.prepareStatement(
                "INSERT INTO catalog_category (id, code, name, parent_id, sort_order, version)"
                    + " VALUES (?, ?, ?, ?, ?, 0)")) {
          s.setLong(1, id);
          s.setString(2, d.code());
          s.setString(3, clip(d.name(), 200));
          Long parent = d.parentCode() == null ? null : known.get(d.parentCode());
          if (parent == null) {
            s.setNull(4, Types.BIGINT);
          } else {
            s.setLong(4, parent);
          }
          s.setInt(5, sort++);
          s.executeUpdate();
        }
        known.put(d.code(), id);
        it.remove();
        progress = true;
      }
    }
    return known;
  }

  private static String clip(String s, int max) {
    return s.length() <= max ? s : s.substring(0, max);
  }

  /** Writes chunks of checked products. */
  private static final class Writer {
    private static final String COLUMNS =
        "id, sku, name, description, category_id, manufacturer, manufacturer_part_number,"
            + " weight_kg, delivery_days, image_url, base_price, currency, active, attributes,"
            + " stock, content_hash, revision, created_at, updated_at, version";
    private static final int PARAMS = 19;
    private static final String UPSERT_TAIL =
        " ON DUPLICATE KEY UPDATE sku = VALUES(sku), name = VALUES(name),"
            + " description = VALUES(description), category_id = VALUES(category_id),"
            + " manufacturer = VALUES(manufacturer),"
            + " manufacturer_part_number = VALUES(manufacturer_part_number),"
            + " weight_kg = VALUES(weight_kg), delivery_days = VALUES(delivery_days),"
            + " image_url = VALUES(image_url), base_price = VALUES(base_price),"
            + " currency = VALUES(currency), active = VALUES(active),"
            + " attributes = VALUES(attributes), stock = VALUES(stock),"
            + " content_hash = VALUES(content_hash), revision = VALUES(revision),"
            + " updated_at = VALUES(updated_at), version = version + 1";

    private static final int BULK_ROWS = 10_000;
    private final Connection c;
    private final BulkLoad bulk;
    private final long revision;
    private final Timestamp now;
    private final IdAllocator ids;
    private final boolean trackSkus;
    private final Map<Integer, String> upsertSql = new HashMap<>();
    private final Set<String> attributeKeys = new TreeSet<>();
    private final Set<String> warehouses = new TreeSet<>();
    long inserted;
    long updated;
    long unchanged;
    long deactivated;

    Writer(Connection c, long revision, Timestamp now, IdAllocator ids, boolean trackSkus) {
      this.c = c;
      this.bulk = BulkLoad.supported(c) ? new BulkLoad() : null;
      this.revision = revision;
      this.now = now;
      this.ids = ids;
      this.trackSkus = trackSkus;
    }

    private record Existing(long id, String hash, boolean active) {}

    void write(List<ProductData> chunk) throws SQLException {
      if (chunk.isEmpty()) {
        return;
      }
      Map<String, Existing> existing = existing(chunk);
      List<ProductData> upserts = new ArrayList<>(chunk.size());
      List<Long> upsertIds = new ArrayList<>(chunk.size());
      List<Long> toDeactivate = new ArrayList<>();
      for (ProductData p : chunk) {
        Existing e = existing.get(key(p.sku()));
        if (p.delete()) {
          if (e != null && e.active()) {
            toDeactivate.add(e.id());
          }
          continue;
        }
        attributeKeys.addAll(p.attributes().keySet());
        warehouses.addAll(p.stock().keySet());
        if (e == null && bulk != null) {
          bulk.add(ids.next(), p, revision, now);
          inserted++;
          if (bulk.rows() >= BULK_ROWS) {
            bulk.load(c);
          }
        } else if (e == null) {
          upserts.add(p);
          upsertIds.add(ids.next());
          inserted++;
        } else if (!e.hash().equals(p.contentHash()) || e.active() != p.active()) {
          upserts.add(p);
          upsertIds.add(e.id());
          updated++;
        } else {
          unchanged++;
        }
      }
      if (!upserts.isEmpty()) {
        upsert(upserts, upsertIds);
      }
      if (!toDeactivate.isEmpty()) {
        deactivated += deactivate(toDeactivate);
      }
      if (trackSkus) {
        trackSkus(chunk);
      }
    }

    private static String key(String sku) {
      return sku.toUpperCase(Locale.ROOT);
    }

    private Map<String, Existing> existing(List<ProductData> chunk) throws SQLException {
      StringBuilder sql =
          new StringBuilder("SELECT id, sku, content_hash, active FROM product WHERE sku IN (");
      for (int i = 0; i < chunk.size(); i++) {
        sql.append(i == 0 ? "?" : ",?");
      }
      sql.append(')');
      Map<String, Existing> found = new HashMap<>(chunk.size() * 2);
      try (PreparedStatement s = c.prepareStatement(sql.toString())) {
        for (int i = 0; i < chunk.size(); i++) {
          s.setString(i + 1, chunk.get(i).sku());
        }
        try (ResultSet rs = s.executeQuery()) {
          while (rs.next()) {
            found.put(
                key(rs.getString(2)),
                new Existing(rs.getLong(1), rs.getString(3), rs.getBoolean(4)));
          }
        }
      }
      return found;
    }

    private void upsert(List<ProductData> rows, List<Long> rowIds) throws SQLException {
      String sql =
          upsertSql.computeIfAbsent(
              rows.size(),
              n -> {
                StringBuilder b =
                    new StringBuilder("INSERT INTO product (").append(COLUMNS).append(") VALUES ");
                String one = "(" + "?,".repeat(PARAMS) + "0)";
                for (int i = 0; i < n; i++) {
                  b.append(i == 0 ? "" : ",").append(one);
                }
                return b.append(UPSERT_TAIL).toString();
              });
      try (PreparedStatement s = c.prepareStatement(sql)) {
        int i = 1;
        for (int r = 0; r < rows.size(); r++) {
          ProductData p = rows.get(r);
          s.setLong(i++, rowIds.get(r));
          s.setString(i++, p.sku());
          s.setString(i++, p.name());
          s.setString(i++, p.description());
          s.setLong(i++, p.categoryId());
          s.setString(i++, p.manufacturer());
          s.setString(i++, p.manufacturerPartNumber());
          setDecimal(s, i++, p.weightKg());
          if (p.deliveryDays() == null) {
            s.setNull(i++, Types.INTEGER);
          } else {
            s.setInt(i++, p.deliveryDays());
          }
          s.setString(i++, p.imageUrl());
          s.setBigDecimal(i++, p.basePrice());
          s.setString(i++, p.currency());
          s.setBoolean(i++, p.active());
          s.setString(i++, ProductData.Json.object(p.attributes()));
          s.setString(i++, ProductData.Json.object(p.stock()));
          s.setString(i++, p.contentHash());
          s.setLong(i++, revision);
          s.setTimestamp(i++, now);
          s.setTimestamp(i++, now);
        }
        s.executeUpdate();
      }
    }

    private static void setDecimal(PreparedStatement s, int i, BigDecimal value)
        throws SQLException {
      if (value == null) {
        s.setNull(i, Types.DECIMAL);
      } else {
        s.setBigDecimal(i, value);
      }
    }

    private long deactivate(List<Long> productIds) throws SQLException {
      StringBuilder sql =
          new StringBuilder(
              "UPDATE product SET active = FALSE, revision = ?, updated_at = ?,"
                  + " version = version + 1 WHERE active AND id IN (");
      for (int i = 0; i < productIds.size(); i++) {
        sql.append(i == 0 ? "?" : ",?");
      }
      sql.append(')');
      try (PreparedStatement s = c.prepareStatement(sql.toString())) {
        s.setLong(1, revision);
        s.setTimestamp(2, now);
        for (int i = 0; i < productIds.size(); i++) {
          s.setLong(i + 3, productIds.get(i));
        }
        return s.executeUpdate();
      }
    }

    private void trackSkus(List<ProductData> chunk) throws SQLException {
      StringBuilder sql = new StringBuilder("INSERT IGNORE INTO upload_sku (sku) VALUES ");
      for (int i = 0; i < chunk.size(); i++) {
        sql.append(i == 0 ? "(?)" : ",(?)");
      }
      try (PreparedStatement s = c.prepareStatement(sql.toString())) {
        for (int i = 0; i < chunk.size(); i++) {
          s.setString(i + 1, chunk.get(i).sku());
        }
        s.executeUpdate();
      }
    }

    /** Sends the new rows still waiting for LOAD DATA; call after the last chunk. */
    void flush() throws SQLException {
      if (bulk != null && bulk.rows() > 0) {
        bulk.load(c);
      }
    }

    long deactivateMissing() throws SQLException {
      try (PreparedStatement s =
          c.prepareStatement(
              "UPDATE product p LEFT JOIN upload_sku u ON u.sku = p.sku"
                  + " SET p.active = FALSE, p.revision = ?, p.updated_at = ?,"
                  + " p.version = p.version + 1 WHERE u.sku IS NULL AND p.active")) {
        s.setLong(1, revision);
        s.setTimestamp(2, now);
        return s.executeUpdate();
      } finally {
        try (Statement s = c.createStatement()) {
          s.execute("DROP TEMPORARY TABLE IF EXISTS upload_sku");
        }
      }
    }

    void registerColumns() throws SQLException {
      if (attributeKeys.isEmpty() && warehouses.isEmpty()) {
        return;
      }
      try (PreparedStatement s =
          c.prepareStatement("INSERT IGNORE INTO catalog_column (kind, name) VALUES (?, ?)")) {
        for (String key : attributeKeys) {
          s.setString(1, "attr");
          s.setString(2, key);
          s.addBatch();
        }
        for (String warehouse : warehouses) {
          s.setString(1, "stock");
          s.setString(2, warehouse);
          s.addBatch();
        }
        s.executeBatch();
      }
    }
  }

  /** Counts the bytes a reader took from the file, for the progress bar. */
  private static final class Counting implements CatalogReader.Source {
    private final CatalogReader.Source source;
    private volatile long bytes;

    Counting(CatalogReader.Source source) {
      this.source = source;
    }

    long bytes() {
      return bytes;
    }

    @Override
    public InputStream open() throws IOException {
      bytes = 0;
      return new FilterInputStream(source.open()) {
        @Override
        public int read() throws IOException {
          int b = super.read();
          if (b >= 0) {
            bytes++;
          }
          return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
          int n = super.read(buffer, offset, length);
          if (n > 0) {
            bytes += n;
          }
          return n;
        }
      };
    }
  }
}
