package org.channelport.support;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ScheduledFuture;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.channelport.platform.Clock;
import org.channelport.platform.jobs.LeasedJobs;
import org.eclipse.microprofile.config.inject.ConfigProperties;

/**
 * The SLA escalation: every {@code support.sla-check-seconds} (default 60) the open issues whose
 * first response or resolution is overdue are flagged as breached and the service lead and the
 * assignee told ({@link SlaBreaches}), once per breach. Runs as a leased job: with several portal
 * nodes, one of them checks in each round (and the conditional flag keeps it once even if two did).
 */
@Singleton
@Startup
@DependsOn("DatabaseMigrations")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SlaBreachJob {
  private static final Logger LOG = Logger.getLogger(SlaBreachJob.class.getName());

  /** Issues escalated per round at most; the rest wait for the next one. */
  static final int BATCH = 200;

  static final String LEASE = "support-sla-breach";

  @Inject LeasedJobs jobs;
  @Inject SlaBreaches breaches;
  @Inject Clock clock;
  @Inject @ConfigProperties SupportJobsConfig config;

  private ScheduledFuture<?> task;

  @PostConstruct
  void schedule() {
    Duration interval = Duration.ofSeconds(Math.max(1, config.slaCheckSeconds));
    task = jobs.every(LEASE, interval, interval, this::check);
  }

  @PreDestroy
  void stop() {
    if (task != null) {
      task.cancel(false);
    }
  }

  void check() {
    Instant now = clock.now();
    int escalated = 0;
    for (Long id : breaches.overdue(now, BATCH)) {
      try {
        List<String> flagged = breaches.escalate(id, now);
        if (!flagged.isEmpty()) {
          escalated++;
          LOG.info(() -> "Service issue " + id + ": SLA breached (" + flagged + "), escalated");
        }
      } catch (RuntimeException e) {
        LOG.log(Level.WARNING, "Could not escalate the SLA breach of service issue " + id, e);
      }
    }
    if (escalated > 0) {
      int count = escalated;
      LOG.fine(() -> count + " SLA breaches escalated");
    }
  }
}
