package org.channelport.lead.web;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import org.channelport.shared.Messages;

/** How long a partner has left to accept a lead, as people say it: "1 day 3 h left", "overdue". */
public final class TimeLeft {
  /** Less than this is shown as urgent. */
  static final Duration URGENT = Duration.ofHours(4);

  private TimeLeft() {}

  public static String text(Instant due, Instant now, Locale locale) {
    if (due == null) {
      return "";
    }
    Duration left = Duration.between(now, due);
    if (left.isNegative() || left.isZero()) {
      return Messages.text(locale, "lead.timeLeft.overdue");
    }
    if (left.toHours() < 1) {
      return Messages.text(locale, "lead.timeLeft.minutes", Math.max(1, left.toMinutes()));
    }
    long days = left.toDays();
    return Messages.text(locale, "lead.timeLeft.daysHours", days, left.minusDays(days).toHours());
  }

  /** overdue, urgent (less than four hours) or ok: a style hint for the page. */
  public static String urgency(Instant due, Instant now) {
    if (due == null) {
      return "none";
    }
    Duration left = Duration.between(now, due);
    if (left.isNegative() || left.isZero()) {
      return "overdue";
    }
    return left.compareTo(URGENT) < 0 ? "urgent" : "ok";
  }
}
