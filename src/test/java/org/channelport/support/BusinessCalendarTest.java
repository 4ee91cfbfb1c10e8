package org.channelport.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BusinessCalendarTest {
  static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

  /** Mon–Fri 08:00–18:00 Berlin; Christmas 2026 (Fri 25th, Sat 26th) and New Year 2027. */
  static final BusinessCalendar CAL =
      BusinessCalendar.weekdays(
          BERLIN,
          LocalTime.of(8, 0),
          LocalTime.of(18, 0),
          List.of(
              LocalDate.of(2026, 12, 25), LocalDate.of(2026, 12, 26), LocalDate.of(2027, 1, 1)));

  /** Berlin local time as an instant. */
  static Instant at(String localDateTime) {
    return LocalDateTime.parse(localDateTime).atZone(BERLIN).toInstant();
  }

  @Test
  void addsWithinOneDay() {
    assertEquals(at("2026-11-30T10:00"), CAL.plus(at("2026-11-30T09:00"), Duration.ofHours(1)));
  }

  @Test
  void aFullDayEndsAtClosingTime() {
    assertEquals(at("2026-11-30T18:00"), CAL.plus(at("2026-11-30T08:00"), Duration.ofHours(10)));
  }

  @Test
  void theNightDoesNotCount() {
    assertEquals(at("2026-12-01T09:00"), CAL.plus(at("2026-11-30T17:00"), Duration.ofHours(2)));
  }

  @Test
  void startsCountingAtOpeningWhenLoggedBeforeIt() {
    assertEquals(at("2026-11-30T09:00"), CAL.plus(at("2026-11-30T06:30"), Duration.ofHours(1)));
    assertEquals(at("2026-12-01T09:00"), CAL.plus(at("2026-11-30T21:00"), Duration.ofHours(1)));
  }

  @Test
  void theWeekendDoesNotCount() {
    assertEquals(at("2026-12-07T09:00"), CAL.plus(at("2026-12-04T17:00"), Duration.ofHours(2)));
    assertEquals(at("2026-12-07T09:00"), CAL.plus(at("2026-12-05T12:00"), Duration.ofHours(1)));
  }

  @Test
  void holidaysDoNotCount() {
    // Thu 24 Dec 17:00: one hour that day, Fri 25th a holiday, then the weekend
    assertEquals(at("2026-12-28T09:00"), CAL.plus(at("2026-12-24T17:00"), Duration.ofHours(2)));
    // Thu 31 Dec 17:00 + 2 h: New Year's Day is closed, the weekend too
    assertEquals(at("2027-01-04T09:00"), CAL.plus(at("2026-12-31T17:00"), Duration.ofHours(2)));
  }

  @Test
  void fiveBusinessDaysAreFiftyHours() {
    assertEquals(at("2026-12-07T16:00"), CAL.plus(at("2026-11-30T16:00"), Duration.ofHours(50)));
  }

  @Test
  void localOpeningHoursStayOverDaylightSavingChanges() {
    // 29 March 2026: summer time begins; Monday 08:00 is 06:00 UTC, not 07:00
    Instant due = CAL.plus(at("2026-03-27T17:00"), Duration.ofHours(2));
    assertEquals(Instant.parse("2026-03-30T07:00:00Z"), due);
    assertEquals(Duration.ofHours(2), CAL.between(at("2026-03-27T17:00"), due));
  }

  @Test
  void zeroIsNoTime() {
    Instant saturday = at("2026-12-05T12:00");
    assertEquals(saturday, CAL.plus(saturday, Duration.ZERO));
    assertEquals(Duration.ZERO, CAL.between(saturday, saturday));
  }

  @Test
  void betweenCountsOnlyOpeningHours() {
    assertEquals(
        Duration.ofMinutes(90), CAL.between(at("2026-11-30T09:00"), at("2026-11-30T10:30")));
    assertEquals(Duration.ofHours(2), CAL.between(at("2026-12-04T17:00"), at("2026-12-07T09:00")));
    assertEquals(Duration.ZERO, CAL.between(at("2026-12-05T09:00"), at("2026-12-06T17:00")));
    assertEquals(Duration.ofHours(2), CAL.between(at("2026-12-24T17:00"), at("2026-12-28T09:00")));
    assertEquals(Duration.ofHours(50), CAL.between(at("2026-11-30T16:00"), at("2026-12-07T16:00")));
  }

  @Test
  void betweenIsNegativeWhenOverdue() {
    assertEquals(Duration.ofHours(-2), CAL.between(at("2026-12-07T09:00"), at("2026-12-04T17:00")));
  }

  @Test
  void betweenUndoesPlus() {
    Instant start = at("2026-12-18T06:15");
    for (int quarter = 0; quarter < 24 * 4 * 30; quarter += 7) {
      Instant from = start.plus(Duration.ofMinutes(15L * quarter));
      for (long minutes : new long[] {1, 59, 60, 600, 601, 1200, 3000, 6000}) {
        Duration d = Duration.ofMinutes(minutes);
        assertEquals(d, CAL.between(from, CAL.plus(from, d)), () -> from + " + " + d);
      }
    }
  }

  @Test
  void plusAddsUp() {
    Instant from = at("2026-12-23T11:20");
    assertEquals(
        CAL.plus(from, Duration.ofHours(13)),
        CAL.plus(CAL.plus(from, Duration.ofHours(6)), Duration.ofHours(7)));
  }

  @Test
  void isOpenDuringOpeningHoursOnly() {
    assertTrue(CAL.isOpen(at("2026-11-30T08:00")));
    assertFalse(CAL.isOpen(at("2026-11-30T18:00")));
    assertFalse(CAL.isOpen(at("2026-12-05T10:00")));
    assertFalse(CAL.isOpen(at("2026-12-25T10:00")));
  }

  @Test
  void severalWindowsADay() {
    BusinessCalendar split =
        new BusinessCalendar(
            BERLIN,
            Map.of(
                DayOfWeek.MONDAY,
                List.of(
                    new BusinessCalendar.Hours(LocalTime.of(13, 0), LocalTime.of(17, 0)),
                    new BusinessCalendar.Hours(LocalTime.of(8, 0), LocalTime.of(12, 0)))),
            List.of());
    assertEquals(at("2026-11-30T14:00"), split.plus(at("2026-11-30T11:00"), Duration.ofHours(2)));
    assertEquals(at("2026-12-07T09:00"), split.plus(at("2026-11-30T16:00"), Duration.ofHours(2)));
  }

  @Test
  void refusesNoOpeningHoursAndBadWindows() {
    assertThrows(
        IllegalArgumentException.class, () -> new BusinessCalendar(BERLIN, Map.of(), List.of()));
    assertThrows(
        IllegalArgumentException.class,
        () -> new BusinessCalendar.Hours(LocalTime.of(18, 0), LocalTime.of(8, 0)));
    assertThrows(
        IllegalArgumentException.class,
        () -> CAL.plus(at("2026-11-30T09:00"), Duration.ofHours(-1)));
  }
}
