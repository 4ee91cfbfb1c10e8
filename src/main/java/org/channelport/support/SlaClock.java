package org.channelport.support;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * The two SLA clocks of a service issue, stored in its row: the first response (stops at the
 * service team's first answer: take, first public comment, wait or solve) and the resolution (stops
 * when solved; stands still while the issue waits for the partner or the customer and while it is
 * solved, runs again when reopened). Dues are instants computed in business time ({@link
 * BusinessCalendar}); a pause pushes the resolution due by the business time it lasted, so the time
 * left is the same before and after it.
 *
 * <p>Beside each due the clock keeps the instant at which 80 % of its target is used ({@code
 * *_risk_at}), so "at risk" ({@link SlaState#AT_RISK}: less than 20 % left) is a plain comparison a
 * list query can filter on ({@link #jpql}) and gives what {@link #state} says.
 *
 * <p>A breach is sticky: a response or solution that comes late, or a pause entered after the due,
 * sets the breached flag; the scheduled breach job sets it for a running clock past its due and
 * stamps {@code escalated_at} when it has told the service lead.
 */
@Embeddable
public class SlaClock implements Serializable {
  /** The JPQL parameter {@link #jpql} conditions compare against: the portal's now. */
  public static final String NOW_PARAMETER = "slaNow";

  /** The share of a target after which a running clock is at risk, in per mille. */
  static final long AT_RISK_USED_PER_MILLE = 800;

  @Column(name = "first_response_due")
  private Instant firstResponseDue;

  @Column(name = "first_response_risk_at")
  private Instant firstResponseRiskAt;

  @Column(name = "resolution_due")
  private Instant resolutionDue;

  @Column(name = "resolution_risk_at")
  private Instant resolutionRiskAt;

  @Column(name = "first_responded_at")
  private Instant firstRespondedAt;

  @Column(name = "resolved_at")
  private Instant resolvedAt;

  /** Null while the resolution clock runs; where it stopped while waiting (or when solved). */
  @Column(name = "sla_paused_since")
  private Instant pausedSince;

  /** Business minutes the resolution clock stood still so far (waiting, solved until reopened). */
  @Column(name = "sla_paused_minutes")
  private int pausedMinutes;

  @Column(name = "first_response_breached")
  private boolean firstResponseBreached;

  @Column(name = "resolution_breached")
  private boolean resolutionBreached;

  /** When the service lead was told of a breach (set by the breach job). */
  @Column(name = "escalated_at")
  private Instant escalatedAt;

  public SlaClock() {}

  /** Starts both clocks at {@code now} (a new issue): sets the dues and clears everything else. */
  public void start(Instant now, SlaTargets targets, BusinessCalendar cal) {
    Objects.requireNonNull(now, "now");
    firstResponseDue = cal.plus(now, targets.firstResponse());
    firstResponseRiskAt = cal.plus(now, atRisk(targets.firstResponse()));
    resolutionDue = cal.plus(now, targets.resolution());
    resolutionRiskAt = cal.plus(now, atRisk(targets.resolution()));
    firstRespondedAt = null;
    resolvedAt = null;
    pausedSince = null;
    pausedMinutes = 0;
    firstResponseBreached = false;
    resolutionBreached = false;
    escalatedAt = null;
  }

  /** The service lead and the assignee were told of a breach (first time only). */
  public void escalated(Instant now) {
    if (escalatedAt == null) {
      escalatedAt = now;
    }
  }

  /** The service team answered; only the first answer counts (later calls change nothing). */
  public void respond(Instant now) {
    if (firstRespondedAt != null) {
      return;
    }
    firstRespondedAt = now;
    if (firstResponseDue != null && now.isAfter(firstResponseDue)) {
      firstResponseBreached = true;
    }
  }

  /**
   * The issue waits for the partner or the customer: the resolution clock stops. Asking is an
   * answer, so it also stops the first-response clock. Nothing happens when already stopped.
   */
  public void pause(Instant now, BusinessCalendar cal) {
    if (resolvedAt != null || pausedSince != null) {
      return;
    }
    respond(now);
    if (resolutionDue != null && now.isAfter(resolutionDue)) {
      resolutionBreached = true;
    }
    pausedSince = now;
  }

  /**
   * The wait is over: the resolution clock runs again, its due (and at-risk point) pushed by the
   * business time the pause lasted. Nothing happens when the clock was not paused.
   */
  public void resume(Instant now, BusinessCalendar cal) {
    if (resolvedAt != null || pausedSince == null) {
      return;
    }
    restart(now, cal);
  }

  /**
   * Solved: both clocks stop. A solution after the resolution due is a breach; solved out of a
   * wait, it is judged at the moment the wait began (the clock stood still since).
   */
  public void resolve(Instant now) {
    if (resolvedAt != null) {
      return;
    }
    respond(now);
    Instant stopped = pausedSince != null ? pausedSince : now;
    if (resolutionDue != null && stopped.isAfter(resolutionDue)) {
      resolutionBreached = true;
    }
    resolvedAt = now;
    pausedSince = stopped;
  }

  /**
   * Reopened: the resolution clock runs again with the time it had left when it stopped (the time
   * solved counts as paused). A breach stays a breach.
   */
  public void reopen(Instant now, BusinessCalendar cal) {
    if (resolvedAt == null) {
      return;
    }
    if (pausedSince == null) {
      pausedSince = resolvedAt;
    }
    resolvedAt = null;
    restart(now, cal);
  }

  private void restart(Instant now, BusinessCalendar cal) {
    Duration stood = cal.between(pausedSince, now);
    if (!stood.isNegative() && !stood.isZero()) {
      if (resolutionDue != null) {
        resolutionDue = cal.plus(resolutionDue, stood);
      }
      if (resolutionRiskAt != null) {
        resolutionRiskAt = cal.plus(resolutionRiskAt, stood);
      }
      pausedMinutes =
          Math.toIntExact(Math.min(Integer.MAX_VALUE, pausedMinutes + stood.toMinutes()));
    }
    pausedSince = null;
  }

  /** Where the issue stands now (see {@link SlaState}); {@link #jpql} gives the same answer. */
  public SlaState state(Instant now, BusinessCalendar cal) {
    if (firstResponseBreached || resolutionBreached) {
      return SlaState.BREACHED;
    }
    if (resolvedAt != null) {
      return SlaState.MET;
    }
    if (firstRespondedAt == null && firstResponseDue != null && now.isAfter(firstResponseDue)) {
      return SlaState.BREACHED;
    }
    if (pausedSince != null) {
      return SlaState.PAUSED;
    }
    if (resolutionDue != null && now.isAfter(resolutionDue)) {
      return SlaState.BREACHED;
    }
    if ((firstRespondedAt == null && reached(now, firstResponseRiskAt))
        || reached(now, resolutionRiskAt)) {
      return SlaState.AT_RISK;
    }
    return SlaState.ON_TRACK;
  }

  /**
   * Business time left until the first response is due (negative: overdue); once answered, what was
   * left at the answer. Null when the clock never started.
   */
  public Duration firstResponseLeft(Instant now, BusinessCalendar cal) {
    if (firstResponseDue == null) {
      return null;
    }
    return cal.between(firstRespondedAt != null ? firstRespondedAt : now, firstResponseDue);
  }

  /**
   * Business time left until the resolution is due (negative: overdue); while paused or solved,
   * what was left when the clock stopped. Null when the clock never started.
   */
  public Duration resolutionLeft(Instant now, BusinessCalendar cal) {
    if (resolutionDue == null) {
      return null;
    }
    return cal.between(pausedSince != null ? pausedSince : now, resolutionDue);
  }

  /** Whether the resolution clock runs (not paused, not solved). */
  public boolean running() {
    return resolvedAt == null && pausedSince == null;
  }

  public boolean paused() {
    return resolvedAt == null && pausedSince != null;
  }

  /**
   * A JPQL condition for "the clock at {@code path} (e.g. {@code i.sla}) is in this state at {@link
   * #NOW_PARAMETER}", the same rules as {@link #state}: for a list filter, {@code
   * query.where(SlaClock.jpql(state, "i.sla"), SlaClock.NOW_PARAMETER, clock.now())}.
   */
  public static String jpql(SlaState state, String path) {
    String p = path + ".";
    String now = ":" + NOW_PARAMETER;
    String breached =
        "("
            + p
            + "firstResponseBreached = TRUE OR "
            + p
            + "resolutionBreached = TRUE OR ("
            + p
            + "firstRespondedAt IS NULL AND "
            + p
            + "firstResponseDue < "
            + now
            + ") OR ("
            + p
            + "resolvedAt IS NULL AND "
            + p
            + "pausedSince IS NULL AND "
            + p
            + "resolutionDue < "
            + now
            + "))";
    String notBreached =
        "("
            + p
            + "firstResponseBreached = FALSE AND "
            + p
            + "resolutionBreached = FALSE AND ("
            + p
            + "firstRespondedAt IS NOT NULL OR "
            + p
            + "firstResponseDue >= "
            + now
            + ") AND ("
            + p
            + "resolvedAt IS NOT NULL OR "
            + p
            + "pausedSince IS NOT NULL OR "
            + p
            + "resolutionDue >= "
            + now
            + "))";
    String running = p + "resolvedAt IS NULL AND " + p + "pausedSince IS NULL";
    String atRisk =
        "(("
            + p
            + "firstRespondedAt IS NULL AND "
            + p
            + "firstResponseRiskAt <= "
            + now
            + ") OR "
            + p
            + "resolutionRiskAt <= "
            + now
            + ")";
    return switch (state) {
      case BREACHED -> breached;
      case MET -> "(" + notBreached + " AND " + p + "resolvedAt IS NOT NULL)";
      case PAUSED ->
          "("
              + notBreached
              + " AND "
              + p
              + "resolvedAt IS NULL AND "
              + p
              + "pausedSince IS NOT NULL)";
      case AT_RISK -> "(" + notBreached + " AND " + running + " AND " + atRisk + ")";
      case ON_TRACK -> "(" + notBreached + " AND " + running + " AND NOT " + atRisk + ")";
    };
  }

  private static boolean reached(Instant now, Instant at) {
    return at != null && !now.isBefore(at);
  }

  private static Duration atRisk(Duration target) {
    return Duration.ofNanos(target.toNanos() / 1000 * AT_RISK_USED_PER_MILLE)
        .truncatedTo(ChronoUnit.MICROS);
  }

  public Instant getFirstResponseDue() {
    return firstResponseDue;
  }

  public Instant getFirstResponseRiskAt() {
    return firstResponseRiskAt;
  }

  public Instant getResolutionDue() {
    return resolutionDue;
  }

  public Instant getResolutionRiskAt() {
    return resolutionRiskAt;
  }

  public Instant getFirstRespondedAt() {
    return firstRespondedAt;
  }

  public Instant getResolvedAt() {
    return resolvedAt;
  }

  public Instant getPausedSince() {
    return pausedSince;
  }

  public int getPausedMinutes() {
    return pausedMinutes;
  }

  public boolean isFirstResponseBreached() {
    return firstResponseBreached;
  }

  public boolean isResolutionBreached() {
    return resolutionBreached;
  }

  public Instant getEscalatedAt() {
    return escalatedAt;
  }
}
