package org.channelport.partner;

import java.util.Optional;
import org.channelport.shared.Codes;

public enum PartnerTier {
  REGISTERED,
  SILVER,
  GOLD,
  PLATINUM;

  public String code() {
    return Codes.of(this);
  }

  public static Optional<PartnerTier> parse(String text) {
    return Codes.parse(PartnerTier.class, text);
  }
}
