package org.channelport.program;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.channelport.partner.PartnerTier;
import org.junit.jupiter.api.Test;

class ScorecardRulesTest {
  static final LocalDate TODAY = LocalDate.of(2026, 12, 7);

  /** Gold asks 20,000 revenue and one certified employee; platinum 50,000, 80 won leads, three. */
  static final Map<PartnerTier, List<Requirement>> PROGRAM =
      Map.of(
          PartnerTier.GOLD,
          List.of(
              req(PartnerTier.GOLD, ProgramMetric.ORDER_REVENUE, "20000"),
              req(PartnerTier.GOLD, ProgramMetric.CERTIFIED_EMPLOYEES, "1")),
          PartnerTier.PLATINUM,
          List.of(
              req(PartnerTier.PLATINUM, ProgramMetric.ORDER_REVENUE, "50000"),
              req(PartnerTier.PLATINUM, ProgramMetric.WON_LEADS, "80"),
              req(PartnerTier.PLATINUM, ProgramMetric.CERTIFIED_EMPLOYEES, "3")));

  static Requirement req(PartnerTier tier, ProgramMetric metric, String threshold) {
    return new Requirement(tier, metric, new BigDecimal(threshold));
  }

  static Map<ProgramMetric, BigDecimal> figures(String revenue, String wonLeads, String certified) {
    Map<ProgramMetric, BigDecimal> f = new EnumMap<>(ProgramMetric.class);
    f.put(ProgramMetric.ORDER_REVENUE, new BigDecimal(revenue));
    f.put(ProgramMetric.WON_LEADS, new BigDecimal(wonLeads));
    f.put(ProgramMetric.CERTIFIED_EMPLOYEES, new BigDecimal(certified));
    return f;
  }

  static Scorecard gold(Map<ProgramMetric, BigDecimal> figures) {
    return ScorecardRules.evaluate(1, PartnerTier.GOLD, PROGRAM, figures, TODAY);
  }

  @Test
  void eachRequirementShowsActualAgainstThresholdAndHowMuchIsDone() {
    Scorecard card = gold(figures("36500", "40", "3"));
    assertEquals(PartnerTier.PLATINUM, card.nextTier());
    RequirementResult revenue = card.requirements().get(0);
    assertEquals(ProgramMetric.ORDER_REVENUE, revenue.metric());
    assertFalse(revenue.met());
    assertEquals(new BigDecimal("73.0"), revenue.percent());
    RequirementResult leads = card.requirements().get(1);
    assertEquals(new BigDecimal("50.0"), leads.percent());
    RequirementResult certified = card.requirements().get(2);
    assertTrue(certified.met());
    assertEquals(new BigDecimal("100.0"), certified.percent());
    assertEquals(List.of(ProgramMetric.ORDER_REVENUE, ProgramMetric.WON_LEADS), card.missing());
    assertEquals(new BigDecimal("74.3"), card.percentComplete());
  }

  @Test
  void percentIsCappedAtAHundredAndOneDecimal() {
    assertEquals(
        new BigDecimal("100.0"),
        RequirementResult.percent(new BigDecimal("120000"), new BigDecimal("50000")));
    assertEquals(
        new BigDecimal("33.3"), RequirementResult.percent(BigDecimal.ONE, new BigDecimal("3")));
    assertEquals(
        new BigDecimal("0.0"), RequirementResult.percent(BigDecimal.ZERO, new BigDecimal("3")));
  }

  @Test
  void aThresholdOfZeroNeverDividesByZero() {
    assertEquals(
        new BigDecimal("100.0"), RequirementResult.percent(BigDecimal.ONE, BigDecimal.ZERO));
    assertThrows(
        IllegalArgumentException.class,
        () -> req(PartnerTier.GOLD, ProgramMetric.WON_LEADS, "0"),
        "a requirement of nothing is no requirement");
  }

  @Test
  void theForecastIsTheLastOfTheDatesEachGrowingFigureReachesItsThresholdAtItsRate() {
    // 36,500 a year is 100 a day: 13,500 more in 135 days; 73 won leads a year is 0.2 a day: 7
    // more in 35 days
    Scorecard card = gold(figures("36500", "73", "3"));
    assertEquals(TODAY.plusDays(135), card.forecastDate());
    assertFalse(card.qualifiesForPromotion());
  }

  @Test
  void aPartialDayCountsAsAWholeOne() {
    // 30,000 a year: 20,000 more take 243.3 days, so the 244th day
    Scorecard card = gold(figures("30000", "80", "3"));
    assertEquals(TODAY.plusDays(244), card.forecastDate());
  }

