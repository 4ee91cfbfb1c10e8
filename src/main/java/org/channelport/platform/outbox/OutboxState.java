package org.channelport.platform.outbox;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;
import org.channelport.platform.Clock;

/**
 * The outbox as those who watch it see it: the backlog, parked messages, and replay. Plain JDBC on
 * the portal's datasource (each call its own statement, outside any business transaction).
 */
public final class OutboxState {
  private final DataSource dataSource;
  private final Clock clock;

  public OutboxState(DataSource dataSource, Clock clock) {
    this.dataSource = dataSource;
    this.clock = clock;
  }

  /** What a replay found. */
  public enum Replay {
    /** Back to pending, due now (its attempts kept, its retry window begun anew). */
    REPLAYED,
    /** Already delivered: nothing to replay. */
    DELIVERED,
    NOT_FOUND
  }

  /**
   * Sends a parked message (or a pending one that failed) again: pending, due now, attempts kept,
   * retry window from now. The caller checks who may.
   */
  public Replay replay(String messageId) {
    Timestamp now = Timestamp.from(clock.now());
    int changed =
        update(
            "UPDATE outbox_message SET status = 'PENDING', next_attempt_at = ?, retry_from = ?,"
                + " parked_at = NULL WHERE message_id = ? AND status IN ('PARKED', 'PENDING')",
            now,
            now,
            messageId);
    if (changed > 0) {
      return Replay.REPLAYED;
    }
    return find(messageId).isPresent() ? Replay.DELIVERED : Replay.NOT_FOUND;
  }

  /** One message as the outbox holds it. */
  public record Message(
      String messageId,
      String topic,
      String key,
      String payload,
      String status,
      int attempts,
      String lastError,
      String lastAnswer,
      Instant createdAt,
      Instant nextAttemptAt) {}

  public Optional<Message> find(String messageId) {
    String sql =
        "SELECT message_id, topic, msg_key, payload, status, attempts, last_error, last_answer,"
            + " created_at, next_attempt_at FROM outbox_message WHERE message_id = ?";
    try (Connection c = dataSource.getConnection();
        PreparedStatement s = c.prepareStatement(sql)) {
      s.setString(1, messageId);
      try (ResultSet rs = s.executeQuery()) {
        if (!rs.next()) {
          return Optional.empty();
        }
        return Optional.of(
            new Message(
                rs.getString(1),
                rs.getString(2),
                rs.getString(3),
                rs.getString(4),
                rs.getString(5),
                rs.getInt(6),
                rs.getString(7),
                rs.getString(8),
                instant(rs.getTimestamp(9)),
                instant(rs.getTimestamp(10))));
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Could not read the outbox", e);
    }
  }

  /**
   * The state of some topics' messages: pending (and the oldest of them), parked (needs attention),
   * and the pending ones held back behind a parked message of their key.
   */
  public record Backlog(long pending, Instant oldestPending, long parked, long blockedByParked) {}

  public Backlog backlog(Collection<String> topics) {
    if (topics.isEmpty()) {
      return new Backlog(0, null, 0, 0);
    }
    String in = String.join(", ", Collections.nCopies(topics.size(), "?"));
    try (Connection c = dataSource.getConnection()) {
      long pending;
      Instant oldest;
      try (PreparedStatement s =
          c.prepareStatement(
              "SELECT COUNT(*), MIN(created_at) FROM outbox_message WHERE status = 'PENDING'"
                  + " AND topic IN ("
                  + in
                  + ")")) {
        bind(s, 1, topics);
        try (ResultSet rs = s.executeQuery()) {
          rs.next();
          pending = rs.getLong(1);
          oldest = instant(rs.getTimestamp(2));
        }
      }
      long parked =
          count(
              c,
              "SELECT COUNT(*) FROM outbox_message WHERE status = 'PARKED' AND topic IN ("
                  + in
                  + ")",
              topics);
      long blocked =
          count(
              c,
              "SELECT COUNT(*) FROM outbox_message o WHERE o.status = 'PENDING' AND o.topic IN ("
                  + in
                  + ") AND EXISTS (SELECT 1 FROM outbox_message p WHERE p.topic = o.topic"
                  + " AND p.msg_key = o.msg_key AND p.status = 'PARKED' AND p.id < o.id)",
              topics);
      return new Backlog(pending, oldest, parked, blocked);
    } catch (SQLException e) {
      throw new IllegalStateException("Could not read the outbox", e);
    }
  }

  /** Which of these keys of {@code topic} still have a message waiting (pending). */
  public Set<String> waitingKeys(String topic, Collection<String> keys) {
    Set<String> waiting = new HashSet<>();
    List<String> all = List.copyOf(keys);
    try (Connection c = dataSource.getConnection()) {
      for (int from = 0; from < all.size(); from += 500) {
        List<String> chunk = all.subList(from, Math.min(all.size(), from + 500));
        try (PreparedStatement s =
            c.prepareStatement(
                "SELECT DISTINCT msg_key FROM outbox_message WHERE status = 'PENDING'"
                    + " AND topic = ? AND msg_key IN ("
                    + String.join(", ", Collections.nCopies(chunk.size(), "?"))
                    + ")")) {
          s.setString(1, topic);
          bind(s, 2, chunk);
          try (ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
              waiting.add(rs.getString(1));
            }
          }
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Could not read the outbox", e);
    }
    return waiting;
  }

  private static long count(Connection c, String sql, Collection<String> topics)
      throws SQLException {
    try (PreparedStatement s = c.prepareStatement(sql)) {
      bind(s, 1, topics);
      try (ResultSet rs = s.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }

  private static void bind(PreparedStatement s, int first, Collection<String> values)
      throws SQLException {
    int i = first;
    for (String value : values) {
      s.setString(i++, value);
    }
  }

  private int update(String sql, Object... args) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s = c.prepareStatement(sql)) {
      for (int i = 0; i < args.length; i++) {
        s.setObject(i + 1, args[i]);
      }
      return s.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException("Could not update the outbox", e);
    }
  }

  private static Instant instant(Timestamp t) {
    return t == null ? null : t.toInstant();
  }
}
