package org.channelport.lead;

import static org.channelport.lead.LeadStatus.ACCEPTED;
import static org.channelport.lead.LeadStatus.DISPATCHED;
import static org.channelport.lead.LeadStatus.LOST;
import static org.channelport.lead.LeadStatus.NEW;
import static org.channelport.lead.LeadStatus.QUALIFIED;
import static org.channelport.lead.LeadStatus.REJECTED;
import static org.channelport.lead.LeadStatus.WON;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import org.channelport.security.Role;
import org.channelport.security.RoleTransition;

/**
 * The steps of a lead's life, declared once: from which statuses each may be taken, where it leads
 * and who takes it. {@link Lead}'s guards, the dispatch and recall SQL and the lead page's buttons
 * read them.
 */
public enum LeadStep implements RoleTransition<LeadStatus> {
  /** A channel manager offers a lead of the pool to a partner (by hand or by the rules). */
  DISPATCH(LeadStatus.IN_POOL, DISPATCHED, "error.lead.transition.dispatch", Role.CHANNEL_MANAGER),
  /** The rules found no partner: the lead stays in the pool, tagged. */
  NO_PARTNER(LeadStatus.IN_POOL, null, "error.lead.transition.dispatch", Role.CHANNEL_MANAGER),
  ACCEPT(EnumSet.of(DISPATCHED), ACCEPTED, "error.lead.transition.accept", Role.PARTNER_MANAGER),
  REJECT(EnumSet.of(DISPATCHED), REJECTED, "error.lead.transition.reject", Role.PARTNER_MANAGER),
  /** The acceptance time ran out: the portal takes the lead back (no caller does). */
  RECALL(EnumSet.of(DISPATCHED), NEW, "error.lead.transition.recall"),
  ASSIGN(
      EnumSet.of(ACCEPTED, QUALIFIED), null, "error.lead.transition.assign", Role.PARTNER_MANAGER),
  QUALIFY(
      EnumSet.of(ACCEPTED, QUALIFIED),
      QUALIFIED,
      "error.lead.transition.qualify",
      Role.PARTNER_MANAGER,
      Role.PARTNER_EMPLOYEE),
  WIN(
      EnumSet.of(QUALIFIED),
      WON,
      "error.lead.transition.win",
      Role.PARTNER_MANAGER,
      Role.PARTNER_EMPLOYEE),
  LOSE(
      EnumSet.of(ACCEPTED, QUALIFIED),
      LOST,
      "error.lead.transition.lose",
      Role.PARTNER_MANAGER,
      Role.PARTNER_EMPLOYEE);

  private final Set<LeadStatus> from;
  private final LeadStatus to;
  private final String conflictKey;
  private final Set<Role> roles;

  LeadStep(Set<LeadStatus> from, LeadStatus to, String conflictKey, Role... roles) {
    this.from = Collections.unmodifiableSet(EnumSet.copyOf(from));
    this.to = to;
    this.conflictKey = conflictKey;
    this.roles =
        Collections.unmodifiableSet(
            roles.length == 0 ? EnumSet.noneOf(Role.class) : EnumSet.of(roles[0], roles));
  }

  @Override
  public Set<LeadStatus> from() {
    return from;
  }

  @Override
  public LeadStatus to() {
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
