package org.channelport.deal;

import static org.channelport.deal.DealStatus.APPROVED;
import static org.channelport.deal.DealStatus.EXPIRED;
import static org.channelport.deal.DealStatus.REJECTED;
import static org.channelport.deal.DealStatus.RETURNED;
import static org.channelport.deal.DealStatus.SUBMITTED;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import org.channelport.security.Role;
import org.channelport.security.RoleTransition;

/**
 * The steps of a deal registration, declared once: from which status each may be taken, where it
 * leads and who takes it. {@link DealRegistration}'s guards, the service's checks, the expiry job's
 * query and the pages' forms read them.
 */
public enum DealStep implements RoleTransition<DealStatus> {
  /** The partner answers a return with new details. */
  RESUBMIT(
      RETURNED,
      SUBMITTED,
      "error.deal.transition.resubmit",
      Role.PARTNER_MANAGER,
      Role.PARTNER_EMPLOYEE),
  APPROVE(SUBMITTED, APPROVED, "error.deal.transition.approve", Role.CHANNEL_MANAGER),
  REJECT(SUBMITTED, REJECTED, "error.deal.transition.reject", Role.CHANNEL_MANAGER),
  /** Back to the partner for more information. */
  RETURN(SUBMITTED, RETURNED, "error.deal.transition.return", Role.CHANNEL_MANAGER),
  /** The protection window has passed (the daily job; only once it has passed). */
  EXPIRE(APPROVED, EXPIRED, "error.deal.transition.expire");

  private final Set<DealStatus> from;
  private final DealStatus to;
  private final String conflictKey;
  private final Set<Role> roles;

  DealStep(DealStatus from, DealStatus to, String conflictKey, Role... roles) {
    this.from = Collections.unmodifiableSet(EnumSet.of(from));
    this.to = to;
    this.conflictKey = conflictKey;
    this.roles =
        Collections.unmodifiableSet(
            roles.length == 0 ? EnumSet.noneOf(Role.class) : EnumSet.of(roles[0], roles));
  }

  @Override
  public Set<DealStatus> from() {
    return from;
  }

  @Override
  public DealStatus to() {
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
