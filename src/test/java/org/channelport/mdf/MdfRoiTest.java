package org.channelport.mdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.util.List;
import org.channelport.deal.DealCampaignFigures;
import org.channelport.lead.CampaignFigures;
import org.channelport.order.CampaignRevenue;
import org.junit.jupiter.api.Test;

/** ROI = (won value + order revenue) / paid, matched on partner and campaign code. */
class MdfRoiTest {
  static final long NORTHWIND = 1;
  static final long BALTIC = 2;

  static RoiInput activity(long id, long partner, String code, String paid) {
    return new RoiInput(
        id, "Webinar " + id, partner, 10, "2027-Q1", code, "EUR", paid == null ? null : dec(paid));
  }

  static BigDecimal dec(String v) {
    return new BigDecimal(v);
  }

  static CampaignFigures leads(
      long partner, String code, String currency, long n, String pipeline, long won, String wonV) {
    return new CampaignFigures(partner, code, currency, n, dec(pipeline), won, dec(wonV));
  }

  static MdfRoi.CampaignResults results(
      List<CampaignFigures> l, List<DealCampaignFigures> d, List<CampaignRevenue> o) {
    return MdfRoi.CampaignResults.of(l, d, o);
  }

  static void assertAmount(String expected, BigDecimal actual) {
    assertEquals(0, dec(expected).compareTo(actual), expected + " vs " + actual);
  }

  @Test
  void roiIsWonValuePlusOrderRevenueOverPaid() {
    var r =
        results(
            List.of(leads(NORTHWIND, "WEB-1", "EUR", 4, "12000", 1, "8000")),
            List.of(new DealCampaignFigures(NORTHWIND, "WEB-1", "EUR", 2, 1, dec("3000"))),
            List.of(new CampaignRevenue(NORTHWIND, "WEB-1", "EUR", 3, dec("2000"))));
    RoiView row = MdfRoi.activities(List.of(activity(7, NORTHWIND, "web-1", "4000")), r).get(0);
    assertEquals(7L, row.requestId());
    assertEquals("WEB-1", row.campaignCode());
    assertEquals(4, row.leads());
    assertEquals(2, row.deals());
    assertAmount("15000", row.pipeline()); // open leads + registrations awaiting a decision
    assertAmount("8000", row.wonValue());
    assertAmount("2000", row.orderRevenue());
    assertAmount("4000", row.paid());
    assertAmount("2.50", row.roi());
    assertEquals("EUR", row.currency());
  }

  @Test
  void nothingPaidMeansNoRoiNotADivisionByZero() {
    var r =
        results(List.of(leads(NORTHWIND, "WEB-1", "EUR", 1, "0", 1, "500")), List.of(), List.of());
    assertNull(MdfRoi.activities(List.of(activity(1, NORTHWIND, "WEB-1", "0")), r).get(0).roi());
    assertNull(MdfRoi.activities(List.of(activity(1, NORTHWIND, "WEB-1", null)), r).get(0).roi());
    assertNull(MdfRoi.roi(dec("1"), dec("1"), dec("-5")), "a reversal beyond what was paid");
    assertNull(MdfRoi.roi(dec("1"), dec("1"), null));
  }

  @Test
  void paidButNothingCameBackIsZeroRoi() {
    RoiView row =
        MdfRoi.activities(
                List.of(activity(1, NORTHWIND, "WEB-1", "1000")),
                results(List.of(), List.of(), List.of()))
            .get(0);
    assertAmount("0", row.roi());
    assertEquals(0, row.leads());
  }

  @Test
  void anActivityWithoutCampaignCodeHasNoRoiAndCountsNothing() {
    var r =
        results(List.of(leads(NORTHWIND, "WEB-1", "EUR", 9, "1", 9, "9")), List.of(), List.of());
    RoiView row = MdfRoi.activities(List.of(activity(1, NORTHWIND, null, "1000")), r).get(0);
    assertNull(row.campaignCode());
    assertNull(row.roi());
    assertEquals(0, row.leads());
    assertAmount("0", row.wonValue());
    assertAmount("1000", row.paid());
  }

