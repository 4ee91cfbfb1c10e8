package org.channelport.partner;

import static org.channelport.partner.PartnerStatus.ACTIVE;
import static org.channelport.partner.PartnerStatus.PROSPECT;
import static org.channelport.partner.PartnerStatus.SUSPENDED;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import org.channelport.security.Role;
import org.channelport.security.RoleTransition;

/**
 * The steps of a partner account's status, declared once: {@link Partner}'s guards, the service's
 * role checks and the partner page's buttons read them. No step leads back to prospect.
 */
public enum PartnerStep implements RoleTransition<PartnerStatus> {
  SUSPEND(
      EnumSet.of(PROSPECT, ACTIVE),
      SUSPENDED,
      "error.partner.alreadySuspended",
      Role.CHANNEL_MANAGER),
  ACTIVATE(
      EnumSet.of(PROSPECT, SUSPENDED), ACTIVE, "error.partner.alreadyActive", Role.CHANNEL_MANAGER);

  private final Set<PartnerStatus> from;
  private final PartnerStatus to;
  private final String conflictKey;
  private final Set<Role> roles;

  PartnerStep(Set<PartnerStatus> from, PartnerStatus to, String conflictKey, Role... roles) {
    this.from = Collections.unmodifiableSet(EnumSet.copyOf(from));
    this.to = to;
    this.conflictKey = conflictKey;
    this.roles = Collections.unmodifiableSet(EnumSet.of(roles[0], roles));
  }

  @Override
  public Set<PartnerStatus> from() {
    return from;
  }

  @Override
  public PartnerStatus to() {
    return to;
  }

  /** The conflict names the partner (it is refused only when the partner is there already). */
  @Override
  public String conflictKey() {
    return conflictKey;
  }

  @Override
  public Set<Role> roles() {
    return roles;
  }
}
