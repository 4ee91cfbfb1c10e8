package org.channelport.platform.jobs;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.channelport.platform.Database;

/**
 * "Run this periodic job under a lease": on a small pool of the container's managed threads (EJB
 * timers would need Payara's data grid, which the portal keeps off), every node schedules the job,
 * and in each round only the node that gets the job's lease runs it — so with several nodes it runs
 * once. A failed round is logged and does not end the schedule.
 */
@ApplicationScoped
public class LeasedJobs {
  private static final Logger LOG = Logger.getLogger(LeasedJobs.class.getName());

  /**
   * A node that dies during a run holds the lease at most this long past its last renewal (a
   * running round renews it every half of it), or two intervals if longer.
   */
  static final Duration AT_MOST = Lease.MIN_AT_MOST;

  /** How many jobs of one node may run at the same moment (their rounds never overlap). */
  static final int THREADS = 4;

  /**
   * The jobs' threads: a pool of the portal's own, so that a long round of one job (the relay
   * sending a backlog, a reconciliation) does not hold back another (the lead recall's SLA).
   */
  private ScheduledExecutorService scheduler;

  /**
   * The leases' renewals: a thread apart from the jobs' (a busy job thread must not starve them).
   */
  @Resource ManagedThreadFactory threads;

  private ScheduledExecutorService keepAlive;

  @Resource(lookup = Database.JNDI_NAME)
  DataSource dataSource;

  private Lease lease;

  @PostConstruct
  void init() {
    scheduler = Executors.newScheduledThreadPool(THREADS, threads);
    keepAlive = Executors.newSingleThreadScheduledExecutor(threads);
    lease = new Lease(dataSource, keepAlive);
  }

  @PreDestroy
  void stop() {
    if (scheduler != null) {
      scheduler.shutdownNow();
    }
    if (keepAlive != null) {
      keepAlive.shutdownNow();
    }
  }

  /**
   * Schedules {@code job} every {@code interval} (between the end of one round and the start of the
   * next), the first round after {@code firstAfter}; cancel the returned future to stop it.
   */
  public ScheduledFuture<?> every(
      String name, Duration interval, Duration firstAfter, Runnable job) {
    Duration atMost = atMostFor(interval);
    Duration atLeast = atLeastFor(interval);
    return scheduler.scheduleWithFixedDelay(
        () -> round(name, atMost, atLeast, job),
        firstAfter.toMillis(),
        interval.toMillis(),
        TimeUnit.MILLISECONDS);
  }

  private void round(String name, Duration atMost, Duration atLeast, Runnable job) {
    try {
      if (!lease.runIfFree(name, atMost, atLeast, job)) {
        LOG.fine(() -> name + ": another node holds the lease; skipped");
      }
    } catch (RuntimeException e) {
      // a failed round must not end the schedule
      LOG.log(Level.WARNING, name + " failed; trying again next time", e);
    }
  }

  static Duration atMostFor(Duration interval) {
    Duration twice = interval.multipliedBy(2);
    return twice.compareTo(AT_MOST) > 0 ? twice : AT_MOST;
  }

  /** Nine tenths of the interval: a node a little behind in the same round finds it taken. */
  static Duration atLeastFor(Duration interval) {
    return interval.multipliedBy(9).dividedBy(10);
  }
}
