package org.channelport.platform.outbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;
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
    int failuresLeft;

    Receiver(String topic) {
      this.topic = topic;
    }

    @Override
    public String topic() {
      return topic;
    }

    @Override
    public synchronized void deliver(OutboxMessage message) {
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

  @BeforeEach
  void emptyOutbox() throws SQLException {
    update("DELETE FROM outbox_message");
  }

  @Test
  void aMessageIsDeliveredOnceAndMarkedDelivered() throws SQLException {
    Receiver erp = new Receiver("erp.order");
    String id = enqueue("erp.order", "PO-1", "{\"order\":\"PO-1\"}");
    OutboxRelay relay = relay(erp);
    assertEquals(1, relay.relay(100));
    assertEquals(0, relay.relay(100), "a delivered message is not delivered again");
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
    assertEquals(0, relay.relay(100));
    assertEquals("PENDING", value("SELECT status FROM outbox_message WHERE message_id = ?", id));
    assertEquals("1", value("SELECT attempts FROM outbox_message WHERE message_id = ?", id));
    assertEquals(
        "IllegalStateException: ERP answers 503",
        value("SELECT last_error FROM outbox_message WHERE message_id = ?", id));
    assertEquals(
        "1",
        value(
            "SELECT next_attempt_at > UTC_TIMESTAMP(6) + INTERVAL 20 SECOND FROM outbox_message"
                + " WHERE message_id = ?",
            id),
        "the next attempt waits for the first pause");
    assertEquals(0, relay.relay(100), "not due yet");

    dueNow(id);
    assertEquals(0, relay.relay(100));
    assertEquals("2", value("SELECT attempts FROM outbox_message WHERE message_id = ?", id));
    dueNow(id);
    assertEquals(1, relay.relay(100));
    assertEquals("DELIVERED", value("SELECT status FROM outbox_message WHERE message_id = ?", id));
    assertEquals("3", value("SELECT attempts FROM outbox_message WHERE message_id = ?", id));
    assertNull(value("SELECT last_error FROM outbox_message WHERE message_id = ?", id));
    assertEquals(3, erp.received.get(0).attempt());
    assertEquals(id, erp.received.get(0).messageId(), "the same id on every attempt");
  }

  @Test
  void thePauseDoublesWithEachFailedAttemptUpToTheCap() {
    OutboxRelay relay = relay();
    assertEquals(Duration.ofSeconds(30), relay.pauseAfter(1));
    assertEquals(Duration.ofSeconds(60), relay.pauseAfter(2));
    assertEquals(Duration.ofSeconds(120), relay.pauseAfter(3));
    assertEquals(Duration.ofHours(1), relay.pauseAfter(20));
    assertEquals(Duration.ofHours(1), relay.pauseAfter(10_000));
  }

  @Test
  void messagesOfOneKeyArriveInOrderAndWaitBehindAFailedOne() throws SQLException {
    Receiver erp = new Receiver("erp.order");
    erp.failuresLeft = 1;
    String first = enqueue("erp.order", "PO-3", "{\"step\":1}");
    enqueue("erp.order", "PO-3", "{\"step\":2}");
    enqueue("erp.order", "PO-4", "{\"step\":1}");
    OutboxRelay relay = relay(erp);
    assertEquals(1, relay.relay(100), "PO-3's first failed, its second waits; PO-4 goes");
    assertEquals("PO-4", erp.received.get(0).key());
    dueNow(first);
    assertEquals(1, relay.relay(100));
    assertEquals(1, relay.relay(100));
    assertEquals(
        List.of("{\"step\":1}", "{\"step\":2}"),
        erp.received.stream().filter(m -> m.key().equals("PO-3")).map(m -> m.payload()).toList());
  }

  @Test
  void messagesOfATopicNoHandlerServesStayPendingAndVisible() throws SQLException {
    String id = enqueue("mail.welcome", "u-1", "{}");
    OutboxRelay nobody = relay();
    assertEquals(0, nobody.relay(100));
    OutboxRelay otherTopic = relay(new Receiver("erp.order"));
    assertEquals(0, otherTopic.relay(100));
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
        lease.runIfFree("test-outbox", Duration.ofMinutes(5), Duration.ZERO, () -> relay.relay(5));
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private static OutboxRelay relay(OutboxHandler... handlers) {
    return new OutboxRelay(db, List.of(handlers), Duration.ofSeconds(30), Duration.ofHours(1));
  }

  /** What {@link Outbox#enqueue} writes (it needs the container's transaction). */
  private static String enqueue(String topic, String key, String payload) throws SQLException {
    Outbox.check(topic, key, payload);
    String id = UUID.randomUUID().toString();
    update(
        "INSERT INTO outbox_message (message_id, topic, msg_key, payload, status, attempts,"
            + " next_attempt_at, created_at)"
            + " VALUES (?, ?, ?, ?, 'PENDING', 0, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6))",
        id,
        topic,
        key,
        payload);
    return id;
  }

  private static void dueNow(String id) throws SQLException {
    update(
        "UPDATE outbox_message SET next_attempt_at = UTC_TIMESTAMP(6) - INTERVAL 1 SECOND"
            + " WHERE message_id = ?",
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
