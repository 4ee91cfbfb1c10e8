package org.channelport.erp;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import org.channelport.order.OrderErpUpdates;
import org.channelport.order.OrderMessage;
import org.channelport.platform.Clock;
import org.channelport.platform.outbox.Outbox;
import org.channelport.security.AccessRules;
import org.eclipse.microprofile.config.inject.ConfigProperties;

/**
 * Reconciliation: the portal's orders of the last {@code channelport.erp.reconcile-window-hours}
 * against the ERP's view of them ({@link ErpAdapter#ordersByReference}), the differences stored per
 * run ({@link ReconciliationDiff} says what counts); a status the ERP reached that no poll brought
 * is applied as the poll would have. Runs as a leased job ({@link ErpJobs}).
 */
@ApplicationScoped
public class Reconciler {
  private static final Logger LOG = Logger.getLogger(Reconciler.class.getName());
  static final int CHUNK = 100;

  ErpAdapters adapters;
  OrderUpdates updates;
  Outbox outbox;
  ConnectorState state;
  Clock clock;
  ErpConfig config;
  AccessRules access;

  protected Reconciler() {}

  @Inject
  public Reconciler(
      ErpAdapters adapters,
      OrderUpdates updates,
      Outbox outbox,
      ConnectorState state,
      Clock clock,
      @ConfigProperties ErpConfig config,
      AccessRules access) {
    this.adapters = adapters;
    this.updates = updates;
    this.outbox = outbox;
    this.state = state;
    this.clock = clock;
    this.config = config;
    this.access = access;
  }

  /** One run; false when no adapter is selected or the order capability is missing. */
  public boolean run() {
    Optional<ErpAdapter> current = adapters.current();
    if (current.isEmpty() || !updates.available()) {
      return false;
    }
    ErpAdapter adapter = current.get();
    Instant now = clock.now();
    Instant since = now.minus(Duration.ofHours(config.reconcileWindowHours));
    List<OrderErpUpdates.OrderState> portal = updates.get().recentOrders(since);
    Set<String> waiting =
        outbox.waitingKeys(
            OrderMessage.TOPIC, portal.stream().map(OrderErpUpdates.OrderState::number).toList());
    List<String> numbers = ReconciliationDiff.toCheck(portal, waiting);
    List<ErpAdapter.ErpOrderView> erp = new ArrayList<>();
    try {
      for (int from = 0; from < numbers.size(); from += CHUNK) {
        erp.addAll(
            adapter.ordersByReference(
                numbers.subList(from, Math.min(numbers.size(), from + CHUNK))));
      }
    } catch (ErpException | RuntimeException e) {
      String error = e.getClass().getSimpleName() + ": " + e.getMessage();
      LOG.warning(() -> "Reconciliation with " + adapter.name() + " failed: " + error);
      state.saveRun(now, adapter.name(), since, numbers.size(), error, List.of());
      return false;
    }
    List<ReconciliationDiff.Difference> differences = ReconciliationDiff.diff(portal, erp, waiting);
    state.saveRun(now, adapter.name(), since, numbers.size(), null, differences);
    if (!differences.isEmpty()) {
      LOG.warning(() -> "Reconciliation: " + differences.size() + " differences with the ERP");
    }
    // what a poll missed is applied now (one transaction each); the next run shows what is left
    for (OrderErpUpdates.StatusChange step : ReconciliationDiff.repairs(differences)) {
      try {
        updates.get().statusChanged(step);
      } catch (RuntimeException e) {
        LOG.warning(
            () -> "Reconciliation could not apply " + step + ": " + e.getClass().getSimpleName());
      }
    }
    return true;
  }

  /** The last run, for channel admins; null when none ran yet. */
  public ConnectorState.Run latest() {
    IntegrationSettings.requireAdmin(access.caller());
    return state.latestRun();
  }
}
