package org.channelport.analytics;

import java.util.List;

/**
 * The statements that fill the roll-up tables from the raw records. Each is written once and used
 * two ways: for the partner-days in {@code analytics_dirty} (an incremental round: the raw rows are
 * reached through their partner's index) or for everything (the nightly rebuild). The placeholder
 * {@code {D:partner:time}} becomes the join to the dirty partner-days on a DATETIME column, {@code
 * {DD:partner:date}} on a DATE column; in a rebuild both become nothing.
 *
 * <p>What counts where: a lead figure on the day of its event (dispatched, accepted, rejected,
 * recalled, won, lost; the won value is the lead's), a deal registration when submitted and when
 * decided, an order (placed: not a draft, cancelled or rejected; returns apart) on its order date,
 * an MDF movement on the day of its journal entry, a service issue when opened, solved, first
 * answered and resolved. Amounts are EUR only.
 */
final class RollupSql {
  private RollupSql() {}

  static final String EUR = "'EUR'";

  /** The roll-up tables, in the order they are cleared. */
  static final List<String> TABLES =
      List.of(
          "analytics_partner_day",
          "analytics_duration_day",
          "analytics_customer_day",
          "analytics_product_day",
          "analytics_mdf_day");

  /** Which partner-days the raw changes since {@code ?} touched (each statement takes one). */
  static final List<String> DIRTY =
      List.of(
          "INSERT IGNORE INTO analytics_dirty (partner_id, day)"
              + " SELECT DISTINCT e.partner_id, DATE(e.at) FROM lead_event e"
              + " WHERE e.type IN ('DISPATCHED', 'ACCEPTED', 'REJECTED', 'RECALLED', 'WON', 'LOST')"
              + " AND e.at >= ? AND e.partner_id IS NOT NULL",
          // a won lead's value or customer changed after the event; a lead moving changes the
          // pipeline
          "INSERT IGNORE INTO analytics_dirty (partner_id, day)"
              + " SELECT DISTINCT l.partner_id, DATE(COALESCE(l.closed_at, l.updated_at))"
              + " FROM sales_lead l WHERE l.updated_at >= ? AND l.partner_id IS NOT NULL",
          "INSERT IGNORE INTO analytics_dirty (partner_id, day)"
              + " SELECT DISTINCT g.partner_id, DATE(g.submitted_at) FROM deal_registration g"
              + " WHERE g.updated_at >= ?",
          "INSERT IGNORE INTO analytics_dirty (partner_id, day)"
              + " SELECT DISTINCT g.partner_id, DATE(g.decided_at) FROM deal_registration g"
              + " WHERE g.updated_at >= ? AND g.decided_at IS NOT NULL",
          "INSERT IGNORE INTO analytics_dirty (partner_id, day)"
              + " SELECT DISTINCT o.partner_id, o.order_date FROM sales_order o"
              + " WHERE o.updated_at >= ?",
          "INSERT IGNORE INTO analytics_dirty (partner_id, day)"
              + " SELECT DISTINCT j.partner_id, DATE(j.created_at) FROM mdf_journal_entry j"
              + " WHERE j.created_at >= ? AND j.partner_id IS NOT NULL",
          "INSERT IGNORE INTO analytics_dirty (partner_id, day)"
              + " SELECT DISTINCT c.partner_id, DATE(c.paid_at) FROM mdf_claim c"
              + " WHERE c.updated_at >= ? AND c.paid_at IS NOT NULL",
          "INSERT IGNORE INTO analytics_dirty (partner_id, day)"
              + " SELECT DISTINCT x.partner_id, x.day FROM (SELECT i.partner_id, DATE(i.created_at) day"
              + " FROM service_issue i WHERE i.updated_at >= ?"
              + " UNION SELECT i.partner_id, DATE(i.solved_at) FROM service_issue i"
              + " WHERE i.updated_at >= ? AND i.solved_at IS NOT NULL"
              + " UNION SELECT i.partner_id, DATE(i.first_responded_at) FROM service_issue i"
              + " WHERE i.updated_at >= ? AND i.first_responded_at IS NOT NULL"
              + " UNION SELECT i.partner_id, DATE(i.resolved_at) FROM service_issue i"
              + " WHERE i.updated_at >= ? AND i.resolved_at IS NOT NULL) x",
          "INSERT IGNORE INTO analytics_dirty (partner_id, day)"
              + " SELECT DISTINCT s.partner_id, DATE(s.at) FROM solution_deflection s"
              + " WHERE s.at >= ?");

