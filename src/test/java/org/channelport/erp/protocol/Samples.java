package org.channelport.erp.protocol;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.channelport.erp.ErpAdapter;
import org.channelport.order.OrderMessage;

/** Messages as the order capability writes them, for the protocol's tests. */
final class Samples {
  private Samples() {}

  static OrderMessage placed(String number) {
    return new OrderMessage(
        OrderMessage.PLACED,
        123,
        number,
        1,
        "NW-10001",
        "Northwind Systems",
        "on_behalf",
        new OrderMessage.Party(12, "Contoso GmbH", "buyer@contoso.example", "DE"),
        "PO-77",
        new OrderMessage.Address("Contoso GmbH", "Hauptstr. 1", "80331", "München", "DE"),
        LocalDate.of(2027, 1, 15),
        List.of(
            new OrderMessage.Line(
                1, "NET-SW24", "Switch 24 ports", 5, new BigDecimal("700.00"), "main"),
            new OrderMessage.Line(
                2, "SEC-FW100", "Firewall 100", 1, new BigDecimal("999.50"), null)),
        "EUR",
        new BigDecimal("4499.50"),
        "deliver before noon",
        null,
        null);
  }

  static OrderMessage changed(String number, long changeId) {
    OrderMessage p = placed(number);
    return new OrderMessage(
        OrderMessage.CHANGED,
        p.orderId(),
        p.number(),
        p.partnerId(),
        p.partnerCode(),
        p.partnerName(),
        p.kind(),
        p.customer(),
        p.poNumber(),
        p.shipTo(),
        p.requestedDelivery(),
        p.lines().subList(0, 1),
        p.currency(),
        new BigDecimal("3500.00"),
        p.note(),
        changeId,
        null);
  }

  /** A return of line 1 (one of five) of {@code original}, with its own number. */
  static OrderMessage returned(String number, String original) {
    OrderMessage p = placed(original);
    return new OrderMessage(
        OrderMessage.RETURN_REQUESTED,
        124,
        number,
        p.partnerId(),
        p.partnerCode(),
        p.partnerName(),
        "return",
        p.customer(),
        p.poNumber(),
        p.shipTo(),
        null,
        List.of(
            new OrderMessage.Line(
                1, "NET-SW24", "Switch 24 ports", 1, new BigDecimal("700.00"), "main")),
        p.currency(),
        new BigDecimal("700.00"),
        null,
        null,
        "dead on arrival",
        original,
        "SO-" + original);
  }

  static ErpAdapter.PartnerMessage partner() {
    return new ErpAdapter.PartnerMessage(
        1,
        "NW-10001",
        "Northwind Systems",
        "DE",
        "Leopoldstr. 10",
        "80802",
        "München",
        "orders@northwind.example");
  }
}
