package org.channelport.analytics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Random;
import org.channelport.analytics.Analytics.Span;
import org.junit.jupiter.api.Test;

class PeriodSpansTest {
  static LocalDate d(String s) {
    return LocalDate.parse(s);
  }

  @Test
  void aYearIsReadAsTwelveMonthRows() {
    assertEquals(
        List.of(new Span(d("2026-01-01"), d("2026-12-01"), true)),
        Analytics.spans(d("2026-01-01"), d("2026-12-31")));
  }

  @Test
  void theLastTwelveMonthsAreWholeMonthsBetweenTwoRunsOfDays() {
    assertEquals(
        List.of(
            new Span(d("2026-01-01"), d("2026-11-01"), true),
            new Span(d("2025-12-08"), d("2025-12-31"), false),
            new Span(d("2026-12-01"), d("2026-12-07"), false)),
        Analytics.spans(d("2025-12-08"), d("2026-12-07")));
  }

  @Test
  void aPeriodWithoutAWholeMonthIsAllDays() {
    assertEquals(
        List.of(new Span(d("2026-03-02"), d("2026-03-08"), false)),
        Analytics.spans(d("2026-03-02"), d("2026-03-08")));
    assertEquals(
        List.of(new Span(d("2026-02-15"), d("2026-03-14"), false)),
        Analytics.spans(d("2026-02-15"), d("2026-03-14")));
  }

  @Test
  void everyDayOfAnyPeriodIsReadExactlyOnce() {
    Random random = new Random(20261208);
    for (int i = 0; i < 2000; i++) {
      LocalDate from = d("2024-01-01").plusDays(random.nextInt(900));
      LocalDate to = from.plusDays(random.nextInt(500));
      long days = 0;
      LocalDate cursor = null;
      for (Span s : Analytics.spans(from, to)) {
        if (s.monthly()) {
          assertEquals(1, s.from().getDayOfMonth());
          assertEquals(1, s.to().getDayOfMonth());
          days += ChronoUnit.DAYS.between(s.from(), s.to().plusMonths(1));
        } else {
          days += ChronoUnit.DAYS.between(s.from(), s.to()) + 1;
        }
        cursor = s.to();
      }
      assertEquals(ChronoUnit.DAYS.between(from, to) + 1, days, from + " – " + to);
      assertEquals(true, cursor != null);
    }
  }
}
