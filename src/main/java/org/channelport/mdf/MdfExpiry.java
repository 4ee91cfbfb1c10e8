package org.channelport.mdf;

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
import java.util.concurrent.ScheduledFuture;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.channelport.platform.jobs.LeasedJobs;
import org.eclipse.microprofile.config.Config;

/**
 * The MDF clock, a leased job ({@value #LEASE}, every {@code mdf.expiry-check-seconds}, default
 * 300): requests whose claim deadline passed expire and release what they still reserve; after a
 * program's end date, what is left available in its allocations is forfeited (a forfeiture entry
 * per allocation). Each item is its own transaction; a conditional step keeps it once even if two
 * nodes ran it.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigrations")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class MdfExpiry {
  private static final Logger LOG = Logger.getLogger(MdfExpiry.class.getName());
  static final String LEASE = "mdf-expiry";
  static final int BATCH = 200;

  @Inject LeasedJobs jobs;
  @Inject MdfRequests requests;
  @Inject MdfForfeits forfeits;
  @Inject MdfPrograms programs;
  @Inject Config config;

  private ScheduledFuture<?> task;

  @PostConstruct
  void schedule() {
    long seconds = config.getOptionalValue("mdf.expiry-check-seconds", Long.class).orElse(300L);
    Duration interval = Duration.ofSeconds(Math.max(1, seconds));
    task = jobs.every(LEASE, interval, interval, this::run);
  }

  @PreDestroy
  void stop() {
    if (task != null) {
      task.cancel(false);
    }
  }

  /** One round: expire what is due, forfeit what is left of ended programs. */
  public void run() {
    LocalDate today = programs.today();
    int expired = 0;
    for (Long id : requests.dueToExpire(today, BATCH)) {
      try {
        if (requests.expire(id, today)) {
          expired++;
        }
      } catch (RuntimeException e) {
        LOG.log(Level.WARNING, "Could not expire MDF request " + id, e);
      }
    }
    int forfeited = 0;
    for (Long account : forfeits.due(today, BATCH)) {
      try {
        if (forfeits.forfeit(account, today)) {
          forfeited++;
        }
      } catch (RuntimeException e) {
        LOG.log(Level.WARNING, "Could not forfeit MDF allocation " + account, e);
      }
    }
    if (expired + forfeited > 0) {
      int e = expired;
      int f = forfeited;
      LOG.info(() -> "MDF: " + e + " requests expired, " + f + " allocations forfeited");
    }
  }
}
