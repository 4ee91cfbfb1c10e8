package org.channelport.erp.protocol;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.channelport.erp.IntegrationLog;

/**
 * The protocol's inbound calls in the integration event log: applied as ok; duplicate, stale,
 * unknown order or partner, rows not applied as ignored (the outcome as the error text); invalid
 * (400) and failed as failed, which opens the inbound_invalid alert. Each entry is written in a
 * transaction of its own, after the message's.
 */
@ApplicationScoped
public class EventLogInboundLog implements InboundLog {
  IntegrationLog log;

  protected EventLogInboundLog() {}

  @Inject
  public EventLogInboundLog(IntegrationLog log) {
    this.log = log;
  }

  @Override
  public void inbound(
      String kind, String eventId, String subject, String outcome, String error, String payload) {
    String status =
        switch (outcome) {
          case Receipt.APPLIED -> IntegrationLog.OK;
          case Receipt.DUPLICATE,
              Receipt.STALE,
              Receipt.UNKNOWN_ORDER,
              Receipt.UNKNOWN_PARTNER,
              Receipt.NOT_APPLIED ->
              IntegrationLog.IGNORED;
          default -> IntegrationLog.FAILED;
        };
    String why = error != null ? error : IntegrationLog.OK.equals(status) ? null : outcome;
    log.inbound(kind, eventId, subject, status, why, payload);
  }
}
