package org.channelport.order;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.channelport.shared.Checks;
import org.channelport.shared.ConflictException;

/**
 * What may be returned of an order, without the database: an order the ERP has (its number known)
 * that has shipped (partly shipped, shipped or delivered), never a return itself; per line at most
 * what shipped of it less what earlier returns (not cancelled or rejected) took back. Shipped per
 * line: the whole line once the order is shipped or delivered; while partly shipped, the shipments'
 * quantities of the line's SKU, given to the SKU's lines in line order.
 */
public final class ReturnRules {
  static final int MAX_REASON = 2000;
  static final int MAX_KEY = 100;

  /** The statuses an order may be returned from. */
  public static final Set<OrderStatus> RETURNABLE =
      EnumSet.of(OrderStatus.PARTLY_SHIPPED, OrderStatus.SHIPPED, OrderStatus.DELIVERED);

  /** The statuses in which a return no longer holds its quantities. */
  static final Set<OrderStatus> VOID = EnumSet.of(OrderStatus.CANCELLED, OrderStatus.REJECTED);

  private ReturnRules() {}

  /** One line of the original as the rules need it. */
  public record OriginalLine(int lineNo, String sku, long quantity) {}

  /** Refuses (409) an order that cannot be returned at all. */
  public static void requireReturnable(
      OrderKind kind, OrderStatus status, String number, String erpNumber) {
    if (kind == OrderKind.RETURN) {
      throw new ConflictException("orderId", "error.order.return.ofReturn", number);
    }
    if (!RETURNABLE.contains(status)) {
      throw new ConflictException(
          "orderId", "error.order.return.notShipped", number, status.code());
    }
    if (erpNumber == null || erpNumber.isBlank()) {
      throw new ConflictException("orderId", "error.order.return.notInErp", number);
    }
  }

  /**
   * How much of each line (by line number) has shipped: the whole line when {@code status} is
   * shipped or delivered, else the shipments' quantity of its SKU ({@code shippedBySku}) given to
   * the SKU's lines in line order.
   */
  public static Map<Integer, Long> shipped(
      OrderStatus status, List<OriginalLine> lines, Map<String, Long> shippedBySku) {
    Map<Integer, Long> shipped = new LinkedHashMap<>();
    boolean all = status == OrderStatus.SHIPPED || status == OrderStatus.DELIVERED;
    Map<String, Long> left = new HashMap<>(shippedBySku == null ? Map.of() : shippedBySku);
    List<OriginalLine> ordered = new ArrayList<>(lines);
    ordered.sort((a, b) -> Integer.compare(a.lineNo(), b.lineNo()));
    for (OriginalLine l : ordered) {
      if (all) {
        shipped.put(l.lineNo(), l.quantity());
        continue;
      }
      long available = Math.max(0, left.getOrDefault(l.sku(), 0L));
      long taken = Math.min(available, l.quantity());
      left.put(l.sku(), available - taken);
      shipped.put(l.lineNo(), taken);
    }
    return shipped;
  }

  /** What may still be returned per line: shipped less already returned (never below 0). */
  public static Map<Integer, Long> returnable(
      Map<Integer, Long> shipped, Map<Integer, Long> alreadyReturned) {
    Map<Integer, Long> left = new LinkedHashMap<>();
    shipped.forEach(
        (lineNo, q) -> left.put(lineNo, Math.max(0, q - alreadyReturned.getOrDefault(lineNo, 0L))));
    return left;
  }

  /**
   * Checks a request's shape before anything is looked up: lines given (at most {@value
   * OrderService#MAX_LINES}), each with a line number once and a quantity from 1, a reason, a key
   * of at most 100 characters. Bad input is a 400 naming the field.
   */
  public static void checkShape(List<ReturnInput.Line> lines, String reason, String key) {
    check(lines, reason, key, null);
  }

  /**
   * Checks a request against what may be returned ({@code returnable}: by line number; null checks
   * the shape only); the wanted quantity by line number, in the request's order. Bad input is a 400
   * naming the field ({@code lines[1].quantity}).
   */
  public static Map<Integer, Long> check(
      List<ReturnInput.Line> lines, String reason, String key, Map<Integer, Long> returnable) {
    Checks checks = new Checks();
    checks.multiLineText("reason", reason, true, MAX_REASON).text("key", key, false, MAX_KEY);
    Map<Integer, Long> wanted = new LinkedHashMap<>();
    if (lines == null || lines.isEmpty()) {
      checks.add("lines", "error.order.return.noLines");
    } else if (lines.size() > OrderService.MAX_LINES) {
      checks.add("lines", "error.order.tooManyLines", OrderService.MAX_LINES);
    } else {
      Set<Integer> seen = new HashSet<>();
      for (int i = 0; i < lines.size(); i++) {
        ReturnInput.Line l = lines.get(i);
        String field = "lines[" + i + "]";
        if (l == null) {
          checks.add(field, "error.required");
          continue;
        }
        if (l.lineNo() == null) {
          checks.add(field + ".lineNo", "error.required");
        } else if (returnable != null && !returnable.containsKey(l.lineNo())) {
          checks.add(field + ".lineNo", "error.order.return.unknownLine", l.lineNo());
        } else if (!seen.add(l.lineNo())) {
          checks.add(field + ".lineNo", "error.order.return.duplicateLine", l.lineNo());
        }
        if (l.quantity() == null) {
          checks.add(field + ".quantity", "error.required");
        } else if (l.quantity() < 1) {
          checks.add(field + ".quantity", "error.order.return.quantity");
        } else if (l.lineNo() != null
            && returnable != null
            && returnable.containsKey(l.lineNo())
            && l.quantity() > returnable.get(l.lineNo())) {
          checks.add(field + ".quantity", "error.order.return.tooMany", returnable.get(l.lineNo()));
        }
        if (l.lineNo() != null && l.quantity() != null) {
          wanted.putIfAbsent(l.lineNo(), l.quantity());
        }
      }
    }
    checks.throwIfAny();
    return wanted;
  }

  /** Whether an earlier return made with the same key asked for the same lines and reason. */
  public static boolean sameRequest(
      Map<Integer, Long> earlierLines,
      String earlierReason,
      Map<Integer, Long> wanted,
      String reason) {
    return Objects.equals(new HashMap<>(earlierLines), new HashMap<>(wanted))
        && Objects.equals(earlierReason, reason);
  }
}