  /** Rows whose campaign code names a fund request of the same partner (for the MDF return). */
  private static String funded(String alias, String partner) {
    return alias
        + ".campaign_code IS NOT NULL AND EXISTS (SELECT 1 FROM mdf_request r"
        + " WHERE r.partner_id = "
        + partner
        + " AND r.campaign_code = "
        + alias
        + ".campaign_code)";
  }

  private static final String PLACED =
      "o.kind <> 'RETURN' AND o.status NOT IN ('DRAFT', 'CANCELLED', 'REJECTED')";

  /** The statements that recompute the cleared rows. */
  static final List<String> FILL =
      List.of(
          // leads, by the day of their events
          "INSERT INTO analytics_partner_day (partner_id, day, leads_dispatched, leads_accepted,"
              + " leads_rejected, leads_recalled, leads_won, leads_lost, won_value,"
              + " campaign_won_value)"
              + " SELECT e.partner_id, DATE(e.at), SUM(e.type = 'DISPATCHED'),"
              + " SUM(e.type = 'ACCEPTED'), SUM(e.type = 'REJECTED'), SUM(e.type = 'RECALLED'),"
              + " SUM(e.type = 'WON'), SUM(e.type = 'LOST'),"
              + " COALESCE(SUM(CASE WHEN e.type = 'WON' AND l.currency = "
              + EUR
              + " THEN l.won_value END), 0),"
              + " COALESCE(SUM(CASE WHEN e.type = 'WON' AND l.currency = "
              + EUR
              + " AND "
              + funded("l", "e.partner_id")
              + " THEN l.won_value END), 0)"
              + " FROM lead_event e {D:e.partner_id:e.at} JOIN sales_lead l ON l.id = e.lead_id"
              + " WHERE e.partner_id IS NOT NULL"
              + " AND e.type IN ('DISPATCHED', 'ACCEPTED', 'REJECTED', 'RECALLED', 'WON', 'LOST')"
              + " GROUP BY e.partner_id, DATE(e.at)"
              + " ON DUPLICATE KEY UPDATE leads_dispatched = VALUES(leads_dispatched),"
              + " leads_accepted = VALUES(leads_accepted), leads_rejected = VALUES(leads_rejected),"
              + " leads_recalled = VALUES(leads_recalled), leads_won = VALUES(leads_won),"
              + " leads_lost = VALUES(leads_lost), won_value = VALUES(won_value),"
              + " campaign_won_value = VALUES(campaign_won_value)",
          // deal registrations submitted
          "INSERT INTO analytics_partner_day (partner_id, day, deals_submitted, deals_conflict)"
              + " SELECT g.partner_id, DATE(g.submitted_at), COUNT(*), SUM(g.has_conflict)"
              + " FROM deal_registration g {D:g.partner_id:g.submitted_at}"
              + " GROUP BY g.partner_id, DATE(g.submitted_at)"
              + " ON DUPLICATE KEY UPDATE deals_submitted = VALUES(deals_submitted),"
              + " deals_conflict = VALUES(deals_conflict)",
          // deal registrations decided (an approved one that expired later stays approved)
          "INSERT INTO analytics_partner_day (partner_id, day, deals_decided, deals_approved)"
              + " SELECT g.partner_id, DATE(g.decided_at), COUNT(*), SUM(g.status <> 'REJECTED')"
              + " FROM deal_registration g {D:g.partner_id:g.decided_at}"
              + " WHERE g.decided_at IS NOT NULL AND g.status IN ('APPROVED', 'REJECTED', 'EXPIRED')"
              + " GROUP BY g.partner_id, DATE(g.decided_at)"
              + " ON DUPLICATE KEY UPDATE deals_decided = VALUES(deals_decided),"
              + " deals_approved = VALUES(deals_approved)",
          // orders placed, on their order date
          "INSERT INTO analytics_partner_day (partner_id, day, orders, order_revenue,"
              + " campaign_revenue, orders_backordered, orders_shipped)"
              + " SELECT o.partner_id, o.order_date, COUNT(*),"
              + " COALESCE(SUM(CASE WHEN o.currency = "
              + EUR
              + " THEN o.total END), 0),"
              + " COALESCE(SUM(CASE WHEN o.currency = "
              + EUR
              + " AND "
              + funded("o", "o.partner_id")
              + " THEN o.total END), 0),"
              + " SUM(EXISTS (SELECT 1 FROM sales_order_line x WHERE x.order_id = o.id"
              + " AND x.backordered > 0)),"
              + " SUM(EXISTS (SELECT 1 FROM shipment s WHERE s.order_id = o.id"
              + " AND s.shipped_at IS NOT NULL))"
              + " FROM sales_order o {DD:o.partner_id:o.order_date} WHERE "
              + PLACED
              + " GROUP BY o.partner_id, o.order_date"
              + " ON DUPLICATE KEY UPDATE orders = VALUES(orders),"
              + " order_revenue = VALUES(order_revenue), campaign_revenue = VALUES(campaign_revenue),"
              + " orders_backordered = VALUES(orders_backordered),"
              + " orders_shipped = VALUES(orders_shipped)",
          // MDF movements: into the allocation from the program, net reservations, paid, forfeited
          "INSERT INTO analytics_mdf_day (partner_id, day, program_id, allocated, reserved, paid,"
              + " forfeited)"
              + " SELECT j.partner_id, DATE(j.created_at), j.program_id,"
              + " SUM(CASE WHEN ca.kind = 'allocation' AND da.kind IN ('funding', 'budget')"
              + " THEN j.amount WHEN da.kind = 'allocation' AND ca.kind IN ('funding', 'budget')"
              + " THEN -j.amount ELSE 0 END),"
              + " SUM(CASE WHEN ca.kind = 'reserved' AND da.kind = 'allocation' THEN j.amount"
              + " WHEN da.kind = 'reserved' AND ca.kind = 'allocation' THEN -j.amount ELSE 0 END),"
              + " SUM(CASE WHEN ca.kind = 'paid' THEN j.amount WHEN da.kind = 'paid'"
              + " THEN -j.amount ELSE 0 END),"
              + " SUM(CASE WHEN ca.kind = 'forfeited' THEN j.amount WHEN da.kind = 'forfeited'"
              + " THEN -j.amount ELSE 0 END)"
              + " FROM mdf_journal_entry j {D:j.partner_id:j.created_at}"
              + " JOIN mdf_account da ON da.id = j.debit_account_id"
              + " JOIN mdf_account ca ON ca.id = j.credit_account_id"
              + " WHERE j.partner_id IS NOT NULL AND j.currency = "
              + EUR
              + " GROUP BY j.partner_id, DATE(j.created_at), j.program_id",
          "INSERT INTO analytics_partner_day (partner_id, day, mdf_allocated, mdf_reserved, mdf_paid,"
              + " mdf_forfeited)"
              + " SELECT m.partner_id, m.day, SUM(m.allocated), SUM(m.reserved), SUM(m.paid),"
              + " SUM(m.forfeited) FROM analytics_mdf_day m {DD:m.partner_id:m.day}"
              + " GROUP BY m.partner_id, m.day"
              + " ON DUPLICATE KEY UPDATE mdf_allocated = VALUES(mdf_allocated),"
              + " mdf_reserved = VALUES(mdf_reserved), mdf_paid = VALUES(mdf_paid),"
              + " mdf_forfeited = VALUES(mdf_forfeited)",
          "INSERT INTO analytics_partner_day (partner_id, day, claims_paid)"
              + " SELECT c.partner_id, DATE(c.paid_at), COUNT(*)"
              + " FROM mdf_claim c {D:c.partner_id:c.paid_at}"
              + " WHERE c.status = 'paid' AND c.paid_at IS NOT NULL"
              + " GROUP BY c.partner_id, DATE(c.paid_at)"
              + " ON DUPLICATE KEY UPDATE claims_paid = VALUES(claims_paid)",
          // service issues
          "INSERT INTO analytics_partner_day (partner_id, day, issues_opened)"
              + " SELECT i.partner_id, DATE(i.created_at), COUNT(*)"
              + " FROM service_issue i {D:i.partner_id:i.created_at}"
              + " GROUP BY i.partner_id, DATE(i.created_at)"
              + " ON DUPLICATE KEY UPDATE issues_opened = VALUES(issues_opened)",
          "INSERT INTO analytics_partner_day (partner_id, day, issues_solved,"
              + " issues_solved_by_solution)"
              + " SELECT i.partner_id, DATE(i.solved_at), COUNT(*), SUM(i.solution_id IS NOT NULL)"
              + " FROM service_issue i {D:i.partner_id:i.solved_at} WHERE i.solved_at IS NOT NULL"
              + " GROUP BY i.partner_id, DATE(i.solved_at)"
              + " ON DUPLICATE KEY UPDATE issues_solved = VALUES(issues_solved),"
              + " issues_solved_by_solution = VALUES(issues_solved_by_solution)",
          "INSERT INTO analytics_partner_day (partner_id, day, first_response_measured,"
              + " first_response_met)"
              + " SELECT i.partner_id, DATE(i.first_responded_at), COUNT(*),"
              + " SUM(NOT i.first_response_breached)"
              + " FROM service_issue i {D:i.partner_id:i.first_responded_at}"
              + " WHERE i.first_responded_at IS NOT NULL"
              + " GROUP BY i.partner_id, DATE(i.first_responded_at)"
              + " ON DUPLICATE KEY UPDATE first_response_measured = VALUES(first_response_measured),"
              + " first_response_met = VALUES(first_response_met)",
          "INSERT INTO analytics_partner_day (partner_id, day, resolution_measured, resolution_met)"
              + " SELECT i.partner_id, DATE(i.resolved_at), COUNT(*), SUM(NOT i.resolution_breached)"
              + " FROM service_issue i {D:i.partner_id:i.resolved_at} WHERE i.resolved_at IS NOT NULL"
              + " GROUP BY i.partner_id, DATE(i.resolved_at)"
              + " ON DUPLICATE KEY UPDATE resolution_measured = VALUES(resolution_measured),"
              + " resolution_met = VALUES(resolution_met)",
          "INSERT INTO analytics_partner_day (partner_id, day, deflections)"
              + " SELECT s.partner_id, DATE(s.at), COUNT(*) FROM solution_deflection s {D:s.partner_id:s.at}"
              + " GROUP BY s.partner_id, DATE(s.at)"
              + " ON DUPLICATE KEY UPDATE deflections = VALUES(deflections)",
          // durations (15-minute buckets, capped at a year)
          "INSERT INTO analytics_duration_day (partner_id, day, metric, bucket_minutes, n)"
              + " SELECT x.partner_id, x.day, 'accept', x.b, COUNT(*) FROM (SELECT e.partner_id,"
              + " DATE(e.at) day, LEAST(525600, FLOOR(TIMESTAMPDIFF(MINUTE, (SELECT MAX(p.at)"
              + " FROM lead_event p WHERE p.lead_id = e.lead_id AND p.type = 'DISPATCHED'"
              + " AND p.partner_id = e.partner_id AND p.at <= e.at), e.at) / 15) * 15) b"
              + " FROM lead_event e {D:e.partner_id:e.at}"
              + " WHERE e.type = 'ACCEPTED' AND e.partner_id IS NOT NULL) x WHERE x.b IS NOT NULL"
              + " GROUP BY x.partner_id, x.day, x.b",
          "INSERT INTO analytics_duration_day (partner_id, day, metric, bucket_minutes, n)"
              + " SELECT g.partner_id, DATE(g.decided_at), 'deal_decision', LEAST(525600,"
              + " FLOOR(GREATEST(0, TIMESTAMPDIFF(MINUTE, g.submitted_at, g.decided_at)) / 15) * 15) b,"
              + " COUNT(*) FROM deal_registration g {D:g.partner_id:g.decided_at}"
              + " WHERE g.decided_at IS NOT NULL AND g.status IN ('APPROVED', 'REJECTED', 'EXPIRED')"
              + " GROUP BY g.partner_id, DATE(g.decided_at), b",
          "INSERT INTO analytics_duration_day (partner_id, day, metric, bucket_minutes, n)"
              + " SELECT x.partner_id, x.day, 'order_ship', x.b, COUNT(*) FROM (SELECT o.partner_id,"
              + " o.order_date day, LEAST(525600, GREATEST(0, DATEDIFF((SELECT MIN(s.shipped_at)"
              + " FROM shipment s WHERE s.order_id = o.id), DATE(COALESCE(o.submitted_at,"
              + " o.created_at)))) * 1440) b FROM sales_order o {DD:o.partner_id:o.order_date}"
              + " WHERE "
              + PLACED
              + ") x WHERE x.b IS NOT NULL GROUP BY x.partner_id, x.day, x.b",
          "INSERT INTO analytics_duration_day (partner_id, day, metric, bucket_minutes, n)"
              + " SELECT c.partner_id, DATE(c.paid_at), 'claim_cycle', LEAST(525600,"
              + " FLOOR(GREATEST(0, TIMESTAMPDIFF(MINUTE, c.submitted_at, c.paid_at)) / 15) * 15) b,"
              + " COUNT(*) FROM mdf_claim c {D:c.partner_id:c.paid_at}"
              + " WHERE c.status = 'paid' AND c.paid_at IS NOT NULL AND c.submitted_at IS NOT NULL"
              + " GROUP BY c.partner_id, DATE(c.paid_at), b",
          // customers: orders on behalf of them, leads won with them
          "INSERT INTO analytics_customer_day (partner_id, day, customer_id, orders, order_revenue)"
              + " SELECT o.partner_id, o.order_date, o.customer_id, COUNT(*),"
              + " COALESCE(SUM(CASE WHEN o.currency = "
              + EUR
              + " THEN o.total END), 0) FROM sales_order o {DD:o.partner_id:o.order_date}"
              + " WHERE "
              + PLACED
              + " AND o.customer_id IS NOT NULL GROUP BY o.partner_id, o.order_date, o.customer_id"
              + " ON DUPLICATE KEY UPDATE orders = VALUES(orders),"
              + " order_revenue = VALUES(order_revenue)",
          "INSERT INTO analytics_customer_day (partner_id, day, customer_id, leads_won, won_value)"
              + " SELECT e.partner_id, DATE(e.at), l.customer_id, COUNT(*),"
              + " COALESCE(SUM(CASE WHEN l.currency = "
              + EUR
              + " THEN l.won_value END), 0) FROM lead_event e {D:e.partner_id:e.at}"
              + " JOIN sales_lead l ON l.id = e.lead_id"
              + " WHERE e.type = 'WON' AND e.partner_id IS NOT NULL"
              + " GROUP BY e.partner_id, DATE(e.at), l.customer_id"
              + " ON DUPLICATE KEY UPDATE leads_won = VALUES(leads_won),"
              + " won_value = VALUES(won_value)",
          // products: order lines, issues
          "INSERT INTO analytics_product_day (partner_id, day, sku, quantity, revenue)"
              + " SELECT o.partner_id, o.order_date, x.sku, SUM(x.quantity),"
              + " COALESCE(SUM(CASE WHEN x.currency = "
              + EUR
              + " THEN x.line_total END), 0) FROM sales_order o {DD:o.partner_id:o.order_date}"
              + " JOIN sales_order_line x ON x.order_id = o.id WHERE "
              + PLACED
              + " GROUP BY o.partner_id, o.order_date, x.sku"
              + " ON DUPLICATE KEY UPDATE quantity = VALUES(quantity), revenue = VALUES(revenue)",
          "INSERT INTO analytics_product_day (partner_id, day, sku, issues)"
              + " SELECT i.partner_id, DATE(i.created_at), i.sku, COUNT(*)"
              + " FROM service_issue i {D:i.partner_id:i.created_at}"
              + " GROUP BY i.partner_id, DATE(i.created_at), i.sku"
              + " ON DUPLICATE KEY UPDATE issues = VALUES(issues)");

