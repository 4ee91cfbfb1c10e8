package org.channelport.erp;

import org.eclipse.microprofile.config.inject.ConfigProperties;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The ERP connector's settings ({@code channelport.erp.*}, or the environment's {@code
 * CHANNELPORT_ERP_*}); each field's initial value is its default. The adapter, the protocol
 * endpoint and the pace are only defaults: channel admins change them at run time ({@link
 * IntegrationSettings}).
 */
@ConfigProperties(prefix = "channelport.erp")
public class ErpConfig {
  /** tryton, protocol or none (orders wait in the outbox: the outage mode). */
  @ConfigProperty(name = "adapter")
  public String adapter = "tryton";

  /** Where the Channelport ERP protocol's outbound calls go (the protocol adapter). */
  @ConfigProperty(name = "protocol.endpoint")
  public String protocolEndpoint = "";

  /** At most this many messages a second to the ERP (0: unpaced). */
  @ConfigProperty(name = "max-per-second")
  public int maxPerSecond = 50;

  /** How long a message the ERP does not take is retried before it is parked. */
  @ConfigProperty(name = "retry-for-hours")
  public long retryForHours = 72;

  /** How often the poller reads what changed in the ERP. */
  @ConfigProperty(name = "poll-interval-seconds")
  public long pollIntervalSeconds = 15;

  /** How often the alert conditions are evaluated. */
  @ConfigProperty(name = "alert-interval-seconds")
  public long alertIntervalSeconds = 30;

  /** The ERP unreachable for this long opens an erp_unreachable incident. */
  @ConfigProperty(name = "unreachable-alert-minutes")
  public long unreachableAlertMinutes = 5;

  /** An invalid inbound message keeps inbound_invalid open for this long. */
  @ConfigProperty(name = "inbound-alert-minutes")
  public long inboundAlertMinutes = 15;

  /** How often the portal's recent orders are reconciled with the ERP's view. */
  @ConfigProperty(name = "reconcile-interval-seconds")
  public long reconcileIntervalSeconds = 300;

  /** How far back reconciliation looks. */
  @ConfigProperty(name = "reconcile-window-hours")
  public long reconcileWindowHours = 24;
}
