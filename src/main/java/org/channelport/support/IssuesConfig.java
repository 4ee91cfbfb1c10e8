package org.channelport.support;

import org.eclipse.microprofile.config.inject.ConfigProperties;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The settings of service issues ({@code support.*}, or the environment's {@code SUPPORT_*}); each
 * field's initial value is its default, so {@code new IssuesConfig()} is the configuration of a
 * portal that sets none. Injected as {@code @Inject @ConfigProperties IssuesConfig}.
 */
@ConfigProperties(prefix = "support")
public class IssuesConfig {
  /** The largest attachment, in bytes (10 MB). */
  @ConfigProperty(name = "attachment-max-bytes")
  public int attachmentMaxBytes = 10 * 1024 * 1024;

  /** How many files one comment (or a new issue) carries at most. */
  @ConfigProperty(name = "attachment-max-files")
  public int attachmentMaxFiles = 5;

  /** The days a solved issue may still be reopened. */
  @ConfigProperty(name = "reopen-days")
  public int reopenDays = 14;

  /** The days after which a solved issue the partner did not confirm closes by itself. */
  @ConfigProperty(name = "auto-close-days")
  public int autoCloseDays = 7;

  /** How often the auto-close job looks for such issues. */
  @ConfigProperty(name = "auto-close-interval-seconds")
  public long autoCloseIntervalSeconds = 300;
}
