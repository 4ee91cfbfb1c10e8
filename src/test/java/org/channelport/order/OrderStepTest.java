package org.channelport.order;

import static org.channelport.order.OrderTestData.NOW;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import java.util.stream.Stream;
import org.channelport.security.Caller;
import org.channelport.security.Role;
import org.channelport.shared.ConflictException;
import org.channelport.shared.Messages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The steps declared on {@link OrderStep} are what {@link SalesOrder} does, for every status. */
class OrderStepTest {
  static final Caller PM = new Caller("pm-northwind", Set.of(Role.PARTNER_MANAGER), 1L);
  static final Caller PE = new Caller("pe-northwind", Set.of(Role.PARTNER_EMPLOYEE), 1L);
  static final Caller OTHER_PE = new Caller("pe-other", Set.of(Role.PARTNER_EMPLOYEE), 1L);
  static final Caller CM = new Caller("cm-all", Set.of(Role.CHANNEL_MANAGER), null);
  static final Caller FOREIGN_PM = new Caller("pm-baltic", Set.of(Role.PARTNER_MANAGER), 2L);

  static Stream<Arguments> everyStatusAndStep() {
    return Stream.of(OrderStatus.values())
        .flatMap(s -> Stream.of(OrderStep.values()).map(step -> Arguments.of(s, step)));
  }

  /** Takes {@code step} on the order through the entity, as the service and the ERP do. */
  static void take(SalesOrder order, OrderStep step) {
    switch (step) {
      case SUBMIT -> order.submit(false, NOW);
      case SUBMIT_FOR_APPROVAL -> order.submit(true, NOW);
      case APPROVE -> order.approve("pm-northwind", NOW);
      case RETURN -> order.sendBack("too much", NOW);
      case EDIT -> order.requireEditable();
      case CANCEL -> order.cancel("no longer needed", NOW);
      case CONFIRM -> order.confirmed("SO-9", NOW, NOW);
      case REJECT -> order.rejected("SO-9", "no", NOW, NOW);
      case HOLD -> order.heldByErp("SO-9", "credit", NOW, NOW);
      case SHIP_PART -> order.shipped(false, NOW, NOW);
      case SHIP -> order.shipped(true, NOW, NOW);
      default -> order.erpStep(step, null, NOW, NOW);
    }
  }

  @ParameterizedTest(name = "{1} from {0}")
  @MethodSource("everyStatusAndStep")
  void theEntityTakesAStepExactlyFromTheStatusesItIsDeclaredFor(
      OrderStatus status, OrderStep step) {
    SalesOrder order = OrderTestData.in(status);
    boolean partlyShippedAgain = step == OrderStep.SHIP_PART && status == OrderStatus.SHIPPED;
    if (step.allowedFrom(status) || partlyShippedAgain) {
      assertDoesNotThrow(() -> take(order, step));
      assertEquals(partlyShippedAgain ? status : step.after(status), order.getStatus());
    } else {
      ConflictException refused = assertThrows(ConflictException.class, () -> take(order, step));
      assertEquals("status", refused.field());
      assertEquals(status, order.getStatus(), "nothing changed");
    }
  }

  @Test
  void everyConflictMessageIsInTheBundle() {
    for (OrderStep step : OrderStep.values()) {
      assertFalse(
          Messages.english(step.conflictKey(), "draft").startsWith("???"), step.conflictKey());
    }
  }

  @Test
  void partnerUsersTakeThePortalsStepsAndOnlyTheManagerApprovesOrSendsBack() {
    for (OrderStep step : Set.of(OrderStep.SUBMIT, OrderStep.EDIT, OrderStep.CANCEL)) {
      assertTrue(step.takenBy(PM), step.name());
      assertTrue(step.takenBy(PE), step.name());
      assertFalse(step.takenBy(CM), step.name());
    }
    assertTrue(OrderStep.APPROVE.takenBy(PM));
    assertTrue(OrderStep.RETURN.takenBy(PM));
    assertFalse(OrderStep.APPROVE.takenBy(PE));
    assertFalse(OrderStep.RETURN.takenBy(PE));
    assertFalse(OrderStep.APPROVE.takenBy(CM));
  }

  @Test
  void noCallerTakesTheErpsSteps() {
    for (OrderStep step : OrderStep.values()) {
      if (step.byErp()) {
        assertFalse(step.takenBy(PM) || step.takenBy(PE) || step.takenBy(CM), step.name());
      }
    }
    assertTrue(OrderStep.CONFIRM.byErp());
    assertFalse(OrderStep.SUBMIT.byErp());
  }

  @Test
  void anEmployeeChangesOnlyTheOrdersTheyPlacedAndTheManagerEveryOneOfThePartner() {
    SalesOrder placedByPe = OrderTestData.draft(OrderTestData.line("NET-AP6", 1, "10.00"));
    assertTrue(OrderService.mayChange(PE, placedByPe));
    assertTrue(OrderService.mayChange(PM, placedByPe));
    assertFalse(OrderService.mayChange(OTHER_PE, placedByPe));
    assertFalse(OrderService.mayChange(CM, placedByPe));
    assertFalse(OrderService.mayChange(FOREIGN_PM, placedByPe));
  }
}
