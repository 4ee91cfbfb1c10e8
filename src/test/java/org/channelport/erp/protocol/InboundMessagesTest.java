package org.channelport.erp.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.channelport.erp.protocol.InboundMessages.ContractPriceIn;
import org.channelport.erp.protocol.InboundMessages.ContractPricesIn;
import org.channelport.erp.protocol.InboundMessages.LineIn;
import org.channelport.erp.protocol.InboundMessages.OrderResponseIn;
import org.channelport.erp.protocol.InboundMessages.PartnerAccountIn;
import org.channelport.erp.protocol.InboundMessages.ShipmentIn;
import org.channelport.erp.protocol.InboundMessages.ShippedLineIn;
import org.channelport.erp.protocol.InboundMessages.StatusIn;
import org.channelport.erp.protocol.InboundMessages.StockIn;
import org.channelport.erp.protocol.InboundMessages.StockLevelIn;
import org.channelport.order.OrderErpUpdates;
import org.channelport.shared.FieldError;
import org.channelport.shared.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

class InboundMessagesTest {
  static final Instant AT = Instant.parse("2026-12-02T09:30:00Z");

  static List<String> fields(Executable call) {
    InvalidInputException e = assertThrows(InvalidInputException.class, call);
    return e.errors().stream().map(FieldError::field).toList();
  }

  @Test
  void everyMessageNeedsAnEventIdAndATime() {
    assertEquals(
        List.of("eventId", "at"),
        fields(() -> new StatusIn(null, null, "CP-1", "released", null).toUpdate()));
    assertEquals(
        List.of("eventId"),
        fields(() -> new StatusIn("  ", AT, "CP-1", "released", null).toUpdate()));
    assertEquals(
        List.of("eventId"),
        fields(() -> new StatusIn("x".repeat(101), AT, "CP-1", "released", null).toUpdate()));
  }

  @Test
  void anAcceptedOrderResponseBecomesTheOrdersUpdateLineByLine() {
    OrderErpUpdates.OrderResponse r =
        new OrderResponseIn(
                "e-1",
                AT,
                " CP-2026-000001 ",
                "SO-1",
                "Accepted",
                null,
                List.of(
                    new LineIn(1, "NET-SW24", "accepted", LocalDate.of(2027, 1, 20), null, null),
                    new LineIn(2, "SEC-FW100", "rejected", null, null, "discontinued"),
                    new LineIn(3, null, "changed", LocalDate.of(2027, 3, 1), 4L, null)))
            .toUpdate();
    assertEquals("CP-2026-000001", r.orderNumber());
    assertEquals("accepted", r.outcome());
    assertEquals(AT, r.at());
    assertEquals(
        List.of(
            new OrderErpUpdates.LineAnswer(1, "NET-SW24", LocalDate.of(2027, 1, 20), 0, null),
            new OrderErpUpdates.LineAnswer(2, "SEC-FW100", null, 0, "discontinued"),
            new OrderErpUpdates.LineAnswer(3, null, LocalDate.of(2027, 3, 1), 4, null)),
        r.lines());
  }

  @Test
  void aRejectionNeedsItsReasonAndAnAcceptanceItsErpNumber() {
    assertEquals(
        List.of("reason"),
        fields(() -> new OrderResponseIn("e", AT, "CP-1", null, "rejected", " ", null).toUpdate()));
    assertEquals(
        List.of("erpNumber"),
        fields(
            () -> new OrderResponseIn("e", AT, "CP-1", null, "accepted", null, null).toUpdate()));
    assertEquals(
        List.of("lines[0].reason", "lines[1].lineNo", "lines[1].status"),
        fields(
            () ->
                new OrderResponseIn(
                        "e",
                        AT,
                        "CP-1",
                        "SO-1",
                        "accepted",
                        null,
                        List.of(
                            new LineIn(1, "A", "rejected", null, null, null),
                            new LineIn(null, "B", "lost", null, null, null)))
                    .toUpdate()));
  }

  @Test
  void aStatusIsOneOfReleasedDeliveredCancelled() {
    assertEquals("released", new StatusIn("e", AT, "CP-1", "RELEASED", null).toUpdate().status());
    InvalidInputException e =
        assertThrows(
            InvalidInputException.class,
            () -> new StatusIn("e", AT, "CP-1", "shipped", null).toUpdate());
    assertEquals("status", e.field());
    assertTrue(e.errors().get(0).message().contains("released, delivered, cancelled"));
  }

  @Test
  void stockRowsAreCheckedOneByOneAndTakeTheMessagesTimeUnlessTheirOwn() {
    Instant counted = Instant.parse("2026-12-02T08:00:00Z");
    List<OrderErpUpdates.StockData> rows =
        new StockIn(
                "e",
                AT,
                List.of(
                    new StockLevelIn("NET-SW24", "main", 40L, null),
                    new StockLevelIn("NET-SW24", "east", 0L, counted)))
            .toUpdate();
    assertEquals(new OrderErpUpdates.StockData("NET-SW24", "main", 40, AT), rows.get(0));
    assertEquals(counted, rows.get(1).asOf());
    assertEquals(
        List.of("levels[0].quantity", "levels[1].warehouse"),
        fields(
            () ->
                new StockIn(
                        "e",
                        AT,
                        List.of(
                            new StockLevelIn("A", "main", -1L, null),
                            new StockLevelIn("B", null, 1L, null)))
                    .toUpdate()));
    assertEquals(List.of("levels"), fields(() -> new StockIn("e", AT, List.of()).toUpdate()));
  }

  @Test
  void aShipmentNeedsItsReferenceAndPositiveQuantities() {
    assertEquals(
        List.of("shipmentRef", "lines[0].quantity"),
        fields(
            () ->
                new ShipmentIn(
                        "e",
                        AT,
                        "CP-1",
                        null,
                        "main",
                        "dhl",
                        "road",
                        "JD0001",
                        null,
                        null,
                        List.of(new ShippedLineIn("A", 0L)))
                    .toUpdate()));
  }

  @Test
  void aPartnerAccountsAmountsAndCurrencyAreChecked() {
    OrderErpUpdates.PartnerAccount a =
        new PartnerAccountIn(
                "e", AT, "bt-20002", new BigDecimal("10000"), new BigDecimal("-50.5"), "eur", true)
            .toUpdate();
    assertEquals("BT-20002", a.partnerCode());
    assertEquals("EUR", a.currency());
    assertTrue(a.onHold());
    assertEquals(
        List.of("creditLimit", "currency"),
        fields(
            () ->
                new PartnerAccountIn(
                        "e", AT, "BT-20002", new BigDecimal("-1"), BigDecimal.ZERO, "EURO", null)
                    .toUpdate()));
  }

  @Test
  void contractPricesNeedAPriceAndAPeriodThatDoesNotEndBeforeItStarts() {
    assertEquals(
        List.of("prices[0].price", "prices[1].validTo"),
        fields(
            () ->
                new ContractPricesIn(
                        "e",
                        AT,
                        "NW-10001",
                        List.of(
                            new ContractPriceIn("A", null, null, null, null),
                            new ContractPriceIn(
                                "B",
                                BigDecimal.ONE,
                                null,
                                LocalDate.of(2027, 2, 1),
                                LocalDate.of(2027, 1, 1))))
                    .checked()));
    assertEquals(
        List.of("prices[0].price"),
        fields(
            () ->
                new ContractPricesIn(
                        "e",
                        AT,
                        "NW-10001",
                        List.of(
                            new ContractPriceIn("A", new BigDecimal("1.00001"), null, null, null)))
                    .checked()));
  }
}
