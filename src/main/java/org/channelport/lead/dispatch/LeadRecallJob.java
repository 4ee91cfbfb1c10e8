package org.channelport.lead.dispatch;

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
import java.util.logging.Level;
import java.util.logging.Logger;
import org.channelport.lead.LeadsConfig;
import org.channelport.platform.Clock;
import org.channelport.platform.jobs.LeasedJobs;
import org.channelport.shared.ConflictException;
import org.eclipse.microprofile.config.inject.ConfigProperties;

/**
 * The acceptance SLA: every {@code channelport.leads.recall-interval-seconds} (default 60) the
 * dispatched leads past their deadline go back to the pool, and their partner is excluded from
 * them. Leads without a deadline (showroom inquiries) are never recalled. Runs as a leased job:
 * with several portal nodes, one of them recalls in each round.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigrations")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class LeadRecallJob {
  private static final Logger LOG = Logger.getLogger(LeadRecallJob.class.getName());

  /** Leads recalled per tick at most; the rest wait for the next one. */
  static final int BATCH = 500;

  static final String LEASE = "lead-recall";

  @Inject LeasedJobs jobs;
  @Inject LeadRecaller recaller;
  @Inject Clock clock;

  @Inject @ConfigProperties LeadsConfig config;

  private ScheduledFuture<?> task;

  @PostConstruct
  void schedule() {
    Duration interval = Duration.ofSeconds(Math.max(1, config.recallIntervalSeconds));
    task = jobs.every(LEASE, interval, interval, this::recallOverdue);
  }

  @PreDestroy
  void stop() {
    if (task != null) {
      task.cancel(false);
    }
  }

  void recallOverdue() {
    int recalled = 0;
    for (Object[] lead : recaller.overdue(clock.now(), BATCH)) {
      try {
        if (recaller.recall((Long) lead[0], (Long) lead[1])) {
          recalled++;
        }
      } catch (ConflictException changedMeanwhile) {
        // accepted (or otherwise changed) at the same moment: the other change won
        LOG.fine(() -> "Lead " + lead[0] + " changed while being recalled; left as it is");
      } catch (RuntimeException e) {
        LOG.log(Level.WARNING, "Could not recall lead " + lead[0], e);
      }
    }
    if (recalled > 0) {
      int count = recalled;
      LOG.info(() -> count + " leads recalled: their acceptance time ran out");
    }
  }
}
