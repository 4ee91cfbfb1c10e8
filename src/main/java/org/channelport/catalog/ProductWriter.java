package org.channelport.catalog;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Writes chunks of checked products on the import's connection, inside its transaction: one {@code
 * SELECT ... WHERE sku IN (...)} per chunk finds the existing rows; new products go to LOAD DATA
 * ({@link BulkLoad}, sent every 10,000 rows) when the driver can, else with the changed ones in one
 * multi-row {@code INSERT ... ON DUPLICATE KEY UPDATE} per chunk; rows marked for deletion
 * deactivate their product; a row whose content hash and active flag are unchanged is not written
 * at all. With {@code trackSkus} every SKU of the file goes to a temporary table, so the products
 * the file no longer names can be deactivated at the end.
 */
final class ProductWriter {
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
  private long inserted;
  private long updated;
  private long unchanged;
  private long deactivated;

  /** With {@code trackSkus}, (re)creates the temporary table of the file's SKUs first. */
  ProductWriter(Connection c, long revision, Timestamp now, IdAllocator ids, boolean trackSkus)
      throws SQLException {
    if (trackSkus) {
      try (Statement s = c.createStatement()) {
        s.execute("DROP TEMPORARY TABLE IF EXISTS upload_sku");
        s.execute(
            "CREATE TEMPORARY TABLE upload_sku (sku VARCHAR(64) NOT NULL PRIMARY KEY)"
                + " DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci");
      }
    }
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
              key(rs.getString(2)), new Existing(rs.getLong(1), rs.getString(3), rs.getBoolean(4)));
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

  private static void setDecimal(PreparedStatement s, int i, BigDecimal value) throws SQLException {
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

  /** Deactivates the active products the file did not name; needs {@code trackSkus}. */
  void deactivateMissing() throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement(
            "UPDATE product p LEFT JOIN upload_sku u ON u.sku = p.sku"
                + " SET p.active = FALSE, p.revision = ?, p.updated_at = ?,"
                + " p.version = p.version + 1 WHERE u.sku IS NULL AND p.active")) {
      s.setLong(1, revision);
      s.setTimestamp(2, now);
      deactivated += s.executeUpdate();
    } finally {
      try (Statement s = c.createStatement()) {
        s.execute("DROP TEMPORARY TABLE IF EXISTS upload_sku");
      }
    }
  }

  /** What was written so far. */
  CatalogImport.Outcome outcome() {
    return new CatalogImport.Outcome(inserted, updated, unchanged, deactivated);
  }

  /** Makes the attribute keys and warehouses of the written rows known as columns. */
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
