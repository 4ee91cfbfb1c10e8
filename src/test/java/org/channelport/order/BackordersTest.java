package org.channelport.order;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A line larger than the stock: split (what is there ships now) or waitlisted (all waits). */
class BackordersTest {
  @ParameterizedTest(name = "{0} of {1} on hand, {2}: {3} backordered, waitlisted {4}")
  @CsvSource({
    "10, 25, split, 0, false",
    "10, 10, waitlist, 0, false",
    "10, 4, split, 6, false",
    "10, 4, , 6, false",
    "10, 4, waitlist, 10, true",
    "10, 0, split, 10, false",
    "10, -3, split, 10, false",
    "1, 0, waitlist, 1, true"
  })
  void theShortfallIsBackorderedOrTheWholeLineWaits(
      long quantity, long available, String choice, long backordered, boolean waitlisted) {
    Backorders.Decision d =
        Backorders.decide(
            quantity,
            available,
            choice == null ? null : BackorderChoice.parse(choice).orElseThrow());
    assertEquals(backordered, d.backordered());
    assertEquals(waitlisted, d.waitlisted());
  }
}
