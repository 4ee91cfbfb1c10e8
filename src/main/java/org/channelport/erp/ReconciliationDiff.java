package org.channelport.erp;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.channelport.order.OrderErpUpdates;
import org.channelport.order.OrderErpUpdates.OrderState;

/**
 * The differences between the portal's recent orders and the ERP's view of them. Not differences:
 * orders that never go to the ERP (drafts, awaiting approval), orders whose message still waits in
 * the outbox (sync state pending, or a pending outbox message), and orders cancelled before the ERP
 * ever had them. A status is compared only once the ERP has acknowledged the order.
 */
public final class ReconciliationDiff {
  public static final String MISSING_IN_ERP = "missing_in_erp";
  public static final String MISSING_IN_PORTAL = "missing_in_portal";
  public static final String STATUS_MISMATCH = "status_mismatch";
  static final Set<String> NEVER_SENT = Set.of("draft", "awaiting_approval");

  /** The ERP statuses a poll reports as a step of the order (the others come as shipments). */
  static final Set<String> ERP_STEPS = Set.of("released", "delivered", "cancelled");

  private ReconciliationDiff() {}

  public record Difference(
      String orderNumber, String kind, String portalStatus, String erpStatus, String erpNumber) {}

  /** The portal orders whose ERP view is worth asking for. */
  static List<String> toCheck(Collection<OrderState> portal, Set<String> waitingInOutbox) {
    List<String> numbers = new ArrayList<>();
    for (OrderState o : portal) {
      if (comparable(o, waitingInOutbox)) {
        numbers.add(o.number());
      }
    }
    return numbers;
  }

  static List<Difference> diff(
      Collection<OrderState> portal,
      Collection<ErpAdapter.ErpOrderView> erp,
      Set<String> waitingInOutbox) {
    Map<String, ErpAdapter.ErpOrderView> byNumber = new HashMap<>();
    for (ErpAdapter.ErpOrderView v : erp) {
      byNumber.put(v.orderNumber(), v);
    }
    Set<String> known = new HashSet<>();
    List<Difference> differences = new ArrayList<>();
    for (OrderState o : portal) {
      known.add(o.number());
      if (!comparable(o, waitingInOutbox)) {
        continue;
      }
      ErpAdapter.ErpOrderView v = byNumber.get(o.number());
      if (v == null) {
        if (!("cancelled".equals(o.status()) && o.erpNumber() == null)) {
          differences.add(new Difference(o.number(), MISSING_IN_ERP, o.status(), null, null));
        }
      } else if ("acknowledged".equals(o.syncState())
          && v.status() != null
          && !v.status().equals(o.status())) {
        differences.add(
            new Difference(o.number(), STATUS_MISMATCH, o.status(), v.status(), v.erpNumber()));
      }
    }
    for (ErpAdapter.ErpOrderView v : erp) {
      if (!known.contains(v.orderNumber())) {
        differences.add(
            new Difference(v.orderNumber(), MISSING_IN_PORTAL, null, v.status(), v.erpNumber()));
      }
    }
    return differences;
  }

  /**
   * The steps that bring the portal up to the ERP where a poll missed one (a change committed in
   * the ERP after the poll's cursor passed it): each status mismatch the ERP reports as a step.
   * They go the poll's way, so a step that does not fit the order any more changes nothing.
   */
  static List<OrderErpUpdates.StatusChange> repairs(Collection<Difference> differences) {
    List<OrderErpUpdates.StatusChange> steps = new ArrayList<>();
    for (Difference d : differences) {
      if (STATUS_MISMATCH.equals(d.kind()) && ERP_STEPS.contains(d.erpStatus())) {
        steps.add(
            new OrderErpUpdates.StatusChange(
                d.orderNumber(), d.erpStatus(), "found by the reconciliation", null));
      }
    }
    return steps;
  }

  private static boolean comparable(OrderState o, Set<String> waitingInOutbox) {
    return !NEVER_SENT.contains(o.status())
        && !"pending".equals(o.syncState())
        && !waitingInOutbox.contains(o.number());
  }
}
