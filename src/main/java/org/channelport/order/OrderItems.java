package org.channelport.order;

import java.util.List;
import java.util.Optional;

/**
 * An order's products as other capabilities see them (a service issue names the order and line a
 * product came with): the order's number, partner, customer and status, and its lines. Offline
 * orders the ERP reported are orders like any other here.
 */
public record OrderItems(
    long orderId,
    String number,
    long partnerId,
    Long customerId,
    OrderStatus status,
    boolean offline,
    List<Item> items) {

  public OrderItems {
    items = List.copyOf(items);
  }

  /** One line: its number, product and quantity. */
  public record Item(int lineNo, String sku, String productName, long quantity) {}

  /** The line {@code lineNo}, or (without a line number) the first line of {@code sku}. */
  public Optional<Item> line(String sku, Integer lineNo) {
    return items.stream()
        .filter(i -> lineNo == null ? i.sku().equals(sku) : i.lineNo() == lineNo)
        .findFirst();
  }

  /** Whether products of the order ever went out to the partner (not a draft, nor refused). */
  public boolean placed() {
    return status != OrderStatus.DRAFT
        && status != OrderStatus.CANCELLED
        && status != OrderStatus.REJECTED;
  }
}
