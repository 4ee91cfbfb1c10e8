package org.channelport.lead.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class TimeLeftTest {
  static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");
  static final Locale PL = Locale.forLanguageTag("pl");

  static String left(Duration d, Locale locale) {
    return TimeLeft.text(NOW.plus(d), NOW, locale);
  }

  @Test
  void daysAndHoursAreSpelledOut() {
    assertEquals("1 day 3 h left", left(Duration.ofHours(27).plusMinutes(20), Locale.ENGLISH));
    assertEquals("2 days 0 h left", left(Duration.ofHours(48), Locale.ENGLISH));
    assertEquals("5 h left", left(Duration.ofHours(5).plusMinutes(59), Locale.ENGLISH));
    assertEquals("zostało 1 dzień 3 godz.", left(Duration.ofHours(27), PL));
    assertEquals("zostało 3 dni 1 godz.", left(Duration.ofHours(73), PL));
    assertEquals("zostało 5 godz.", left(Duration.ofHours(5), PL));
  }

  @Test
  void theLastHourCountsMinutes() {
    assertEquals("42 min left", left(Duration.ofMinutes(42).plusSeconds(30), Locale.ENGLISH));
    assertEquals("1 min left", left(Duration.ofSeconds(10), Locale.ENGLISH));
  }

  @Test
  void aPassedDeadlineIsOverdue() {
    assertEquals("overdue", left(Duration.ZERO, Locale.ENGLISH));
    assertEquals("overdue", left(Duration.ofDays(-3), Locale.ENGLISH));
    assertEquals("po terminie", left(Duration.ofMinutes(-1), PL));
  }

  @Test
  void noDeadlineNoText() {
    assertEquals("", TimeLeft.text(null, NOW, Locale.ENGLISH));
    assertEquals("none", TimeLeft.urgency(null, NOW));
  }

  @Test
  void urgencyFollowsTheClock() {
    assertEquals("overdue", TimeLeft.urgency(NOW.minusSeconds(1), NOW));
    assertEquals("urgent", TimeLeft.urgency(NOW.plus(Duration.ofHours(3)), NOW));
    assertEquals("ok", TimeLeft.urgency(NOW.plus(Duration.ofHours(4)), NOW));
  }
}
