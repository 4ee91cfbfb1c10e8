package org.channelport.platform.outbox;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.DoubleSupplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.channelport.platform.Clock;

/**
 * Hands pending outbox messages to the handler of their topic, by the rules of {@link RetryPolicy}:
 * a message is delivered when its handler returns; parked (needs attention) when the handler throws
 * {@link RejectedMessage} or when it has failed for longer than the topic's retry window; otherwise
 * tried again after a jittered, doubling pause. Attempts, the last error and the receiver's answer
 * are kept on the message; a replay ({@link Outbox#replay}) keeps the attempts.
 *
 * <p>Order: only the oldest undelivered message of a key is handed on, so one record's messages
 * arrive one at a time and in order — and a parked message holds back every later message of its
 * key until it is replayed (they wait, they never overtake it; {@link Outbox#backlog} counts them).
 *
 * <p>A round: the topics whose handler is {@link OutboxHandler#ready ready}, due messages in id
 * order, batch after batch until none is due or the round's time is up. After a transient failure
 * the rest of that topic waits for the next round (the receiver is likely down: one probe per
 * round, not one failing call per waiting message). Each topic is paced to its handler's {@link
 * OutboxHandler#maxPerSecond}. Due times are the portal's {@link Clock} (a test clock moves them).
 * Messages of a topic that no handler serves stay pending, and each round says how many wait.
 *
 * <p>Run it under a lease (one relay for all nodes): delivery is at least once — a node dying
 * between a handler's return and the mark delivers again, and the receiver dedupes on the message
 * id.
 */
public final class OutboxRelay {
  private static final Logger LOG = Logger.getLogger(OutboxRelay.class.getName());
  static final int MAX_ERROR = 2000;
  static final int MAX_ANSWER = 60_000;

  private final DataSource dataSource;
  private final Map<String, OutboxHandler> handlers;
  private final RetryPolicy policy;
  private final Clock clock;
  private final DoubleSupplier random;
  private final Pacer.Ticker ticker;

  public OutboxRelay(
      DataSource dataSource,
      Collection<? extends OutboxHandler> handlers,
      RetryPolicy policy,
      Clock clock) {
    this(
        dataSource,
        handlers,
        policy,
        clock,
        () -> ThreadLocalRandom.current().nextDouble(),
        Pacer.SYSTEM);
  }

  OutboxRelay(
      DataSource dataSource,
      Collection<? extends OutboxHandler> handlers,
      RetryPolicy policy,
      Clock clock,
      DoubleSupplier random,
      Pacer.Ticker ticker) {
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
    this.policy = policy;
    this.clock = clock;
    this.random = random;
    this.ticker = ticker;
  }

  public Collection<String> topics() {
    return handlers.keySet();
  }

  /**
   * One round: delivers due messages, {@code batch} read at a time, until none is due or {@code
   * budget} has passed; returns how many were delivered.
   */
  public int relay(int batch, Duration budget) {
    reportUnserved();
    Set<String> active = new LinkedHashSet<>();
    Map<String, Pacer> pacers = new HashMap<>();
    for (OutboxHandler handler : handlers.values()) {
      if (ready(handler)) {
        active.add(handler.topic());
        pacers.put(handler.topic(), new Pacer(pace(handler), ticker));
      }
    }
    long deadline = ticker.nanoTime() + budget.toNanos();
    int delivered = 0;
    while (!active.isEmpty() && ticker.nanoTime() < deadline) {
      List<Pending> due = due(active, batch);
      int progressed = 0;
      for (Pending pending : due) {
        String topic = pending.message().topic();
        if (!active.contains(topic) || ticker.nanoTime() >= deadline) {
          continue;
        }
        if (!pacers.get(topic).await()) {
          return delivered;
        }
        switch (attempt(pending)) {
          case DELIVERED -> {
            delivered++;
            progressed++;
          }
          case PARKED -> progressed++;
          case RETRY -> active.remove(topic);
        }
      }
      if (due.isEmpty() || progressed == 0) {
        break;
      }
    }
    return delivered;
  }

  enum Outcome {
    DELIVERED,
    PARKED,
    RETRY
  }

  private Outcome attempt(Pending pending) {
    OutboxHandler handler = handlers.get(pending.message().topic());
    try {
      handler.deliver(pending.message());
    } catch (Exception e) {
      return failed(handler, pending, e);
    }
    markDelivered(pending);
    return Outcome.DELIVERED;
  }