  @Test
  void anotherPartnersResultsUnderTheSameCodeNeverCount() {
    var r =
        results(
            List.of(
                leads(NORTHWIND, "WEB-1", "EUR", 1, "100", 1, "1000"),
                leads(BALTIC, "WEB-1", "EUR", 50, "99999", 40, "99999")),
            List.of(),
            List.of(new CampaignRevenue(BALTIC, "WEB-1", "EUR", 9, dec("77777"))));
    RoiView row = MdfRoi.activities(List.of(activity(1, NORTHWIND, "WEB-1", "500")), r).get(0);
    assertEquals(1, row.leads());
    assertAmount("1000", row.wonValue());
    assertAmount("0", row.orderRevenue());
    assertAmount("2.00", row.roi());
  }

  @Test
  void amountsInAnotherCurrencyAreNotMixedInButTheirLeadsCount() {
    var r =
        results(
            List.of(
                leads(NORTHWIND, "WEB-1", "EUR", 2, "100", 1, "300"),
                leads(NORTHWIND, "WEB-1", "PLN", 3, "5000", 1, "4000"),
                leads(NORTHWIND, "WEB-1", null, 4, "0", 0, "0")),
            List.of(),
            List.of(new CampaignRevenue(NORTHWIND, "WEB-1", "USD", 1, dec("900"))));
    RoiView row = MdfRoi.activities(List.of(activity(1, NORTHWIND, "WEB-1", "100")), r).get(0);
    assertEquals(9, row.leads());
    assertAmount("100", row.pipeline());
    assertAmount("300", row.wonValue());
    assertAmount("0", row.orderRevenue());
    assertAmount("3.00", row.roi());
  }

  @Test
  void roiIsRoundedHalfUpToTwoDecimals() {
    assertAmount("0.33", MdfRoi.roi(dec("1"), dec("0"), dec("3")));
    assertAmount("0.67", MdfRoi.roi(dec("1"), dec("1"), dec("3")));
    assertAmount("0.01", MdfRoi.roi(dec("0.005"), BigDecimal.ZERO, dec("1")));
  }

  @Test
  void aPartnersRollupCountsEveryPaymentAndEachCampaignOnce() {
    var r =
        results(
            List.of(
                leads(NORTHWIND, "WEB-1", "EUR", 2, "1000", 1, "3000"),
                leads(NORTHWIND, "EVT-2", "EUR", 1, "0", 1, "1000"),
                leads(BALTIC, "WEB-1", "EUR", 1, "0", 1, "500")),
            List.of(),
            List.of(new CampaignRevenue(NORTHWIND, "EVT-2", "EUR", 1, dec("1000"))));
    List<RoiInput> inputs =
        List.of(
            activity(1, NORTHWIND, "WEB-1", "1000"),
            activity(2, NORTHWIND, "web-1", "500"), // the same campaign again: counted once
            activity(3, NORTHWIND, "EVT-2", "1000"),
            activity(4, NORTHWIND, null, "500"), // no code: its money still counts as spent
            activity(5, BALTIC, "WEB-1", "0"));
    List<RoiView> partners = MdfRoi.rollup(inputs, r, false);
    assertEquals(2, partners.size());
    RoiView northwind = partners.get(0);
    assertEquals(NORTHWIND, northwind.partnerId());
    assertNull(northwind.requestId());
    assertEquals(3, northwind.leads());
    assertAmount("1000", northwind.pipeline());
    assertAmount("4000", northwind.wonValue());
    assertAmount("1000", northwind.orderRevenue());
    assertAmount("3000", northwind.paid());
    assertAmount("1.67", northwind.roi());
    RoiView baltic = partners.get(1);
    assertEquals(BALTIC, baltic.partnerId());
    assertAmount("500", baltic.wonValue());
    assertNull(baltic.roi(), "nothing paid to Baltic yet");

    List<RoiView> programs = MdfRoi.rollup(inputs, r, true);
    assertEquals(1, programs.size());
    assertEquals(10L, programs.get(0).programId());
    assertEquals("2027-Q1", programs.get(0).title());
    assertEquals(4, programs.get(0).leads());
    assertAmount("4500", programs.get(0).wonValue());
    assertAmount("3000", programs.get(0).paid());
    assertAmount("1.83", programs.get(0).roi());
  }

  @Test
  void aRollupOfActivitiesWithoutAnyCampaignHasNoRoi() {
    List<RoiView> rows =
        MdfRoi.rollup(
            List.of(activity(1, NORTHWIND, null, "800")),
            results(List.of(), List.of(), List.of()),
            false);
    assertNull(rows.get(0).roi());
    assertAmount("800", rows.get(0).paid());
  }
}
