package org.channelport.analytics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import org.channelport.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

class AnalyticsFilterTest {
  @Test
  void thePreviousPeriodHasTheSameLengthAndEndsTheDayBefore() {
    AnalyticsFilter q1 = AnalyticsFilter.of(LocalDate.of(2026, 4, 1), LocalDate.of(2026, 6, 30));
    AnalyticsFilter before = q1.previous();
    assertEquals(LocalDate.of(2026, 1, 1), before.from());
    assertEquals(LocalDate.of(2026, 3, 31), before.to());
    AnalyticsFilter march = AnalyticsFilter.of(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31));
    assertEquals(LocalDate.of(2026, 2, 1), march.previous().from());
    assertEquals(LocalDate.of(2026, 2, 28), march.previous().to());
    // not whole months: the same number of days
    AnalyticsFilter week = AnalyticsFilter.of(LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 8));
    assertEquals(LocalDate.of(2026, 2, 23), week.previous().from());
    assertEquals(LocalDate.of(2026, 3, 1), week.previous().to());
    AnalyticsFilter day = AnalyticsFilter.of(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 1));
    assertEquals(LocalDate.of(2026, 2, 28), day.previous().from());
    assertEquals(LocalDate.of(2026, 2, 28), day.previous().to());
  }

  @Test
  void badPeriodsAndFiltersNameTheirField() {
    assertEquals(
        "from",
        assertThrows(InvalidInputException.class, () -> filter(null, "2026-01-01")).field());
    assertEquals(
        "to",
        assertThrows(InvalidInputException.class, () -> filter("2026-02-01", "2026-01-01"))
            .field());
    assertEquals(
        "to",
        assertThrows(InvalidInputException.class, () -> filter("2000-01-01", "2026-01-01"))
            .field());
    assertEquals(
        "tier",
        assertThrows(
                InvalidInputException.class,
                () ->
                    new AnalyticsFilter(
                        LocalDate.of(2026, 1, 1),
                        LocalDate.of(2026, 1, 2),
                        null,
                        "GILDED",
                        null,
                        null))
            .field());
  }

  private static AnalyticsFilter filter(String from, String to) {
    return AnalyticsFilter.of(
        from == null ? null : LocalDate.parse(from), to == null ? null : LocalDate.parse(to));
  }
}
