package org.channelport.analytics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class KpisTest {
  static final LocalDate FROM = LocalDate.of(2026, 1, 1);
  static final LocalDate TO = LocalDate.of(2026, 3, 31);

  /** Totals with the given lead, deal, order, MDF and service figures (the rest zero). */
  static Totals totals(
      long dispatched,
      long accepted,
      long recalled,
      long won,
      String wonValue,
      long dealsSubmitted,
      long conflicts,
      long decided,
      long approved,
      long orders,
      String revenue,
      long backordered,
      String allocated,
      String paid,
      String campaignWon,
      String campaignRevenue,
      long opened,
      long deflections,
      long frMeasured,
      long frMet,
      long resMeasured,
      long resMet) {
    return new Totals(
        dispatched,
        accepted,
        0,
        recalled,
        won,
        0,
        new BigDecimal(wonValue),
        new BigDecimal(campaignWon),
        dealsSubmitted,
        conflicts,
        decided,
        approved,
        orders,
        new BigDecimal(revenue),
        new BigDecimal(campaignRevenue),
        backordered,
        0,
        new BigDecimal(allocated),
        BigDecimal.ZERO,
        new BigDecimal(paid),
        BigDecimal.ZERO,
        0,
        opened,
        0,
        0,
        deflections,
        frMeasured,
        frMet,
        resMeasured,
        resMet);
  }

  @Test
  void ratesAreTakenOfWhatTheyAreRatesOf() {
    Kpis k =
        Kpis.of(
            FROM,
            TO,
            3,
            totals(
                8, 6, 1, 2, "12000", 4, 1, 4, 3, 5, "10000", 1, "5000", "2000", "3000", "1000", 9,
                3, 10, 9, 10, 8),
            Kpis.Medians.NONE);
    assertEquals(new BigDecimal("0.7500"), k.acceptanceRate());
    assertEquals(new BigDecimal("0.1250"), k.recallRate());
    assertEquals(new BigDecimal("0.2500"), k.conversionRate());
    assertEquals(new BigDecimal("0.7500"), k.dealApprovalRate());
    assertEquals(new BigDecimal("0.2500"), k.dealConflictRate());
    assertEquals(new BigDecimal("2000.00"), k.averageOrderValue());
    assertEquals(new BigDecimal("0.2000"), k.backorderRate());
    assertEquals(new BigDecimal("0.4000"), k.mdfUtilisation());
    // (campaign won value + campaign revenue) / paid = 4000 / 2000
    assertEquals(new BigDecimal("2.0000"), k.mdfRoi());
    // 17 of 20 measured clocks within target
    assertEquals(new BigDecimal("0.8500"), k.slaAttainment());
    assertEquals(new BigDecimal("0.9000"), k.firstResponseAttainment());
    assertEquals(new BigDecimal("0.8000"), k.resolutionAttainment());
    // 3 deflected of 12 matters (3 deflected + 9 logged)
    assertEquals(new BigDecimal("0.2500"), k.deflectionRate());
  }

  @Test
  void anEmptyPeriodHasZeroCountsAndNoRatesInsteadOfADivisionByZero() {
    Kpis k = Kpis.of(FROM, TO, 0, Totals.ZERO, Kpis.Medians.NONE);
    assertEquals(0, k.totals().leadsDispatched());
    assertNull(k.acceptanceRate());
    assertNull(k.recallRate());
    assertNull(k.conversionRate());
    assertNull(k.dealApprovalRate());
    assertNull(k.averageOrderValue());
    assertNull(k.backorderRate());
    assertNull(k.mdfUtilisation());
    assertNull(k.mdfRoi());
    assertNull(k.slaAttainment());
    assertNull(k.deflectionRate());
    assertNull(k.medianHoursToAccept());
  }

  @Test
  void nothingPaidMeansNoReturnEvenWithRevenue() {
    Kpis k =
        Kpis.of(
            FROM,
            TO,
            1,
            totals(
                0, 0, 0, 0, "0", 0, 0, 0, 0, 2, "500", 0, "1000", "0", "0", "500", 0, 0, 0, 0, 0,
                0),
            Kpis.Medians.NONE);
    assertNull(k.mdfRoi());
    assertEquals(new BigDecimal("0.0000"), k.mdfUtilisation());
  }

  @Test
  void theMedianIsTheMiddleValuesBucketAtItsMiddle() {
    // 1 acceptance in 0-15 min, 1 in 60-75, 3 in 120-135: the middle (3rd of 5) is in 120-135
    assertEquals(
        new BigDecimal("127.5"), Kpis.median(new int[] {0, 60, 120}, new long[] {1, 1, 3}, 15));
    // an even count takes the mean of the two middle values: (7.5 + 67.5) / 2
    assertEquals(new BigDecimal("37.5"), Kpis.median(new int[] {0, 60}, new long[] {1, 1}, 15));
    // whole days (width 0): 2 days
    assertEquals(
        new BigDecimal("2880.0"),
        Kpis.median(new int[] {1440, 2880, 4320}, new long[] {1, 2, 1}, 0));
    assertNull(Kpis.median(new int[0], new long[0], 15));
  }

  @Test
  void mediansAreShownInHoursAndDays() {
    Kpis k =
        Kpis.of(
            FROM,
            TO,
            1,
            Totals.ZERO,
            new Kpis.Medians(
                new BigDecimal("127.5"), new BigDecimal("90"), new BigDecimal("2880"), null));
    assertEquals(new BigDecimal("2.13"), k.medianHoursToAccept());
    assertEquals(new BigDecimal("1.50"), k.medianHoursToDecision());
    assertEquals(new BigDecimal("2.00"), k.medianDaysToShip());
    assertNull(k.medianDaysClaimToPaid());
  }
}
