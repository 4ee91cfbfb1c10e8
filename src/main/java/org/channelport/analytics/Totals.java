package org.channelport.analytics;

import java.math.BigDecimal;

/**
 * The sums of the daily roll-up rows over a period and a set of partners: what every KPI is made
 * of. Amounts are EUR.
 */
public record Totals(
    long leadsDispatched,
    long leadsAccepted,
    long leadsRejected,
    long leadsRecalled,
    long leadsWon,
    long leadsLost,
    BigDecimal wonValue,
    BigDecimal campaignWonValue,
    long dealsSubmitted,
    long dealsConflict,
    long dealsDecided,
    long dealsApproved,
    long orders,
    BigDecimal orderRevenue,
    BigDecimal campaignRevenue,
    long ordersBackordered,
    long ordersShipped,
    BigDecimal mdfAllocated,
    BigDecimal mdfReserved,
    BigDecimal mdfPaid,
    BigDecimal mdfForfeited,
    long claimsPaid,
    long issuesOpened,
    long issuesSolved,
    long issuesSolvedBySolution,
    long deflections,
    long firstResponseMeasured,
    long firstResponseMet,
    long resolutionMeasured,
    long resolutionMet) {

  /** The columns of {@code analytics_partner_day} summed, in the order of the components. */
  static final String SUMS =
      "COALESCE(SUM(t.leads_dispatched), 0), COALESCE(SUM(t.leads_accepted), 0),"
          + " COALESCE(SUM(t.leads_rejected), 0), COALESCE(SUM(t.leads_recalled), 0),"
          + " COALESCE(SUM(t.leads_won), 0), COALESCE(SUM(t.leads_lost), 0),"
          + " COALESCE(SUM(t.won_value), 0), COALESCE(SUM(t.campaign_won_value), 0),"
          + " COALESCE(SUM(t.deals_submitted), 0), COALESCE(SUM(t.deals_conflict), 0),"
          + " COALESCE(SUM(t.deals_decided), 0), COALESCE(SUM(t.deals_approved), 0),"
          + " COALESCE(SUM(t.orders), 0), COALESCE(SUM(t.order_revenue), 0),"
          + " COALESCE(SUM(t.campaign_revenue), 0), COALESCE(SUM(t.orders_backordered), 0),"
          + " COALESCE(SUM(t.orders_shipped), 0), COALESCE(SUM(t.mdf_allocated), 0),"
          + " COALESCE(SUM(t.mdf_reserved), 0), COALESCE(SUM(t.mdf_paid), 0),"
          + " COALESCE(SUM(t.mdf_forfeited), 0), COALESCE(SUM(t.claims_paid), 0),"
          + " COALESCE(SUM(t.issues_opened), 0), COALESCE(SUM(t.issues_solved), 0),"
          + " COALESCE(SUM(t.issues_solved_by_solution), 0), COALESCE(SUM(t.deflections), 0),"
          + " COALESCE(SUM(t.first_response_measured), 0), COALESCE(SUM(t.first_response_met), 0),"
          + " COALESCE(SUM(t.resolution_measured), 0), COALESCE(SUM(t.resolution_met), 0)";

  static final int COLUMNS = 30;

  public static final Totals ZERO =
      new Totals(
          0,
          0,
          0,
          0,
          0,
          0,
          BigDecimal.ZERO,
          BigDecimal.ZERO,
          0,
          0,
          0,
          0,
          0,
          BigDecimal.ZERO,
          BigDecimal.ZERO,
          0,
          0,
          BigDecimal.ZERO,
          BigDecimal.ZERO,
          BigDecimal.ZERO,
          BigDecimal.ZERO,
          0,
          0,
          0,
          0,
          0,
          0,
          0,
          0,
          0);

  /** Reads the {@link #SUMS} columns starting at column {@code first} of a row. */
  static Totals read(java.sql.ResultSet r, int first) throws java.sql.SQLException {
    int i = first;
    return new Totals(
        r.getLong(i++),
        r.getLong(i++),
        r.getLong(i++),
        r.getLong(i++),
        r.getLong(i++),
        r.getLong(i++),
        r.getBigDecimal(i++),
        r.getBigDecimal(i++),
        r.getLong(i++),
        r.getLong(i++),
        r.getLong(i++),
        r.getLong(i++),
        r.getLong(i++),
        r.getBigDecimal(i++),
        r.getBigDecimal(i++),
        r.getLong(i++),
        r.getLong(i++),
        r.getBigDecimal(i++),
        r.getBigDecimal(i++),
        r.getBigDecimal(i++),
        r.getBigDecimal(i++),
        r.getLong(i++),
        r.getLong(i++),
        r.getLong(i++),
        r.getLong(i++),
        r.getLong(i++),
        r.getLong(i++),
        r.getLong(i++),
        r.getLong(i++),
        r.getLong(i));
  }
}
