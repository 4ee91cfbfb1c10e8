package org.channelport.order;

import java.util.Optional;
import org.channelport.shared.Codes;

/** Stock for the partner itself, or an order on behalf of one of its end customers. */
public enum OrderKind {
  REPLENISHMENT,
  ON_BEHALF;

  public String code() {
    return Codes.of(this);
  }

  public static Optional<OrderKind> parse(String text) {
    return Codes.parse(OrderKind.class, text);
  }
}
