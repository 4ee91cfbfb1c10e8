package org.channelport.analytics;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.channelport.platform.Database;
import org.channelport.security.AccessRules;
import org.channelport.security.Caller;
import org.channelport.shared.RecordNotFoundException;

/**
 * The figures of the dashboards and the analytics API, read from the roll-up tables (never from the
 * raw records) within the caller's scope: a channel manager's portfolio, a partner user's own
 * partner (whatever partner is asked for). A partner asked for outside the scope is not found, and
 * the attempt is audited.
 */
@ApplicationScoped
public class Analytics {
  public static final int MAX_LIMIT = 100;

  @Resource(lookup = Database.JNDI_NAME)
  DataSource dataSource;

  @Inject AccessRules access;

  /** The KPIs of the filter's period. */
  public Kpis kpis(AnalyticsFilter filter) {
    Scope scope = scope(filter);
    return kpis(filter, scope);
  }

  /** The KPIs of the filter's period and of the period of the same length before it. */
  public List<Kpis> kpisWithPrevious(AnalyticsFilter filter) {
    Scope scope = scope(filter);
    return List.of(kpis(filter, scope), kpis(filter.previous(), scope));
  }

  private Kpis kpis(AnalyticsFilter f, Scope scope) {
    List<Object> params = new ArrayList<>();
    String sql = "SELECT " + Totals.SUMS + " FROM " + dayRows(f, scope, params) + " t";
    Totals totals = one(sql, params, r -> Totals.read(r, 1));
    Kpis.Medians medians =
        new Kpis.Medians(
            median("accept", f, scope, 15),
            median("deal_decision", f, scope, 15),
            median("order_ship", f, scope, 0),
            median("claim_cycle", f, scope, 15));
    return Kpis.of(f.from(), f.to(), partners(scope), totals, medians);
  }

  private long partners(Scope scope) {
    List<Object> params = new ArrayList<>();
    String sql = "SELECT COUNT(*) FROM partner p WHERE " + scope.where("p.id", params);
    return one(sql, params, r -> r.getLong(1));
  }

  private BigDecimal median(String metric, AnalyticsFilter f, Scope scope, int width) {
    List<Object> params = new ArrayList<>();
    String histogram =
        periodRows(
            "analytics_duration_day",
            "analytics_duration_month",
            "t.bucket_minutes, t.n",
            " AND t.metric = ?",
            List.of(metric),
            f,
            scope,
            params);
    String sql =
        "SELECT t.bucket_minutes, SUM(t.n) FROM "
            + histogram
            + " t GROUP BY t.bucket_minutes ORDER BY t.bucket_minutes";
    List<long[]> rows = list(sql, params, r -> new long[] {r.getLong(1), r.getLong(2)});
    int[] starts = new int[rows.size()];
    long[] counts = new long[rows.size()];
    for (int i = 0; i < rows.size(); i++) {
      starts[i] = (int) rows.get(i)[0];
      counts[i] = rows.get(i)[1];
    }
    return Kpis.median(starts, counts, width);
  }

  /** A figure over time, one point per day, week (from Monday) or month of the period. */
  public enum Grain {
    DAY("t.day"),
    WEEK("t.day - INTERVAL WEEKDAY(t.day) DAY"),
    MONTH("t.day - INTERVAL (DAYOFMONTH(t.day) - 1) DAY");

    final String start;

    Grain(String start) {
      this.start = start;
    }

    /** A grain that gives a readable number of points for the period. */
    public static Grain fitting(LocalDate from, LocalDate to) {
      long days = java.time.temporal.ChronoUnit.DAYS.between(from, to) + 1;
      return days <= 45 ? DAY : days <= 200 ? WEEK : MONTH;
    }
  }

  /** One point of a series: the period's start and the totals in it. */
  public record Point(LocalDate start, Totals totals) {}

  public List<Point> series(AnalyticsFilter f, Grain grain) {
    Scope scope = scope(f);
    List<Object> params = new ArrayList<>();
    // months from the monthly rows; days and weeks (periods of at most 200 days) from the daily
    String rows =
        grain == Grain.MONTH
            ? dayRows(f, scope, params)
            : "("
                + part(
                    "analytics_partner_day",
                    DAY_COLUMNS,
                    "",
                    List.of(),
                    f.from(),
                    f.to(),
                    scope,
                    params)
                + ")";
    String sql =
        "SELECT "
            + grain.start
            + " s, "
            + Totals.SUMS
            + " FROM "
            + rows
            + " t GROUP BY s ORDER BY s";
    return list(sql, params, r -> new Point(r.getDate(1).toLocalDate(), Totals.read(r, 2)));
  }

