package org.channelport.erp.protocol;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The inbound log until the integration event log is connected: one line per message in the server
 * log (invalid and failed ones as warnings).
 */
@ApplicationScoped
public class ServerLogInboundLog implements InboundLog {
  private static final Logger LOG = Logger.getLogger("org.channelport.erp.protocol.inbound");

  @Override
  public void inbound(
      String kind, String eventId, String subject, String outcome, String error, String payload) {
    boolean bad = "invalid".equals(outcome) || "failed".equals(outcome);
    LOG.log(
        bad ? Level.WARNING : Level.INFO,
        "ERP protocol inbound {0} event {1} ({2}): {3}{4}",
        new Object[] {kind, eventId, subject, outcome, error == null ? "" : " — " + error});
  }
}
