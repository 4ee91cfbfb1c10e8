package org.channelport.support;

import static org.channelport.support.IssueStatus.CLOSED;
import static org.channelport.support.IssueStatus.IN_PROGRESS;
import static org.channelport.support.IssueStatus.NEW;
import static org.channelport.support.IssueStatus.SOLVED;
import static org.channelport.support.IssueStatus.WAITING_CUSTOMER;
import static org.channelport.support.IssueStatus.WAITING_PARTNER;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import org.channelport.security.Role;
import org.channelport.security.RoleTransition;

/**
 * The steps of a service issue's life, declared once: from which statuses each may be taken, where
 * it leads and who takes it. The brand owner's service (channel managers of the partner's
 * portfolio) takes, waits, solves; the partner manager confirms (closes) and reopens, and so may
 * the service; partner employees log issues and comment. A reply resumes a waiting issue ({@link
 * #RESUME}: the partner's comment on either waiting status, the service's comment or take on
 * waiting for the customer). {@link ServiceIssue}'s guards, the service's role checks and the
 * pages' buttons read them.
 */
public enum IssueStep implements RoleTransition<IssueStatus> {
  /**
   * The service takes the issue (or hands it to a colleague): a new one or a waiting one goes to in
   * progress, one in progress changes its assignee.
   */
  TAKE(
      EnumSet.of(NEW, IN_PROGRESS, WAITING_PARTNER, WAITING_CUSTOMER),
      IN_PROGRESS,
      "error.issue.transition.take",
      Role.CHANNEL_MANAGER),
  /** The service waits for the partner (the SLA clock pauses), with a reason. */
  WAIT_FOR_PARTNER(
      EnumSet.of(IN_PROGRESS, WAITING_CUSTOMER),
      WAITING_PARTNER,
      "error.issue.transition.wait",
      Role.CHANNEL_MANAGER),
  /** The service waits for the end customer (the SLA clock pauses), with a reason. */
  WAIT_FOR_CUSTOMER(
      EnumSet.of(IN_PROGRESS, WAITING_PARTNER),
      WAITING_CUSTOMER,
      "error.issue.transition.wait",
      Role.CHANNEL_MANAGER),
  /** A reply ends the wait (taken by a comment, never on its own): the clock runs again. */
  RESUME(
      EnumSet.of(WAITING_PARTNER, WAITING_CUSTOMER),
      IN_PROGRESS,
      "error.issue.transition.resume",
      Role.CHANNEL_MANAGER,
      Role.PARTNER_MANAGER,
      Role.PARTNER_EMPLOYEE),
  /** The service answers with the solution. */
  SOLVE(
      EnumSet.of(IN_PROGRESS, WAITING_PARTNER, WAITING_CUSTOMER),
      SOLVED,
      "error.issue.transition.solve",
      Role.CHANNEL_MANAGER),
  /** The partner confirms the solution (the service may close it too). */
  CLOSE(EnumSet.of(SOLVED), CLOSED, "error.issue.transition.close", managers()),
  /** Solved or closed, but not solved after all: back to in progress, with a reason. */
  REOPEN(EnumSet.of(SOLVED, CLOSED), IN_PROGRESS, "error.issue.transition.reopen", managers()),
  /** The portal closes an issue solved long enough ago (support.auto-close-days). */
  AUTO_CLOSE(EnumSet.of(SOLVED), CLOSED, "error.issue.transition.close"),
  /** A comment both ways, until the issue is closed (a closed issue is reopened first). */
  COMMENT(
      EnumSet.of(NEW, IN_PROGRESS, WAITING_PARTNER, WAITING_CUSTOMER, SOLVED),
      null,
      "error.issue.transition.comment",
      Role.CHANNEL_MANAGER,
      Role.PARTNER_MANAGER,
      Role.PARTNER_EMPLOYEE),
  /** An internal note of the service, never shown to partners; also on a closed issue. */
  NOTE(
      EnumSet.allOf(IssueStatus.class),
      null,
      "error.issue.transition.comment",
      Role.CHANNEL_MANAGER);

  private final Set<IssueStatus> from;
  private final IssueStatus to;
  private final String conflictKey;
  private final Set<Role> roles;

  IssueStep(Set<IssueStatus> from, IssueStatus to, String conflictKey, Role... roles) {
    this.from = Collections.unmodifiableSet(EnumSet.copyOf(from));
    this.to = to;
    this.conflictKey = conflictKey;
    this.roles =
        Collections.unmodifiableSet(
            roles.length == 0 ? EnumSet.noneOf(Role.class) : EnumSet.of(roles[0], roles));
  }

  private static Role[] managers() {
    return new Role[] {Role.CHANNEL_MANAGER, Role.PARTNER_MANAGER};
  }

  /** The wait step for {@code partner} or {@code customer}; empty for anything else. */
  public static java.util.Optional<IssueStep> waitFor(String whom) {
    if (whom == null) {
      return java.util.Optional.empty();
    }
    return switch (whom.strip().toLowerCase(java.util.Locale.ROOT)) {
      case "partner" -> java.util.Optional.of(WAIT_FOR_PARTNER);
      case "customer" -> java.util.Optional.of(WAIT_FOR_CUSTOMER);
      default -> java.util.Optional.empty();
    };
  }

  /** Whether the portal takes this step (no caller does). */
  public boolean bySystem() {
    return roles.isEmpty();
  }

  @Override
  public Set<IssueStatus> from() {
    return from;
  }

  @Override
  public IssueStatus to() {
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
