package org.channelport.erp;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import org.channelport.order.OrderErpUpdates;
import org.channelport.order.OrderMessage;
import org.channelport.platform.outbox.OutboxHandler;
import org.channelport.platform.outbox.OutboxMessage;
import org.channelport.platform.outbox.RejectedMessage;
import org.channelport.platform.outbox.RetryPolicy;
import org.eclipse.microprofile.config.inject.ConfigProperties;

/**
 * Relays outbox topic {@code erp.order} to the selected ERP adapter: the message id is the
 * idempotency key, the order number the external reference. What the ERP answered at once goes to
 * the order ({@code syncSent}, then {@code orderResponse}); a failure marks the order's sync state
 * failed with the next attempt (or none: parked). Every attempt is in the integration event log.
 * With no adapter (none, or one not deployed) the messages wait: the outage mode.
 */
@ApplicationScoped
public class ErpOrderHandler implements OutboxHandler {
  ErpAdapters adapters;
  IntegrationSettings settings;
  IntegrationLog log;
  OrderUpdates updates;
  ErpConfig config;

  protected ErpOrderHandler() {}

  @Inject
  public ErpOrderHandler(
      ErpAdapters adapters,
      IntegrationSettings settings,
      IntegrationLog log,
      OrderUpdates updates,
      @ConfigProperties ErpConfig config) {
    this.adapters = adapters;
    this.settings = settings;
    this.log = log;
    this.updates = updates;
    this.config = config;
  }

  @Override
  public String topic() {
    return OrderMessage.TOPIC;
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
    OrderMessage order = ErpJson.order(message.payload());
    if (order == null || order.number() == null) {
      throw new RejectedMessage("the payload is not an order message", null, null);
    }
    OrderErpUpdates.OrderResponse answer;
    try {
      answer = adapter.deliver(message.messageId(), order);
    } catch (ErpException e) {
      if (e.kind() == ErpException.Kind.REJECTED) {
        throw new RejectedMessage(e.getMessage(), e.answer(), e);
      }
      throw e;
    }
    log.outbound(
        adapter.name(),
        order.type(),
        order.number(),
        IntegrationLog.OK,
        null,
        message.payload(),
        message.messageId());
    updates.get().syncSent(order.number(), message.messageId());
    if (answer != null) {
      updates.get().orderResponse(answer);
    }
  }

  @Override
  public void willRetry(OutboxMessage message, Exception error, Instant nextAttempt) {
    String why = RetryPolicy.describe(error);
    log.outbound(
        adapters.currentName(),
        kind(message),
        message.key(),
        IntegrationLog.FAILED,
        why,
        message.payload(),
        message.messageId());
    updates.get().syncFailed(message.key(), why, nextAttempt);
  }

  @Override
  public void parked(OutboxMessage message, String reason, String answer) {
    log.outbound(
        adapters.currentName(),
        kind(message),
        message.key(),
        IntegrationLog.PARKED,
        answer == null ? reason : reason + " — " + answer,
        message.payload(),
        message.messageId());
    updates.get().syncFailed(message.key(), reason, null);
  }

  static String kind(OutboxMessage message) {
    return ErpJson.field(message.payload(), "type", "order");
  }
}
