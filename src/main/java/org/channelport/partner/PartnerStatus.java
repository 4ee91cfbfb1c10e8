package org.channelport.partner;

import java.util.Locale;
import java.util.Optional;

public enum PartnerStatus {
  PROSPECT,
  ACTIVE,
  SUSPENDED;

  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<PartnerStatus> parse(String text) {
    if (text == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(valueOf(text.strip().toUpperCase(Locale.ROOT)));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
