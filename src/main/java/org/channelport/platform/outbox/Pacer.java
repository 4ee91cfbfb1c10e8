package org.channelport.platform.outbox;

/**
 * Spaces calls to at most {@code perSecond} a second (0 or less: no spacing): each call waits until
 * {@code 1/perSecond} after the previous one was allowed. Used per topic by the relay, so a backlog
 * after an outage reaches the receiver at the configured rate.
 */
final class Pacer {
  /** Time and sleeping, replaceable in tests. */
  interface Ticker {
    long nanoTime();

    void sleepNanos(long nanos) throws InterruptedException;
  }

  static final Ticker SYSTEM =
      new Ticker() {
        @Override
        public long nanoTime() {
          return System.nanoTime();
        }

        @Override
        public void sleepNanos(long nanos) throws InterruptedException {
          Thread.sleep(nanos / 1_000_000, (int) (nanos % 1_000_000));
        }
      };

  private final long spacingNanos;
  private final Ticker ticker;
  private long nextAllowed;
  private boolean first = true;

  Pacer(double perSecond, Ticker ticker) {
    this.spacingNanos = perSecond <= 0 ? 0 : (long) Math.ceil(1_000_000_000d / perSecond);
    this.ticker = ticker;
  }

  boolean paced() {
    return spacingNanos > 0;
  }

  /** Waits for the next slot; false when interrupted (the caller stops its round). */
  boolean await() {
    if (spacingNanos == 0) {
      return true;
    }
    long now = ticker.nanoTime();
    if (first) {
      first = false;
      nextAllowed = now + spacingNanos;
      return true;
    }
    long wait = nextAllowed - now;
    if (wait > 0) {
      try {
        ticker.sleepNanos(wait);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return false;
      }
      now = nextAllowed;
    }
    nextAllowed = now + spacingNanos;
    return true;
  }
}
