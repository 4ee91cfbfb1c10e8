package org.channelport.analytics;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;

/**
 * The figures of a period for a set of partners, each defined once here from the {@link Totals} and
 * the medians. A rate is a ratio (0.25 = a quarter) with four decimals, null when what it is taken
 * of is zero (no lead dispatched: no acceptance rate), never a division by zero.
 *
 * <ul>
 *   <li>acceptanceRate = accepted / dispatched; recallRate = recalled / dispatched; conversionRate
 *       = won / dispatched (leads, by the day of each event);
 *   <li>dealApprovalRate = approved / decided; dealConflictRate = with a conflict / submitted;
 *   <li>averageOrderValue = revenue / orders; backorderRate = orders with a backordered line /
 *       orders;
 *   <li>mdfUtilisation = paid / allocated; mdfRoi = (won value + order revenue credited to the
 *       campaign codes of the partners' fund requests) / paid;
 *   <li>slaAttainment = first responses and resolutions within their target / all measured;
 *       deflectionRate = deflected / (deflected + opened).
 * </ul>
 */
public record Kpis(
    LocalDate from,
    LocalDate to,
    long partners,
    Totals totals,
    BigDecimal acceptanceRate,
    BigDecimal recallRate,
    BigDecimal conversionRate,
    BigDecimal medianHoursToAccept,
    BigDecimal dealApprovalRate,
    BigDecimal dealConflictRate,
    BigDecimal medianHoursToDecision,
    BigDecimal averageOrderValue,
    BigDecimal backorderRate,
    BigDecimal medianDaysToShip,
    BigDecimal mdfUtilisation,
    BigDecimal mdfRoi,
    BigDecimal medianDaysClaimToPaid,
    BigDecimal slaAttainment,
    BigDecimal firstResponseAttainment,
    BigDecimal resolutionAttainment,
    BigDecimal deflectionRate) {

  public static final String CURRENCY = "EUR";

  /** The medians of a period, in minutes (null: nothing measured). */
  public record Medians(
      BigDecimal acceptMinutes,
      BigDecimal decisionMinutes,
      BigDecimal shipMinutes,
      BigDecimal claimMinutes) {
    public static final Medians NONE = new Medians(null, null, null, null);
  }

  public static Kpis of(LocalDate from, LocalDate to, long partners, Totals t, Medians m) {
    return new Kpis(
        from,
        to,
        partners,
        t,
        rate(t.leadsAccepted(), t.leadsDispatched()),
        rate(t.leadsRecalled(), t.leadsDispatched()),
        rate(t.leadsWon(), t.leadsDispatched()),
        hours(m.acceptMinutes()),
        rate(t.dealsApproved(), t.dealsDecided()),
        rate(t.dealsConflict(), t.dealsSubmitted()),
        hours(m.decisionMinutes()),
        divide(t.orderRevenue(), BigDecimal.valueOf(t.orders()), 2),
        rate(t.ordersBackordered(), t.orders()),
        days(m.shipMinutes()),
        divide(t.mdfPaid(), t.mdfAllocated(), 4),
        divide(t.campaignWonValue().add(t.campaignRevenue()), t.mdfPaid(), 4),
        days(m.claimMinutes()),
        rate(
            t.firstResponseMet() + t.resolutionMet(),
            t.firstResponseMeasured() + t.resolutionMeasured()),
        rate(t.firstResponseMet(), t.firstResponseMeasured()),
        rate(t.resolutionMet(), t.resolutionMeasured()),
        rate(t.deflections(), t.deflections() + t.issuesOpened()));
  }

  static BigDecimal rate(long part, long whole) {
    return whole == 0
        ? null
        : BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), 4, RoundingMode.HALF_UP);
  }

  static BigDecimal divide(BigDecimal part, BigDecimal whole, int scale) {
    return whole == null || whole.signum() == 0
        ? null
        : part.divide(whole, scale, RoundingMode.HALF_UP);
  }

  private static BigDecimal hours(BigDecimal minutes) {
    return minutes == null ? null : minutes.divide(BigDecimal.valueOf(60), 2, RoundingMode.HALF_UP);
  }

  private static BigDecimal days(BigDecimal minutes) {
    return minutes == null
        ? null
        : minutes.divide(BigDecimal.valueOf(1440), 2, RoundingMode.HALF_UP);
  }

  /**
   * The median of a histogram of buckets of {@code width} minutes ({@code counts[i]} = how many in
   * the bucket starting at {@code starts[i]}, ascending): the middle value's bucket, taken at its
   * middle (for an even count, the mean of the two middle values' buckets).
   */
  public static BigDecimal median(int[] starts, long[] counts, int width) {
    long total = 0;
    for (long c : counts) {
      total += c;
    }
    if (total == 0) {
      return null;
    }
    double low = valueAt(starts, counts, (total - 1) / 2, width);
    double high = valueAt(starts, counts, total / 2, width);
    return BigDecimal.valueOf((low + high) / 2).setScale(1, RoundingMode.HALF_UP);
  }

  private static double valueAt(int[] starts, long[] counts, long index, int width) {
    long seen = 0;
    for (int i = 0; i < starts.length; i++) {
      seen += counts[i];
      if (index < seen) {
        return starts[i] + width / 2.0;
      }
    }
    throw new IllegalArgumentException("index beyond the histogram");
  }
}