  @Test
  void aSlowRateGivesAFarDateNotAnError() {
    // 1 won lead a year: 79 more take 79 years
    Scorecard card = gold(figures("50000", "1", "3"));
    assertEquals(TODAY.plusDays(79L * 365), card.forecastDate());
  }

  @Test
  void aRateSoSlowItTakesAThousandYearsIsNoDate() {
    Map<ProgramMetric, BigDecimal> f = figures("0.01", "80", "3");
    Map<PartnerTier, List<Requirement>> huge =
        Map.of(
            PartnerTier.PLATINUM,
            List.of(req(PartnerTier.PLATINUM, ProgramMetric.ORDER_REVENUE, "99999999999999999")));
    assertNull(ScorecardRules.evaluate(1, PartnerTier.GOLD, huge, f, TODAY).forecastDate());
  }

  @Test
  void aFigureWithNothingInTwelveMonthsHasNoRateAndNoForecast() {
    Scorecard card = gold(figures("36500", "0", "3"));
    assertNull(card.forecastDate());
    assertTrue(card.missing().contains(ProgramMetric.WON_LEADS));
  }

  @Test
  void certifiedEmployeesDoNotComeByRateSoAShortfallMeansNoForecast() {
    Scorecard card = gold(figures("36500", "73", "1"));
    assertNull(card.forecastDate());
    assertEquals(
        List.of(
            ProgramMetric.ORDER_REVENUE,
            ProgramMetric.WON_LEADS,
            ProgramMetric.CERTIFIED_EMPLOYEES),
        card.missing());
  }

  @Test
  void everyNextTierRequirementMetQualifiesForPromotionToday() {
    Scorecard card = gold(figures("50000", "80", "3"));
    assertTrue(card.qualifiesForPromotion());
    assertEquals(TODAY, card.forecastDate());
    assertEquals(List.of(), card.missing());
    assertFalse(card.dueForDemotion());
  }

  @Test
  void aCurrentTierRequirementNotMetIsDueForDemotion() {
    Scorecard card = gold(figures("19999.99", "0", "1"));
    assertTrue(card.dueForDemotion());
    assertFalse(card.currentRequirements().get(0).met());
    assertTrue(card.currentRequirements().get(1).met());
  }

  @Test
  void atTheTopThereIsNoNextTierAndTheCurrentRequirementsAreShown() {
    Scorecard card =
        ScorecardRules.evaluate(
            3, PartnerTier.PLATINUM, PROGRAM, figures("1354.64", "0", "1"), TODAY);
    assertNull(card.nextTier());
    assertNull(card.forecastDate());
    assertFalse(card.qualifiesForPromotion());
    assertTrue(card.dueForDemotion());
    assertEquals(3, card.requirements().size());
    assertEquals(PartnerTier.PLATINUM, card.requirements().get(0).tier());
  }

  @Test
  void aTierWithoutRequirementsIsNotReachedThroughTheProgram() {
    // silver has no requirements in this program: a registered partner neither qualifies nor gets
    // a date, and (nothing asked of registered) is never due for demotion
    Scorecard card =
        ScorecardRules.evaluate(4, PartnerTier.REGISTERED, PROGRAM, figures("0", "0", "0"), TODAY);
    assertEquals(PartnerTier.SILVER, card.nextTier());
    assertFalse(card.qualifiesForPromotion());
    assertNull(card.forecastDate());
    assertFalse(card.dueForDemotion());
  }

  @Test
  void aMissingFigureCountsAsZero() {
    Scorecard card =
        ScorecardRules.evaluate(
            1, PartnerTier.GOLD, PROGRAM, new EnumMap<>(ProgramMetric.class), TODAY);
    assertEquals(BigDecimal.ZERO, card.requirements().get(0).actual());
    assertNull(card.forecastDate());
  }

  @Test
  void serviceSlaWithNoResolvedIssuesIsAHundredPercent() {
    assertEquals(
        new BigDecimal("100.0"), ProgramFigures.attainment(BigDecimal.ZERO, BigDecimal.ZERO));
    assertEquals(
        new BigDecimal("90.0"), ProgramFigures.attainment(BigDecimal.TEN, new BigDecimal("9")));
    assertEquals(
        new BigDecimal("33.3"), ProgramFigures.attainment(new BigDecimal("3"), BigDecimal.ONE));
    assertEquals(
        new BigDecimal("0.0"), ProgramFigures.attainment(new BigDecimal("4"), BigDecimal.ZERO));
  }
}
