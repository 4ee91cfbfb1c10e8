package org.channelport.erp;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Objects;
import java.util.Optional;
import java.util.logging.Logger;
import org.channelport.platform.Clock;

/**
 * One poll of the selected ERP: {@code adapter.poll(cursor, updates)} from the cursor stored for
 * that adapter (table erp_poll_cursor), storing the cursor it returns. Every poll is in the
 * integration event log (ok with the cursor it reached, or failed with the error, which the
 * poll_failing alert watches).
 */
@ApplicationScoped
public class ErpPoller {
  private static final Logger LOG = Logger.getLogger(ErpPoller.class.getName());

  ErpAdapters adapters;
  OrderUpdates updates;
  ConnectorState state;
  IntegrationLog log;
  Clock clock;

  protected ErpPoller() {}

  @Inject
  public ErpPoller(
      ErpAdapters adapters,
      OrderUpdates updates,
      ConnectorState state,
      IntegrationLog log,
      Clock clock) {
    this.adapters = adapters;
    this.updates = updates;
    this.state = state;
    this.log = log;
    this.clock = clock;
  }

  /** Polls once; false when no adapter is selected (nothing to poll) or the poll failed. */
  public boolean pollOnce() {
    Optional<ErpAdapter> current = adapters.current();
    if (current.isEmpty()) {
      return false;
    }
    ErpAdapter adapter = current.get();
    String cursor = state.cursor(adapter.name());
    String next;
    try {
      next = adapter.poll(cursor, updates.get());
    } catch (ErpException | RuntimeException e) {
      String error = e.getClass().getSimpleName() + ": " + e.getMessage();
      LOG.warning(() -> "Polling " + adapter.name() + " failed: " + error);
      log.poll(adapter.name(), IntegrationLog.FAILED, error, "cursor " + cursor);
      return false;
    }
    if (!Objects.equals(cursor, next)) {
      state.saveCursor(adapter.name(), next, clock.now());
    }
    log.poll(
        adapter.name(),
        IntegrationLog.OK,
        null,
        Objects.equals(cursor, next) ? "cursor " + cursor : "cursor " + cursor + " → " + next);
    return true;
  }
}
