package org.channelport.support;

import java.util.Optional;
import org.channelport.shared.Codes;

/**
 * How urgent a service issue is; each has its own SLA targets ({@link SlaPolicy}). Written in JSON
 * and in the bundles as the lower-case code ({@code low}, {@code normal}, {@code high}, {@code
 * urgent}).
 */
public enum IssuePriority {
  LOW,
  NORMAL,
  HIGH,
  URGENT;

  public String code() {
    return Codes.of(this);
  }

  public static Optional<IssuePriority> parse(String text) {
    return Codes.parse(IssuePriority.class, text);
  }
}
