package org.channelport.erp;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import org.channelport.platform.Clock;
import org.channelport.platform.outbox.Outbox;
import org.channelport.platform.outbox.OutboxState;
import org.channelport.security.AccessRules;
import org.channelport.security.Caller;
import org.channelport.shared.Checks;
import org.channelport.shared.ConflictException;
import org.channelport.shared.FieldError;
import org.channelport.shared.InvalidInputException;
import org.channelport.shared.RecordNotFoundException;

/**
 * What channel admins do with the connector besides the settings: replay a parked or failed
 * message, read the backlog ("needs attention"), move the adjustable test clock.
 */
@ApplicationScoped
public class IntegrationAdmin {
  static final long MAX_ADVANCE = Duration.ofDays(3650).toSeconds();

  AccessRules access;
  Outbox outbox;
  IntegrationLog log;
  ErpAdapters adapters;
  Clock clock;

  protected IntegrationAdmin() {}

  @Inject
  public IntegrationAdmin(
      AccessRules access, Outbox outbox, IntegrationLog log, ErpAdapters adapters, Clock clock) {
    this.access = access;
    this.outbox = outbox;
    this.log = log;
    this.adapters = adapters;
    this.clock = clock;
  }

  /** Sends a parked (or failed, still pending) ERP message again, now; 404 / 409 otherwise. */
  public OutboxState.Message replay(String messageId) {
    Caller caller = IntegrationSettings.requireAdmin(access.caller());
    String id = messageId == null ? "" : messageId.strip();
    OutboxState.Message message =
        outbox
            .find(id)
            .filter(m -> Alerts.ERP_TOPICS.contains(m.topic()))
            .orElseThrow(() -> new RecordNotFoundException("OutboxMessage", id));
    switch (outbox.replay(id)) {
      case REPLAYED -> {}
      case DELIVERED -> throw new ConflictException("messageId", "error.integration.delivered");
      case NOT_FOUND -> throw new RecordNotFoundException("OutboxMessage", id);
    }
    String kind =
        message.topic().equals(ErpAdapter.PartnerMessage.TOPIC)
            ? ErpPartnerHandler.KIND
            : ErpJson.field(message.payload(), "type", "order");
    log.replayed(
        adapters.currentName(),
        kind,
        message.topic().equals(ErpAdapter.PartnerMessage.TOPIC) ? null : message.key(),
        id,
        caller.username());
    return outbox.find(id).orElseThrow();
  }

  /** The ERP topics' backlog, for channel admins. */
  public OutboxState.Backlog backlog() {
    IntegrationSettings.requireAdmin(access.caller());
    return outbox.backlog(Alerts.ERP_TOPICS);
  }

  /** How many messages need attention (parked), for the menu; 0 for anyone but channel admins. */
  public long needsAttention() {
    if (!access.caller().isChannelAdmin()) {
      return 0;
    }
    return outbox.backlog(Alerts.ERP_TOPICS).parked();
  }

  public boolean clockAdjustable() {
    return clock.adjustable();
  }

  /** Moves the portal's clock (every node); only when adjustable — else 404 — and for admins. */
  public Duration advanceClock(Long seconds) {
    if (!clock.adjustable()) {
      throw new RecordNotFoundException("Clock", "adjustable");
    }
    IntegrationSettings.requireAdmin(access.caller());
    Checks checks = new Checks().required("advanceSeconds", seconds);
    checks.throwIfAny();
    if (Math.abs(seconds) > MAX_ADVANCE) {
      throw new InvalidInputException(
          List.of(
              new FieldError(
                  "advanceSeconds", "error.integration.advance", String.valueOf(MAX_ADVANCE))));
    }
    return clock.advance(seconds);
  }
}
