package org.channelport.mdf;

import java.util.Optional;
import org.channelport.shared.Codes;

/** Where a fund request is; steps in {@link MdfRequestStep}. */
public enum MdfRequestStatus {
  SUBMITTED,
  AWAITING_SECOND_APPROVAL,
  APPROVED,
  REJECTED,
  EXPIRED,
  CLOSED;

  public String code() {
    return Codes.of(this);
  }

  /** Whether a decision is still to be made on it (the review queue). */
  public boolean awaitsDecision() {
    return this == SUBMITTED || this == AWAITING_SECOND_APPROVAL;
  }

  public static Optional<MdfRequestStatus> parse(String code) {
    return Codes.parse(MdfRequestStatus.class, code);
  }
}
