package org.channelport.order;

import static org.channelport.order.OrderTestData.NOW;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.channelport.shared.ConflictException;
import org.channelport.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

/** What may be returned of an order: its state, and per line shipped less returned. */
class ReturnRulesTest {
  static final List<ReturnRules.OriginalLine> LINES =
      List.of(
          new ReturnRules.OriginalLine(1, "NET-SW24", 10),
          new ReturnRules.OriginalLine(2, "NET-AP6", 4));

  static ReturnInput.Line ask(Integer lineNo, Long quantity) {
    return new ReturnInput.Line(lineNo, quantity);
  }

  static String field(InvalidInputException e) {
    return e.errors().get(0).field();
  }

  static String key(InvalidInputException e) {
    return e.errors().get(0).messageKey();
  }

  @Test
  void onlyAShippedOrderTheErpHasMayBeReturnedAndNeverAReturn() {
    for (OrderStatus status : OrderStatus.values()) {
      boolean shipped = ReturnRules.RETURNABLE.contains(status);
      if (shipped) {
        ReturnRules.requireReturnable(OrderKind.REPLENISHMENT, status, "CP-1", "SO-1");
      } else {
        ConflictException e =
            assertThrows(
                ConflictException.class,
                () -> ReturnRules.requireReturnable(OrderKind.ON_BEHALF, status, "CP-1", "SO-1"),
                status.code());
        assertEquals("error.order.return.notShipped", e.messageKey());
      }
    }
    assertEquals(
        EnumSet.of(OrderStatus.PARTLY_SHIPPED, OrderStatus.SHIPPED, OrderStatus.DELIVERED),
        ReturnRules.RETURNABLE);
    assertEquals(
        "error.order.return.notInErp",
        assertThrows(
                ConflictException.class,
                () ->
                    ReturnRules.requireReturnable(
                        OrderKind.REPLENISHMENT, OrderStatus.SHIPPED, "CP-1", null))
            .messageKey());
    assertEquals(
        "error.order.return.ofReturn",
        assertThrows(
                ConflictException.class,
                () ->
                    ReturnRules.requireReturnable(
                        OrderKind.RETURN, OrderStatus.DELIVERED, "CP-1", "SO-1"))
            .messageKey());
  }

  @Test
  void aShippedOrDeliveredOrderHasShippedEveryLineInFull() {
    for (OrderStatus s : List.of(OrderStatus.SHIPPED, OrderStatus.DELIVERED)) {
      // an offline order reported delivered has no shipments in the portal
      assertEquals(Map.of(1, 10L, 2, 4L), ReturnRules.shipped(s, LINES, Map.of()));
    }
  }

  @Test
  void aPartlyShippedOrderHasShippedWhatItsShipmentsCarried() {
    assertEquals(
        Map.of(1, 6L, 2, 0L),
        ReturnRules.shipped(OrderStatus.PARTLY_SHIPPED, LINES, Map.of("NET-SW24", 6L)));
    // more than the line in the shipments (a correction in the ERP) counts as the whole line
    assertEquals(
        Map.of(1, 10L, 2, 4L),
        ReturnRules.shipped(
            OrderStatus.PARTLY_SHIPPED, LINES, Map.of("NET-SW24", 12L, "NET-AP6", 4L)));
    // two lines of one SKU (an offline order): the shipped quantity fills them in line order
    List<ReturnRules.OriginalLine> twice =
        List.of(
            new ReturnRules.OriginalLine(2, "NET-SW24", 3),
            new ReturnRules.OriginalLine(1, "NET-SW24", 5));
    assertEquals(
        Map.of(1, 5L, 2, 1L),
        ReturnRules.shipped(OrderStatus.PARTLY_SHIPPED, twice, Map.of("NET-SW24", 6L)));
  }

  @Test
  void whatEarlierReturnsTookIsNoLongerReturnable() {
    Map<Integer, Long> left = ReturnRules.returnable(Map.of(1, 10L, 2, 4L), Map.of(1, 7L, 2, 4L));
    assertEquals(Map.of(1, 3L, 2, 0L), left);
    assertEquals(Map.of(1, 0L), ReturnRules.returnable(Map.of(1, 2L), Map.of(1, 5L)));
  }

  @Test
  void aRequestWithinWhatIsLeftIsTakenAsAsked() {
    Map<Integer, Long> wanted =
        ReturnRules.check(
            List.of(ask(2, 1L), ask(1, 3L)), "LED off", "SI-2026-00001", Map.of(1, 3L, 2, 4L));
    assertEquals(List.of(2, 1), List.copyOf(wanted.keySet()), "in the request's order");
    assertEquals(3L, wanted.get(1));
    assertEquals(1L, wanted.get(2));
  }

  @Test
  void moreThanIsLeftOfALineIsRefusedNamingTheLine() {
    InvalidInputException e =
        assertThrows(
            InvalidInputException.class,
            () ->
                ReturnRules.check(
                    List.of(ask(1, 1L), ask(2, 2L)), "broken", null, Map.of(1, 3L, 2, 1L)));
    assertEquals("lines[1].quantity", field(e));
    assertEquals("error.order.return.tooMany", key(e));
    assertEquals(1L, e.errors().get(0).args()[0]);
    assertThrows(
        InvalidInputException.class,
        () -> ReturnRules.check(List.of(ask(2, 1L)), "broken", null, Map.of(1, 3L, 2, 0L)),
        "a line returned in full");
  }

