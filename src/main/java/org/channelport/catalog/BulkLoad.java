package org.channelport.catalog;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;

/**
 * New products go to the database with LOAD DATA LOCAL INFILE from memory: rows already parsed,
 * checked and given their ids here are written as tab-separated text (MariaDB's escapes) and sent
 * in blocks of some thousand rows, within the import's transaction. Only the MariaDB driver can
 * stream from memory; with another driver the import uses multi-row INSERTs instead.
 */
final class BulkLoad {
  private static final String COLUMNS =
      "(id, sku, name, description, category_id, manufacturer, manufacturer_part_number,"
          + " weight_kg, delivery_days, image_url, base_price, currency, active, attributes, stock,"
          + " content_hash, revision, created_at, updated_at, version)";
  private static final String SQL =
      "LOAD DATA LOCAL INFILE 'catalog-upload.tsv' INTO TABLE product CHARACTER SET utf8mb4"
          + " FIELDS TERMINATED BY '\\t' ESCAPED BY '\\\\' LINES TERMINATED BY '\\n' "
          + COLUMNS;

  private final ByteArrayOutputStream buffer = new ByteArrayOutputStream(4 * 1024 * 1024);
  private final StringBuilder line = new StringBuilder(512);
  private int rows;

  static boolean supported(Connection c) {
    try {
      return c.isWrapperFor(org.mariadb.jdbc.Connection.class)
          && c.unwrap(org.mariadb.jdbc.Connection.class).getContext().getConf().allowLocalInfile();
    } catch (SQLException | RuntimeException | LinkageError e) {
      return false;
    }
  }

  int rows() {
    return rows;
  }

  void add(long id, ProductData p, long revision, Timestamp now) {
    line.setLength(0);
    field(String.valueOf(id));
    field(p.sku());
    field(p.name());
    field(p.description());
    field(String.valueOf(p.categoryId()));
    field(p.manufacturer());
    field(p.manufacturerPartNumber());
    field(plain(p.weightKg()));
    field(p.deliveryDays() == null ? null : p.deliveryDays().toString());
    field(p.imageUrl());
    field(plain(p.basePrice()));
    field(p.currency());
    field(p.active() ? "1" : "0");
    field(ProductData.Json.object(p.attributes()));
    field(ProductData.Json.object(p.stock()));
    field(p.contentHash());
    field(String.valueOf(revision));
    field(now.toString());
    field(now.toString());
    line.append('0').append('\n');
    buffer.writeBytes(line.toString().getBytes(StandardCharsets.UTF_8));
    rows++;
  }

  private static String plain(BigDecimal value) {
    return value == null ? null : value.toPlainString();
  }

  private void field(String value) {
    if (value == null) {
      line.append("\\N");
    } else {
      for (int i = 0; i < value.length(); i++) {
        char ch = value.charAt(i);
        switch (ch) {
          case '\\' -> line.append("\\\\");
          case '\t' -> line.append("\\t");
          case '\n' -> line.append("\\n");
          case '\r' -> line.append("\\r");
          case '\0' -> line.append("\\0");
          default -> line.append(ch);
        }
      }
    }
    line.append('\t');
  }

  void load(Connection c) throws SQLException {
    try (Statement s = c.createStatement()) {
      s.unwrap(org.mariadb.jdbc.Statement.class)
          .setLocalInfileInputStream(new ByteArrayInputStream(buffer.toByteArray()));
      long loaded = s.executeLargeUpdate(SQL);
      if (loaded != rows) {
        throw new SQLException("LOAD DATA stored " + loaded + " of " + rows + " new products");
      }
    } finally {
      buffer.reset();
      rows = 0;
    }
  }
}
