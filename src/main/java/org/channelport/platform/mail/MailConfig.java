package org.channelport.platform.mail;

import org.eclipse.microprofile.config.inject.ConfigProperties;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The SMTP server the portal sends its mails through ({@code channelport.mail.*}, or the
 * environment's {@code CHANNELPORT_MAIL_*}); each field's initial value is its default. No host: no
 * mail is sent (each one is logged instead).
 */
@ConfigProperties(prefix = "channelport.mail")
public class MailConfig {
  @ConfigProperty(name = "host")
  public String host = "";

  @ConfigProperty(name = "port")
  public int port = 25;

  @ConfigProperty(name = "from")
  public String from = "channelport@channelport.local";

  /** Connect and read timeout of the SMTP connection. */
  @ConfigProperty(name = "timeout-seconds")
  public int timeoutSeconds = 10;
}
