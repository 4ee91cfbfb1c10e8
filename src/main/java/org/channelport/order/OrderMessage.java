package org.channelport.order;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * What the order capability tells the ERP, as the JSON payload of an outbox message of topic {@link
 * #TOPIC} with the order number as key (so one order's messages go one at a time, in order). The
 * outbox message id is the idempotency key; {@code number} is the external reference the ERP keeps.
 *
 * @param type {@link #PLACED}, {@link #CHANGED}, {@link #CANCELLED} or {@link #RETURN_REQUESTED}
 * @param changeId the pending change this message carries (CHANGED only), answered by {@link
 *     OrderErpUpdates#changeResponse}
 * @param lines the order's lines as they are after this message (the whole order, not a diff); of a
 *     return, the original's line numbers with the quantities sent back (positive)
 * @param reason why (a cancel, a return)
 * @param returnOf a return's original order (its number), null for other orders
 * @param returnOfErpNumber the ERP's number of the original (a return of an offline order has only
 *     this one in the ERP)
 */
public record OrderMessage(
    String type,
    long orderId,
    String number,
    long partnerId,
    String partnerCode,
    String partnerName,
    String kind,
    Party customer,
    String poNumber,
    Address shipTo,
    LocalDate requestedDelivery,
    List<Line> lines,
    String currency,
    BigDecimal total,
    String note,
    Long changeId,
    String reason,
    String returnOf,
    String returnOfErpNumber) {

  public static final String TOPIC = "erp.order";
  public static final String PLACED = "order.placed";
  public static final String CHANGED = "order.changed";
  public static final String CANCELLED = "order.cancelled";

  /** A return (kind return) of {@code returnOf}: the ERP makes a return sale referencing it. */
  public static final String RETURN_REQUESTED = "return.requested";

  /** A message about an order that is no return. */
  public OrderMessage(
      String type,
      long orderId,
      String number,
      long partnerId,
      String partnerCode,
      String partnerName,
      String kind,
      Party customer,
      String poNumber,
      Address shipTo,
      LocalDate requestedDelivery,
      List<Line> lines,
      String currency,
      BigDecimal total,
      String note,
      Long changeId,
      String reason) {
    this(
        type,
        orderId,
        number,
        partnerId,
        partnerCode,
        partnerName,
        kind,
        customer,
        poNumber,
        shipTo,
        requestedDelivery,
        lines,
        currency,
        total,
        note,
        changeId,
        reason,
        null,
        null);
  }

  /** Whether this message is about a return (a return sale in the ERP). */
  public boolean isReturn() {
    return returnOf != null || returnOfErpNumber != null;
  }

  /** The end customer of an on-behalf order (null for replenishment). */
  public record Party(long customerId, String company, String email, String country) {}

  public record Address(String name, String street, String postcode, String city, String country) {}

  /**
   * @param lineNo 1, 2, … stable over edits (a removed line's number is not reused)
   * @param warehouse warehouse code (e.g. main, east), or null for the ERP's choice
   */
  public record Line(
      int lineNo,
      String sku,
      String productName,
      long quantity,
      BigDecimal unitPrice,
      String warehouse) {}
}
