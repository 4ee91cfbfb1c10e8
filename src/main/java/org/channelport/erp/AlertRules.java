package org.channelport.erp;

import java.time.Duration;
import java.time.Instant;

/**
 * When an alert incident opens and clears. A condition fails from its first failing evaluation
 * ({@code failingSince}); once it has failed for the type's threshold (erp_unreachable: the
 * configured minutes; the others: at once) an incident opens — one mail — and stays open however
 * often the condition is seen failing; the first evaluation that finds it holding again clears the
 * incident — one more mail — and the next failure starts a new one.
 */
final class AlertRules {
  private AlertRules() {}

  enum Action {
    NONE,
    OPEN,
    CLEAR
  }

  /** The condition's new failing-since (null: it holds) and what happens to the incident. */
  record Step(Instant failingSince, Action action) {}

  static Step step(
      Instant failingSince,
      boolean failingNow,
      Instant now,
      Duration threshold,
      boolean incidentOpen) {
    if (!failingNow) {
      return new Step(null, incidentOpen ? Action.CLEAR : Action.NONE);
    }
    Instant since = failingSince == null || failingSince.isAfter(now) ? now : failingSince;
    boolean longEnough = !now.isBefore(since.plus(threshold));
    return new Step(since, !incidentOpen && longEnough ? Action.OPEN : Action.NONE);
  }
}
