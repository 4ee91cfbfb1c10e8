package org.channelport.mdf;

import static org.channelport.mdf.MdfClaimStatus.APPROVED;
import static org.channelport.mdf.MdfClaimStatus.AWAITING_SECOND_APPROVAL;
import static org.channelport.mdf.MdfClaimStatus.DRAFT;
import static org.channelport.mdf.MdfClaimStatus.PAID;
import static org.channelport.mdf.MdfClaimStatus.PAYABLE;
import static org.channelport.mdf.MdfClaimStatus.REJECTED;
import static org.channelport.mdf.MdfClaimStatus.RETURNED;
import static org.channelport.mdf.MdfClaimStatus.SUBMITTED;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import org.channelport.security.Role;
import org.channelport.security.RoleTransition;

/**
 * The steps of a claim, declared once: partner users prepare it (draft, proof files, corrections of
 * a returned claim), only the partner manager submits, channel managers decide; an approved claim
 * is payable at once and paid when the ERP says so.
 */
public enum MdfClaimStep implements RoleTransition<MdfClaimStatus> {
  /** Amounts, results and proof files change while the claim is a draft or returned. */
  EDIT(
      EnumSet.of(DRAFT, RETURNED),
      null,
      "error.mdf.claim.transition.edit",
      Role.PARTNER_MANAGER,
      Role.PARTNER_EMPLOYEE),
  SUBMIT(
      EnumSet.of(DRAFT, RETURNED),
      SUBMITTED,
      "error.mdf.claim.transition.submit",
      Role.PARTNER_MANAGER),
  /** An approval within the approver's limit: the approved amount becomes payable. */
  APPROVE(
      EnumSet.of(SUBMITTED, AWAITING_SECOND_APPROVAL),
      PAYABLE,
      "error.mdf.claim.transition.approve",
      Role.CHANNEL_MANAGER),
  /** A first approval above the approver's limit: recorded, a second approver finishes it. */
  FIRST_APPROVE(
      EnumSet.of(SUBMITTED),
      AWAITING_SECOND_APPROVAL,
      "error.mdf.claim.transition.approve",
      Role.CHANNEL_MANAGER),
  REJECT(
      EnumSet.of(SUBMITTED, AWAITING_SECOND_APPROVAL),
      REJECTED,
      "error.mdf.claim.transition.reject",
      Role.CHANNEL_MANAGER),
  /** Back to the partner for a correction, with a reason; it is resubmitted later. */
  RETURN(
      EnumSet.of(SUBMITTED, AWAITING_SECOND_APPROVAL),
      RETURNED,
      "error.mdf.claim.transition.return",
      Role.CHANNEL_MANAGER),
  /** The ERP paid the claim. */
  PAY(EnumSet.of(APPROVED, PAYABLE), PAID, "error.mdf.claim.transition.pay");

  private final Set<MdfClaimStatus> from;
  private final MdfClaimStatus to;
  private final String conflictKey;
  private final Set<Role> roles;

  MdfClaimStep(Set<MdfClaimStatus> from, MdfClaimStatus to, String conflictKey, Role... roles) {
    this.from = Collections.unmodifiableSet(EnumSet.copyOf(from));
    this.to = to;
    this.conflictKey = conflictKey;
    this.roles =
        Collections.unmodifiableSet(
            roles.length == 0 ? EnumSet.noneOf(Role.class) : EnumSet.of(roles[0], roles));
  }

  @Override
  public Set<MdfClaimStatus> from() {
    return from;
  }

  @Override
  public MdfClaimStatus to() {
    return to;
  }

  @Override
  public String conflictKey() {
    return conflictKey;
  }

  @Override
  public Set<Role> roles() {
    return roles;
  }
}
