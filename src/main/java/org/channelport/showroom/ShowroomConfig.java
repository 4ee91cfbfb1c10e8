package org.channelport.showroom;

import org.eclipse.microprofile.config.inject.ConfigProperties;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The settings of the public showrooms ({@code channelport.showroom.*}, or the environment's {@code
 * CHANNELPORT_SHOWROOM_*}); each field's initial value is its default. Injected as
 * {@code @Inject @ConfigProperties ShowroomConfig}.
 */
@ConfigProperties(prefix = "channelport.showroom")
public class ShowroomConfig {
  /** Inquiries one address may send in an hour. */
  @ConfigProperty(name = "inquiries-per-hour")
  public int inquiriesPerHour = 5;

  /** Salt of the stored address hashes: a fixed demo value unless set. */
  @ConfigProperty(name = "ip-salt")
  public String ipSalt = "channelport-showroom";
}
