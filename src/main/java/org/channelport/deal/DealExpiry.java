package org.channelport.deal;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.concurrent.ScheduledFuture;
import java.util.logging.Logger;
import org.channelport.platform.jobs.LeasedJobs;

/**
 * Every hour, approvals whose protection window has passed are marked expired. Reads do not depend
 * on it: an approval past its date already counts as expired everywhere. Runs as a leased job, like
 * the lead recall: with several portal nodes, one of them expires in each round.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigrations")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DealExpiry {
  private static final Logger LOG = Logger.getLogger(DealExpiry.class.getName());

  static final String LEASE = "deal-expiry";

  @Inject LeasedJobs jobs;
  @Inject DealRegistrationService registrations;

  private ScheduledFuture<?> task;

  @PostConstruct
  void schedule() {
    task = jobs.every(LEASE, Duration.ofMinutes(60), Duration.ofMinutes(1), this::expireOverdue);
  }

  @PreDestroy
  void stop() {
    if (task != null) {
      task.cancel(false);
    }
  }

  private void expireOverdue() {
    int expired = registrations.expireOverdue();
    if (expired > 0) {
      LOG.info(() -> expired + " deal registrations expired");
    }
  }
}
