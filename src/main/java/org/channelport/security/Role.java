package org.channelport.security;

import java.util.Arrays;
import java.util.Optional;

/** The realm roles of the channelport realm. */
public enum Role {
  CHANNEL_MANAGER("channel-manager"),
  CHANNEL_ADMIN("channel-admin"),
  PARTNER_MANAGER("partner-manager"),
  PARTNER_EMPLOYEE("partner-employee");

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