  /** The summed columns of {@code analytics_partner_day} (and of its monthly twin). */
  static final List<String> DAY_COLUMNS =
      List.of(
          "leads_dispatched",
          "leads_accepted",
          "leads_rejected",
          "leads_recalled",
          "leads_won",
          "leads_lost",
          "won_value",
          "campaign_won_value",
          "deals_submitted",
          "deals_conflict",
          "deals_decided",
          "deals_approved",
          "orders",
          "order_revenue",
          "campaign_revenue",
          "orders_backordered",
          "orders_shipped",
          "mdf_allocated",
          "mdf_reserved",
          "mdf_paid",
          "mdf_forfeited",
          "claims_paid",
          "issues_opened",
          "issues_solved",
          "issues_solved_by_solution",
          "deflections",
          "first_response_measured",
          "first_response_met",
          "resolution_measured",
          "resolution_met");

  /** The first day of the month of a DATE expression. */
  static String monthOf(String day) {
    return "(" + day + " - INTERVAL (DAYOFMONTH(" + day + ") - 1) DAY)";
  }

  /** The dirty partner-months (incremental) as a derived table {@code d(partner_id, m)}. */
  private static final String DIRTY_MONTHS =
      "(SELECT DISTINCT partner_id, " + monthOf("day") + " m FROM analytics_dirty)";

