package org.channelport.catalog;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonReaderFactory;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.channelport.platform.ListQuery;
import org.channelport.shared.Money;

/**
 * Product queries in SQL: keyword search on the FULLTEXT index, category (with its sub-categories),
 * price range, active flag, sort, one page; the caller's contract price comes along in a correlated
 * subquery. Used by the catalog pages, the API, the export and the public showroom (and by the
 * benchmark, on its own DataSource).
 */
public final class ProductSearch {
  /** What to look for; null fields do not filter. */
  public record Criteria(
      String keywords,
      Collection<Long> categoryIds,
      BigDecimal minBasePrice,
      BigDecimal maxBasePrice,
      Boolean active,
      Long sinceRevision,
      Instant changedSince,
      String sort,
      boolean ascending) {

    public static Criteria all() {
      return new Criteria(null, null, null, null, null, null, null, "sku", true);
    }
  }

  public static final List<String> SORTS = List.of("relevance", "name", "price", "sku", "newest");

  private static final String MATCH =
      "MATCH (p.name, p.description, p.manufacturer, p.sku) AGAINST (? IN BOOLEAN MODE)";
  private static final String COLUMNS =
      "p.id, p.sku, p.name, p.description, p.category_id, c.code, c.name, p.manufacturer,"
          + " p.manufacturer_part_number, p.weight_kg, p.delivery_days, p.image_url, p.base_price,"
          + " p.currency, p.active, p.attributes, p.stock, p.revision, p.updated_at";
  private static final String CONTRACT =
      "(SELECT cp.price FROM contract_price cp WHERE cp.partner_id = ? AND cp.product_id = p.id"
          + " AND cp.valid_from <= ? AND (cp.valid_to IS NULL OR cp.valid_to >= ?)"
          + " ORDER BY cp.valid_from DESC LIMIT 1)";

  private final DataSource dataSource;

