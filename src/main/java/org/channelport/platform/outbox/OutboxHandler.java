package org.channelport.platform.outbox;

import java.time.Duration;
import java.time.Instant;

/**
 * Delivers the outbox messages of one topic to another system (a CDI bean; one per topic). A
 * message counts as delivered when {@link #deliver} returns. When it throws {@link
 * RejectedMessage}, the message is parked (needs attention); any other exception is transient: the
 * message is tried again with a growing pause ({@link RetryPolicy}) until {@link #retryFor} has
 * passed since it was enqueued (or replayed), and then parked too. Messages of one key are
 * delivered one at a time, in order; a parked message holds back the later ones of its key.
 */
public interface OutboxHandler {
  String topic();

  void deliver(OutboxMessage message) throws Exception;

  /**
   * Asked once per relay round: false leaves this topic's messages pending and untouched this round
   * (e.g. no receiver configured — an outage the backlog shows).
   */
  default boolean ready() {
    return true;
  }

  /** At most this many messages per second for this topic (0: unpaced); asked once per round. */
  default double maxPerSecond() {
    return 0;
  }

  /** How long a message is retried before it is parked; null: the relay's default. */
  default Duration retryFor() {
    return null;
  }

  /** Told after a transient failure: the message is tried again at {@code nextAttempt}. */
  default void willRetry(OutboxMessage message, Exception error, Instant nextAttempt) {}

  /** Told when the relay parked the message (rejected, or retried for too long). */
  default void parked(OutboxMessage message, String reason, String answer) {}
}
