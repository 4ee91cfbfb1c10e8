package org.channelport.security;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * Who is asking: the same for a signed-in page user and an API token. Channel managers have no
 * partner; partner users belong to exactly one.
 */
public record Caller(String username, Set<Role> roles, Long partnerId) {
  public static final Caller ANONYMOUS = new Caller("anonymous", Set.of(), null);

  /** A scheduled job of the portal itself: no roles, no partner. */
  public static final Caller SYSTEM = new Caller("system", Set.of(), null);

  public Caller {
    EnumSet<Role> copy = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    if (copy.contains(Role.ERP_INTEGRATION)) {
      // the ERP's service account is nobody's user: no portal role, no partner, no portfolio
      copy = EnumSet.of(Role.ERP_INTEGRATION);
      partnerId = null;
    }
    if (partnerId == null) {
      // a partner role without a partner in the token grants nothing
      copy.remove(Role.PARTNER_MANAGER);
      copy.remove(Role.PARTNER_EMPLOYEE);
    }
    roles = Collections.unmodifiableSet(copy);
  }

  public boolean isAuthenticated() {
    return this != ANONYMOUS && !"anonymous".equals(username);
  }

  public boolean has(Role role) {
    return roles.contains(role);
  }

  public boolean isChannelManager() {
    return has(Role.CHANNEL_MANAGER);
  }

  public boolean isChannelAdmin() {
    return isChannelManager() && has(Role.CHANNEL_ADMIN);
  }

  /** The ERP's service account: the inbound calls of the ERP protocol and nothing else. */
  public boolean isErpIntegration() {
    return has(Role.ERP_INTEGRATION);
  }

  public boolean isPartnerManager() {
    return partnerId != null && has(Role.PARTNER_MANAGER);
  }

  public boolean isPartnerUser() {
    return partnerId != null && (has(Role.PARTNER_MANAGER) || has(Role.PARTNER_EMPLOYEE));
  }
}
