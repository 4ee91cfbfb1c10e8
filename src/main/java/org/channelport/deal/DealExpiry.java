package org.channelport.deal;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.inject.Inject;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every hour, approvals whose protection window has passed are marked expired. Reads do not depend
 * on it: an approval past its date already counts as expired everywhere. Runs on the container's
 * managed scheduled executor, like the lead recall job (EJB timers would need Payara's data grid).
 */
@Singleton
@Startup
@DependsOn("DatabaseMigrations")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DealExpiry {
  private static final Logger LOG = Logger.getLogger(DealExpiry.class.getName());

  @Resource ManagedScheduledExecutorService scheduler;
  @Inject DealRegistrationService registrations;

  private ScheduledFuture<?> task;

  @PostConstruct
  void schedule() {
    task = scheduler.scheduleWithFixedDelay(this::expireOverdue, 1, 60, TimeUnit.MINUTES);
  }

  @PreDestroy
  void stop() {
    if (task != null) {
      task.cancel(false);
    }
  }

  private void expireOverdue() {
    try {
      int expired = registrations.expireOverdue();
      if (expired > 0) {
        LOG.info(() -> expired + " deal registrations expired");
      }
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Could not expire deal registrations; trying again next hour", e);
    }
  }
}
