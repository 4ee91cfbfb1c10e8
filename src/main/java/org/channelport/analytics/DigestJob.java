package org.channelport.analytics;

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
import java.util.concurrent.ScheduledFuture;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.channelport.platform.Clock;
import org.channelport.platform.jobs.LeasedJobs;
import org.eclipse.microprofile.config.Config;

/**
 * The weekly digest, a leased job ({@value #LEASE}, every {@code
 * analytics.digest-interval-seconds}, default 3600): from Monday 07:00 UTC on, each round sends the
 * digest of every subscriber who has not had this week's ({@link DigestWeek}), one subscriber per
 * transaction ({@link Digests}). The lease keeps it to one node per round, the conditional claim of
 * the week to one mail even if two nodes ran it.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigrations")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DigestJob {
  private static final Logger LOG = Logger.getLogger(DigestJob.class.getName());
  static final String LEASE = "analytics-digest";
  static final int BATCH = 500;

  @Inject LeasedJobs jobs;
  @Inject DigestSubscriptions subscriptions;
  @Inject Digests digests;
  @Inject Clock clock;
  @Inject Config config;

  private ScheduledFuture<?> task;

  @PostConstruct
  void schedule() {
    long seconds =
        config.getOptionalValue("analytics.digest-interval-seconds", Long.class).orElse(3600L);
    Duration interval = Duration.ofSeconds(Math.max(1, seconds));
    task = jobs.every(LEASE, interval, interval, this::run);
  }

  @PreDestroy
  void stop() {
    if (task != null) {
      task.cancel(false);
    }
  }

  /** One round: the digests due now. */
  public void run() {
    Instant now = clock.now();
    int sent = 0;
    for (String username : subscriptions.due(now, BATCH)) {
      try {
        if (digests.send(username, now)) {
          sent++;
        }
      } catch (RuntimeException e) {
        LOG.log(Level.WARNING, "Could not send the weekly digest of " + username, e);
      }
    }
    if (sent > 0) {
      int n = sent;
      LOG.info(() -> "Weekly digest: " + n + " mails queued");
    }
  }
}
