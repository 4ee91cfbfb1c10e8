package org.channelport.erp;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import org.channelport.mdf.MdfPaymentMessage;
import org.channelport.platform.outbox.OutboxHandler;
import org.channelport.platform.outbox.OutboxMessage;
import org.channelport.platform.outbox.RejectedMessage;
import org.channelport.platform.outbox.RetryPolicy;
import org.eclipse.microprofile.config.inject.ConfigProperties;

/**
 * Relays outbox topic {@code erp.mdf-payment} (an MDF claim became payable) to the selected ERP
 * adapter's {@link ErpAdapter#deliverPayment}: the message id is the idempotency key, the claim
 * number the ERP's reference. The claim learns that its payment was sent and what the ERP answered
 * at once (booked, or paid); a failure is noted on the claim with the next attempt (or none:
 * parked). Logged, paced and retried like the orders; with no adapter the messages wait.
 */
@ApplicationScoped
public class ErpPaymentHandler implements OutboxHandler {
  static final String KIND = "mdf-payment";

  ErpAdapters adapters;
  IntegrationSettings settings;
  IntegrationLog log;
  MdfUpdates payments;
  ErpConfig config;

  protected ErpPaymentHandler() {}

  @Inject
  public ErpPaymentHandler(
      ErpAdapters adapters,
      IntegrationSettings settings,
      IntegrationLog log,
      MdfUpdates payments,
      @ConfigProperties ErpConfig config) {
    this.adapters = adapters;
    this.settings = settings;
    this.log = log;
    this.payments = payments;
    this.config = config;
  }

  @Override
  public String topic() {
    return MdfPaymentMessage.TOPIC;
  }

  @Override
  public boolean ready() {
    return adapters.current().isPresent() && payments.current().isPresent();
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
    MdfPaymentMessage payment = ErpJson.payment(message.payload());
    if (payment == null
        || payment.claimNumber() == null
        || payment.amount() == null
        || payment.amount().signum() <= 0
        || payment.currency() == null
        || payment.partnerCode() == null) {
      throw new RejectedMessage(
          "the payload is not an MDF payment (claim number, partner code, amount, currency)",
          null,
          null);
    }
    ErpAdapter.PaymentResponse answer;
    try {
      answer = adapter.deliverPayment(message.messageId(), payment);
    } catch (ErpException e) {
      if (e.kind() == ErpException.Kind.REJECTED) {
        throw new RejectedMessage(e.getMessage(), e.answer(), e);
      }
      throw e;
    }
    log.outbound(
        adapter.name(),
        KIND,
        payment.claimNumber(),
        IntegrationLog.OK,
        null,
        message.payload(),
        message.messageId());
    payments.get().paymentSent(payment.claimNumber(), message.messageId());
    if (answer != null) {
      apply(payments, answer);
    }
  }

  /** Hands an ERP's answer about a payment to the MDF capability. */
  static void apply(MdfUpdates payments, ErpAdapter.PaymentResponse answer) {
    if (ErpAdapter.PaymentResponse.PAID.equals(answer.status())) {
      payments.get().paymentBooked(answer.claimNumber(), answer.erpReference(), answer.at());
      payments.get().paid(answer.claimNumber(), answer.erpReference(), answer.at());
    } else {
      payments.get().paymentBooked(answer.claimNumber(), answer.erpReference(), answer.at());
    }
  }

  @Override
  public void willRetry(OutboxMessage message, Exception error, Instant nextAttempt) {
    String why = RetryPolicy.describe(error);
    log.outbound(
        adapters.currentName(),
        KIND,
        message.key(),
        IntegrationLog.FAILED,
        why,
        message.payload(),
        message.messageId());
    payments.current().ifPresent(p -> p.paymentFailed(message.key(), why, nextAttempt));
  }

  @Override
  public void parked(OutboxMessage message, String reason, String answer) {
    String why = answer == null ? reason : reason + " — " + answer;
    log.outbound(
        adapters.currentName(),
        KIND,
        message.key(),
        IntegrationLog.PARKED,
        why,
        message.payload(),
        message.messageId());
    payments.current().ifPresent(p -> p.paymentFailed(message.key(), why, null));
  }
}
