package org.channelport.program;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import org.channelport.partner.PartnerTier;

/**
 * One requirement measured: the actual figure against the threshold, and how much of it is done.
 */
public record RequirementResult(
    PartnerTier tier,
    ProgramMetric metric,
    BigDecimal actual,
    BigDecimal threshold,
    boolean met,
    BigDecimal percent)
    implements Serializable {
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  /**
   * {@code actual} against the requirement: met at or above the threshold, percent capped at 100.
   */
  public static RequirementResult of(Requirement requirement, BigDecimal actual) {
    BigDecimal value = actual == null ? BigDecimal.ZERO : actual;
    BigDecimal threshold = requirement.threshold();
    return new RequirementResult(
        requirement.tier(),
        requirement.metric(),
        value,
        threshold,
        value.compareTo(threshold) >= 0,
        percent(value, threshold));
  }

  /** actual / threshold × 100, one decimal, between 0 and 100 (100 for a threshold of 0). */
  static BigDecimal percent(BigDecimal actual, BigDecimal threshold) {
    if (threshold.signum() <= 0) {
      return HUNDRED.setScale(1);
    }
    BigDecimal p = actual.multiply(HUNDRED).divide(threshold, 1, RoundingMode.HALF_UP);
    if (p.compareTo(HUNDRED) > 0) {
      return HUNDRED.setScale(1);
    }
    return p.signum() < 0 ? BigDecimal.ZERO.setScale(1) : p;
  }
}
