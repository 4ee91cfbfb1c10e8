package org.channelport.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import org.channelport.platform.IdempotencyKeys.Decision;
import org.channelport.platform.IdempotencyKeys.Stored;
import org.channelport.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

/** The Idempotency-Key rules of the IETF httpapi draft, as {@link IdempotencyKeys} applies them. */
class IdempotencyKeysTest {
  static final Instant NOW = Instant.parse("2026-12-02T10:00:00Z");
  static final String HASH = IdempotencyKeys.hash("{\"a\":1}");

  static Stored stored(boolean done, Instant created) {
    return new Stored(HASH, "owner", done, created, created.plus(IdempotencyKeys.KEEP));
  }

  @Test
  void aNewKeyIsClaimed() {
    assertEquals(Decision.CLAIM, IdempotencyKeys.decide(null, HASH, NOW));
  }

  @Test
  void theSameKeyAndBodyAfterTheAnswerRepeatTheAnswer() {
    assertEquals(
        Decision.REPLAY, IdempotencyKeys.decide(stored(true, NOW.minusSeconds(5)), HASH, NOW));
  }

  @Test
  void theSameKeyWithAnotherBodyIsRefused() {
    String other = IdempotencyKeys.hash("{\"a\":2}");
    assertNotEquals(HASH, other);
    assertEquals(Decision.MISMATCH, IdempotencyKeys.decide(stored(true, NOW), other, NOW));
    assertEquals(Decision.MISMATCH, IdempotencyKeys.decide(stored(false, NOW), other, NOW));
  }

  @Test
  void theSameKeyWhileItsFirstRequestRunsIsAConflict() {
    assertEquals(
        Decision.IN_PROGRESS,
        IdempotencyKeys.decide(stored(false, NOW.minusSeconds(1)), HASH, NOW));
  }

  @Test
  void aClaimWhoseRequestDiedIsTakenOverAfterAWhile() {
    Instant longAgo = NOW.minus(IdempotencyKeys.ABANDONED).minusSeconds(1);
    assertEquals(Decision.TAKE_OVER, IdempotencyKeys.decide(stored(false, longAgo), HASH, NOW));
  }

  @Test
  void keysExpireAfter24Hours() {
    Instant dayAgo = NOW.minus(IdempotencyKeys.KEEP);
    assertEquals(Decision.RENEW, IdempotencyKeys.decide(stored(true, dayAgo), HASH, NOW));
    String other = IdempotencyKeys.hash("{}");
    assertEquals(
        Decision.RENEW,
        IdempotencyKeys.decide(stored(true, dayAgo), other, NOW),
        "an expired key is free for any body");
    assertEquals(
        Decision.REPLAY, IdempotencyKeys.decide(stored(true, dayAgo.plusSeconds(1)), HASH, NOW));
  }

  @Test
  void theKeyIsRequiredAndVisibleAscii() {
    assertThrows(InvalidInputException.class, () -> IdempotencyKeys.requireKey(null));
    assertThrows(InvalidInputException.class, () -> IdempotencyKeys.requireKey("  "));
    assertThrows(InvalidInputException.class, () -> IdempotencyKeys.requireKey("a b"));
    assertThrows(InvalidInputException.class, () -> IdempotencyKeys.requireKey("x".repeat(256)));
    assertThrows(InvalidInputException.class, () -> IdempotencyKeys.requireKey("schlüssel"));
    assertEquals("8e03978e-40d5", IdempotencyKeys.requireKey("\"8e03978e-40d5\""));
    assertEquals("abc", IdempotencyKeys.requireKey(" abc "));
  }
}
