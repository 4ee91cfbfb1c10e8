package org.channelport.analytics.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import org.channelport.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

class PeriodTest {
  static final LocalDate TODAY = LocalDate.of(2026, 12, 7);

  static LocalDate d(String iso) {
    return LocalDate.parse(iso);
  }

  @Test
  void thisQuarterIsTheWholeCalendarQuarterThatHoldsToday() {
    Period q = Period.of("quarter", null, null, TODAY);
    assertEquals(d("2026-10-01"), q.from());
    assertEquals(d("2026-12-31"), q.to());
    Period first = Period.of("quarter", null, null, d("2026-02-28"));
    assertEquals(d("2026-01-01"), first.from());
    assertEquals(d("2026-03-31"), first.to());
    Period third = Period.of("quarter", null, null, d("2026-09-30"));
    assertEquals(d("2026-07-01"), third.from());
    assertEquals(d("2026-09-30"), third.to());
  }

  @Test
  void thePreviousPeriodIsTheMonthsOrDaysJustBefore() {
    Period q = Period.of("quarter", null, null, TODAY);
    Period before = q.previous();
    assertEquals(92, q.days());
    assertEquals(92, before.days());
    assertEquals(d("2026-09-30"), before.to());
    assertEquals(d("2026-07-01"), before.from());
    Period month = Period.of("month", null, null, d("2026-03-15"));
    assertEquals(d("2026-03-01"), month.from());
    assertEquals(d("2026-03-31"), month.to());
    // a whole month is compared with the whole month before, however long
    assertEquals(d("2026-02-01"), month.previous().from());
    assertEquals(d("2026-02-28"), month.previous().to());
  }

  @Test
  void thisYearAndTheLastTwelveMonths() {
    Period year = Period.of("year", null, null, TODAY);
    assertEquals(d("2026-01-01"), year.from());
    assertEquals(d("2026-12-31"), year.to());
    assertEquals(d("2025-01-01"), year.previous().from());
    Period last12 = Period.of("last12", null, null, TODAY);
    assertEquals(d("2025-12-08"), last12.from());
    assertEquals(TODAY, last12.to());
    assertEquals(365, last12.days());
  }

  @Test
  void noPeriodMeansThisYear() {
    assertEquals(Period.Kind.YEAR, Period.of(null, null, null, TODAY).kind());
    assertEquals(Period.Kind.YEAR, Period.of(" ", null, null, TODAY).kind());
  }

  @Test
  void aCustomRangeIsTakenAsGivenAndComparedWithTheDaysBefore() {
    Period p = Period.of("custom", d("2026-03-10"), d("2026-03-19"), TODAY);
    assertEquals(10, p.days());
    assertEquals(d("2026-02-28"), p.previous().from());
    assertEquals(d("2026-03-09"), p.previous().to());
  }

  @Test
  void aCustomRangeNeedsBothDaysInOrderAndNotTooLong() {
    assertEquals("to", field(() -> Period.of("custom", d("2026-03-10"), null, TODAY)));
    assertEquals("from", field(() -> Period.of("custom", null, d("2026-03-10"), TODAY)));
    assertEquals("to", field(() -> Period.of("custom", d("2026-03-10"), d("2026-03-09"), TODAY)));
    assertEquals("to", field(() -> Period.of("custom", d("2010-01-01"), d("2026-03-09"), TODAY)));
  }

  @Test
  void anUnknownPeriodNamesTheField() {
    assertEquals("period", field(() -> Period.of("decade", null, null, TODAY)));
  }

  static String field(Runnable r) {
    InvalidInputException e = assertThrows(InvalidInputException.class, r::run);
    return e.errors().get(0).field();
  }
}
