package org.channelport.order;

import org.channelport.shared.Money;

/**
 * A line as it goes onto an order: the product, quantity, the unit net price it is taken at, the
 * warehouse and the backorder decided against the stock ({@link Backorders}).
 */
public record PricedLine(
    String sku,
    String productName,
    long quantity,
    Money unitPrice,
    String warehouse,
    long backordered,
    boolean waitlisted) {

  public PricedLine {
    if (quantity <= 0) {
      throw new IllegalArgumentException("quantity must be above 0: " + quantity);
    }
    if (backordered < 0 || backordered > quantity) {
      throw new IllegalArgumentException("backordered out of 0.." + quantity + ": " + backordered);
    }
  }

  /** Quantity times unit price, rounded to the currency's minor unit. */
  public Money lineTotal() {
    return unitPrice.times(quantity).rounded();
  }
}