  private Outcome failed(OutboxHandler handler, Pending pending, Exception e) {
    OutboxMessage message = pending.message();
    Instant now = clock.now();
    RetryPolicy.Decision decision =
        policy
            .retryingFor(retryFor(handler))
            .decide(e, message.attempt(), message.retryFrom(), now, random.getAsDouble());
    if (decision.parked()) {
      LOG.log(
          Level.WARNING,
          "Outbox message "
              + message.messageId()
              + " ("
              + message.topic()
              + ", key "
              + message.key()
              + ") parked after attempt "
              + message.attempt()
              + ": "
              + decision.error()
              + "; later messages of its key wait until it is replayed",
          e instanceof RejectedMessage ? null : e);
      update(
          "UPDATE outbox_message SET status = 'PARKED', attempts = attempts + 1, last_error = ?,"
              + " last_answer = ?, parked_at = ? WHERE id = ? AND status = 'PENDING'",
          clip(decision.error(), MAX_ERROR),
          clip(decision.answer(), MAX_ANSWER),
          Timestamp.from(now),
          pending.id());
      tell(() -> handler.parked(message, decision.error(), decision.answer()));
      return Outcome.PARKED;
    }
    LOG.log(
        Level.WARNING,
        "Outbox message "
            + message.messageId()
            + " ("
            + message.topic()
            + ") not delivered, attempt "
            + message.attempt()
            + "; next at "
            + decision.nextAttempt()
            + ": "
            + decision.error());
    update(
        "UPDATE outbox_message SET attempts = attempts + 1, last_error = ?, next_attempt_at = ?"
            + " WHERE id = ? AND status = 'PENDING'",
        clip(decision.error(), MAX_ERROR),
        Timestamp.from(decision.nextAttempt()),
        pending.id());
    tell(() -> handler.willRetry(message, e, decision.nextAttempt()));
    return Outcome.RETRY;
  }

  private static boolean ready(OutboxHandler handler) {
    try {
      return handler.ready();
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Outbox handler of " + handler.topic() + " not ready", e);
      return false;
    }
  }

  private static double pace(OutboxHandler handler) {
    try {
      return handler.maxPerSecond();
    } catch (RuntimeException e) {
      return 0;
    }
  }

  private static Duration retryFor(OutboxHandler handler) {
    try {
      return handler.retryFor();
    } catch (RuntimeException e) {
      return null;
    }
  }

  private static void tell(Runnable callback) {
    try {
      callback.run();
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "An outbox handler's callback failed", e);
    }
  }

  private static String clip(String text, int max) {
    return text == null || text.length() <= max ? text : text.substring(0, max);
  }

  private record Pending(long id, OutboxMessage message) {}

  private List<Pending> due(Collection<String> topics, int max) {
    String in = String.join(", ", Collections.nCopies(topics.size(), "?"));
    String sql =
        "SELECT o.id, o.message_id, o.topic, o.msg_key, o.payload, o.attempts, o.created_at,"
            + " o.retry_from FROM outbox_message o"
            + " WHERE o.status = 'PENDING' AND o.next_attempt_at <= ? AND o.topic IN ("
            + in
            + ") AND NOT EXISTS (SELECT 1 FROM outbox_message e WHERE e.topic = o.topic"
            + " AND e.msg_key = o.msg_key AND e.status IN ('PENDING', 'PARKED') AND e.id < o.id)"
            + " ORDER BY o.id LIMIT ?";
    try (Connection c = dataSource.getConnection();
        PreparedStatement s = c.prepareStatement(sql)) {
      int i = 1;
      s.setTimestamp(i++, Timestamp.from(clock.now()));
      for (String topic : topics) {
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
                      rs.getInt(6) + 1,
                      instant(rs.getTimestamp(7)),
                      instant(rs.getTimestamp(8)))));
        }
      }
      return due;
    } catch (SQLException e) {
      throw new IllegalStateException("Could not read the outbox", e);
    }
  }

  private static Instant instant(Timestamp t) {
    return t == null ? null : t.toInstant();
  }

  private void markDelivered(Pending pending) {
    update(
        "UPDATE outbox_message SET status = 'DELIVERED', attempts = attempts + 1,"
            + " delivered_at = ?, last_error = NULL WHERE id = ? AND status = 'PENDING'",
        Timestamp.from(clock.now()),
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
