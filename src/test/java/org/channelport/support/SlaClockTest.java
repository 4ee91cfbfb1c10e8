package org.channelport.support;

import static org.channelport.support.BusinessCalendarTest.CAL;
import static org.channelport.support.BusinessCalendarTest.at;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The SLA clocks on a fixed calendar (Mon–Fri 08:00–18:00 Berlin, Christmas and New Year). */
class SlaClockTest {
  static final SlaTargets URGENT = SlaTargets.ofMinutes(60, 480);
  static final SlaTargets NORMAL = SlaTargets.ofMinutes(600, 3000);

  static SlaClock started(String at, SlaTargets targets) {
    SlaClock clock = new SlaClock();
    clock.start(at(at), targets, CAL);
    return clock;
  }

  @Test
  void dueDatesCountBusinessHours() {
    SlaClock c = started("2026-11-30T09:00", URGENT);
    assertEquals(at("2026-11-30T10:00"), c.getFirstResponseDue());
    assertEquals(at("2026-11-30T17:00"), c.getResolutionDue());
    assertEquals(at("2026-11-30T09:48"), c.getFirstResponseRiskAt());
    assertEquals(at("2026-11-30T15:24"), c.getResolutionRiskAt());

    SlaClock evening = started("2026-11-30T17:30", NORMAL);
    assertEquals(at("2026-12-01T17:30"), evening.getFirstResponseDue());
    assertEquals(at("2026-12-07T17:30"), evening.getResolutionDue());
  }

  @Test
  void aHolidayAndAWeekendDoNotCount() {
    SlaClock c = started("2026-12-24T16:00", URGENT);
    assertEquals(at("2026-12-24T17:00"), c.getFirstResponseDue());
    assertEquals(at("2026-12-28T14:00"), c.getResolutionDue());
    assertEquals(SlaState.ON_TRACK, state(c, "2026-12-24T16:30"));
    // the first response is overdue on Christmas Day …
    assertEquals(SlaState.BREACHED, c.state(at("2026-12-25T10:00"), CAL));
    SlaClock answered = started("2026-12-24T16:00", URGENT);
    answered.respond(at("2026-12-24T16:40"));
    // … but the resolution clock does not run then: all 6 hours are left on Monday morning
    assertEquals(SlaState.ON_TRACK, answered.state(at("2026-12-27T12:00"), CAL));
    assertEquals(Duration.ofHours(6), answered.resolutionLeft(at("2026-12-28T07:00"), CAL));
  }

  private static SlaState state(SlaClock c, String at) {
    return c.state(at(at), CAL);
  }

  @Test
  void atRiskWithLessThanAFifthLeft() {
    SlaClock c = started("2026-11-30T09:00", URGENT);
    assertEquals(SlaState.ON_TRACK, state(c, "2026-11-30T09:47"));
    assertEquals(SlaState.AT_RISK, state(c, "2026-11-30T09:48"));
    assertEquals(Duration.ofMinutes(12), c.firstResponseLeft(at("2026-11-30T09:48"), CAL));

    c.respond(at("2026-11-30T09:55"));
    assertFalse(c.isFirstResponseBreached());
    assertEquals(SlaState.ON_TRACK, state(c, "2026-11-30T15:23"));
    assertEquals(SlaState.AT_RISK, state(c, "2026-11-30T15:24"));
    assertEquals(Duration.ofMinutes(5), c.firstResponseLeft(at("2026-11-30T16:00"), CAL));
  }

  @Test
  void breachedWhenADueHasPassed() {
    SlaClock c = started("2026-11-30T09:00", URGENT);
    c.respond(at("2026-11-30T09:30"));
    assertEquals(SlaState.AT_RISK, state(c, "2026-11-30T17:00"));
    assertEquals(SlaState.BREACHED, state(c, "2026-11-30T17:00:01"));
    assertEquals(Duration.ofHours(-2), c.resolutionLeft(at("2026-12-01T09:00"), CAL));
    // solved late: breached for good
    c.resolve(at("2026-12-01T09:00"));
    assertTrue(c.isResolutionBreached());
    assertEquals(SlaState.BREACHED, state(c, "2026-12-10T09:00"));
  }

