package org.channelport.lead;

import java.util.Optional;
import org.channelport.shared.Codes;

/** How a lead came in. */
public enum LeadSource {
  CHANNEL_MANAGER,
  IMPORT,
  SHOWROOM,
  DEAL_REGISTRATION;

  public String code() {
    return Codes.of(this);
  }

  public static Optional<LeadSource> parse(String text) {
    return Codes.parse(LeadSource.class, text);
  }
}
