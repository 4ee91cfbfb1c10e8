package org.channelport.program;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.channelport.partner.PartnerTier;

/**
 * The scorecard's arithmetic, on figures already read: no database, no caller. A tier without any
 * requirement is not reached through the program (no promotion to it, no forecast).
 */
public final class ScorecardRules {
  /** The metrics are 12-month totals: their daily rate is the total over this many days. */
  static final BigDecimal DAYS_PER_PERIOD = BigDecimal.valueOf(365);

  /** Beyond this many days, a forecast is no date (and no overflow). */
  static final BigDecimal HORIZON_DAYS = BigDecimal.valueOf(365_000);

  private ScorecardRules() {}

  public static Scorecard evaluate(
      long partnerId,
      PartnerTier tier,
      Map<PartnerTier, List<Requirement>> program,
      Map<ProgramMetric, BigDecimal> actuals,
      LocalDate today) {
    List<RequirementResult> current = measure(program.get(tier), actuals);
    PartnerTier next = above(tier);
    List<RequirementResult> toNext = next == null ? List.of() : measure(program.get(next), actuals);
    List<RequirementResult> shown = next == null ? current : toNext;
    boolean qualifies = !toNext.isEmpty() && toNext.stream().allMatch(RequirementResult::met);
    boolean demotion = current.stream().anyMatch(r -> !r.met());
    return new Scorecard(
        partnerId,
        tier,
        next,
        shown,
        current,
        toNext.isEmpty() ? null : forecast(toNext, today),
        qualifies,
        demotion,
        averagePercent(shown),
        today);
  }

  /** The tier above {@code tier}; null at the top. */
  public static PartnerTier above(PartnerTier tier) {
    PartnerTier[] tiers = PartnerTier.values();
    return tier.ordinal() + 1 < tiers.length ? tiers[tier.ordinal() + 1] : null;
  }

  static List<RequirementResult> measure(
      List<Requirement> requirements, Map<ProgramMetric, BigDecimal> actuals) {
    List<RequirementResult> results = new ArrayList<>();
    if (requirements != null) {
      for (Requirement r : requirements) {
        results.add(RequirementResult.of(r, actuals.get(r.metric())));
      }
    }
    return results;
  }

  /**
   * The first day every requirement is met when each growing metric keeps its 12-month daily rate:
   * today when all are met; null when one that is not met cannot grow by rate (a head count, a
   * percentage), has no rate at all (nothing in 12 months), or would take a thousand years.
   */
  static LocalDate forecast(List<RequirementResult> results, LocalDate today) {
    long days = 0;
    for (RequirementResult r : results) {
      if (r.met()) {
        continue;
      }
      if (!r.metric().growsWithTime() || r.actual().signum() <= 0) {
        return null;
      }
      // (threshold - actual) / (actual / 365), as one division: no rounding of the rate
      BigDecimal needed =
          r.threshold()
              .subtract(r.actual())
              .multiply(DAYS_PER_PERIOD)
              .divide(r.actual(), 0, RoundingMode.CEILING);
      if (needed.compareTo(HORIZON_DAYS) > 0) {
        return null; // a thousand years and more is "not at this rate"
      }
      days = Math.max(days, needed.longValueExact());
    }
    return today.plusDays(days);
  }

  static BigDecimal averagePercent(List<RequirementResult> results) {
    if (results.isEmpty()) {
      return BigDecimal.valueOf(100).setScale(1);
    }
    BigDecimal sum = BigDecimal.ZERO;
    for (RequirementResult r : results) {
      sum = sum.add(r.percent());
    }
    return sum.divide(BigDecimal.valueOf(results.size()), 1, RoundingMode.HALF_UP);
  }
}
