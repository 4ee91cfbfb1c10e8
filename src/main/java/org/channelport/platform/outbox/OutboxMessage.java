package org.channelport.platform.outbox;

/**
 * One message to another system. {@code messageId} is unique and stays the same on every retry: the
 * receiver dedupes on it (delivery is at least once). {@code attempt} counts from 1.
 */
public record OutboxMessage(
    String messageId, String topic, String key, String payload, int attempt) {}
