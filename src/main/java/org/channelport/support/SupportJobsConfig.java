package org.channelport.support;

import org.eclipse.microprofile.config.inject.ConfigProperties;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The settings of the service-issue jobs and mails ({@code support.*}, or the environment's {@code
 * SUPPORT_*}; the issues' own settings, auto-close included, are {@link IssuesConfig}); each
 * field's initial value is its default, so {@code new SupportJobsConfig()} is the configuration of
 * a portal that sets none. Injected as {@code @Inject @ConfigProperties SupportJobsConfig}.
 */
@ConfigProperties(prefix = "support")
public class SupportJobsConfig {
  /** How often running SLA clocks past their due are looked for and escalated. */
  @ConfigProperty(name = "sla-check-seconds")
  public long slaCheckSeconds = 60;

  /** Who is told of every SLA breach (the service lead), besides the assignee. */
  @ConfigProperty(name = "lead-email")
  public String leadEmail = "service-lead@channelport.local";
}
