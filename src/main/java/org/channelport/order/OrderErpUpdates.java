package org.channelport.order;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * What the ERP tells the order capability, whichever adapter brought it (Tryton's answers and
 * poller, or the Channelport ERP protocol's inbound calls). Each call is one transaction. {@code
 * at} is when the ERP says the fact was true: a fact older than what an order already holds from
 * the ERP changes nothing ({@link Applied#STALE}). Dedupe of inbound event ids is the caller's job.
 */
public interface OrderErpUpdates {

  enum Applied {
    APPLIED,
    STALE,
    UNKNOWN_ORDER
  }

  /** The outbox message carrying {@code orderNumber}'s step reached the ERP (sync state: sent). */
  void syncSent(String orderNumber, String messageId);

  /**
   * The last attempt failed (sync state: failed): {@code nextAttempt} when it is tried again, null
   * when it was parked as needing attention.
   */
  void syncFailed(String orderNumber, String error, Instant nextAttempt);

  /** The ERP accepted, rejected or held the order (sync state: acknowledged). */
  Applied orderResponse(OrderResponse response);

  /** The ERP applied or refused a pending change. */
  Applied changeResponse(ChangeResponse response);

  /** released, delivered or cancelled in the ERP. */
  Applied statusChanged(StatusChange change);

  /** A shipment (new or updated, by {@code shipmentRef}). */
  Applied shipment(ShipmentData shipment);

  /** Stock per product and warehouse; rows older than the stored ones are skipped. */
  int stock(List<StockData> levels);

  /** A partner's account in the ERP; over the limit or on hold puts its next orders on hold. */
  Applied partnerAccount(PartnerAccount account);

  /** An order the partner placed outside the portal, shown read-only (by {@code erpNumber}). */
  Applied offlineOrder(OfflineOrder order);

  /** An invoice or credit note (kept for revenue; MDF accruals read it later). */
  Applied invoice(InvoiceData invoice);

  /** The portal's recent orders as they stand, for reconciliation with the ERP. */
  List<OrderState> recentOrders(Instant since);

  /**
   * @param outcome accepted, rejected or credit_hold
   * @param reason the ERP's words (rejected, credit_hold)
   */
  record OrderResponse(
      String orderNumber,
      String erpNumber,
      String outcome,
      String reason,
      List<LineAnswer> lines,
      Instant at) {}

  /**
   * @param backordered how much of the line waits for stock (0 when none)
   * @param rejectedReason non-null when the ERP refused this line
   */
  record LineAnswer(
      int lineNo, String sku, LocalDate promisedDate, long backordered, String rejectedReason) {}

  record ChangeResponse(
      String orderNumber, long changeId, boolean applied, String reason, Instant at) {}

  /**
   * @param status released, delivered or cancelled
   */
  record StatusChange(String orderNumber, String status, String reason, Instant at) {}

  record ShipmentData(
      String orderNumber,
      String shipmentRef,
      String warehouse,
      String carrier,
      String method,
      String trackingNumber,
      LocalDate shippedAt,
      LocalDate estimatedDelivery,
      List<ShippedLine> lines,
      Instant at) {}

  record ShippedLine(String sku, long quantity) {}

  record StockData(String sku, String warehouse, long quantity, Instant asOf) {}

  record PartnerAccount(
      String partnerCode,
      BigDecimal creditLimit,
      BigDecimal openAmount,
      String currency,
      boolean onHold,
      Instant asOf) {}

  /**
   * @param status one of the order status codes (confirmed, shipped, delivered, …)
   */
  record OfflineOrder(
      String erpNumber,
      String partnerCode,
      LocalDate orderDate,
      String status,
      String currency,
      List<OfflineLine> lines,
      Instant at) {}

  record OfflineLine(String sku, String name, long quantity, BigDecimal unitPrice) {}

  /**
   * @param kind invoice or credit_note
   */
  record InvoiceData(
      String invoiceNumber,
      String kind,
      String orderNumber,
      String partnerCode,
      LocalDate date,
      BigDecimal amount,
      String currency,
      Instant at) {}

  /**
   * @param status an order status code; erpNumber null until the ERP answered
   */
  record OrderState(String number, String status, String syncState, String erpNumber) {}
}
