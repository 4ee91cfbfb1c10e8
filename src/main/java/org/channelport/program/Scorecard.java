package org.channelport.program;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.channelport.partner.PartnerTier;

/**
 * A partner's standing in the program on one day: the next tier's requirements (the current tier's
 * at the top), the forecast date all of them are met at the current rate (null when one cannot be
 * reached by rate, today when all are met), what is missing, and whether the partner qualifies for
 * promotion (every next-tier requirement met) or is due for demotion (a current-tier one not met).
 */
public record Scorecard(
    long partnerId,
    PartnerTier tier,
    PartnerTier nextTier,
    List<RequirementResult> requirements,
    List<RequirementResult> currentRequirements,
    LocalDate forecastDate,
    boolean qualifiesForPromotion,
    boolean dueForDemotion,
    BigDecimal percentComplete,
    LocalDate computedOn)
    implements Serializable {
  public Scorecard {
    requirements = List.copyOf(requirements);
    currentRequirements = List.copyOf(currentRequirements);
  }

  /** The requirements shown that are not met yet. */
  public List<ProgramMetric> missing() {
    return requirements.stream().filter(r -> !r.met()).map(RequirementResult::metric).toList();
  }
}
