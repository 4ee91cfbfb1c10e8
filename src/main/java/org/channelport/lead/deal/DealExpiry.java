package org.channelport.lead.deal;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.util.logging.Logger;

/**
 * Once a day, approvals whose protection window has passed are marked expired. Reads do not depend
 * on it: an approval past its date already counts as expired everywhere.
 */
@Singleton
public class DealExpiry {
  private static final Logger LOG = Logger.getLogger(DealExpiry.class.getName());

  @Inject DealRegistrationService registrations;

  @Schedule(hour = "0", minute = "15", persistent = false)
  void expireOverdue() {
    int expired = registrations.expireOverdue();
    if (expired > 0) {
      LOG.info(() -> expired + " deal registrations expired");
    }
  }
}
