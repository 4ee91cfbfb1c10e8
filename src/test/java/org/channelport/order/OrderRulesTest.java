package org.channelport.order;

import static org.channelport.order.OrderTestData.NOW;
import static org.channelport.order.OrderTestData.line;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.channelport.shared.ConflictException;
import org.channelport.shared.Money;
import org.junit.jupiter.api.Test;

/** The order's rules that need no database: prices, totals, approval, credit, stale facts. */
class OrderRulesTest {
  static Money eur(String amount) {
    return Money.of(new BigDecimal(amount), "EUR");
  }

  @Test
  void theNumberIsTheYearAndTheIdWithSixDigits() {
    assertEquals("CP-2026-000123", OrderNumbers.format(2026, 123));
    assertEquals("CP-2027-1234567", OrderNumbers.format(2027, 1_234_567));
    assertTrue(OrderNumbers.FORMAT.matcher(OrderTestData.draft().getNumber()).matches());
  }

  @Test
  void lineTotalsAndTheOrderTotalAreRoundedToCents() {
    SalesOrder order =
        OrderTestData.draft(line("NET-SW24", 3, "809.1050"), line("NET-AP6", 2, "1.005"));
    assertEquals(new BigDecimal("2427.32"), order.getLines().get(0).getLineTotal().setScale(2));
    assertEquals(new BigDecimal("2.01"), order.getLines().get(1).getLineTotal().setScale(2));
    assertEquals(new BigDecimal("2429.33"), order.getTotal());
  }

  @Test
  void aLinesUnitPriceStaysAsItWasWhenTheCatalogPriceChangesLater() {
    SalesOrder order = OrderTestData.draft(line("NET-SW24", 2, "809.10"));
    // an edit priced at today's (higher) price: the SKU on the order keeps its price
    order.replaceLines(List.of(line("NET-SW24", 5, "999.00"), line("NET-AP6", 1, "296.10")));
    assertEquals(eur("809.10"), order.priceOf("NET-SW24"));
    assertEquals(5, order.lineOf("NET-SW24").getQuantity());
    assertEquals(new BigDecimal("4045.50"), order.lineOf("NET-SW24").getLineTotal().setScale(2));
    assertEquals(eur("296.10"), order.priceOf("NET-AP6"), "a new SKU takes the price it came with");
    assertEquals(new BigDecimal("4341.60"), order.getTotal());
  }

  @Test
  void lineNumbersStayOverEditsAndARemovedLinesNumberIsNotReused() {
    SalesOrder order = OrderTestData.draft(line("A", 1, "1"), line("B", 1, "1"));
    order.replaceLines(List.of(line("B", 2, "1"), line("C", 1, "1")));
    assertEquals(2, order.lineOf("B").getLineNo());
    assertEquals(3, order.lineOf("C").getLineNo());
    assertNull(order.lineOf("A"));
    assertEquals(4, order.getNextLineNo());
  }

  @Test
  void aLineInAnotherCurrencyIsRefused() {
    SalesOrder order = OrderTestData.draft(line("A", 1, "1"));
    PricedLine usd = new PricedLine("B", "B", 1, Money.of(BigDecimal.ONE, "USD"), null, 0, false);
    assertThrows(ConflictException.class, () -> order.replaceLines(List.of(usd)));
  }

  @Test
  void anEmptyCartCannotBeSubmitted() {
    SalesOrder order = OrderTestData.draft();
    ConflictException e = assertThrows(ConflictException.class, () -> order.submit(false, NOW));
    assertEquals("lines", e.field());
    assertEquals(OrderStatus.DRAFT, order.getStatus());
  }

  @Test
  void anEmployeesOrderAboveTheLimitWaitsForApprovalAndOneAtTheLimitDoesNot() {
    Money limit = eur("5000.00");
    assertTrue(OrderPolicies.needsApproval(limit, eur("5000.01")));
    assertFalse(OrderPolicies.needsApproval(limit, eur("5000.00")));
    assertFalse(OrderPolicies.needsApproval(null, eur("1000000")), "no policy, no approval");
    assertTrue(
        OrderPolicies.needsApproval(limit, Money.of(BigDecimal.ONE, "USD")),
        "another currency cannot be compared: the manager decides");
  }

  @Test
  void approvalSendsTheOrderOnAndSendingBackMakesItADraftWithTheReason() {
    SalesOrder order = OrderTestData.in(OrderStatus.AWAITING_APPROVAL);
    order.sendBack("split it in two", NOW);
    assertEquals(OrderStatus.DRAFT, order.getStatus());
    assertEquals("split it in two", order.getStatusReason());
    order.submit(true, NOW);
    order.approve("pm-northwind", NOW);
    assertEquals(OrderStatus.SUBMITTED, order.getStatus());
    assertEquals("pm-northwind", order.getApprovedBy());
    assertEquals(SyncState.PENDING, order.getSyncState());
  }

  @Test
  void theErpHearsOfACancellationOnlyWhenItHasTheOrder() {
    assertFalse(OrderTestData.in(OrderStatus.DRAFT).cancel("x", NOW));
    assertFalse(OrderTestData.in(OrderStatus.AWAITING_APPROVAL).cancel("x", NOW));
    assertTrue(OrderTestData.in(OrderStatus.SUBMITTED).cancel("x", NOW));
    assertTrue(OrderTestData.in(OrderStatus.CONFIRMED).cancel("x", NOW));
  }

