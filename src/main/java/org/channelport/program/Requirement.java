package org.channelport.program;

import java.math.BigDecimal;
import java.util.Objects;
import org.channelport.partner.PartnerTier;

/** What a tier requires of one metric: at least {@code threshold}. */
public record Requirement(PartnerTier tier, ProgramMetric metric, BigDecimal threshold) {
  public Requirement {
    Objects.requireNonNull(tier, "tier");
    Objects.requireNonNull(metric, "metric");
    if (threshold == null || threshold.signum() <= 0) {
      throw new IllegalArgumentException("a requirement's threshold is positive: " + threshold);
    }
  }
}
