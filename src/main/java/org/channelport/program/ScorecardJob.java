package org.channelport.program;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ScheduledFuture;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.channelport.platform.jobs.LeasedJobs;
import org.eclipse.microprofile.config.Config;

/**
 * The daily scorecards, a leased job ({@value #LEASE}, every {@code
 * program.scorecard-interval-seconds}, default 3600): each active partner without a scorecard of
 * today gets one, each in its own transaction. A page or API call that finds today's missing
 * computes it on the spot, so the job only saves that first reader the wait.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigrations")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ScorecardJob {
  private static final Logger LOG = Logger.getLogger(ScorecardJob.class.getName());
  static final String LEASE = "program-scorecards";
  static final int BATCH = 200;

  @Inject LeasedJobs jobs;
  @Inject Scorecards scorecards;
  @Inject ProgramFigures figures;
  @Inject Config config;

  private ScheduledFuture<?> task;

  @PostConstruct
  void schedule() {
    long seconds =
        config.getOptionalValue("program.scorecard-interval-seconds", Long.class).orElse(3600L);
    Duration interval = Duration.ofSeconds(Math.max(1, seconds));
    task = jobs.every(LEASE, interval, Duration.ofSeconds(Math.min(seconds, 60)), this::run);
  }

  @PreDestroy
  void stop() {
    if (task != null) {
      task.cancel(false);
    }
  }

  /** One round: today's scorecards of the partners that have none yet. */
  public void run() {
    LocalDate today = scorecards.today();
    int computed = 0;
    List<Long> due = figures.withoutScorecard(today, BATCH);
    while (!due.isEmpty()) {
      for (Long id : due) {
        try {
          if (scorecards.recompute(id, today)) {
            computed++;
          }
        } catch (RuntimeException e) {
          LOG.log(Level.WARNING, "Could not compute the scorecard of partner " + id, e);
        }
      }
      List<Long> next = figures.withoutScorecard(today, BATCH);
      if (next.equals(due)) {
        break; // those failed; next round tries again
      }
      due = next;
    }
    if (computed > 0) {
      int n = computed;
      LOG.info(() -> "Program: " + n + " scorecards computed for " + today);
    }
  }
}
