package org.channelport.mdf;

import java.util.Optional;
import org.channelport.shared.Codes;

/** Where a claim is; steps in {@link MdfClaimStep}. */
public enum MdfClaimStatus {
  DRAFT,
  SUBMITTED,
  AWAITING_SECOND_APPROVAL,
  RETURNED,
  APPROVED,
  REJECTED,
  PAYABLE,
  PAID;

  public String code() {
    return Codes.of(this);
  }

  /** Whether a decision is still to be made on it (the review queue). */
  public boolean awaitsDecision() {
    return this == SUBMITTED || this == AWAITING_SECOND_APPROVAL;
  }

  /** Whether the partner may still change it (a draft, or a claim returned for correction). */
  public boolean editable() {
    return this == DRAFT || this == RETURNED;
  }

  public static Optional<MdfClaimStatus> parse(String code) {
    return Codes.parse(MdfClaimStatus.class, code);
  }
}
