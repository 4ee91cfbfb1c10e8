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
import org.channelport.platform.Database;
import org.channelport.platform.jobs.LeasedJobs;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Relays the outbox every {@code channelport.outbox.relay-interval-seconds} (default 10) to the
 * {@link OutboxHandler} beans, as a leased job: one node relays at a time.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigrations")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class OutboxRelayJob {
  private static final Logger LOG = Logger.getLogger(OutboxRelayJob.class.getName());
  static final String LEASE = "outbox-relay";
  static final int BATCH = 100;

  @Inject LeasedJobs jobs;
  @Inject @Any Instance<OutboxHandler> handlers;

  @Resource(lookup = Database.JNDI_NAME)
  DataSource dataSource;

  @Inject
  @ConfigProperty(name = "channelport.outbox.relay-interval-seconds", defaultValue = "10")
  long intervalSeconds;

  private ScheduledFuture<?> task;

  @PostConstruct
  void schedule() {
    List<OutboxHandler> all = handlers.stream().toList();
    OutboxRelay relay =
        new OutboxRelay(dataSource, all, Duration.ofSeconds(30), Duration.ofHours(1));
    LOG.info(() -> "Outbox relay serves topics " + relay.topics());
    Duration interval = Duration.ofSeconds(Math.max(1, intervalSeconds));
    task = jobs.every(LEASE, interval, interval, () -> relay.relay(BATCH));
  }

  @PreDestroy
  void stop() {
    if (task != null) {
      task.cancel(false);
    }
  }
}
