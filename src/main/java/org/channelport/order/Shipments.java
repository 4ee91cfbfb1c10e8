package org.channelport.order;

import java.util.Map;

/** The shipping rule: an order is shipped when its shipments carry every line's quantity. */
public final class Shipments {
  private Shipments() {}

  /**
   * Whether {@code shipped} (quantity per SKU over all shipments) covers {@code ordered} (quantity
   * per SKU of the order's lines); an order with no lines is never complete.
   */
  public static boolean complete(Map<String, Long> ordered, Map<String, Long> shipped) {
    if (ordered.isEmpty()) {
      return false;
    }
    for (Map.Entry<String, Long> e : ordered.entrySet()) {
      if (shipped.getOrDefault(e.getKey(), 0L) < e.getValue()) {
        return false;
      }
    }
    return true;
  }
}
