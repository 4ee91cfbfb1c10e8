package org.channelport.platform.outbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * Retry classification, backoff with jitter, and giving up — the relay's rules without a database.
 */
class RetryPolicyTest {
  static final RetryPolicy POLICY = RetryPolicy.DEFAULT;
  static final Instant T0 = Instant.parse("2026-12-02T10:00:00Z");

  @Test
  void thePauseDoublesFromTenSecondsUpToFiveMinutes() {
    assertEquals(Duration.ofSeconds(10), POLICY.basePause(1));
    assertEquals(Duration.ofSeconds(20), POLICY.basePause(2));
    assertEquals(Duration.ofSeconds(40), POLICY.basePause(3));
    assertEquals(Duration.ofSeconds(160), POLICY.basePause(5));
    assertEquals(Duration.ofMinutes(5), POLICY.basePause(6));
    assertEquals(Duration.ofMinutes(5), POLICY.basePause(100_000), "no overflow, no budget");
  }

  @Test
  void jitterKeepsThePauseBetweenHalfAndAllOfIt() {
    for (int failed : new int[] {1, 2, 4, 9}) {
      Duration base = POLICY.basePause(failed);
      assertEquals(base.dividedBy(2), POLICY.pause(failed, 0.0), "lowest: half");
      Duration highest = POLICY.pause(failed, Math.nextDown(1.0));
      assertTrue(highest.compareTo(base) <= 0 && highest.compareTo(base.minusMillis(1)) >= 0);
      for (double r = 0; r < 1; r += 0.01) {
        Duration p = POLICY.pause(failed, r);
        assertTrue(p.compareTo(base.dividedBy(2)) >= 0 && p.compareTo(base) <= 0, failed + "/" + r);
      }
    }
    assertFalse(
        POLICY.pause(3, 0.1).equals(POLICY.pause(3, 0.9)), "messages that failed together spread");
  }

  @Test
  void aTransientFailureIsRetriedAtNowPlusTheJitteredPause() {
    RetryPolicy.Decision d =
        POLICY.decide(new IOException("Connection refused"), 3, T0, T0.plusSeconds(60), 0.5);
    assertFalse(d.parked());
    assertEquals(T0.plusSeconds(60).plus(POLICY.pause(3, 0.5)), d.nextAttempt());
    assertEquals("IOException: Connection refused", d.error());
    assertNull(d.answer());
  }

  @Test
  void aRejectionIsParkedAtOnceWithTheAnswer() {
    RetryPolicy.Decision d =
        POLICY.decide(new RejectedMessage("HTTP 422", "{\"sku\":\"bad\"}", null), 1, T0, T0, 0.5);
    assertTrue(d.parked());
    assertNull(d.nextAttempt());
    assertEquals("RejectedMessage: HTTP 422", d.error());
    assertEquals("{\"sku\":\"bad\"}", d.answer());
  }

  @Test
  void transientFailuresAreRetriedForTheWholeWindowAndParkedAfterIt() {
    Exception down = new IOException("timeout");
    assertFalse(
        POLICY.decide(down, 5000, T0, T0.plus(Duration.ofHours(72)).minusMillis(1), 0).parked());
    RetryPolicy.Decision after = POLICY.decide(down, 5001, T0, T0.plus(Duration.ofHours(72)), 0);
    assertTrue(after.parked());
    assertEquals("not delivered for 72 h, given up: IOException: timeout", after.error());
    RetryPolicy oneHour = POLICY.retryingFor(Duration.ofHours(1));
    assertTrue(oneHour.decide(down, 2, T0, T0.plus(Duration.ofHours(1)), 0).parked());
    assertEquals(POLICY, POLICY.retryingFor(null), "no window of the handler's: the default");
  }
}