  /** Clears the monthly rows a round recomputes (incremental) or all of them. */
  static List<String> clearMonths(boolean incremental) {
    return List.of("analytics_partner_month", "analytics_duration_month").stream()
        .map(
            table ->
                incremental
                    ? "DELETE t FROM "
                        + table
                        + " t JOIN "
                        + DIRTY_MONTHS
                        + " d ON d.partner_id = t.partner_id AND d.m = t.day"
                    : "DELETE FROM " + table)
        .toList();
  }

  /** Sums the daily rows of the dirty partner-months (incremental) or of all into the months. */
  static List<String> fillMonths(boolean incremental) {
    String join =
        incremental
            ? " JOIN "
                + DIRTY_MONTHS
                + " d ON d.partner_id = t.partner_id AND t.day >= d.m"
                + " AND t.day < d.m + INTERVAL 1 MONTH"
            : "";
    String columns = String.join(", ", DAY_COLUMNS);
    String sums =
        DAY_COLUMNS.stream()
            .map(c -> "SUM(t." + c + ")")
            .reduce((a, b) -> a + ", " + b)
            .orElseThrow();
    return List.of(
        "INSERT INTO analytics_partner_month (partner_id, day, "
            + columns
            + ") SELECT t.partner_id, "
            + monthOf("t.day")
            + ", "
            + sums
            + " FROM analytics_partner_day t"
            + join
            + " GROUP BY t.partner_id, "
            + monthOf("t.day"),
        "INSERT INTO analytics_duration_month (partner_id, day, metric, bucket_minutes, n)"
            + " SELECT t.partner_id, "
            + monthOf("t.day")
            + ", t.metric, t.bucket_minutes, SUM(t.n) FROM analytics_duration_day t"
            + join
            + " GROUP BY t.partner_id, "
            + monthOf("t.day")
            + ", t.metric, t.bucket_minutes");
  }

