package org.channelport.erp.protocol;

/**
 * Where the protocol's inbound calls are written down (the integration event log). One call per
 * message, after its transaction: applied, stale, unknown_order, unknown_partner, duplicate,
 * invalid (400) or failed.
 */
public interface InboundLog {
  /**
   * @param kind the call (order-response, stock, …)
   * @param eventId the sender's event id; null when the body had none
   * @param subject the order number, partner code or invoice number the message is about
   * @param error what was wrong (invalid, failed); null otherwise
   * @param payload the message as JSON
   */
  void inbound(
      String kind, String eventId, String subject, String outcome, String error, String payload);
}