  @Test
  void badLinesAndAMissingReasonAreRefusedNamingTheField() {
    Map<Integer, Long> left = Map.of(1, 3L, 2, 1L);
    assertEquals(
        "lines",
        field(
            assertThrows(
                InvalidInputException.class,
                () -> ReturnRules.check(List.of(), "why", null, left))));
    assertEquals(
        "lines",
        field(
            assertThrows(
                InvalidInputException.class, () -> ReturnRules.check(null, "why", null, left))));
    InvalidInputException unknown =
        assertThrows(
            InvalidInputException.class,
            () -> ReturnRules.check(List.of(ask(9, 1L)), "why", null, left));
    assertEquals("lines[0].lineNo", field(unknown));
    assertEquals("error.order.return.unknownLine", key(unknown));
    InvalidInputException twice =
        assertThrows(
            InvalidInputException.class,
            () -> ReturnRules.check(List.of(ask(1, 1L), ask(1, 1L)), "why", null, left));
    assertEquals("lines[1].lineNo", field(twice));
    assertEquals("error.order.return.duplicateLine", key(twice));
    for (Long bad : new Long[] {0L, -2L}) {
      InvalidInputException e =
          assertThrows(
              InvalidInputException.class,
              () -> ReturnRules.check(List.of(ask(1, bad)), "why", null, left));
      assertEquals("lines[0].quantity", field(e));
      assertEquals("error.order.return.quantity", key(e));
    }
    assertEquals(
        "lines[0].quantity",
        field(
            assertThrows(
                InvalidInputException.class,
                () -> ReturnRules.check(List.of(ask(1, null)), "why", null, left))));
    assertEquals(
        "lines[0].lineNo",
        field(
            assertThrows(
                InvalidInputException.class,
                () -> ReturnRules.check(List.of(ask(null, 1L)), "why", null, left))));
    assertEquals(
        "reason",
        field(
            assertThrows(
                InvalidInputException.class,
                () -> ReturnRules.check(List.of(ask(1, 1L)), null, null, left))));
    assertEquals(
        "reason",
        field(
            assertThrows(
                InvalidInputException.class,
                () -> ReturnRules.check(List.of(ask(1, 1L)), "x".repeat(2001), null, left))));
    assertEquals(
        "key",
        field(
            assertThrows(
                InvalidInputException.class,
                () -> ReturnRules.check(List.of(ask(1, 1L)), "why", "k".repeat(101), left))));
  }

  @Test
  void theShapeIsCheckedBeforeAnythingIsLookedUp() {
    ReturnRules.checkShape(List.of(ask(7, 3L)), "why", null);
    assertEquals(
        "lines[0].quantity",
        field(
            assertThrows(
                InvalidInputException.class,
                () -> ReturnRules.checkShape(List.of(ask(7, 0L)), "why", null))));
    assertEquals(
        "reason",
        field(
            assertThrows(
                InvalidInputException.class,
                () -> ReturnRules.checkShape(List.of(ask(7, 1L)), " ", null))));
  }

  @Test
  void aRetryIsTheSameRequestWhateverTheOrderOfItsLines() {
    Map<Integer, Long> earlier = new LinkedHashMap<>(Map.of(1, 2L, 2, 1L));
    assertTrue(ReturnRules.sameRequest(earlier, "LED off", Map.of(2, 1L, 1, 2L), "LED off"));
    assertFalse(ReturnRules.sameRequest(earlier, "LED off", Map.of(1, 2L), "LED off"));
    assertFalse(ReturnRules.sameRequest(earlier, "LED off", Map.of(1, 3L, 2, 1L), "LED off"));
    assertFalse(ReturnRules.sameRequest(earlier, "LED off", Map.of(1, 2L, 2, 1L), "dead"));
  }

  @Test
  void aReturnTakesTheOriginalsLinesNumbersPricesAndGoesStraightToTheErp() {
    SalesOrder original = OrderTestData.in(OrderStatus.SHIPPED);
    SalesOrder r =
        SalesOrder.returnOf(
            original, "cm-all", "LED off", "SI-2026-00001", LocalDate.of(2026, 12, 2), NOW);
    OrderLine line1 = original.line(1);
    r.returnLines(Map.of(line1, 1L));
    assertTrue(r.isReturn());
    assertEquals(OrderKind.RETURN, r.getKind());
    assertEquals(OrderStatus.SUBMITTED, r.getStatus(), "as a placed order: to the ERP");
    assertEquals(SyncState.PENDING, r.getSyncState());
    assertEquals(original.getId(), r.getReturnOf());
    assertEquals("LED off", r.getReturnReason());
    assertEquals(1, r.getLines().size());
    assertEquals(1, r.getLines().get(0).getLineNo(), "the original's line number");
    assertEquals(1, r.getLines().get(0).getQuantity());
    assertEquals(line1.getUnitPrice(), r.getLines().get(0).getUnitPrice());
    assertEquals(new BigDecimal("809.10"), r.getTotal().setScale(2));
    assertThrows(IllegalStateException.class, () -> r.returnLines(Map.of(line1, 1L)));
    assertEquals(
        "error.order.return.notEditable",
        assertThrows(ConflictException.class, r::requireEditable).messageKey());
    assertTrue(
        OrderStep.CANCEL.allowedFrom(r.getStatus()), "cancelled like an order until released");
  }
}
