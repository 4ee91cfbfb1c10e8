package org.channelport.platform.outbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PacerTest {
  static final class Ticker implements Pacer.Ticker {
    long now;
    final List<Long> sleeps = new ArrayList<>();

    @Override
    public long nanoTime() {
      return now;
    }

    @Override
    public void sleepNanos(long nanos) {
      sleeps.add(nanos);
      now += nanos;
    }
  }

  @Test
  void unpacedNeverWaits() {
    Ticker t = new Ticker();
    Pacer pacer = new Pacer(0, t);
    assertFalse(pacer.paced());
    for (int i = 0; i < 1000; i++) {
      assertTrue(pacer.await());
    }
    assertEquals(List.of(), t.sleeps);
  }

  @Test
  void callsAreSpacedToTheRate() {
    Ticker t = new Ticker();
    Pacer pacer = new Pacer(4, t);
    pacer.await();
    pacer.await();
    pacer.await();
    assertEquals(List.of(250_000_000L, 250_000_000L), t.sleeps, "4 per second: 250 ms apart");
  }

  @Test
  void aSlowCallerIsNotMadeToWaitMore() {
    Ticker t = new Ticker();
    Pacer pacer = new Pacer(10, t);
    pacer.await();
    t.now += 300_000_000L; // the delivery itself took 300 ms
    pacer.await();
    t.now += 40_000_000L;
    pacer.await();
    assertEquals(List.of(60_000_000L), t.sleeps, "only what is left of the 100 ms");
  }
}