  @Test
  void aLateFirstResponseIsABreach() {
    SlaClock c = started("2026-11-30T09:00", URGENT);
    assertEquals(SlaState.BREACHED, state(c, "2026-11-30T10:01"));
    c.respond(at("2026-11-30T10:30"));
    assertTrue(c.isFirstResponseBreached());
    assertEquals(SlaState.BREACHED, state(c, "2026-11-30T10:31"));
    // a second answer changes nothing
    c.respond(at("2026-11-30T10:40"));
    assertEquals(at("2026-11-30T10:30"), c.getFirstRespondedAt());
  }

  @Test
  void solvedInTimeIsMet() {
    SlaClock c = started("2026-11-30T09:00", URGENT);
    c.respond(at("2026-11-30T09:10"));
    c.resolve(at("2026-11-30T16:00"));
    assertFalse(c.isResolutionBreached());
    assertEquals(SlaState.MET, state(c, "2026-12-15T12:00"));
    assertEquals(Duration.ofHours(1), c.resolutionLeft(at("2026-12-15T12:00"), CAL));
    assertFalse(c.running());
  }

  @Test
  void aPauseAcrossTheNightPushesTheDue() {
    SlaClock c = started("2026-11-30T16:00", NORMAL);
    assertEquals(at("2026-12-07T16:00"), c.getResolutionDue());
    c.respond(at("2026-11-30T16:30"));
    Duration leftAtPause = c.resolutionLeft(at("2026-11-30T17:00"), CAL);
    c.pause(at("2026-11-30T17:00"), CAL);
    assertEquals(SlaState.PAUSED, state(c, "2026-12-01T09:00"));
    assertTrue(c.paused());
    assertEquals(leftAtPause, c.resolutionLeft(at("2026-12-01T09:59"), CAL));

    // 17:00–18:00 Monday and 08:00–10:00 Tuesday: 3 business hours paused
    c.resume(at("2026-12-01T10:00"), CAL);
    assertEquals(180, c.getPausedMinutes());
    assertEquals(at("2026-12-08T09:00"), c.getResolutionDue());
    assertEquals(leftAtPause, c.resolutionLeft(at("2026-12-01T10:00"), CAL));
    assertEquals(SlaState.ON_TRACK, state(c, "2026-12-01T10:00"));
    // the at-risk point moved the same way: 40 h used of 50 h + 3 h paused
    assertEquals(CAL.plus(at("2026-11-30T16:00"), Duration.ofHours(43)), c.getResolutionRiskAt());
  }

  @Test
  void aPauseOverAWeekendCountsOnlyItsBusinessHours() {
    SlaClock c = started("2026-12-04T09:00", URGENT);
    c.pause(at("2026-12-04T17:00"), CAL);
    // waiting is an answer
    assertEquals(at("2026-12-04T17:00"), c.getFirstRespondedAt());
    c.resume(at("2026-12-07T09:00"), CAL);
    assertEquals(120, c.getPausedMinutes());
    // due Friday 17:00, paused at it: pushed by Friday 17–18 and Monday 08–09
    assertEquals(at("2026-12-07T09:00"), c.getResolutionDue());
    assertEquals(Duration.ZERO, c.resolutionLeft(at("2026-12-07T09:00"), CAL));
  }

  @Test
  void aPauseOverAHolidayDoesNotCountTheHoliday() {
    SlaClock c = started("2026-12-23T10:00", NORMAL);
    c.pause(at("2026-12-24T12:00"), CAL);
    c.resume(at("2026-12-28T12:00"), CAL);
    // Thu 12–18 (6 h), Fri holiday, weekend, Mon 08–12 (4 h)
    assertEquals(600, c.getPausedMinutes());
  }

