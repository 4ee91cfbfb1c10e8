package org.channelport.platform.outbox;

import java.time.Instant;

/**
 * One message to another system. {@code messageId} is unique and stays the same on every retry: the
 * receiver dedupes on it (delivery is at least once). {@code attempt} counts from 1 (a replayed
 * message keeps counting). {@code retryFrom} is when its retry window began (enqueued or replayed).
 */
public record OutboxMessage(
    String messageId,
    String topic,
    String key,
    String payload,
    int attempt,
    Instant createdAt,
    Instant retryFrom) {

  public OutboxMessage(String messageId, String topic, String key, String payload, int attempt) {
    this(messageId, topic, key, payload, attempt, null, null);
  }
}
