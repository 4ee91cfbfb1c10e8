package org.channelport.platform.outbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonReader;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.StringReader;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Writes a message for another system in the same transaction as the business change that causes it
 * (there must be one): both are committed, or neither. The {@link OutboxRelayJob} delivers it
 * afterwards.
 */
@ApplicationScoped
public class Outbox {
  static final Pattern TOPIC = Pattern.compile("[a-z][a-z0-9._-]{0,63}");
  static final int MAX_KEY = 128;

  @PersistenceContext EntityManager em;

  /**
   * Enqueues {@code payload} (a JSON text) under {@code topic} for the record {@code key} (messages
   * of one key are delivered in order); returns the message id the receiver dedupes on.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public String enqueue(String topic, String key, String payload) {
    check(topic, key, payload);
    String id = UUID.randomUUID().toString();
    em.createNativeQuery(
            "INSERT INTO outbox_message (message_id, topic, msg_key, payload, status, attempts,"
                + " next_attempt_at, created_at)"
                + " VALUES (?, ?, ?, ?, 'PENDING', 0, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6))")
        .setParameter(1, id)
        .setParameter(2, topic)
        .setParameter(3, key)
        .setParameter(4, payload)
        .executeUpdate();
    return id;
  }

  static void check(String topic, String key, String payload) {
    if (topic == null || !TOPIC.matcher(topic).matches()) {
      throw new IllegalArgumentException(
          "topic must be lower-case letters, digits, dots, dashes (at most 64): " + topic);
    }
    if (key == null || key.isBlank() || key.length() > MAX_KEY) {
      throw new IllegalArgumentException("key must be 1 to " + MAX_KEY + " characters: " + key);
    }
    if (payload == null) {
      throw new IllegalArgumentException("payload must be a JSON text, not null");
    }
    try (JsonReader reader = Json.createReader(new StringReader(payload))) {
      reader.readValue();
    } catch (JsonException | IllegalStateException e) {
      throw new IllegalArgumentException("payload must be a JSON text: " + e.getMessage(), e);
    }
  }
}