  @Test
  void editsGoOnUntilTheErpReleasesTheOrder() {
    for (OrderStatus s : OrderStatus.values()) {
      SalesOrder order = OrderTestData.in(s);
      boolean editable =
          s == OrderStatus.DRAFT
              || s == OrderStatus.AWAITING_APPROVAL
              || s == OrderStatus.SUBMITTED
              || s == OrderStatus.CONFIRMED;
      if (editable) {
        order.requireEditable();
      } else {
        assertThrows(ConflictException.class, order::requireEditable, s.name());
      }
    }
    assertTrue(OrderStatus.SUBMITTED.isWithErp(), "after sending: a pending change");
    assertFalse(OrderStatus.DRAFT.isWithErp(), "before sending: in place");
  }

  @Test
  void anOfflineOrderIsReadOnly() {
    SalesOrder order =
        new SalesOrder(
            1L,
            "erp",
            OrderKind.REPLENISHMENT,
            OrderOrigin.ERP,
            null,
            null,
            null,
            null,
            null,
            "EUR",
            LocalDate.of(2026, 11, 2),
            NOW);
    OrderTestData.set(order, "id", 7L);
    order.assignNumber(2026);
    order.offlineStatus(OrderStatus.CONFIRMED, "SO-77", NOW, NOW);
    assertTrue(order.isReadOnly());
    assertThrows(ConflictException.class, order::requireEditable);
    assertThrows(ConflictException.class, () -> order.cancel("x", NOW));
  }

  @Test
  void aFactOlderThanTheLastAppliedIsStale() {
    SalesOrder order = OrderTestData.in(OrderStatus.SUBMITTED);
    assertFalse(order.isStale(NOW), "nothing from the ERP yet");
    order.confirmed("SO-1", NOW, NOW);
    assertTrue(order.isStale(NOW.minusSeconds(1)));
    assertFalse(order.isStale(NOW));
    assertFalse(order.isStale(NOW.plusSeconds(1)));
    Instant later = NOW.plusSeconds(60);
    order.erpStep(OrderStep.RELEASE, null, later, later);
    assertTrue(order.isStale(NOW.plusSeconds(30)));
  }

  @Test
  void theErpsConfirmationKeepsItsNumberAndClearsAHold() {
    SalesOrder order = OrderTestData.in(OrderStatus.SUBMITTED);
    order.heldByErp("SO-5", "over credit limit", NOW, NOW);
    assertEquals(OrderStatus.SUBMITTED, order.getStatus(), "a hold is a flag, not a status");
    assertTrue(order.isCreditHold());
    assertEquals(SyncState.ACKNOWLEDGED, order.getSyncState());
    order.confirmed(null, NOW, NOW);
    assertFalse(order.isCreditHold());
    assertEquals("SO-5", order.getErpNumber());
    assertEquals(OrderStatus.CONFIRMED, order.getStatus());
  }

  @Test
  void theErpsLineAnswerSetsThePromisedDateAndTheBackorder() {
    SalesOrder order = OrderTestData.in(OrderStatus.SUBMITTED);
    OrderLine l = order.line(1);
    l.answer(LocalDate.of(2027, 1, 20), 1, null);
    assertEquals(LocalDate.of(2027, 1, 20), l.getPromisedDate());
    assertEquals(1, l.getBackordered());
    assertEquals(1, l.getAvailableNow());
    l.answer(null, 99, null);
    assertEquals(2, l.getBackordered(), "never more than the line");
  }

  @Test
  void anAccountOverItsCreditLimitOrOnHoldHoldsTheNextOrder() {
    OrderPolicies.Account baltic =
        new OrderPolicies.Account(
            2, new BigDecimal("20000"), new BigDecimal("21500"), "EUR", false, NOW);
    assertTrue(baltic.holds(eur("10")));
    OrderPolicies.Account northwind =
        new OrderPolicies.Account(
            1, new BigDecimal("50000"), new BigDecimal("12000"), "EUR", false, NOW);
    assertFalse(northwind.holds(eur("38000")));
    assertTrue(northwind.holds(eur("38000.01")));
    OrderPolicies.Account held =
        new OrderPolicies.Account(3, new BigDecimal("50000"), BigDecimal.ZERO, "EUR", true, NOW);
    assertTrue(held.holds(eur("1")));
  }

  @Test
  void anOrderIsShippedWhenItsShipmentsCarryEveryLine() {
    Map<String, Long> ordered = Map.of("A", 5L, "B", 2L);
    assertFalse(Shipments.complete(ordered, Map.of("A", 5L)));
    assertFalse(Shipments.complete(ordered, Map.of("A", 4L, "B", 2L)));
    assertTrue(Shipments.complete(ordered, Map.of("A", 5L, "B", 2L)));
    assertFalse(Shipments.complete(Map.of(), Map.of("A", 1L)));
  }

  @Test
  void theTrackingLinkIsTheCarriersTemplateWithTheNumberEncoded() {
    assertEquals(
        "https://www.dhl.com/track?id=JD0001%20X",
        ShipmentView.trackingUrl("https://www.dhl.com/track?id={tracking}", "JD0001 X"));
    assertNull(ShipmentView.trackingUrl(null, "JD1"));
    assertNull(ShipmentView.trackingUrl("https://x/{tracking}", null));
  }
}