  public ProductSearch(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  /** One page of matches; {@code limit} + 1 rows are read so callers can tell if more follow. */
  public List<ProductView> rows(Criteria criteria, PriceContext prices, int offset, int limit) {
    List<Object> args = new ArrayList<>();
    StringBuilder sql = new StringBuilder("SELECT ").append(COLUMNS);
    if (prices.forPartner()) {
      sql.append(", ").append(CONTRACT);
      args.add(prices.partnerId());
      args.add(Date.valueOf(prices.day()));
      args.add(Date.valueOf(prices.day()));
    } else {
      sql.append(", NULL");
    }
    sql.append(" FROM product p JOIN catalog_category c ON c.id = p.category_id");
    String booleanQuery = where(criteria, sql, args);
    sql.append(" ORDER BY ").append(order(criteria, booleanQuery, args));
    sql.append(" LIMIT ? OFFSET ?");
    args.add(limit);
    args.add(offset);
    List<ProductView> rows = new ArrayList<>();
    query(sql.toString(), args, rs -> rows.add(view(rs, prices)));
    return rows;
  }

  /** One product by its SKU (any letter case), or null. */
  public ProductView bySku(String sku, PriceContext prices) {
    List<Object> args = new ArrayList<>();
    StringBuilder sql = new StringBuilder("SELECT ").append(COLUMNS);
    if (prices.forPartner()) {
      sql.append(", ").append(CONTRACT);
      args.add(prices.partnerId());
      args.add(Date.valueOf(prices.day()));
      args.add(Date.valueOf(prices.day()));
    } else {
      sql.append(", NULL");
    }
    sql.append(" FROM product p JOIN catalog_category c ON c.id = p.category_id WHERE p.sku = ?");
    args.add(sku);
    List<ProductView> rows = new ArrayList<>(1);
    query(sql.toString(), args, rs -> rows.add(view(rs, prices)));
    return rows.isEmpty() ? null : rows.get(0);
  }

  /**
   * These products in this order, with the caller's prices (the page of an index search): a product
   * that no longer passes {@code active} or {@code categoryIds} (null: any) is left out, as the
   * index may be a second behind the database.
   */
  public List<ProductView> byIds(
      List<Long> ids, PriceContext prices, Boolean active, Collection<Long> categoryIds) {
    if (ids.isEmpty()) {
      return List.of();
    }
    List<Object> args = new ArrayList<>();
    StringBuilder sql = new StringBuilder("SELECT ").append(COLUMNS);
    if (prices.forPartner()) {
      sql.append(", ").append(CONTRACT);
      args.add(prices.partnerId());
      args.add(Date.valueOf(prices.day()));
      args.add(Date.valueOf(prices.day()));
    } else {
      sql.append(", NULL");
    }
    sql.append(" FROM product p JOIN catalog_category c ON c.id = p.category_id WHERE p.id IN (");
    sql.append(String.join(",", ids.stream().map(id -> "?").toList())).append(')');
    args.addAll(ids);
    if (active != null) {
      sql.append(" AND p.active = ?");
      args.add(active);
    }
    if (categoryIds != null) {
      if (categoryIds.isEmpty()) {
        return List.of();
      }
      sql.append(" AND p.category_id IN (")
          .append(String.join(",", categoryIds.stream().map(id -> "?").toList()))
          .append(')');
      args.addAll(categoryIds);
    }
    Map<Long, ProductView> found = new java.util.HashMap<>();
    query(sql.toString(), args, rs -> found.put(rs.getLong(1), view(rs, prices)));
    return ids.stream().map(found::get).filter(java.util.Objects::nonNull).toList();
  }

  public long count(Criteria criteria) {
    List<Object> args = new ArrayList<>();
    StringBuilder sql = new StringBuilder("SELECT COUNT(*) FROM product p");
    where(criteria, sql, args);
    long[] count = {0};
    query(sql.toString(), args, rs -> count[0] = rs.getLong(1));
    return count[0];
  }

  /** Every match in SKU order, one at a time (the export): the driver streams the rows. */
  public void stream(Criteria criteria, PriceContext prices, Consumer<ProductView> each) {
    List<Object> args = new ArrayList<>();
    StringBuilder sql = new StringBuilder("SELECT ").append(COLUMNS);
    if (prices.forPartner()) {
      sql.append(", ").append(CONTRACT);
      args.add(prices.partnerId());
      args.add(Date.valueOf(prices.day()));
      args.add(Date.valueOf(prices.day()));
    } else {
      sql.append(", NULL");
    }
    sql.append(" FROM product p JOIN catalog_category c ON c.id = p.category_id");
    where(criteria, sql, args);
    sql.append(" ORDER BY p.sku");
    query(sql.toString(), args, rs -> each.accept(view(rs, prices)));
  }

  private static String where(Criteria criteria, StringBuilder sql, List<Object> args) {
    List<String> where = new ArrayList<>();
    String booleanQuery = booleanQuery(criteria.keywords());
    if (booleanQuery != null) {
      where.add(MATCH);
      args.add(booleanQuery);
    } else if (criteria.keywords() != null && !criteria.keywords().isBlank()) {
      // only words too short for the index: look for them in the SKU and name
      where.add(
          "(p.sku LIKE ?"
              + ListQuery.ESCAPE_CLAUSE
              + " OR p.name LIKE ?"
              + ListQuery.ESCAPE_CLAUSE
              + ")");
      String keywords = criteria.keywords().strip();
      String like = ListQuery.like(keywords.length() > 100 ? keywords.substring(0, 100) : keywords);
      args.add(like);
      args.add(like);
    }
    if (criteria.active() != null) {
      where.add("p.active = ?");
      args.add(criteria.active());
    }
    if (criteria.categoryIds() != null) {
      if (criteria.categoryIds().isEmpty()) {
        where.add("FALSE");
      } else {
        where.add(
            "p.category_id IN ("
                + String.join(",", criteria.categoryIds().stream().map(id -> "?").toList())
                + ")");
        args.addAll(criteria.categoryIds());
      }
    }
    if (criteria.minBasePrice() != null) {
      where.add("p.base_price >= ?");
      args.add(criteria.minBasePrice());
    }
    if (criteria.maxBasePrice() != null) {
      where.add("p.base_price <= ?");
      args.add(criteria.maxBasePrice());
    }
    if (criteria.sinceRevision() != null) {
      where.add("p.revision > ?");
      args.add(criteria.sinceRevision());
    }
    if (criteria.changedSince() != null) {
      // the last revision committed by then; products changed later have a higher one
      where.add(
          "p.revision > (SELECT COALESCE(MAX(l.revision), 0) FROM catalog_revision_log l"
              + " WHERE l.at <= ?)");
      args.add(Timestamp.from(criteria.changedSince()));
    }
    if (!where.isEmpty()) {
      sql.append(" WHERE ").append(String.join(" AND ", where));
    }
    return booleanQuery;
  }

  private static String order(Criteria criteria, String booleanQuery, List<Object> args) {
    String dir = criteria.ascending() ? " ASC" : " DESC";
    String sort = criteria.sort() == null ? "" : criteria.sort();
    return switch (sort) {
      case "name" -> "p.name" + dir + ", p.id";
      case "price" -> "p.base_price" + dir + ", p.id";
      case "newest" -> "p.revision DESC, p.id DESC";
      case "sku" -> "p.sku" + dir;
      default -> {
        if (booleanQuery != null) {
          args.add(booleanQuery);
          yield MATCH + " DESC, p.id";
        }
        yield "p.name ASC, p.id";
      }
    };
  }

  /**
   * The words of a search as an InnoDB boolean query: every word required, as a prefix; operators
   * typed by the user are dropped. Null when no word is long enough for the index (3 characters).
   */
  static String booleanQuery(String keywords) {
    if (keywords == null) {
      return null;
    }
    List<String> terms = new ArrayList<>();
    for (String word : keywords.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
      if (word.length() >= 3 && terms.size() < 10) {
        terms.add("+" + word + "*");
      }
    }
    return terms.isEmpty() ? null : String.join(" ", terms);
  }

  private interface RowHandler {
    void handle(ResultSet rs) throws SQLException;
  }

  private void query(String sql, List<Object> args, RowHandler handler) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s = c.prepareStatement(sql)) {
      s.setFetchSize(500);
      for (int i = 0; i < args.size(); i++) {
        s.setObject(i + 1, args.get(i));
      }
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          handler.handle(rs);
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Product query failed", e);
    }
  }

  private static ProductView view(ResultSet rs, PriceContext prices) throws SQLException {
    BigDecimal base = rs.getBigDecimal(13);
    BigDecimal contract = rs.getBigDecimal(20);
    Integer delivery = rs.getInt(11);
    if (rs.wasNull()) {
      delivery = null;
    }
    Timestamp updated = rs.getTimestamp(19);
    String currency = rs.getString(14);
    Money net =
        prices.net(
            Money.of(base, currency), contract == null ? null : Money.of(contract, currency));
    return new ProductView(
        rs.getLong(1),
        rs.getString(2),
        rs.getString(3),
        rs.getString(4),
        rs.getLong(5),
        rs.getString(6),
        rs.getString(7),
        rs.getString(8),
        rs.getString(9),
        rs.getBigDecimal(10),
        delivery,
        rs.getString(12),
        base,
        currency,
        rs.getBoolean(15),
        json(rs.getString(16)),
        json(rs.getString(17)),
        rs.getLong(18),
        updated == null ? null : updated.toInstant(),
        net == null ? null : net.amount(),
        contract != null);
  }

  /** Looked up once: {@code Json.createReader} looks for the provider on every call. */
  private static final JsonReaderFactory JSON = Json.createReaderFactory(Map.of());

  static Map<String, String> json(String text) {
    if (text == null || text.isBlank()) {
      return Map.of();
    }
    try (JsonReader reader = JSON.createReader(new StringReader(text))) {
      JsonObject object = reader.readObject();
      Map<String, String> map = new LinkedHashMap<>();
      object.forEach(
          (k, v) ->
              map.put(
                  k,
                  v.getValueType() == JsonValue.ValueType.STRING
                      ? ((JsonString) v).getString()
                      : v.toString()));
      return map;
    }
  }
}
