package org.channelport.platform.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.channelport.platform.TestDatabase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Two portal nodes competing for one job's lease: the job runs once per round (real MariaDB). */
class LeaseTest {
  static Lease nodeA;
  static Lease nodeB;

  @BeforeAll
  static void twoNodes() {
    TestDatabase.migrated();
    nodeA = new Lease(TestDatabase.dataSource());
    nodeB = new Lease(TestDatabase.dataSource());
  }

  @Test
  void twoNodesStartingTheSameRoundTogetherRunTheJobOnce() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      for (int round = 0; round < 10; round++) {
        String name = "test-race-" + round;
        AtomicInteger runs = new AtomicInteger();
        CyclicBarrier start = new CyclicBarrier(2);
        Runnable job =
            () -> {
              runs.incrementAndGet();
              sleep(200);
            };
        List<Future<Boolean>> ran = new ArrayList<>();
        for (Lease node : List.of(nodeA, nodeB)) {
          Callable<Boolean> attempt =
              () -> {
                start.await();
                return node.runIfFree(name, Duration.ofMinutes(5), Duration.ofSeconds(30), job);
              };
          ran.add(pool.submit(attempt));
        }
        int winners = (ran.get(0).get() ? 1 : 0) + (ran.get(1).get() ? 1 : 0);
        assertEquals(1, runs.get(), "round " + round);
        assertEquals(1, winners, "round " + round);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void aNodeALittleLateInTheSameRoundFindsTheLeaseTakenUntilItsShortestTimeHasPassed() {
    AtomicInteger runs = new AtomicInteger();
    Duration atMost = Duration.ofMinutes(5);
    assertTrue(
        nodeA.runIfFree("test-late", atMost, Duration.ofMillis(1500), runs::incrementAndGet));
    assertFalse(
        nodeB.runIfFree("test-late", atMost, Duration.ofMillis(1500), runs::incrementAndGet));
    sleep(1700);
    assertTrue(nodeB.runIfFree("test-late", atMost, Duration.ofMillis(0), runs::incrementAndGet));
    assertEquals(2, runs.get());
  }

  @Test
  void whileOneNodeRunsTheJobTheOtherSkipsIt() throws Exception {
    AtomicInteger runs = new AtomicInteger();
    AtomicInteger insideB = new AtomicInteger();
    Thread a =
        new Thread(
            () ->
                nodeA.runIfFree(
                    "test-long",
                    Duration.ofMinutes(5),
                    Duration.ZERO,
                    () -> {
                      runs.incrementAndGet();
                      sleep(800);
                    }));
    a.start();
    sleep(300);
    assertFalse(
        nodeB.runIfFree(
            "test-long", Duration.ofMinutes(5), Duration.ZERO, insideB::incrementAndGet));
    a.join();
    assertEquals(1, runs.get());
    assertEquals(0, insideB.get());
    assertTrue(
        nodeB.runIfFree(
            "test-long", Duration.ofMinutes(5), Duration.ZERO, insideB::incrementAndGet));
  }

  @Test
  void theLeaseOfAJobThatFailedIsGivenBack() {
    try {
      nodeA.runIfFree(
          "test-fail",
          Duration.ofMinutes(5),
          Duration.ZERO,
          () -> {
            throw new IllegalStateException("boom");
          });
    } catch (IllegalStateException expected) {
      // the job's failure reaches the caller
    }
    assertTrue(nodeB.runIfFree("test-fail", Duration.ofMinutes(5), Duration.ZERO, () -> {}));
  }

  @Test
  void aRoundLongerThanHalfItsHoldRenewsTheLeaseAndKeepsTheOtherNodeOut() throws Exception {
    java.sql.Timestamp[] first = new java.sql.Timestamp[1];
    boolean[] renewed = new boolean[1];
    boolean[] otherRan = new boolean[1];
    assertTrue(
        nodeA.runIfFree(
            "test-renew",
            Duration.ofSeconds(30),
            Duration.ZERO,
            () -> {
              first[0] = lockUntil("test-renew");
              long deadline = System.nanoTime() + Duration.ofSeconds(25).toNanos();
              while (System.nanoTime() < deadline && !renewed[0]) {
                sleep(500);
                renewed[0] = lockUntil("test-renew").after(first[0]);
              }
              otherRan[0] =
                  nodeB.runIfFree("test-renew", Duration.ofSeconds(30), Duration.ZERO, () -> {});
            }));
    assertTrue(renewed[0], "the running round's lease was renewed before it ran out");
    assertFalse(otherRan[0], "the other node stays out while the round runs");
    assertTrue(nodeB.runIfFree("test-renew", Duration.ofSeconds(30), Duration.ZERO, () -> {}));
  }

  static java.sql.Timestamp lockUntil(String name) {
    try (java.sql.Connection c = TestDatabase.dataSource().getConnection();
        java.sql.PreparedStatement s =
            c.prepareStatement("SELECT lock_until FROM shedlock WHERE name = ?")) {
      s.setString(1, name);
      try (java.sql.ResultSet rs = s.executeQuery()) {
        rs.next();
        return rs.getTimestamp(1);
      }
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void aJobsLeaseLastsAtLeastMostOfItsIntervalAndAtMostLongAfterARun() {
    assertEquals(Duration.ofMillis(2700), LeasedJobs.atLeastFor(Duration.ofSeconds(3)));
    assertEquals(Duration.ofSeconds(30), LeasedJobs.atMostFor(Duration.ofSeconds(3)));
    assertEquals(Duration.ofHours(2), LeasedJobs.atMostFor(Duration.ofHours(1)));
  }

  static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