  /** One partner's figures of the period (the drill-down behind a total). */
  public record PartnerFigures(
      long partnerId, String name, String tier, String country, Kpis kpis) {}

  public List<PartnerFigures> byPartner(AnalyticsFilter f) {
    Scope scope = scope(f);
    List<Object> params = new ArrayList<>();
    String sql =
        "SELECT p.id, p.name, p.tier, p.country, "
            + Totals.SUMS
            + " FROM partner p LEFT JOIN "
            + dayRows(f, scope, params)
            + " t ON t.partner_id = p.id WHERE "
            + scope.where("p.id", params)
            + " GROUP BY p.id, p.name, p.tier, p.country ORDER BY p.name, p.id";
    return list(
        sql,
        params,
        r ->
            new PartnerFigures(
                r.getLong(1),
                r.getString(2),
                r.getString(3),
                r.getString(4),
                Kpis.of(f.from(), f.to(), 1, Totals.read(r, 5), Kpis.Medians.NONE)));
  }

  /** A partner of the caller's scope, to choose in a filter. */
  public record PartnerChoice(long id, String name, String country)
      implements java.io.Serializable {}

  /** The partners of the caller's scope by name (a partner user: their own). */
  public List<PartnerChoice> partners() {
    Scope scope = scope(AnalyticsFilter.of(LocalDate.EPOCH, LocalDate.EPOCH));
    List<Object> params = new ArrayList<>();
    String sql =
        "SELECT p.id, p.name, p.country FROM partner p WHERE "
            + scope.where("p.id", params)
            + " ORDER BY p.name, p.id";
    return list(sql, params, r -> new PartnerChoice(r.getLong(1), r.getString(2), r.getString(3)));
  }

  /** A customer ranked by what it brought in the period: order revenue plus won value. */
  public record CustomerRank(
      int rank,
      long customerId,
      String company,
      long orders,
      BigDecimal orderRevenue,
      long leadsWon,
      BigDecimal wonValue,
      BigDecimal value) {}

  public List<CustomerRank> topCustomers(AnalyticsFilter f, int limit) {
    Scope scope = scope(f);
    List<Object> params = new ArrayList<>(List.of(Date.valueOf(f.from()), Date.valueOf(f.to())));
    String sql =
        "SELECT x.customer_id, c.company, x.orders, x.revenue, x.won, x.won_value FROM ("
            + "SELECT t.customer_id, SUM(t.orders) orders, SUM(t.order_revenue) revenue,"
            + " SUM(t.leads_won) won, SUM(t.won_value) won_value FROM analytics_customer_day t"
            + " WHERE t.day BETWEEN ? AND ? AND "
            + scope.where("t.partner_id", params)
            + " GROUP BY t.customer_id ORDER BY SUM(t.order_revenue) + SUM(t.won_value) DESC,"
            + " t.customer_id LIMIT "
            + clamp(limit)
            + ") x JOIN customer c ON c.id = x.customer_id"
            + " ORDER BY x.revenue + x.won_value DESC, x.customer_id";
    List<CustomerRank> rows =
        list(
            sql,
            params,
            r ->
                new CustomerRank(
                    0,
                    r.getLong(1),
                    r.getString(2),
                    r.getLong(3),
                    r.getBigDecimal(4),
                    r.getLong(5),
                    r.getBigDecimal(6),
                    r.getBigDecimal(4).add(r.getBigDecimal(6))));
    List<CustomerRank> ranked = new ArrayList<>(rows.size());
    for (int i = 0; i < rows.size(); i++) {
      CustomerRank c = rows.get(i);
      ranked.add(
          new CustomerRank(
              i + 1,
              c.customerId(),
              c.company(),
              c.orders(),
              c.orderRevenue(),
              c.leadsWon(),
              c.wonValue(),
              c.value()));
    }
    return ranked;
  }

  /** A partner ranked by order revenue plus won value in the period. */
  public record PartnerRank(
      int rank,
      long partnerId,
      String name,
      String tier,
      String country,
      long orders,
      BigDecimal orderRevenue,
      long leadsWon,
      BigDecimal wonValue,
      BigDecimal value) {}

