package org.channelport.platform.outbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;
import org.channelport.platform.Clock;
import org.channelport.platform.TestDatabase;
import org.channelport.platform.jobs.Lease;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The outbox relay on a real MariaDB, with a test handler standing in for the ERP. */
class OutboxRelayTest {
  static DataSource db;

  /** A receiver that fails while told to, and remembers each message id it took. */
  static final class Receiver implements OutboxHandler {
    final String topic;
    final List<OutboxMessage> received = new ArrayList<>();
    final Set<String> ids = ConcurrentHashMap.newKeySet();
    final List<String> parked = new ArrayList<>();
    final List<Instant> retries = new ArrayList<>();
    int failuresLeft;
    String rejectKey;
    boolean ready = true;
    double perSecond;
    int calls;

    Receiver(String topic) {
      this.topic = topic;
    }

    @Override
    public boolean ready() {
      return ready;
    }

    @Override
    public double maxPerSecond() {
      return perSecond;
    }

    @Override
    public void willRetry(OutboxMessage message, Exception error, Instant nextAttempt) {
      retries.add(nextAttempt);
    }

    @Override
    public void parked(OutboxMessage message, String reason, String answer) {
      parked.add(message.messageId() + ": " + reason + " / " + answer);
    }

    @Override
    public String topic() {
      return topic;
    }

    @Override
    public synchronized void deliver(OutboxMessage message) throws RejectedMessage {
      calls++;
      if (message.key().equals(rejectKey)) {
        throw new RejectedMessage(
            "unknown product X-1", "{\"error\":\"unknown product X-1\"}", null);
      }
      if (failuresLeft > 0) {
        failuresLeft--;
        throw new IllegalStateException("ERP answers 503");
      }
      received.add(message);
      ids.add(message.messageId());
    }
  }

  @BeforeAll
  static void database() {
    db = TestDatabase.migrated();
  }

  /** The portal's clock, moved by the tests. */
  static final class TestClock extends Clock {
    Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);

    @Override
    public Instant now() {
      return now;
    }

