package org.channelport.partner;

import java.util.Optional;
import org.channelport.shared.Codes;

public enum PartnerStatus {
  PROSPECT,
  ACTIVE,
  SUSPENDED;

  public String code() {
    return Codes.of(this);
  }

  public static Optional<PartnerStatus> parse(String text) {
    return Codes.parse(PartnerStatus.class, text);
  }
}
