package org.channelport.erp.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.channelport.erp.IntegrationAdmin;

/** The menu's "needs attention" count of parked ERP messages (channel admins), once a request. */
@Named
@RequestScoped
public class IntegrationMenu {
  @Inject IntegrationAdmin admin;

  private Long count;

  public long getNeedsAttention() {
    if (count == null) {
      try {
        count = admin.needsAttention();
      } catch (RuntimeException e) {
        count = 0L;
      }
    }
    return count;
  }

  /** " (3)" when three messages need attention, else nothing. */
  public String getBadge() {
    long n = getNeedsAttention();
    return n > 0 ? " (" + n + ")" : "";
  }
}
