package org.channelport.order.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.channelport.order.OrderLine;
import org.channelport.order.SalesOrder;
import org.channelport.order.ShipTo;

/**
 * An order as the API shows it: the contract's fields (id, number, kind, partnerId, customerId,
 * status, syncState, erpNumber, version, lines, total, currency, creditHold) and a few more a
 * caller needs to follow it (PO number, dates, reasons, the sync error, a pending change); a return
 * (kind return) names the order it returns ({@code returnOf}) and why.
 */
public record OrderJson(
    Long id,
    String number,
    String kind,
    Long partnerId,
    Long customerId,
    String status,
    String syncState,
    String erpNumber,
    long version,
    List<Line> lines,
    BigDecimal total,
    String currency,
    boolean creditHold,
    String creditHoldReason,
    String statusReason,
    String origin,
    String poNumber,
    Address shipTo,
    LocalDate requestedDelivery,
    String note,
    String campaignCode,
    String placedBy,
    boolean pendingChange,
    String syncError,
    Instant nextAttemptAt,
    Instant createdAt,
    Instant updatedAt,
    Long returnOf,
    String returnReason) {

  public record Line(
      int lineNo,
      String sku,
      String productName,
      long quantity,
      BigDecimal unitPrice,
      String currency,
      BigDecimal lineTotal,
      String warehouse,
      long backordered,
      boolean waitlisted,
      LocalDate promisedDate,
      String rejectedReason) {}

  public record Address(String name, String street, String postcode, String city, String country) {}

  public static OrderJson of(SalesOrder o, boolean pendingChange) {
    ShipTo s = o.getShipTo();
    return new OrderJson(
        o.getId(),
        o.getNumber(),
        o.getKind().code(),
        o.getPartnerId(),
        o.getCustomerId(),
        o.getStatus().code(),
        o.getSyncState().code(),
        o.getErpNumber(),
        o.getVersion(),
        o.getLines().stream().map(OrderJson::line).toList(),
        o.getTotal(),
        o.getCurrency(),
        o.isCreditHold(),
        o.getCreditHoldReason(),
        o.getStatusReason(),
        o.getOrigin().code(),
        o.getPoNumber(),
        s == null || s.getName() == null
            ? null
            : new Address(s.getName(), s.getStreet(), s.getPostcode(), s.getCity(), s.getCountry()),
        o.getRequestedDelivery(),
        o.getNote(),
        o.getCampaignCode(),
        o.getPlacedBy(),
        pendingChange,
        o.getSyncError(),
        o.getSyncNextAttemptAt(),
        o.getCreatedAt(),
        o.getUpdatedAt(),
        o.getReturnOf(),
        o.getReturnReason());
  }

  private static Line line(OrderLine l) {
    return new Line(
        l.getLineNo(),
        l.getSku(),
        l.getProductName(),
        l.getQuantity(),
        l.getUnitPrice(),
        l.getCurrency(),
        l.getLineTotal(),
        l.getWarehouse(),
        l.getBackordered(),
        l.isWaitlisted(),
        l.getPromisedDate(),
        l.getRejectedReason());
  }
}
