package org.channelport.erp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.channelport.erp.ErpAdapter.ErpOrderView;
import org.channelport.erp.ReconciliationDiff.Difference;
import org.channelport.order.OrderErpUpdates;
import org.channelport.order.OrderErpUpdates.OrderState;
import org.junit.jupiter.api.Test;

class ReconciliationDiffTest {
  static OrderState order(String number, String status, String sync, String erp) {
    return new OrderState(number, status, sync, erp);
  }

  @Test
  void ordersTheErpHasAlikeAreNoDifference() {
    List<OrderState> portal = List.of(order("CP-2026-000001", "confirmed", "acknowledged", "SO-1"));
    List<ErpOrderView> erp = List.of(new ErpOrderView("CP-2026-000001", "SO-1", "confirmed"));
    assertEquals(List.of(), ReconciliationDiff.diff(portal, erp, Set.of()));
  }

  @Test
  void missingOnEitherSideAndStatusMismatchesAreListed() {
    List<OrderState> portal =
        List.of(
            order("CP-2026-000001", "confirmed", "acknowledged", "SO-1"),
            order("CP-2026-000002", "submitted", "sent", null),
            order("CP-2026-000003", "shipped", "acknowledged", "SO-3"));
    List<ErpOrderView> erp =
        List.of(
            new ErpOrderView("CP-2026-000001", "SO-1", "confirmed"),
            new ErpOrderView("CP-2026-000003", "SO-3", "confirmed"),
            new ErpOrderView("CP-2026-000099", "SO-99", "confirmed"));
    assertEquals(
        List.of(
            new Difference(
                "CP-2026-000002", ReconciliationDiff.MISSING_IN_ERP, "submitted", null, null),
            new Difference(
                "CP-2026-000003",
                ReconciliationDiff.STATUS_MISMATCH,
                "shipped",
                "confirmed",
                "SO-3"),
            new Difference(
                "CP-2026-000099",
                ReconciliationDiff.MISSING_IN_PORTAL,
                null,
                "confirmed",
                "SO-99")),
        ReconciliationDiff.diff(portal, erp, Set.of()));
  }

  @Test
  void aStepTheErpTookThatNoPollBroughtIsRepairedTheOthersAreOnlyReported() {
    List<Difference> found =
        List.of(
            new Difference(
                "CP-2026-000010", ReconciliationDiff.STATUS_MISMATCH, "confirmed", "released", "1"),
            new Difference(
                "CP-2026-000011", ReconciliationDiff.STATUS_MISMATCH, "shipped", "confirmed", "2"),
            new Difference(
                "CP-2026-000012", ReconciliationDiff.STATUS_MISMATCH, "released", "delivered", "3"),
            new Difference(
                "CP-2026-000013", ReconciliationDiff.MISSING_IN_ERP, "confirmed", null, null));
    assertEquals(
        List.of(
            new OrderErpUpdates.StatusChange(
                "CP-2026-000010", "released", "found by the reconciliation", null),
            new OrderErpUpdates.StatusChange(
                "CP-2026-000012", "delivered", "found by the reconciliation", null)),
        ReconciliationDiff.repairs(found));
  }

  @Test
  void anOrderStillWaitingInTheOutboxIsNoDifference() {
    List<OrderState> portal =
        List.of(
            order("CP-2026-000004", "submitted", "pending", null),
            order("CP-2026-000005", "submitted", "failed", null),
            order("CP-2026-000006", "confirmed", "acknowledged", "SO-6"));
    // 6's change is still in the outbox: the ERP may not have it yet
    Set<String> waiting = Set.of("CP-2026-000005", "CP-2026-000006");
    assertEquals(List.of(), ReconciliationDiff.diff(portal, List.of(), waiting));
    assertEquals(List.of(), ReconciliationDiff.toCheck(portal, waiting));
  }

  @Test
  void ordersThatNeverGoToTheErpAreNotCompared() {
    List<OrderState> portal =
        List.of(
            order("CP-2026-000007", "draft", "pending", null),
            order("CP-2026-000008", "awaiting_approval", "pending", null),
            order("CP-2026-000009", "cancelled", "failed", null));
    assertEquals(List.of(), ReconciliationDiff.diff(portal, List.of(), Set.of()));
  }

  @Test
  void aStatusIsComparedOnlyOnceTheErpAcknowledgedTheOrder() {
    List<OrderState> portal = List.of(order("CP-2026-000010", "submitted", "sent", null));
    List<ErpOrderView> erp = List.of(new ErpOrderView("CP-2026-000010", "SO-10", "confirmed"));
    assertEquals(List.of(), ReconciliationDiff.diff(portal, erp, Set.of()));
  }
}
