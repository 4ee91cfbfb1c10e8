package org.channelport.security;

import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/** The realm roles of the channelport realm. */
public enum Role {
  CHANNEL_MANAGER("channel-manager"),
  CHANNEL_ADMIN("channel-admin"),
  PARTNER_MANAGER("partner-manager"),
  PARTNER_EMPLOYEE("partner-employee"),
  /**
   * The ERP or its middleware (the service account of client channelport-erp): only the inbound
   * calls of the Channelport ERP protocol, never a portal page or any other API call.
   */
  ERP_INTEGRATION("erp-integration");

  /** The roles of people using the portal (every role but {@link #ERP_INTEGRATION}). */
  public static final Set<Role> PORTAL =
      Collections.unmodifiableSet(EnumSet.complementOf(EnumSet.of(ERP_INTEGRATION)));

  private final String roleName;

  Role(String roleName) {
    this.roleName = roleName;
  }

  public String roleName() {
    return roleName;
  }

  public static Optional<Role> fromName(String name) {
    return Arrays.stream(values()).filter(r -> r.roleName.equals(name)).findFirst();
  }
}
