package org.channelport.platform.outbox;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonReader;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.StringReader;
import java.sql.Timestamp;
import java.util.Collection;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.channelport.platform.Clock;
import org.channelport.platform.Database;

/**
 * Writes a message for another system in the same transaction as the business change that causes it
 * (there must be one): both are committed, or neither. The {@link OutboxRelayJob} delivers it
 * afterwards. Also the outbox's state for those who watch it: the backlog, parked messages, replay.
 */
@ApplicationScoped
public class Outbox {
  static final Pattern TOPIC = Pattern.compile("[a-z][a-z0-9._-]{0,63}");
  static final int MAX_KEY = 128;

  @PersistenceContext EntityManager em;
  @Inject Clock clock;

  @Resource(lookup = Database.JNDI_NAME)
  DataSource dataSource;

  /**
   * Enqueues {@code payload} (a JSON text) under {@code topic} for the record {@code key} (messages
   * of one key are delivered in order); returns the message id the receiver dedupes on.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public String enqueue(String topic, String key, String payload) {
    check(topic, key, payload);
    String id = UUID.randomUUID().toString();
    Timestamp now = Timestamp.from(clock.now());
    em.createNativeQuery(
            "INSERT INTO outbox_message (message_id, topic, msg_key, payload, status, attempts,"
                + " next_attempt_at, created_at, retry_from)"
                + " VALUES (?, ?, ?, ?, 'PENDING', 0, ?, ?, ?)")
        .setParameter(1, id)
        .setParameter(2, topic)
        .setParameter(3, key)
        .setParameter(4, payload)
        .setParameter(5, now)
        .setParameter(6, now)
        .setParameter(7, now)
        .executeUpdate();
    return id;
  }

  /**
   * Sends a parked message (or a pending one that failed) again; see {@link OutboxState#replay}.
   */
  public OutboxState.Replay replay(String messageId) {
    return state().replay(messageId);
  }

  public Optional<OutboxState.Message> find(String messageId) {
    return state().find(messageId);
  }

  /** Pending, oldest pending, parked and held-back messages of these topics. */
  public OutboxState.Backlog backlog(Collection<String> topics) {
    return state().backlog(topics);
  }

  /** Which of these keys of {@code topic} still have a message waiting (pending). */
  public Set<String> waitingKeys(String topic, Collection<String> keys) {
    return state().waitingKeys(topic, keys);
  }

  private OutboxState state() {
    return new OutboxState(dataSource, clock);
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
