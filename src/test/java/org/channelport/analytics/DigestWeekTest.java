package org.channelport.analytics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DigestWeekTest {
  // Monday 7 December 2026 is the first day of ISO week 50 of 2026
  static final Instant MONDAY_0659 = Instant.parse("2026-12-07T06:59:59Z");
  static final Instant MONDAY_0700 = Instant.parse("2026-12-07T07:00:00Z");

  @Test
  void weeksAreIsoWeeksInUtc() {
    assertEquals(202650, DigestWeek.of(MONDAY_0700));
    assertEquals(202649, DigestWeek.of(Instant.parse("2026-12-06T23:59:59Z")), "Sunday");
    // 1 January 2027 is a Friday: still week 53 of 2026
    assertEquals(202653, DigestWeek.of(Instant.parse("2027-01-01T12:00:00Z")));
    assertEquals(202701, DigestWeek.of(Instant.parse("2027-01-04T00:00:00Z")));
  }

  @Test
  void aSubscriberIsDueFromMondaySevenUtcOn() {
    assertFalse(DigestWeek.due(MONDAY_0659, null), "not before 07:00");
    assertFalse(DigestWeek.due(MONDAY_0659, 202649), "not before 07:00, last week sent");
    assertTrue(DigestWeek.due(MONDAY_0700, 202649));
    assertTrue(DigestWeek.due(MONDAY_0700, null), "never sent");
  }

  @Test
  void theFirstRoundAfterMondayStillSendsTheWeeksDigest() {
    Instant wednesday = Instant.parse("2026-12-09T15:30:00Z");
    assertTrue(DigestWeek.due(wednesday, 202649), "the node was down on Monday");
    assertTrue(DigestWeek.due(Instant.parse("2026-12-13T23:59:59Z"), 202648), "Sunday night");
  }

  @Test
  void aWeekGoesOutOnce() {
    assertFalse(DigestWeek.due(MONDAY_0700, 202650));
    assertFalse(DigestWeek.due(Instant.parse("2026-12-13T23:59:59Z"), 202650), "rest of week");
    assertTrue(DigestWeek.due(Instant.parse("2026-12-14T07:00:00Z"), 202650), "next Monday");
  }

  @Test
  void aWeekSentAheadIsNotSentAgain() {
    // a clock moved back (tests) never makes a sent week due again
    assertFalse(DigestWeek.due(MONDAY_0700, 202651));
  }

  @Test
  void theYearsTurnKeepsTheOrderOfWeeks() {
    Instant monday = Instant.parse("2027-01-04T07:00:00Z");
    assertTrue(DigestWeek.due(monday, 202653));
    assertFalse(DigestWeek.due(monday, 202701));
  }

  @Test
  void theDigestReportsTheWeekBeforeMondayToSunday() {
    AnalyticsFilter week = DigestWeek.reported(Instant.parse("2026-12-09T15:30:00Z"));
    assertEquals(LocalDate.of(2026, 11, 30), week.from());
    assertEquals(LocalDate.of(2026, 12, 6), week.to());
    assertEquals(week, DigestWeek.reported(MONDAY_0700));
    AnalyticsFilter before = week.previous();
    assertEquals(LocalDate.of(2026, 11, 23), before.from(), "compared with the week before");
    assertEquals(LocalDate.of(2026, 11, 29), before.to());
  }
}
