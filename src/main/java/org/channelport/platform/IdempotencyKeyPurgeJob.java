package org.channelport.platform;

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
import org.channelport.platform.jobs.LeasedJobs;

/**
 * Removes the Idempotency-Keys past their 24 hours once an hour, as a leased job (one node at a
 * time). Correctness does not wait for it: an expired key is taken as a new one when it comes
 * again; this only keeps the table small.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigrations")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class IdempotencyKeyPurgeJob {
  static final String LEASE = "idempotency-key-purge";
  static final Duration INTERVAL = Duration.ofHours(1);

  @Inject LeasedJobs jobs;
  @Inject IdempotencyKeys keys;

  private ScheduledFuture<?> task;

  @PostConstruct
  void schedule() {
    task = jobs.every(LEASE, INTERVAL, Duration.ofMinutes(5), keys::purgeExpired);
  }

  @PreDestroy
  void stop() {
    if (task != null) {
      task.cancel(false);
    }
  }
}
