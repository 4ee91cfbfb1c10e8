package org.channelport.platform.outbox;

import java.time.Duration;
import java.time.Instant;

/**
 * When the relay tries a message again, and when it gives up.
 *
 * <p>After the n-th failed attempt the pause is {@code firstRetry · 2^(n-1)}, capped at {@code
 * maxRetry} (defaults: 10 s, doubling to at most 5 min — during an outage each waiting message is
 * tried at least every 5 minutes, so the backlog moves within minutes of the receiver's return).
 * The pause is jittered to between half and all of that ("equal jitter"), so messages that failed
 * together do not come back together. A transient failure never uses up a budget of attempts: only
 * time counts — once {@code retryFor} (default 72 h) has passed since the message's retry window
 * began (enqueued, or last replayed), the next failure parks it. A rejection parks at once.
 */
public record RetryPolicy(Duration firstRetry, Duration maxRetry, Duration retryFor) {
  public static final RetryPolicy DEFAULT =
      new RetryPolicy(Duration.ofSeconds(10), Duration.ofMinutes(5), Duration.ofHours(72));

  public RetryPolicy {
    if (firstRetry.isNegative() || firstRetry.isZero() || maxRetry.compareTo(firstRetry) < 0) {
      throw new IllegalArgumentException("need 0 < firstRetry <= maxRetry");
    }
  }

  /** The same pauses with another retry window (a handler's {@link OutboxHandler#retryFor}). */
  public RetryPolicy retryingFor(Duration window) {
    return window == null ? this : new RetryPolicy(firstRetry, maxRetry, window);
  }

  /** The pause before attempt {@code failed + 1}, without jitter: doubled each time, capped. */
  public Duration basePause(int failed) {
    Duration pause = firstRetry;
    for (int i = 1; i < failed && pause.compareTo(maxRetry) < 0; i++) {
      pause = pause.multipliedBy(2);
    }
    return pause.compareTo(maxRetry) > 0 ? maxRetry : pause;
  }

  /**
   * The jittered pause: between half of {@link #basePause} and all of it; {@code random} is in [0,
   * 1).
   */
  public Duration pause(int failed, double random) {
    Duration base = basePause(failed);
    long half = base.toMillis() / 2;
    return Duration.ofMillis(half + Math.round((base.toMillis() - half) * clamp(random)));
  }

  /** What to do after attempt {@code attempt} failed with {@code error}. */
  public Decision decide(
      Exception error, int attempt, Instant retryFrom, Instant now, double random) {
    if (error instanceof RejectedMessage rejected) {
      return Decision.park(describe(error), rejected.answer());
    }
    if (retryFrom != null && !now.isBefore(retryFrom.plus(retryFor))) {
      return Decision.park(
          "not delivered for " + hours(retryFor) + " h, given up: " + describe(error), null);
    }
    return Decision.retryAt(now.plus(pause(attempt, random)), describe(error));
  }

  /** The class and message of an error, as the outbox stores it. */
  public static String describe(Throwable e) {
    return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
  }

  private static long hours(Duration d) {
    return d.toHours();
  }

  private static double clamp(double random) {
    return random < 0 ? 0 : random >= 1 ? Math.nextDown(1.0) : random;
  }

  /** Park (with the error and the receiver's answer), or try again at {@code nextAttempt}. */
  public record Decision(boolean parked, Instant nextAttempt, String error, String answer) {
    static Decision park(String error, String answer) {
      return new Decision(true, null, error, answer);
    }

    static Decision retryAt(Instant next, String error) {
      return new Decision(false, next, error, null);
    }
  }
}
