package org.channelport.order;

import java.lang.reflect.Field;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.channelport.shared.Money;

/** Small builders of orders for the rules' unit tests (no database). */
final class OrderTestData {
  static final Instant NOW = Instant.parse("2026-12-02T10:00:00Z");
  private static long nextId = 100;

  private OrderTestData() {}

  static PricedLine line(String sku, long quantity, String unitPrice) {
    return new PricedLine(
        sku,
        "Product " + sku,
        quantity,
        Money.of(new BigDecimal(unitPrice), "EUR"),
        null,
        0,
        false);
  }

  /** A draft of partner 1 placed by pe-northwind with the given lines, numbered. */
  static SalesOrder draft(PricedLine... lines) {
    SalesOrder order =
        new SalesOrder(
            1L,
            "pe-northwind",
            OrderKind.REPLENISHMENT,
            OrderOrigin.PORTAL,
            null,
            "PO-1",
            null,
            LocalDate.of(2027, 1, 15),
            null,
            "EUR",
            LocalDate.of(2026, 12, 2),
            NOW);
    set(order, "id", nextId++);
    order.assignNumber(2026);
    order.replaceLines(List.of(lines));
    return order;
  }

  /** An order brought to {@code status} through the entity's own steps where there are any. */
  static SalesOrder in(OrderStatus status) {
    SalesOrder order = draft(line("NET-SW24", 2, "809.10"));
    switch (status) {
      case DRAFT -> {}
      case SUBMITTED -> order.submit(false, NOW);
      case AWAITING_APPROVAL -> order.submit(true, NOW);
      case CONFIRMED -> {
        order.submit(false, NOW);
        order.confirmed("SO-1", NOW, NOW);
      }
      case RELEASED -> {
        order.submit(false, NOW);
        order.confirmed("SO-1", NOW, NOW);
        order.erpStep(OrderStep.RELEASE, null, NOW, NOW);
      }
      case PARTLY_SHIPPED -> {
        order.submit(false, NOW);
        order.confirmed("SO-1", NOW, NOW);
        order.shipped(false, NOW, NOW);
      }
      case SHIPPED -> {
        order.submit(false, NOW);
        order.confirmed("SO-1", NOW, NOW);
        order.shipped(true, NOW, NOW);
      }
      case DELIVERED -> {
        order.submit(false, NOW);
        order.confirmed("SO-1", NOW, NOW);
        order.shipped(true, NOW, NOW);
        order.erpStep(OrderStep.DELIVER, null, NOW, NOW);
      }
      case CANCELLED -> order.cancel("not needed", NOW);
      case REJECTED -> {
        order.submit(false, NOW);
        order.rejected("SO-1", "blocked", NOW, NOW);
      }
    }
    if (order.getStatus() != status) {
      throw new AssertionError(status + " but " + order.getStatus());
    }
    return order;
  }

  static void set(Object target, String field, Object value) {
    try {
      Field f = target.getClass().getDeclaredField(field);
      f.setAccessible(true);
      f.set(target, value);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }
}