  @Test
  void pauseAndResumeTwiceChangeNothing() {
    SlaClock c = started("2026-11-30T09:00", NORMAL);
    c.pause(at("2026-11-30T10:00"), CAL);
    c.pause(at("2026-11-30T11:00"), CAL);
    assertEquals(at("2026-11-30T10:00"), c.getPausedSince());
    c.resume(at("2026-11-30T12:00"), CAL);
    c.resume(at("2026-11-30T13:00"), CAL);
    assertEquals(120, c.getPausedMinutes());
    assertNull(c.getPausedSince());
  }

  @Test
  void pausedAfterTheDueIsStillABreach() {
    SlaClock c = started("2026-11-30T09:00", URGENT);
    c.respond(at("2026-11-30T09:10"));
    c.pause(at("2026-11-30T17:30"), CAL);
    assertTrue(c.isResolutionBreached());
    assertEquals(SlaState.BREACHED, state(c, "2026-11-30T17:31"));
  }

  @Test
  void solvedWhileWaitingIsJudgedWhenTheWaitBegan() {
    SlaClock c = started("2026-11-30T09:00", URGENT);
    c.respond(at("2026-11-30T09:20"));
    c.pause(at("2026-11-30T16:00"), CAL);
    c.resolve(at("2026-12-02T09:00"));
    assertFalse(c.isResolutionBreached());
    assertEquals(SlaState.MET, state(c, "2026-12-02T09:00"));
    assertEquals(Duration.ofHours(1), c.resolutionLeft(at("2026-12-03T09:00"), CAL));
  }

  @Test
  void reopenedTheClockRunsOnWithTheTimeItHadLeft() {
    SlaClock c = started("2026-11-30T09:00", URGENT);
    c.respond(at("2026-11-30T09:10"));
    c.resolve(at("2026-11-30T15:00"));
    assertEquals(SlaState.MET, state(c, "2026-12-01T10:00"));

    c.reopen(at("2026-12-02T10:00"), CAL);
    assertTrue(c.running());
    assertNull(c.getResolvedAt());
    assertEquals(Duration.ofHours(2), c.resolutionLeft(at("2026-12-02T10:00"), CAL));
    assertEquals(at("2026-12-02T12:00"), c.getResolutionDue());
    // solved Mon 15:00, reopened Wed 10:00: 3 + 10 + 2 business hours stood still
    assertEquals(15 * 60, c.getPausedMinutes());
    // 2 h of 8 h left (25 %): on track; at risk from 10:24 on, with 1 h 36 min (20 %) left
    assertEquals(SlaState.ON_TRACK, state(c, "2026-12-02T10:20"));
    assertEquals(SlaState.AT_RISK, state(c, "2026-12-02T10:24"));
    assertEquals(SlaState.BREACHED, state(c, "2026-12-02T12:01"));
    // reopening a running issue changes nothing
    c.reopen(at("2026-12-02T11:00"), CAL);
    assertEquals(at("2026-12-02T12:00"), c.getResolutionDue());
  }

  @Test
  void aBreachSurvivesAReopen() {
    SlaClock c = started("2026-11-30T09:00", URGENT);
    c.respond(at("2026-11-30T09:10"));
    c.resolve(at("2026-12-01T10:00"));
    c.reopen(at("2026-12-01T11:00"), CAL);
    assertTrue(c.isResolutionBreached());
    assertEquals(SlaState.BREACHED, state(c, "2026-12-01T11:00"));
  }

  @Test
  void everyStateHasAQueryCondition() {
    for (SlaState s : SlaState.values()) {
      String jpql = SlaClock.jpql(s, "i.sla");
      assertTrue(jpql.contains(":" + SlaClock.NOW_PARAMETER), jpql);
      assertFalse(jpql.contains("i.sla.i.sla"), jpql);
    }
  }
}
