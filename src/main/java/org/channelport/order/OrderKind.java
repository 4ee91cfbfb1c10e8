package org.channelport.order;

import java.util.Optional;
import org.channelport.shared.Codes;

/**
 * Stock for the partner itself, an order on behalf of one of its end customers, or the return of
 * (part of) a shipped order ({@link SalesOrder#getReturnOf()} names it; never placed as an order).
 */
public enum OrderKind {
  REPLENISHMENT,
  ON_BEHALF,
  RETURN;

  public String code() {
    return Codes.of(this);
  }

  public static Optional<OrderKind> parse(String text) {
    return Codes.parse(OrderKind.class, text);
  }
}
