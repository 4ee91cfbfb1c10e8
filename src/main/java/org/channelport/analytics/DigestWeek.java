package org.channelport.analytics;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;

/**
 * The weekly digest's calendar, in UTC: a week is an ISO week (Monday to Sunday), named by its
 * week-based year and number ({@code 202650}); a subscriber's digest of a week is due from Monday
 * {@value #SEND_HOUR}:00 of that week on — the first round of the job after that sends it — and
 * only once a week. It reports the week before.
 */
public final class DigestWeek {
  static final int SEND_HOUR = 7;

  private DigestWeek() {}

  /** The ISO week of the instant: week-based year * 100 + week number. */
  public static int of(Instant t) {
    LocalDate day = t.atOffset(ZoneOffset.UTC).toLocalDate();
    return day.get(IsoFields.WEEK_BASED_YEAR) * 100 + day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
  }

  /** When the digest of the instant's week may go out: that week's Monday, 07:00 UTC. */
  public static Instant sendFrom(Instant t) {
    LocalDate monday =
        t.atOffset(ZoneOffset.UTC)
            .toLocalDate()
            .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    return monday.atTime(LocalTime.of(SEND_HOUR, 0)).toInstant(ZoneOffset.UTC);
  }

  /**
   * Whether a subscriber whose last digest went out in {@code lastSentWeek} (null: never) is due
   * one at {@code now}: this week's has not gone out yet, and it is Monday 07:00 UTC or later.
   */
  public static boolean due(Instant now, Integer lastSentWeek) {
    boolean sentThisWeek = lastSentWeek != null && lastSentWeek >= of(now);
    return !sentThisWeek && !now.isBefore(sendFrom(now));
  }

  /** The week a digest sent at {@code now} reports: the ISO week before, Monday to Sunday. */
  public static AnalyticsFilter reported(Instant now) {
    LocalDate monday = sendFrom(now).atOffset(ZoneOffset.UTC).toLocalDate().minusWeeks(1);
    return AnalyticsFilter.of(monday, monday.plusDays(6));
  }
}
