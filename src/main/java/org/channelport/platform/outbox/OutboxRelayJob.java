package org.channelport.platform.outbox;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ScheduledFuture;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.channelport.platform.Clock;
import org.channelport.platform.Database;
import org.channelport.platform.jobs.LeasedJobs;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Relays the outbox every {@code channelport.outbox.relay-interval-seconds} (default 10) to the
 * {@link OutboxHandler} beans, as a leased job: one node relays at a time. A round goes on while
 * messages are due, for at most {@code channelport.outbox.round-seconds} (60). Pauses between
 * attempts: {@code channelport.outbox.first-retry-seconds} (10) doubling to {@code
 * channelport.outbox.max-retry-seconds} (300), jittered; messages are retried for {@code
 * channelport.outbox.retry-for-hours} (72) unless their handler says otherwise ({@link
 * RetryPolicy}).
 */
@Singleton
@Startup
@DependsOn("DatabaseMigrations")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class OutboxRelayJob {
  private static final Logger LOG = Logger.getLogger(OutboxRelayJob.class.getName());
  static final String LEASE = "outbox-relay";
  static final int BATCH = 200;

  @Inject LeasedJobs jobs;
  @Inject @Any Instance<OutboxHandler> handlers;
  @Inject Clock clock;

  @Resource(lookup = Database.JNDI_NAME)
  DataSource dataSource;

  @Inject
  @ConfigProperty(name = "channelport.outbox.relay-interval-seconds", defaultValue = "10")
  long intervalSeconds;

  @Inject
  @ConfigProperty(name = "channelport.outbox.round-seconds", defaultValue = "60")
  long roundSeconds;

  @Inject
  @ConfigProperty(name = "channelport.outbox.first-retry-seconds", defaultValue = "10")
  long firstRetrySeconds;

  @Inject
  @ConfigProperty(name = "channelport.outbox.max-retry-seconds", defaultValue = "300")
  long maxRetrySeconds;

  @Inject
  @ConfigProperty(name = "channelport.outbox.retry-for-hours", defaultValue = "72")
  long retryForHours;

  private ScheduledFuture<?> task;

  @PostConstruct
  void schedule() {
    List<OutboxHandler> all = handlers.stream().toList();
    Duration first = Duration.ofSeconds(Math.max(1, firstRetrySeconds));
    RetryPolicy policy =
        new RetryPolicy(
            first,
            Duration.ofSeconds(Math.max(first.toSeconds(), maxRetrySeconds)),
            Duration.ofHours(Math.max(1, retryForHours)));
    OutboxRelay relay = new OutboxRelay(dataSource, all, policy, clock);
    LOG.info(() -> "Outbox relay serves topics " + relay.topics() + " with " + policy);
    Duration interval = Duration.ofSeconds(Math.max(1, intervalSeconds));
    Duration round = Duration.ofSeconds(Math.max(1, roundSeconds));
    task = jobs.every(LEASE, interval, interval, () -> relay.relay(BATCH, round));
  }

  @PreDestroy
  void stop() {
    if (task != null) {
      task.cancel(false);
    }
  }
}
