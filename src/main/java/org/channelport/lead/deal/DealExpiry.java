package org.channelport.lead.deal;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every hour, approvals whose protection window has passed are marked expired. Reads do not depend
 * on it: an approval past its date already counts as expired everywhere. (A programmatic,
 * non-persistent timer like the lead recall job's: the container's automatic timers need the
 * clustered timer store, which the single-node portal does not run.)
 */
@Singleton
@Startup
@DependsOn("DatabaseMigrations")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DealExpiry {
  private static final Logger LOG = Logger.getLogger(DealExpiry.class.getName());
  private static final long HOUR = 3_600_000L;

  @Resource TimerService timers;
  @Inject DealRegistrationService registrations;

  @PostConstruct
  void schedule() {
    timers.createIntervalTimer(60_000L, HOUR, new TimerConfig("deal-expiry", false));
  }

  @Timeout
  void expireOverdue() {
    try {
      int expired = registrations.expireOverdue();
      if (expired > 0) {
        LOG.info(() -> expired + " deal registrations expired");
      }
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Could not expire deal registrations", e);
    }
  }
}
