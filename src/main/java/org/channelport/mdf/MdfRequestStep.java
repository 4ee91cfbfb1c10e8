package org.channelport.mdf;

import static org.channelport.mdf.MdfRequestStatus.APPROVED;
import static org.channelport.mdf.MdfRequestStatus.AWAITING_SECOND_APPROVAL;
import static org.channelport.mdf.MdfRequestStatus.CLOSED;
import static org.channelport.mdf.MdfRequestStatus.EXPIRED;
import static org.channelport.mdf.MdfRequestStatus.REJECTED;
import static org.channelport.mdf.MdfRequestStatus.SUBMITTED;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import org.channelport.security.Role;
import org.channelport.security.RoleTransition;

/**
 * The steps of a fund request, declared once: partner managers submit, channel managers decide (a
 * first approval above the approver's limit waits for a second approver), the portal expires a
 * request whose claim deadline passed and closes one whose final claim was approved.
 */
public enum MdfRequestStep implements RoleTransition<MdfRequestStatus> {
  /** An approval within the approver's limit: the approved amount is reserved. */
  APPROVE(
      EnumSet.of(SUBMITTED, AWAITING_SECOND_APPROVAL),
      APPROVED,
      "error.mdf.request.transition.approve",
      Role.CHANNEL_MANAGER),
  /** A first approval above the approver's limit: recorded, a second approver finishes it. */
  FIRST_APPROVE(
      EnumSet.of(SUBMITTED),
      AWAITING_SECOND_APPROVAL,
      "error.mdf.request.transition.approve",
      Role.CHANNEL_MANAGER),
  REJECT(
      EnumSet.of(SUBMITTED, AWAITING_SECOND_APPROVAL),
      REJECTED,
      "error.mdf.request.transition.reject",
      Role.CHANNEL_MANAGER),
  /** A claim is made on an approved request (the step keeps the status). */
  CLAIM(EnumSet.of(APPROVED), null, "error.mdf.request.transition.claim", partnerRoles()),
  /** The claim deadline passed: what is still reserved goes back to the allocation. */
  EXPIRE(
      EnumSet.of(SUBMITTED, AWAITING_SECOND_APPROVAL, APPROVED),
      EXPIRED,
      "error.mdf.request.transition.expire"),
  /** The final claim was approved: the rest goes back to the allocation. */
  CLOSE(EnumSet.of(APPROVED), CLOSED, "error.mdf.request.transition.close");

  private final Set<MdfRequestStatus> from;
  private final MdfRequestStatus to;
  private final String conflictKey;
  private final Set<Role> roles;

  MdfRequestStep(
      Set<MdfRequestStatus> from, MdfRequestStatus to, String conflictKey, Role... roles) {
    this.from = Collections.unmodifiableSet(EnumSet.copyOf(from));
    this.to = to;
    this.conflictKey = conflictKey;
    this.roles =
        Collections.unmodifiableSet(
            roles.length == 0 ? EnumSet.noneOf(Role.class) : EnumSet.of(roles[0], roles));
  }

  private static Role[] partnerRoles() {
    return new Role[] {Role.PARTNER_MANAGER, Role.PARTNER_EMPLOYEE};
  }

  @Override
  public Set<MdfRequestStatus> from() {
    return from;
  }

  @Override
  public MdfRequestStatus to() {
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
