package org.channelport.erp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.channelport.erp.AlertRules.Action;
import org.junit.jupiter.api.Test;

/** Alert incidents: one mail when an incident opens, one when it clears, none in between. */
class AlertRulesTest {
  static final Instant T0 = Instant.parse("2026-12-02T10:00:00Z");
  static final Duration FIVE_MINUTES = Duration.ofMinutes(5);

  /** Feeds a sequence of evaluations (one a minute) and collects the actions, as the job would. */
  static List<Action> run(Duration threshold, boolean... failing) {
    Instant since = null;
    boolean open = false;
    List<Action> actions = new ArrayList<>();
    for (int i = 0; i < failing.length; i++) {
      AlertRules.Step step =
          AlertRules.step(since, failing[i], T0.plus(Duration.ofMinutes(i)), threshold, open);
      since = step.failingSince();
      if (step.action() == Action.OPEN) {
        open = true;
      } else if (step.action() == Action.CLEAR) {
        open = false;
      }
      actions.add(step.action());
    }
    return actions;
  }

  @Test
  void anOutageShorterThanTheThresholdSendsNothing() {
    assertEquals(
        List.of(Action.NONE, Action.NONE, Action.NONE, Action.NONE, Action.NONE),
        run(FIVE_MINUTES, true, true, true, false, false));
  }

  @Test
  void aLongOutageOpensOneIncidentAndClearsItOnce() {
    boolean[] failing = new boolean[30];
    java.util.Arrays.fill(failing, 0, 25, true);
    List<Action> actions = run(FIVE_MINUTES, failing);
    assertEquals(Action.OPEN, actions.get(5), "after five minutes of failing");
    assertEquals(1, actions.stream().filter(a -> a == Action.OPEN).count(), "one opening mail");
    assertEquals(Action.CLEAR, actions.get(25), "the first good evaluation clears it");
    assertEquals(1, actions.stream().filter(a -> a == Action.CLEAR).count(), "one clearing mail");
  }

  @Test
  void aNewFailureAfterClearingIsANewIncident() {
    List<Action> actions = run(Duration.ZERO, true, true, false, true, false);
    assertEquals(
        List.of(Action.OPEN, Action.NONE, Action.CLEAR, Action.OPEN, Action.CLEAR), actions);
  }

  @Test
  void failingSinceIsKeptFromTheFirstFailureAndDroppedWhenItHolds() {
    AlertRules.Step first = AlertRules.step(null, true, T0, FIVE_MINUTES, false);
    assertEquals(T0, first.failingSince());
    AlertRules.Step later =
        AlertRules.step(first.failingSince(), true, T0.plusSeconds(90), FIVE_MINUTES, false);
    assertEquals(T0, later.failingSince());
    assertNull(AlertRules.step(T0, false, T0.plusSeconds(120), FIVE_MINUTES, false).failingSince());
  }

  @Test
  void aClockMovedForwardCountsAsTimeFailing() {
    AlertRules.Step step =
        AlertRules.step(T0, true, T0.plus(Duration.ofHours(24)), FIVE_MINUTES, false);
    assertEquals(Action.OPEN, step.action());
  }
}
