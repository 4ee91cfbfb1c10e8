package org.channelport.security.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.channelport.security.Caller;
import org.channelport.security.CurrentCaller;

/** The signed-in user, for the layout and its role-aware menu. Menus only mirror the rules. */
@Named("user")
@RequestScoped
public class UserBean {
  @Inject CurrentCaller currentCaller;

  private Caller caller() {
    return currentCaller.get();
  }

  public boolean isSignedIn() {
    return caller().isAuthenticated();
  }

  public String getUsername() {
    return caller().username();
  }

  public boolean isChannelManager() {
    return caller().isChannelManager();
  }

  public boolean isChannelAdmin() {
    return caller().isChannelAdmin();
  }

  public boolean isPartnerManager() {
    return caller().isPartnerManager();
  }

  public boolean isPartnerUser() {
    return caller().isPartnerUser();
  }

  public String getRoleKey() {
    if (isChannelManager()) {
      return "role.channel-manager";
    }
    if (isPartnerManager()) {
      return "role.partner-manager";
    }
    return isPartnerUser() ? "role.partner-employee" : "role.none";
  }
}
