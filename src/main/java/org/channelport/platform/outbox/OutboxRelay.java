package org.channelport.platform.outbox;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Hands pending outbox messages to the handler of their topic: a message is marked delivered when
 * its handler returns, and otherwise tried again after a pause that doubles with each attempt (the
 * attempts and the last error are kept on the message). Only the oldest pending message of a key is
 * handed on, so one record's messages arrive one at a time and in order. Messages of a topic that
 * no handler serves stay pending, and each round says how many wait. Run it under a lease (one
 * relay for all nodes): delivery is at least once — a node dying between a handler's return and the
 * mark delivers again, and the receiver dedupes on the message id.
 */
public final class OutboxRelay {
  private static final Logger LOG = Logger.getLogger(OutboxRelay.class.getName());
  static final int MAX_ERROR = 2000;

  private final DataSource dataSource;
  private final Map<String, OutboxHandler> handlers;
  private final Duration firstRetry;
  private final Duration maxRetry;

  public OutboxRelay(
      DataSource dataSource,
      Collection<? extends OutboxHandler> handlers,
      Duration firstRetry,
      Duration maxRetry) {
    this.dataSource = dataSource;
    Map<String, OutboxHandler> byTopic = new LinkedHashMap<>();
    for (OutboxHandler handler : handlers) {
      OutboxHandler other = byTopic.putIfAbsent(handler.topic(), handler);
      if (other != null) {
        throw new IllegalStateException(
            "Two outbox handlers for topic " + handler.topic() + ": " + other + " and " + handler);
      }
    }
    this.handlers = Collections.unmodifiableMap(byTopic);
    this.firstRetry = firstRetry;
    this.maxRetry = maxRetry;
  }

  public Collection<String> topics() {
    return handlers.keySet();
  }

  /** One round: delivers at most {@code max} due messages; returns how many were delivered. */
  public int relay(int max) {
    reportUnserved();
    if (handlers.isEmpty()) {
      return 0;
    }
    int delivered = 0;
    for (Pending pending : due(max)) {
      OutboxHandler handler = handlers.get(pending.message().topic());
      try {
        handler.deliver(pending.message());
      } catch (Exception e) {
        retryLater(pending, e);
        continue;
      }
      markDelivered(pending);
      delivered++;
    }
    return delivered;
  }

  /** The pause before attempt {@code failed + 1}: the first retry, doubled each time, capped. */
  Duration pauseAfter(int failed) {
    Duration pause = firstRetry;
    for (int i = 1; i < failed && pause.compareTo(maxRetry) < 0; i++) {
      pause = pause.multipliedBy(2);
    }
    return pause.compareTo(maxRetry) > 0 ? maxRetry : pause;
  }

  private record Pending(long id, OutboxMessage message) {}

  private List<Pending> due(int max) {
    String topics = String.join(", ", Collections.nCopies(handlers.size(), "?"));
    String sql =
        "SELECT o.id, o.message_id, o.topic, o.msg_key, o.payload, o.attempts"
            + " FROM outbox_message o"
            + " WHERE o.status = 'PENDING' AND o.next_attempt_at <= UTC_TIMESTAMP(6)"
            + " AND o.topic IN ("
            + topics
            + ") AND NOT EXISTS (SELECT 1 FROM outbox_message e WHERE e.topic = o.topic"
            + " AND e.msg_key = o.msg_key AND e.status = 'PENDING' AND e.id < o.id)"
            + " ORDER BY o.id LIMIT ?";
    try (Connection c = dataSource.getConnection();
        PreparedStatement s = c.prepareStatement(sql)) {
      int i = 1;
      for (String topic : handlers.keySet()) {
        s.setString(i++, topic);
      }
      s.setInt(i, max);
      List<Pending> due = new ArrayList<>();
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          due.add(
              new Pending(
                  rs.getLong(1),
                  new OutboxMessage(
                      rs.getString(2),
                      rs.getString(3),
                      rs.getString(4),
                      rs.getString(5),
                      rs.getInt(6) + 1)));
        }
      }
      return due;
    } catch (SQLException e) {
      throw new IllegalStateException("Could not read the outbox", e);
    }
  }

  private void markDelivered(Pending pending) {
    update(
        "UPDATE outbox_message SET status = 'DELIVERED', attempts = attempts + 1,"
            + " delivered_at = UTC_TIMESTAMP(6), last_error = NULL"
            + " WHERE id = ? AND status = 'PENDING'",
        pending.id());
  }

  private void retryLater(Pending pending, Exception e) {
    Duration pause = pauseAfter(pending.message().attempt());
    String error =
        e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
    LOG.log(
        Level.WARNING,
        "Outbox message "
            + pending.message().messageId()
            + " ("
            + pending.message().topic()
            + ") not delivered, attempt "
            + pending.message().attempt()
            + "; next in "
            + pause,
        e);
    update(
        "UPDATE outbox_message SET attempts = attempts + 1, last_error = ?,"
            + " next_attempt_at = UTC_TIMESTAMP(6) + INTERVAL ? MICROSECOND"
            + " WHERE id = ? AND status = 'PENDING'",
        error.length() <= MAX_ERROR ? error : error.substring(0, MAX_ERROR),
        pause.toNanos() / 1000,
        pending.id());
  }

  private void reportUnserved() {
    StringBuilder sql =
        new StringBuilder("SELECT topic, COUNT(*) FROM outbox_message WHERE status = 'PENDING'");
    if (!handlers.isEmpty()) {
      sql.append(" AND topic NOT IN (")
          .append(String.join(", ", Collections.nCopies(handlers.size(), "?")))
          .append(")");
    }
    sql.append(" GROUP BY topic");
    try (Connection c = dataSource.getConnection();
        PreparedStatement s = c.prepareStatement(sql.toString())) {
      int i = 1;
      for (String topic : handlers.keySet()) {
        s.setString(i++, topic);
      }
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          String topic = rs.getString(1);
          long waiting = rs.getLong(2);
          LOG.warning(
              () -> waiting + " outbox messages of topic " + topic + " wait: no handler serves it");
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Could not read the outbox", e);
    }
  }

  private void update(String sql, Object... args) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s = c.prepareStatement(sql)) {
      for (int i = 0; i < args.length; i++) {
        s.setObject(i + 1, args[i]);
      }
      s.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException("Could not update the outbox", e);
    }
  }
}
