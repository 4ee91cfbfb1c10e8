package org.channelport.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.channelport.partner.PartnerTier;
import org.junit.jupiter.api.Test;

class SlaPolicyTest {
  static final List<SlaPolicy.TargetRow> ROWS =
      List.of(
          new SlaPolicy.TargetRow(
              IssuePriority.URGENT, PartnerTier.PLATINUM, SlaTargets.ofMinutes(30, 240)),
          new SlaPolicy.TargetRow(IssuePriority.URGENT, null, SlaTargets.ofMinutes(60, 480)),
          new SlaPolicy.TargetRow(IssuePriority.NORMAL, null, SlaTargets.ofMinutes(600, 3000)));

  @Test
  void theTiersRowWinsOverTheRowForEveryTier() {
    assertEquals(
        SlaTargets.ofMinutes(30, 240),
        SlaPolicy.pick(ROWS, IssuePriority.URGENT, PartnerTier.PLATINUM));
    assertEquals(
        SlaTargets.ofMinutes(60, 480),
        SlaPolicy.pick(ROWS, IssuePriority.URGENT, PartnerTier.GOLD));
    assertEquals(SlaTargets.ofMinutes(60, 480), SlaPolicy.pick(ROWS, IssuePriority.URGENT, null));
    assertEquals(
        SlaTargets.ofMinutes(600, 3000),
        SlaPolicy.pick(ROWS, IssuePriority.NORMAL, PartnerTier.PLATINUM));
  }

  @Test
  void aPriorityWithoutRowsGetsTheMigrationsDefault() {
    assertEquals(
        SlaTargets.ofMinutes(1200, 6000),
        SlaPolicy.pick(ROWS, IssuePriority.LOW, PartnerTier.GOLD));
  }

  @Test
  void theCalendarComesFromTheRows() {
    BusinessCalendar cal =
        SlaPolicy.calendar(
            List.of(
                new Object[] {1, LocalTime.of(9, 0), LocalTime.of(17, 0), "Europe/Warsaw"},
                new Object[] {6, LocalTime.of(10, 0), LocalTime.of(12, 0), "Europe/Warsaw"}),
            List.of(LocalDate.of(2026, 12, 25)));
    assertEquals(ZoneId.of("Europe/Warsaw"), cal.zone());
    assertEquals(
        List.of(new BusinessCalendar.Hours(LocalTime.of(10, 0), LocalTime.of(12, 0))),
        cal.weekly().get(DayOfWeek.SATURDAY));
    assertEquals(2, cal.weekly().size());
    assertEquals(1, cal.holidays().size());
  }

  @Test
  void noOpeningHoursFallBackToWeekdaysInBerlin() {
    BusinessCalendar cal = SlaPolicy.calendar(List.of(), List.of());
    assertEquals(SlaPolicy.DEFAULT_CALENDAR, cal);
  }
}
