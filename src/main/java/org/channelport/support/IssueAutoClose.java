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
import java.util.concurrent.ScheduledFuture;
import java.util.logging.Logger;
import org.channelport.platform.jobs.LeasedJobs;
import org.eclipse.microprofile.config.inject.ConfigProperties;

/**
 * Solved issues the partner did not confirm close by themselves after {@code
 * support.auto-close-days}; a leased job, so with several portal nodes one of them closes each
 * round.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigrations")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class IssueAutoClose {
  private static final Logger LOG = Logger.getLogger(IssueAutoClose.class.getName());

  static final String LEASE = "issue-auto-close";

  @Inject LeasedJobs jobs;
  @Inject IssueService issues;
  @Inject @ConfigProperties IssuesConfig config;

  private ScheduledFuture<?> task;

  @PostConstruct
  void schedule() {
    task =
        jobs.every(
            LEASE,
            Duration.ofSeconds(Math.max(10, config.autoCloseIntervalSeconds)),
            Duration.ofMinutes(1),
            this::closeSolved);
  }

  @PreDestroy
  void stop() {
    if (task != null) {
      task.cancel(false);
    }
  }

  private void closeSolved() {
    int closed = issues.autoClose();
    if (closed > 0) {
      LOG.info(() -> closed + " solved service issues closed automatically");
    }
  }
}
