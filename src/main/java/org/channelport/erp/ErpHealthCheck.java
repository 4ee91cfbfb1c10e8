package org.channelport.erp;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.channelport.platform.Clock;
import org.channelport.platform.outbox.Outbox;
import org.channelport.platform.outbox.OutboxState;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * The ERP connector in /health: the selected adapter, whether the ERP answers (probed at most every
 * 10 s per node), the backlog (pending messages and the age of the oldest) and the parked messages.
 * Always UP: the portal takes orders while the ERP is away (they wait in the outbox), so an ERP
 * outage must not take the portal out of a load balancer — it is reported in the data, and alerted
 * by e-mail.
 */
@Readiness
@ApplicationScoped
public class ErpHealthCheck implements HealthCheck {
  static final long PROBE_NANOS = Duration.ofSeconds(10).toNanos();

  @Inject ErpAdapters adapters;
  @Inject Outbox outbox;
  @Inject Clock clock;

  private volatile Boolean reachable;
  private volatile long probedAt;
  private volatile String probedAdapter;

  @Override
  public HealthCheckResponse call() {
    HealthCheckResponseBuilder b = HealthCheckResponse.named("erp").up();
    String name = adapters.currentName();
    b.withData("adapter", name);
    Optional<ErpAdapter> adapter = adapters.current();
    if (IntegrationSettings.NONE.equals(name)) {
      b.withData("reachable", "no adapter selected: orders wait in the outbox");
    } else if (adapter.isEmpty()) {
      b.withData("reachable", "adapter " + name + " is not deployed: orders wait in the outbox");
    } else {
      b.withData("reachable", reachable(adapter.get()));
    }
    try {
      OutboxState.Backlog backlog = outbox.backlog(Alerts.ERP_TOPICS);
      b.withData("backlog", backlog.pending());
      Instant oldest = backlog.oldestPending();
      b.withData(
          "oldestPendingSeconds",
          oldest == null ? 0 : Math.max(0, Duration.between(oldest, clock.now()).toSeconds()));
      b.withData("parked", backlog.parked());
      b.withData("waitingBehindParked", backlog.blockedByParked());
    } catch (RuntimeException e) {
      b.withData("backlog", "unknown: " + e.getClass().getSimpleName());
    }
    return b.build();
  }

  private boolean reachable(ErpAdapter adapter) {
    long now = System.nanoTime();
    Boolean known = reachable;
    if (known == null || now - probedAt > PROBE_NANOS || !adapter.name().equals(probedAdapter)) {
      known = Alerts.probe(adapter);
      reachable = known;
      probedAt = now;
      probedAdapter = adapter.name();
    }
    return known;
  }
}
