package org.channelport.order;

/** The backorder rule of one line against the stock available for it. */
public final class Backorders {
  private Backorders() {}

  /** How much of a line waits, and whether the whole line is waitlisted. */
  public record Decision(long backordered, boolean waitlisted) {}

  /**
   * A line of {@code quantity} against {@code available} (what the warehouse — or all of them, when
   * the line names none — has on hand): covered, nothing waits; otherwise a split backorders the
   * shortfall and a waitlist the whole line. Without a choice, a short line is split.
   */
  public static Decision decide(long quantity, long available, BackorderChoice choice) {
    long onHand = Math.max(0, available);
    if (onHand >= quantity) {
      return new Decision(0, false);
    }
    if (choice == BackorderChoice.WAITLIST) {
      return new Decision(quantity, true);
    }
    return new Decision(quantity - onHand, false);
  }
}
