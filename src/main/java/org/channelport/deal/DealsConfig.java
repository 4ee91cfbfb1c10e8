package org.channelport.deal;

import org.eclipse.microprofile.config.inject.ConfigProperties;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The settings of deal registrations. Their key kept the prefix of the leads they protect ({@code
 * channelport.leads.protection-days}, {@code CHANNELPORT_LEADS_PROTECTION_DAYS}); each field's
 * initial value is its default. Injected as {@code @Inject @ConfigProperties DealsConfig}.
 */
@ConfigProperties(prefix = "channelport.leads")
public class DealsConfig {
  /** How long an approved registration protects the partner, in days (1 to 3650). */
  @ConfigProperty(name = "protection-days")
  public int protectionDays = 90;

  /** {@link #protectionDays}, refused when out of range (a misconfiguration, not bad input). */
  public int checkedProtectionDays() {
    if (protectionDays < 1 || protectionDays > 3650) {
      throw new IllegalStateException(
          "channelport.leads.protection-days must be from 1 to 3650, not " + protectionDays);
    }
    return protectionDays;
  }
}
