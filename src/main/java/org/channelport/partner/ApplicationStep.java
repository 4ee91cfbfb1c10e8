package org.channelport.partner;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import org.channelport.security.Role;
import org.channelport.security.RoleTransition;

/**
 * The decisions on a partner application, declared once: {@link PartnerApplication}'s guard, the
 * list of applications awaiting a decision and the onboarding service's role checks read them.
 */
public enum ApplicationStep implements RoleTransition<ApplicationStatus> {
  APPROVE(ApplicationStatus.APPROVED),
  REJECT(ApplicationStatus.REJECTED);

  private static final Set<ApplicationStatus> OPEN =
      Collections.unmodifiableSet(EnumSet.of(ApplicationStatus.SUBMITTED));
  private static final Set<Role> DECIDERS =
      Collections.unmodifiableSet(EnumSet.of(Role.CHANNEL_MANAGER));

  private final ApplicationStatus to;

  ApplicationStep(ApplicationStatus to) {
    this.to = to;
  }

  @Override
  public Set<ApplicationStatus> from() {
    return OPEN;
  }

  @Override
  public ApplicationStatus to() {
    return to;
  }

  /** The conflict names the company (its application has been decided already). */
  @Override
  public String conflictKey() {
    return "error.application.decided";
  }

  @Override
  public Set<Role> roles() {
    return DECIDERS;
  }
}
