package org.channelport.order;

import java.util.Optional;
import org.channelport.shared.Codes;

/**
 * What to do with a line larger than the stock: split it (what is there ships now, the rest is
 * backordered) or waitlist it (the whole line waits until it can ship complete).
 */
public enum BackorderChoice {
  SPLIT,
  WAITLIST;

  public String code() {
    return Codes.of(this);
  }

  public static Optional<BackorderChoice> parse(String text) {
    return Codes.parse(BackorderChoice.class, text);
  }
}