  public List<PartnerRank> topPartners(AnalyticsFilter f, int limit) {
    List<PartnerFigures> all = byPartner(f);
    List<PartnerFigures> sorted = new ArrayList<>(all);
    sorted.sort(
        (a, b) -> {
          int c = value(b).compareTo(value(a));
          return c != 0 ? c : Long.compare(a.partnerId(), b.partnerId());
        });
    List<PartnerRank> ranked = new ArrayList<>();
    for (int i = 0; i < sorted.size() && i < clamp(limit); i++) {
      PartnerFigures p = sorted.get(i);
      Totals t = p.kpis().totals();
      ranked.add(
          new PartnerRank(
              i + 1,
              p.partnerId(),
              p.name(),
              p.tier(),
              p.country(),
              t.orders(),
              t.orderRevenue(),
              t.leadsWon(),
              t.wonValue(),
              value(p)));
    }
    return ranked;
  }

  private static BigDecimal value(PartnerFigures p) {
    return p.kpis().totals().orderRevenue().add(p.kpis().totals().wonValue());
  }

  /** A product ranked by revenue (with its quantity and service issues). */
  public record ProductRank(
      int rank, String sku, String name, long quantity, BigDecimal revenue, long issues) {}

  public List<ProductRank> topProducts(AnalyticsFilter f, int limit, boolean byIssues) {
    Scope scope = scope(f);
    List<Object> params = new ArrayList<>();
    // the products of the category (and below) by SKU; the names are joined to the ranked few
    // only (joining them to every roll-up row before grouping took 2-3 times as long)
    String categories =
        f.category() == null
            ? ""
            : "t.sku IN (SELECT cp.sku FROM product cp WHERE "
                + categoryCondition(f, "cp.category_id", params)
                + "1 = 1) AND ";
    params.add(Date.valueOf(f.from()));
    params.add(Date.valueOf(f.to()));
    String order = byIssues ? "SUM(t.issues) DESC, SUM(t.revenue) DESC" : "SUM(t.revenue) DESC";
    String outer = byIssues ? "x.issues DESC, x.revenue DESC" : "x.revenue DESC";
    String sql =
        "SELECT x.sku, pr.name, x.quantity, x.revenue, x.issues FROM (SELECT t.sku,"
            + " SUM(t.quantity) quantity, SUM(t.revenue) revenue, SUM(t.issues) issues"
            + " FROM analytics_product_day t WHERE "
            + categories
            + " t.day BETWEEN ? AND ? AND "
            + scope.where("t.partner_id", params)
            + (byIssues ? " GROUP BY t.sku HAVING SUM(t.issues) > 0" : " GROUP BY t.sku")
            + " ORDER BY "
            + order
            + ", t.sku LIMIT "
            + clamp(limit)
            + ") x LEFT JOIN product pr ON pr.sku = x.sku ORDER BY "
            + outer
            + ", x.sku";
    List<ProductRank> rows =
        list(
            sql,
            params,
            r ->
                new ProductRank(
                    0,
                    r.getString(1),
                    r.getString(2) == null ? r.getString(1) : r.getString(2),
                    r.getLong(3),
                    r.getBigDecimal(4),
                    r.getLong(5)));
    List<ProductRank> ranked = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      ProductRank p = rows.get(i);
      ranked.add(new ProductRank(i + 1, p.sku(), p.name(), p.quantity(), p.revenue(), p.issues()));
    }
    return ranked;
  }

  /** Revenue per top-level catalog category (a product's category counts for its root). */
  public record CategoryRevenue(String code, String name, long quantity, BigDecimal revenue) {}

  public List<CategoryRevenue> revenueByCategory(AnalyticsFilter f) {
    Scope scope = scope(f);
    List<Object> params = new ArrayList<>();
    String categories = categoryCondition(f, "pr.category_id", params);
    params.add(Date.valueOf(f.from()));
    params.add(Date.valueOf(f.to()));
    String sql =
        "WITH RECURSIVE roots (id, root_id) AS (SELECT id, id FROM catalog_category"
            + " WHERE parent_id IS NULL UNION ALL SELECT c.id, r.root_id FROM catalog_category c"
            + " JOIN roots r ON c.parent_id = r.id)"
            + " SELECT rc.code, rc.name, SUM(t.quantity), SUM(t.revenue)"
            + " FROM analytics_product_day t JOIN product pr ON pr.sku = t.sku"
            + " JOIN roots ro ON ro.id = pr.category_id JOIN catalog_category rc ON rc.id = ro.root_id"
            + " WHERE "
            + categories
            + " t.day BETWEEN ? AND ? AND "
            + scope.where("t.partner_id", params)
            + " GROUP BY rc.code, rc.name HAVING SUM(t.quantity) > 0 ORDER BY SUM(t.revenue) DESC,"
            + " rc.code";
    return list(
        sql,
        params,
        r -> new CategoryRevenue(r.getString(1), r.getString(2), r.getLong(3), r.getBigDecimal(4)));
  }

  /** MDF per program in the period. */
  public record ProgramFunds(
      long programId,
      String name,
      BigDecimal allocated,
      BigDecimal reserved,
      BigDecimal paid,
      BigDecimal forfeited,
      BigDecimal utilisation) {}

  public List<ProgramFunds> mdfByProgram(AnalyticsFilter f) {
    Scope scope = scope(f);
    List<Object> params = new ArrayList<>(List.of(Date.valueOf(f.from()), Date.valueOf(f.to())));
    String sql =
        "SELECT t.program_id, MAX(g.name), SUM(t.allocated), SUM(t.reserved), SUM(t.paid),"
            + " SUM(t.forfeited) FROM analytics_mdf_day t JOIN mdf_program g ON g.id = t.program_id"
            + " WHERE t.day BETWEEN ? AND ? AND "
            + scope.where("t.partner_id", params)
            + " GROUP BY t.program_id ORDER BY MAX(g.name), t.program_id";
    return list(
        sql,
        params,
        r ->
            new ProgramFunds(
                r.getLong(1),
                r.getString(2),
                r.getBigDecimal(3),
                r.getBigDecimal(4),
                r.getBigDecimal(5),
                r.getBigDecimal(6),
                Kpis.divide(r.getBigDecimal(5), r.getBigDecimal(3), 4)));
  }

  /** The leads per stage now (not of a period), with their estimated value. */
  public record Stage(String status, long leads, BigDecimal value) {}

  public List<Stage> pipeline(AnalyticsFilter f) {
    Scope scope = scope(f);
    List<Object> params = new ArrayList<>();
    String sql =
        "SELECT t.status, SUM(t.leads), SUM(t.value) FROM analytics_pipeline t WHERE "
            + scope.where("t.partner_id", params)
            + " GROUP BY t.status ORDER BY FIELD(t.status, 'DISPATCHED', 'ACCEPTED', 'QUALIFIED',"
            + " 'WON', 'LOST', 'REJECTED', 'NEW')";
    return list(sql, params, r -> new Stage(r.getString(1), r.getLong(2), r.getBigDecimal(3)));
  }

  private String categoryCondition(AnalyticsFilter f, String column, List<Object> params) {
    if (f.category() == null) {
      return "";
    }
    params.add(f.category());
    return column
        + " IN (WITH RECURSIVE sub (id) AS (SELECT id FROM catalog_category WHERE code = ?"
        + " UNION ALL SELECT c.id FROM catalog_category c JOIN sub s ON c.parent_id = s.id)"
        + " SELECT id FROM sub) AND ";
  }

  private static final String DAY_COLUMNS =
      RollupSql.DAY_COLUMNS.stream()
          .map(c -> "t." + c)
          .reduce((a, b) -> a + ", " + b)
          .orElseThrow();

  /** The partner-day sums of a period and scope as a derived table (see {@link #periodRows}). */
  private String dayRows(AnalyticsFilter f, Scope scope, List<Object> params) {
    return periodRows(
        "analytics_partner_day",
        "analytics_partner_month",
        DAY_COLUMNS,
        "",
        List.of(),
        f,
        scope,
        params);
  }

  /**
   * The roll-up rows of the filter's period within the scope, as a derived table of {@code
   * partner_id, day} and {@code columns}: the whole calendar months from the monthly table (one row
   * per partner and month), the days before the first and after the last whole month from the daily
   * one; {@code condition} (with its {@code values}) narrows both.
   */
  static String periodRows(
      String dayTable,
      String monthTable,
      String columns,
      String condition,
      List<Object> values,
      AnalyticsFilter f,
      Scope scope,
      List<Object> params) {
    List<String> parts = new ArrayList<>();
    for (Span span : spans(f.from(), f.to())) {
      parts.add(
          part(
              span.monthly() ? monthTable : dayTable,
              columns,
              condition,
              values,
              span.from(),
              span.to(),
              scope,
              params));
    }
    return "(" + String.join(" UNION ALL ", parts) + ")";
  }

  /** A stretch of a period read from one table: whole months (monthly) or days. */
  record Span(LocalDate from, LocalDate to, boolean monthly) {}

  /**
   * A period cut into its whole calendar months (read as months: their first days) and the days
   * before and after them; a period without a whole month is all days.
   */
  static List<Span> spans(LocalDate from, LocalDate to) {
    LocalDate first = from.getDayOfMonth() == 1 ? from : from.withDayOfMonth(1).plusMonths(1);
    LocalDate lastStart =
        to.plusDays(1).getDayOfMonth() == 1
            ? to.withDayOfMonth(1)
            : to.withDayOfMonth(1).minusMonths(1);
    if (first.isAfter(lastStart)) {
      return List.of(new Span(from, to, false));
    }
    List<Span> spans = new ArrayList<>();
    spans.add(new Span(first, lastStart, true));
    if (from.isBefore(first)) {
      spans.add(new Span(from, first.minusDays(1), false));
    }
    LocalDate after = lastStart.plusMonths(1);
    if (!to.isBefore(after)) {
      spans.add(new Span(after, to, false));
    }
    return spans;
  }

  private static String part(
      String table,
      String columns,
      String condition,
      List<Object> values,
      LocalDate from,
      LocalDate to,
      Scope scope,
      List<Object> params) {
    params.add(Date.valueOf(from));
    params.add(Date.valueOf(to));
    params.addAll(values);
    return "SELECT t.partner_id, t.day, "
        + columns
        + " FROM "
        + table
        + " t WHERE t.day BETWEEN ? AND ?"
        + condition
        + " AND "
        + scope.where("t.partner_id", params);
  }

  static int clamp(int limit) {
    return Math.max(1, Math.min(MAX_LIMIT, limit));
  }

  /**
   * The partners a question is about: the caller's scope, narrowed by the filter. A partner user is
   * held to their own partner; a partner asked for outside a channel manager's portfolio is not
   * found (audited).
   */
  Scope scope(AnalyticsFilter f) {
    Caller caller = access.requireUser();
    Long partner = f.partnerId();
    if (caller.isPartnerUser()) {
      partner = caller.partnerId();
    } else if (partner != null && !access.canSee(partner)) {
      if (partnerExists(partner)) {
        access.denied("Partner", partner, partner);
      }
      throw new RecordNotFoundException("Partner", partner);
    }
    return new Scope(access, partner, f.tier(), f.country());
  }

  private boolean partnerExists(long id) {
    return one("SELECT COUNT(*) FROM partner WHERE id = ?", List.of(id), r -> r.getLong(1)) > 0;
  }

  /** The condition on a partner id column: the caller's scope and the partner filters. */
  record Scope(AccessRules access, Long partnerId, String tier, String country) {
    String where(String column, List<Object> params) {
      StringBuilder sql = new StringBuilder("(");
      sql.append(access.visibleSql(column, params, false));
      if (partnerId != null) {
        sql.append(" AND ").append(column).append(" = ?");
        params.add(partnerId);
      }
      if (tier != null || country != null) {
        sql.append(" AND ").append(column).append(" IN (SELECT fp.id FROM partner fp WHERE 1 = 1");
        if (tier != null) {
          sql.append(" AND fp.tier = ?");
          params.add(tier);
        }
        if (country != null) {
          sql.append(" AND fp.country = ?");
          params.add(country);
        }
        sql.append(")");
      }
      return sql.append(")").toString();
    }
  }

  interface Row<T> {
    T map(ResultSet r) throws SQLException;
  }

  private <T> List<T> list(String sql, List<Object> params, Row<T> row) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement p = c.prepareStatement(sql)) {
      for (int i = 0; i < params.size(); i++) {
        p.setObject(i + 1, params.get(i));
      }
      try (ResultSet r = p.executeQuery()) {
        List<T> out = new ArrayList<>();
        while (r.next()) {
          out.add(row.map(r));
        }
        return out;
      }
    } catch (SQLException e) {
      throw new IllegalStateException("analytics query failed: " + e.getMessage(), e);
    }
  }

  private <T> T one(String sql, List<Object> params, Row<T> row) {
    List<T> rows = list(sql, params, row);
    return rows.get(0);
  }
}
