package org.channelport.support;

import java.time.Duration;
import java.util.Objects;

/**
 * The time the service team has for an issue, in business time ({@link BusinessCalendar}): until
 * its first response and until it is solved.
 */
public record SlaTargets(Duration firstResponse, Duration resolution) {
  public SlaTargets {
    Objects.requireNonNull(firstResponse, "firstResponse");
    Objects.requireNonNull(resolution, "resolution");
    if (firstResponse.isNegative() || firstResponse.isZero()) {
      throw new IllegalArgumentException("first response target must be positive");
    }
    if (resolution.isNegative() || resolution.isZero()) {
      throw new IllegalArgumentException("resolution target must be positive");
    }
  }

  public static SlaTargets ofMinutes(long firstResponseMinutes, long resolutionMinutes) {
    return new SlaTargets(
        Duration.ofMinutes(firstResponseMinutes), Duration.ofMinutes(resolutionMinutes));
  }
}
