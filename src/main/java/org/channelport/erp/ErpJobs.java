package org.channelport.erp;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ScheduledFuture;
import org.channelport.platform.jobs.LeasedJobs;
import org.eclipse.microprofile.config.inject.ConfigProperties;

/**
 * The ERP connector's periodic jobs, each under its own lease (one node runs each round): the
 * poller ({@code erp-poll}, every {@code channelport.erp.poll-interval-seconds}), the alert
 * evaluation ({@code erp-alerts}, {@code alert-interval-seconds}) and reconciliation ({@code
 * erp-reconcile}, {@code reconcile-interval-seconds}).
 */
@Singleton
@Startup
@DependsOn("DatabaseMigrations")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ErpJobs {
  static final String POLL = "erp-poll";
  static final String ALERTS = "erp-alerts";
  static final String RECONCILE = "erp-reconcile";

  @Inject LeasedJobs jobs;
  @Inject ErpPoller poller;
  @Inject Alerts alerts;
  @Inject Reconciler reconciler;
  @Inject @ConfigProperties ErpConfig config;

  private final List<ScheduledFuture<?>> tasks = new ArrayList<>();

  @PostConstruct
  void schedule() {
    Duration poll = seconds(config.pollIntervalSeconds);
    tasks.add(jobs.every(POLL, poll, poll, poller::pollOnce));
    Duration alert = seconds(config.alertIntervalSeconds);
    tasks.add(jobs.every(ALERTS, alert, alert, alerts::evaluate));
    Duration reconcile = seconds(config.reconcileIntervalSeconds);
    tasks.add(jobs.every(RECONCILE, reconcile, reconcile, reconciler::run));
  }

  private static Duration seconds(long s) {
    return Duration.ofSeconds(Math.max(1, s));
  }

  @PreDestroy
  void stop() {
    tasks.forEach(t -> t.cancel(false));
  }
}
