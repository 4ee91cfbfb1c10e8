package org.channelport.order;

import java.time.Instant;
import java.util.List;

/**
 * A return as other capabilities see it: its own number and the order status axes (status, sync
 * state) the ERP moves like an order's, the order it returns and what goes back.
 *
 * @param status an order status code (submitted, confirmed, released, …, cancelled, rejected)
 * @param syncState pending, sent, acknowledged or failed
 * @param key what made the request idempotent (e.g. the service issue's number), or null
 */
public record ReturnView(
    long id,
    String number,
    long partnerId,
    String status,
    String syncState,
    String erpNumber,
    long returnOf,
    String returnOfNumber,
    String reason,
    String key,
    List<Line> lines,
    Instant createdAt,
    long version) {

  /**
   * @param lineNo the original order's line number
   */
  public record Line(int lineNo, String sku, String productName, long quantity) {}

  static ReturnView of(SalesOrder r, SalesOrder original) {
    return new ReturnView(
        r.getId(),
        r.getNumber(),
        r.getPartnerId(),
        r.getStatus().code(),
        r.getSyncState().code(),
        r.getErpNumber(),
        original.getId(),
        original.getNumber(),
        r.getReturnReason(),
        r.getReturnKey(),
        r.getLines().stream()
            .map(l -> new Line(l.getLineNo(), l.getSku(), l.getProductName(), l.getQuantity()))
            .toList(),
        r.getCreatedAt(),
        r.getVersion());
  }
}
