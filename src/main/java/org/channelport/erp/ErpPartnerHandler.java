package org.channelport.erp;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import org.channelport.platform.outbox.OutboxHandler;
import org.channelport.platform.outbox.OutboxMessage;
import org.channelport.platform.outbox.RejectedMessage;
import org.channelport.platform.outbox.RetryPolicy;
import org.eclipse.microprofile.config.inject.ConfigProperties;

/**
 * Relays outbox topic {@code erp.partner} (a partner became active in the portal) to the selected
 * ERP adapter's {@link ErpAdapter#ensurePartner}; logged like the orders, paced and retried the
 * same way.
 */
@ApplicationScoped
public class ErpPartnerHandler implements OutboxHandler {
  static final String KIND = "ensure-partner";

  ErpAdapters adapters;
  IntegrationSettings settings;
  IntegrationLog log;
  ErpConfig config;

  protected ErpPartnerHandler() {}

  @Inject
  public ErpPartnerHandler(
      ErpAdapters adapters,
      IntegrationSettings settings,
      IntegrationLog log,
      @ConfigProperties ErpConfig config) {
    this.adapters = adapters;
    this.settings = settings;
    this.log = log;
    this.config = config;
  }

  @Override
  public String topic() {
    return ErpAdapter.PartnerMessage.TOPIC;
  }

  @Override
  public boolean ready() {
    return adapters.current().isPresent();
  }

  @Override
  public double maxPerSecond() {
    return settings.current().pacePerSecond();
  }

  @Override
  public Duration retryFor() {
    return Duration.ofHours(config.retryForHours);
  }

  @Override
  public void deliver(OutboxMessage message) throws Exception {
    ErpAdapter adapter =
        adapters.current().orElseThrow(() -> new IllegalStateException("no ERP adapter selected"));
    ErpAdapter.PartnerMessage partner = ErpJson.partner(message.payload());
    if (partner == null || partner.code() == null) {
      throw new RejectedMessage("the payload is not a partner message", null, null);
    }
    try {
      adapter.ensurePartner(message.messageId(), partner);
    } catch (ErpException e) {
      if (e.kind() == ErpException.Kind.REJECTED) {
        throw new RejectedMessage(e.getMessage(), e.answer(), e);
      }
      throw e;
    }
    log.outbound(
        adapter.name(),
        KIND,
        null,
        IntegrationLog.OK,
        null,
        message.payload(),
        message.messageId());
  }

  @Override
  public void willRetry(OutboxMessage message, Exception error, Instant nextAttempt) {
    log.outbound(
        adapters.currentName(),
        KIND,
        null,
        IntegrationLog.FAILED,
        RetryPolicy.describe(error),
        message.payload(),
        message.messageId());
  }

  @Override
  public void parked(OutboxMessage message, String reason, String answer) {
    log.outbound(
        adapters.currentName(),
        KIND,
        null,
        IntegrationLog.PARKED,
        answer == null ? reason : reason + " — " + answer,
        message.payload(),
        message.messageId());
  }
}
