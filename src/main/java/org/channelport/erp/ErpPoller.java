package org.channelport.erp;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.logging.Logger;
import org.channelport.mdf.MdfErpUpdates;
import org.channelport.platform.Clock;

/**
 * One poll of the selected ERP: {@code adapter.poll(cursor, updates)} from the cursor stored for
 * that adapter (table erp_poll_cursor), storing the cursor it returns; then the MDF payments the
 * ERP has not paid yet are asked about by claim number (no cursor: a late payment is never missed).
 * Every poll is in the integration event log (ok with the cursor it reached, or failed with the
 * error, which the poll_failing alert watches).
 */
@ApplicationScoped
public class ErpPoller {
  private static final Logger LOG = Logger.getLogger(ErpPoller.class.getName());

  /** At most this many unpaid MDF payments are asked about per poll (the oldest first). */
  static final int PAYMENTS_PER_POLL = 500;

  ErpAdapters adapters;
  OrderUpdates updates;
  MdfUpdates payments;
  ConnectorState state;
  IntegrationLog log;
  Clock clock;

  protected ErpPoller() {}

  @Inject
  public ErpPoller(
      ErpAdapters adapters,
      OrderUpdates updates,
      MdfUpdates payments,
      ConnectorState state,
      IntegrationLog log,
      Clock clock) {
    this.adapters = adapters;
    this.updates = updates;
    this.payments = payments;
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
      Optional<MdfErpUpdates> mdf = payments.current();
      if (mdf.isPresent()) {
        List<String> awaiting = mdf.get().awaitingPayment(PAYMENTS_PER_POLL);
        if (!awaiting.isEmpty()) {
          adapter.pollPayments(awaiting, mdf.get());
        }
      }
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
