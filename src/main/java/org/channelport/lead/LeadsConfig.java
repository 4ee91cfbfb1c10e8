package org.channelport.lead;

import org.eclipse.microprofile.config.inject.ConfigProperties;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The settings of leads ({@code channelport.leads.*}, or the environment's {@code
 * CHANNELPORT_LEADS_*}); each field's initial value is its default, so {@code new LeadsConfig()} is
 * the configuration of a portal that sets none. Injected as {@code @Inject @ConfigProperties
 * LeadsConfig}.
 */
@ConfigProperties(prefix = "channelport.leads")
public class LeadsConfig {
  /** How often dispatched leads past their acceptance deadline are recalled to the pool. */
  @ConfigProperty(name = "recall-interval-seconds")
  public long recallIntervalSeconds = 60;

  /** The hours a partner has to accept a lead when its tier has no policy. */
  @ConfigProperty(name = "default-accept-hours")
  public int defaultAcceptHours = 48;
}
