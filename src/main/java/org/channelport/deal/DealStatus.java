package org.channelport.deal;

import java.util.Optional;
import org.channelport.shared.Codes;

/**
 * Where a deal registration is: submitted → approved | rejected | returned (for more information,
 * then submitted again); approved → expired once its protection window has passed.
 */
public enum DealStatus {
  SUBMITTED,
  APPROVED,
  REJECTED,
  RETURNED,
  EXPIRED;

  public String code() {
    return Codes.of(this);
  }

  public static Optional<DealStatus> parse(String text) {
    return Codes.parse(DealStatus.class, text);
  }
}
