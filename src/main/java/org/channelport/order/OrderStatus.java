package org.channelport.order;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.channelport.shared.Codes;

/**
 * The business status of an order: draft (the cart) → submitted (or awaiting approval, above the
 * employees' limit) → confirmed by the ERP → released (no more edits) → partly shipped → shipped →
 * delivered; cancelled; rejected by the ERP. A credit hold is a flag beside it, not a status. The
 * steps and who takes them: {@link OrderStep}. The ERP sync state is the other axis ({@link
 * SyncState}).
 */
public enum OrderStatus {
  DRAFT,
  SUBMITTED,
  AWAITING_APPROVAL,
  CONFIRMED,
  RELEASED,
  PARTLY_SHIPPED,
  SHIPPED,
  DELIVERED,
  CANCELLED,
  REJECTED;

  /** Statuses in which the ERP has (or is about to get) the order. */
  public static final Set<OrderStatus> SENT = EnumSet.of(SUBMITTED, CONFIRMED);

  /**
   * Statuses of a placed order, the ones that count as revenue: sent to the ERP and onwards (not a
   * draft, not waiting for the partner manager's approval, not cancelled or rejected).
   */
  public static final Set<OrderStatus> PLACED =
      EnumSet.of(SUBMITTED, CONFIRMED, RELEASED, PARTLY_SHIPPED, SHIPPED, DELIVERED);

  /** Statuses in which nothing changes any more. */
  public static final Set<OrderStatus> CLOSED = EnumSet.of(DELIVERED, CANCELLED, REJECTED);

  public boolean isClosed() {
    return CLOSED.contains(this);
  }

  /** Whether the ERP knows of the order in this status (edits become pending changes). */
  public boolean isWithErp() {
    return SENT.contains(this);
  }

  public String code() {
    return Codes.of(this);
  }

  public static Optional<OrderStatus> parse(String text) {
    return Codes.parse(OrderStatus.class, text);
  }
}
