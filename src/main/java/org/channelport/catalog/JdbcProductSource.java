package org.channelport.catalog;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.function.Consumer;
import javax.sql.DataSource;

/**
 * The catalog in MariaDB as the search index reads it: the current revision, the products an import
 * of a later revision wrote (imports raise the revision one at a time and write it on every product
 * they insert, change or deactivate), or all products, streamed.
 */
public final class JdbcProductSource implements ProductSource {
  private static final String COLUMNS =
      "SELECT id, sku, name, description, category_id, manufacturer, manufacturer_part_number,"
          + " base_price, active, stock, revision FROM product";

  private final DataSource dataSource;

  public JdbcProductSource(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  @Override
  public long revision() {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s =
            c.prepareStatement("SELECT revision FROM catalog_revision WHERE id = 1");
        ResultSet rs = s.executeQuery()) {
      return rs.next() ? rs.getLong(1) : 0;
    } catch (SQLException e) {
      throw new IllegalStateException("The catalog revision could not be read", e);
    }
  }

  @Override
  public long count() {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s = c.prepareStatement("SELECT COUNT(*) FROM product");
        ResultSet rs = s.executeQuery()) {
      return rs.next() ? rs.getLong(1) : 0;
    } catch (SQLException e) {
      throw new IllegalStateException("The products could not be counted", e);
    }
  }

  @Override
  public void changed(long after, long upTo, Consumer<IndexedProduct> each) {
    stream(COLUMNS + " WHERE revision > ? AND revision <= ?", each, after, upTo);
  }

  @Override
  public void all(Consumer<IndexedProduct> each) {
    stream(COLUMNS, each);
  }

  private void stream(String sql, Consumer<IndexedProduct> each, long... args) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s = c.prepareStatement(sql)) {
      // the driver streams the rows instead of holding a million in memory
      s.setFetchSize(1000);
      for (int i = 0; i < args.length; i++) {
        s.setLong(i + 1, args[i]);
      }
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          each.accept(
              new IndexedProduct(
                  rs.getLong(1),
                  rs.getString(2),
                  rs.getString(3),
                  rs.getString(4),
                  rs.getLong(5),
                  rs.getString(6),
                  rs.getString(7),
                  rs.getBigDecimal(8),
                  rs.getBoolean(9),
                  inStock(rs.getString(10)),
                  rs.getLong(11)));
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("The catalog could not be read for the search index", e);
    }
  }

  /** Whether any warehouse of the stock object ({"main": "12", ...}) holds some. */
  static boolean inStock(String stock) {
    if (stock == null || stock.length() < 3) {
      return false;
    }
    return ProductSearch.json(stock).values().stream()
        .anyMatch(
            v -> {
              try {
                return Long.parseLong(v.strip()) > 0;
              } catch (NumberFormatException e) {
                return false;
              }
            });
  }
}