  /** The open pipeline of the dirty partners (or all), by stage. */
  static final String PIPELINE =
      "INSERT INTO analytics_pipeline (partner_id, status, leads, value)"
          + " SELECT l.partner_id, l.status, COUNT(*), COALESCE(SUM(CASE WHEN l.currency = "
          + EUR
          + " THEN l.estimated_value END), 0) FROM sales_lead l {P:l.partner_id}"
          + " WHERE l.partner_id IS NOT NULL GROUP BY l.partner_id, l.status";

  /** {@code sql} for the dirty partner-days ({@code incremental}) or for all. */
  static String scoped(String sql, boolean incremental) {
    StringBuilder out = new StringBuilder();
    int i = 0;
    while (true) {
      int open = sql.indexOf('{', i);
      if (open < 0) {
        out.append(sql, i, sql.length());
        return out.toString();
      }
      int close = sql.indexOf('}', open);
      out.append(sql, i, open);
      String[] parts = sql.substring(open + 1, close).split(":");
      if (incremental) {
        out.append(join(parts));
      }
      i = close + 1;
    }
  }

  private static String join(String[] parts) {
    return switch (parts[0]) {
      case "D" ->
          "JOIN analytics_dirty d ON d.partner_id = "
              + parts[1]
              + " AND "
              + parts[2]
              + " >= d.day AND "
              + parts[2]
              + " < d.day + INTERVAL 1 DAY";
      case "DD" ->
          "JOIN analytics_dirty d ON d.partner_id = " + parts[1] + " AND d.day = " + parts[2];
      case "P" ->
          "JOIN (SELECT DISTINCT partner_id FROM analytics_dirty) d ON d.partner_id = " + parts[1];
      default -> throw new IllegalArgumentException(parts[0]);
    };
  }
}