    void advance(Duration d) {
      now = now.plus(d);
    }
  }

  /** Time that passes only when the pacer sleeps. */
  static final class TestTicker implements Pacer.Ticker {
    long nanos;
    long slept;

    @Override
    public long nanoTime() {
      return nanos;
    }

    @Override
    public void sleepNanos(long n) {
      nanos += n;
      slept += n;
    }
  }

  TestClock clock;
  TestTicker ticker;

  @BeforeEach
  void emptyOutbox() throws SQLException {
    update("DELETE FROM outbox_message");
    clock = new TestClock();
    ticker = new TestTicker();
  }

  @Test
  void aMessageIsDeliveredOnceAndMarkedDelivered() throws SQLException {
    Receiver erp = new Receiver("erp.order");
    String id = enqueue("erp.order", "PO-1", "{\"order\":\"PO-1\"}");
    OutboxRelay relay = relay(erp);
    assertEquals(1, relay.relay(100, ROUND));
    assertEquals(0, relay.relay(100, ROUND), "a delivered message is not delivered again");
    assertEquals(1, erp.received.size());
    assertEquals(id, erp.received.get(0).messageId());
    assertEquals("{\"order\":\"PO-1\"}", erp.received.get(0).payload());
    assertEquals(1, erp.received.get(0).attempt());
    assertEquals("DELIVERED", value("SELECT status FROM outbox_message WHERE message_id = ?", id));
    assertEquals("1", value("SELECT attempts FROM outbox_message WHERE message_id = ?", id));
  }

  @Test
  void aFailedDeliveryIsRetriedLaterWithItsErrorAndAttemptsRecorded() throws SQLException {
    Receiver erp = new Receiver("erp.order");
    erp.failuresLeft = 2;
    String id = enqueue("erp.order", "PO-2", "{}");
    OutboxRelay relay = relay(erp);
    assertEquals(0, relay.relay(100, ROUND));
    assertEquals("PENDING", value("SELECT status FROM outbox_message WHERE message_id = ?", id));
    assertEquals("1", value("SELECT attempts FROM outbox_message WHERE message_id = ?", id));
    assertEquals(
        "IllegalStateException: ERP answers 503",
        value("SELECT last_error FROM outbox_message WHERE message_id = ?", id));
    Instant next = nextAttempt(id);
    assertTrue(
        !next.isBefore(clock.now.plusSeconds(5)) && !next.isAfter(clock.now.plusSeconds(10)),
        "the next attempt waits for the first pause (10 s, jittered to 5..10 s): " + next);
    assertEquals(List.of(next), erp.retries, "the handler hears when");
    assertEquals(0, relay.relay(100, ROUND), "not due yet");

    dueNow(id);
    assertEquals(0, relay.relay(100, ROUND));
    assertEquals("2", value("SELECT attempts FROM outbox_message WHERE message_id = ?", id));
    dueNow(id);
    assertEquals(1, relay.relay(100, ROUND));
    assertEquals("DELIVERED", value("SELECT status FROM outbox_message WHERE message_id = ?", id));
    assertEquals("3", value("SELECT attempts FROM outbox_message WHERE message_id = ?", id));
    assertNull(value("SELECT last_error FROM outbox_message WHERE message_id = ?", id));
    assertEquals(3, erp.received.get(0).attempt());
    assertEquals(id, erp.received.get(0).messageId(), "the same id on every attempt");
  }

  @Test
  void theAppClockDecidesWhatIsDue() throws SQLException {
    Receiver erp = new Receiver("erp.order");
    erp.failuresLeft = 1;
    String id = enqueue("erp.order", "PO-20", "{}");
    OutboxRelay relay = relay(erp);
    assertEquals(0, relay.relay(100, ROUND));
    assertEquals(0, relay.relay(100, ROUND), "the pause has not passed on the portal's clock");
    clock.advance(Duration.ofSeconds(11));
    assertEquals(1, relay.relay(100, ROUND), "moving the portal's clock makes it due");
    assertEquals("DELIVERED", status(id));
  }

  @Test
  void aRejectedMessageIsParkedWithTheAnswerAndHoldsBackItsKeyUntilReplayed() throws SQLException {
    Receiver erp = new Receiver("erp.order");
    erp.rejectKey = "PO-30";
    String rejected = enqueue("erp.order", "PO-30", "{\"step\":1}");
    String later = enqueue("erp.order", "PO-30", "{\"step\":2}");
    enqueue("erp.order", "PO-31", "{}");
    OutboxRelay relay = relay(erp);
    assertEquals(1, relay.relay(100, ROUND), "PO-31 goes; PO-30's first is parked at once");
    assertEquals("PARKED", status(rejected));
    assertEquals(
        "RejectedMessage: unknown product X-1",
        value("SELECT last_error FROM outbox_message WHERE message_id = ?", rejected));
    assertEquals(
        "{\"error\":\"unknown product X-1\"}",
        value("SELECT last_answer FROM outbox_message WHERE message_id = ?", rejected));
    assertEquals(1, erp.parked.size());
    assertTrue(erp.parked.get(0).startsWith(rejected));
    assertEquals("PENDING", status(later), "the later message of the key waits");
    OutboxState state = new OutboxState(db, clock);
    OutboxState.Backlog backlog = state.backlog(List.of("erp.order"));
    assertEquals(1, backlog.parked());
    assertEquals(1, backlog.pending());
    assertEquals(1, backlog.blockedByParked(), "visible: one message waits behind a parked one");

    clock.advance(Duration.ofDays(10));
    assertEquals(0, relay.relay(100, ROUND), "however long: it never overtakes the parked one");
    assertEquals("PENDING", status(later));

    erp.rejectKey = null;
    assertEquals(OutboxState.Replay.REPLAYED, state.replay(rejected));
    assertEquals("PENDING", status(rejected));
    assertEquals(2, relay.relay(100, ROUND), "replayed, then the one behind it");
    assertEquals(
        List.of("{\"step\":1}", "{\"step\":2}"),
        erp.received.stream().filter(m -> m.key().equals("PO-30")).map(m -> m.payload()).toList());
    assertEquals("2", value("SELECT attempts FROM outbox_message WHERE message_id = ?", rejected));
    assertEquals(2, erp.received.get(1).attempt(), "the attempt counter is kept");
    assertEquals(OutboxState.Replay.DELIVERED, state.replay(rejected));
    assertEquals(OutboxState.Replay.NOT_FOUND, state.replay(UUID.randomUUID().toString()));
  }

  @Test
  void aMessageFailingForLongerThanTheRetryWindowIsParked() throws SQLException {
    Receiver erp = new Receiver("erp.order");
    erp.failuresLeft = 1000;
    String id = enqueue("erp.order", "PO-40", "{}");
    OutboxRelay relay = relay(erp);
    assertEquals(0, relay.relay(100, ROUND));
    clock.advance(Duration.ofHours(71));
    assertEquals(0, relay.relay(100, ROUND));
    assertEquals("PENDING", status(id), "71 h: still retried, no budget of attempts");
    clock.advance(Duration.ofHours(1));
    assertEquals(0, relay.relay(100, ROUND));
    assertEquals("PARKED", status(id), "72 h after it was written: given up");
    assertTrue(
        value("SELECT last_error FROM outbox_message WHERE message_id = ?", id)
            .startsWith("not delivered for 72 h, given up: IllegalStateException"));
  }

  @Test
  void afterATransientFailureTheRestOfTheTopicWaitsForTheNextRound() throws SQLException {
    Receiver erp = new Receiver("erp.order");
    erp.failuresLeft = 1;
    for (int i = 0; i < 3; i++) {
      enqueue("erp.order", "PO-5" + i, "{}");
    }
    OutboxRelay relay = relay(erp);
    assertEquals(0, relay.relay(100, ROUND));
    assertEquals(1, erp.calls, "one probe per round while the receiver fails");
    assertEquals(2, relay.relay(100, ROUND), "next round: the other two");
  }

  @Test
  void aTopicWhoseHandlerIsNotReadyStaysPendingAndUntouched() throws SQLException {
    Receiver erp = new Receiver("erp.order");
    erp.ready = false;
    String id = enqueue("erp.order", "PO-60", "{}");
    assertEquals(0, relay(erp).relay(100, ROUND));
    assertEquals(0, erp.calls);
    assertEquals("PENDING", status(id));
    assertEquals("0", value("SELECT attempts FROM outbox_message WHERE message_id = ?", id));
  }

  @Test
  void aBacklogIsDeliveredInOneRoundAtTheHandlersPace() throws SQLException {
    Receiver erp = new Receiver("erp.order");
    erp.perSecond = 10;
    for (int i = 0; i < 25; i++) {
      enqueue("erp.order", "PO-7" + (i % 5), "{\"n\":" + i + "}");
    }
    assertEquals(25, relay(erp).relay(10, ROUND), "batch after batch, keys in order");
    assertEquals(
        Duration.ofMillis(2400).toNanos(),
        ticker.slept,
        "10 per second: 24 gaps of 100 ms between 25 deliveries");
    assertEquals(
        List.of("{\"n\":0}", "{\"n\":5}", "{\"n\":10}", "{\"n\":15}", "{\"n\":20}"),
        erp.received.stream().filter(m -> m.key().equals("PO-70")).map(m -> m.payload()).toList());
  }

  @Test
  void aRoundEndsWhenItsTimeIsUp() throws SQLException {
    Receiver erp = new Receiver("erp.order");
    erp.perSecond = 10;
    for (int i = 0; i < 30; i++) {
      enqueue("erp.order", "PO-8" + i, "{}");
    }
    assertEquals(11, relay(erp).relay(100, Duration.ofSeconds(1)), "0 ms, 100 ms, … 1000 ms");
  }

  @Test
  void messagesOfOneKeyArriveInOrderAndWaitBehindAFailedOne() throws SQLException {
    Receiver erp = new Receiver("erp.order");
    erp.failuresLeft = 1;
    String first = enqueue("erp.order", "PO-3", "{\"step\":1}");
    enqueue("erp.order", "PO-3", "{\"step\":2}");
    enqueue("erp.order", "PO-4", "{\"step\":1}");
    OutboxRelay relay = relay(erp);
    assertEquals(0, relay.relay(100, ROUND), "PO-3's first failed: the topic waits this round");
    assertEquals(
        1, relay.relay(100, ROUND), "PO-3's first is not due, its second waits; PO-4 goes");
    assertEquals("PO-4", erp.received.get(0).key());
    dueNow(first);
    assertEquals(2, relay.relay(100, ROUND), "PO-3's two, one after the other");
    assertEquals(
        List.of("{\"step\":1}", "{\"step\":2}"),
        erp.received.stream().filter(m -> m.key().equals("PO-3")).map(m -> m.payload()).toList());
  }

  @Test
  void messagesOfATopicNoHandlerServesStayPendingAndVisible() throws SQLException {
    String id = enqueue("mail.welcome", "u-1", "{}");
    OutboxRelay nobody = relay();
    assertEquals(0, nobody.relay(100, ROUND));
    OutboxRelay otherTopic = relay(new Receiver("erp.order"));
    assertEquals(0, otherTopic.relay(100, ROUND));
    assertEquals("PENDING", value("SELECT status FROM outbox_message WHERE message_id = ?", id));
    assertEquals("0", value("SELECT attempts FROM outbox_message WHERE message_id = ?", id));
  }

  @Test
  void twoNodesRelayingUnderTheLeaseDeliverEachMessageOnce() throws Exception {
    Receiver erp = new Receiver("erp.order");
    for (int i = 0; i < 50; i++) {
      enqueue("erp.order", "PO-" + (100 + i), "{}");
    }
    OutboxRelay relayA = relay(erp);
    OutboxRelay relayB = relay(erp);
    Lease leaseA = new Lease(TestDatabase.dataSource());
    Lease leaseB = new Lease(TestDatabase.dataSource());
    Thread a = new Thread(() -> rounds(leaseA, relayA));
    Thread b = new Thread(() -> rounds(leaseB, relayB));
    a.start();
    b.start();
    a.join();
    b.join();
    assertEquals(50, erp.received.size(), "each message delivered once");
    assertEquals(50, erp.ids.size());
    assertEquals("0", value("SELECT COUNT(*) FROM outbox_message WHERE status = 'PENDING'"));
  }

  @Test
  void twoHandlersForOneTopicAreRefused() {
    assertThrows(
        IllegalStateException.class,
        () -> relay(new Receiver("erp.order"), new Receiver("erp.order")));
  }

  @Test
  void theWriterRefusesAMalformedMessageNamingWhatIsWrong() {
    assertTrue(
        assertThrows(IllegalArgumentException.class, () -> Outbox.check("ERP", "k", "{}"))
            .getMessage()
            .startsWith("topic"));
    assertTrue(
        assertThrows(IllegalArgumentException.class, () -> Outbox.check("erp", " ", "{}"))
            .getMessage()
            .startsWith("key"));
    assertTrue(
        assertThrows(IllegalArgumentException.class, () -> Outbox.check("erp", "k", "{\"a\":"))
            .getMessage()
            .startsWith("payload"));
    Outbox.check("erp.order", "PO-1", "{\"lines\":[1,2]}");
  }

  /**
   * Rounds of five until nothing is pending (a round whose lease the other node holds is skipped,
   * so the number of rounds each node gets is left to chance), at most a minute.
   */
  private static void rounds(Lease lease, OutboxRelay relay) {
    long deadline = System.nanoTime() + Duration.ofMinutes(1).toNanos();
    try {
      while (!"0".equals(value("SELECT COUNT(*) FROM outbox_message WHERE status = 'PENDING'"))
          && System.nanoTime() < deadline) {
        lease.runIfFree(
            "test-outbox", Duration.ofMinutes(5), Duration.ZERO, () -> relay.relay(5, ROUND));
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  static final Duration ROUND = Duration.ofMinutes(1);

  private OutboxRelay relay(OutboxHandler... handlers) {
    return new OutboxRelay(db, List.of(handlers), RetryPolicy.DEFAULT, clock, () -> 0.75, ticker);
  }

  private static String status(String id) throws SQLException {
    return value("SELECT status FROM outbox_message WHERE message_id = ?", id);
  }

  private static Instant nextAttempt(String id) throws SQLException {
    try (Connection c = db.getConnection();
        PreparedStatement s =
            c.prepareStatement("SELECT next_attempt_at FROM outbox_message WHERE message_id = ?")) {
      s.setString(1, id);
      try (ResultSet rs = s.executeQuery()) {
        rs.next();
        return rs.getTimestamp(1).toInstant();
      }
    }
  }

  /** What {@link Outbox#enqueue} writes (it needs the container's transaction). */
  private String enqueue(String topic, String key, String payload) throws SQLException {
    Outbox.check(topic, key, payload);
    String id = UUID.randomUUID().toString();
    Timestamp now = Timestamp.from(clock.now());
    update(
        "INSERT INTO outbox_message (message_id, topic, msg_key, payload, status, attempts,"
            + " next_attempt_at, created_at, retry_from)"
            + " VALUES (?, ?, ?, ?, 'PENDING', 0, ?, ?, ?)",
        id,
        topic,
        key,
        payload,
        now,
        now,
        now);
    return id;
  }

  private void dueNow(String id) throws SQLException {
    update(
        "UPDATE outbox_message SET next_attempt_at = ? WHERE message_id = ?",
        Timestamp.from(clock.now().minusSeconds(1)),
        id);
  }

  private static void update(String sql, Object... args) throws SQLException {
    try (Connection c = db.getConnection();
        PreparedStatement s = c.prepareStatement(sql)) {
      for (int i = 0; i < args.length; i++) {
        s.setObject(i + 1, args[i]);
      }
      s.executeUpdate();
    }
  }

  private static String value(String sql, Object... args) throws SQLException {
    try (Connection c = db.getConnection();
        PreparedStatement s = c.prepareStatement(sql)) {
      for (int i = 0; i < args.length; i++) {
        s.setObject(i + 1, args[i]);
      }
      try (ResultSet rs = s.executeQuery()) {
        return rs.next() ? rs.getString(1) : null;
      }
    }
  }
}
