package org.channelport.erp.protocol;

import java.util.List;
import org.channelport.mdf.MdfErpUpdates;
import org.channelport.order.OrderErpUpdates;

/**
 * What an inbound call answers: {@code status} applied, stale (older than what the portal holds:
 * nothing changed), unknown_order / unknown_partner / unknown_claim (nothing to apply it to),
 * not_applied (rows of a list that could not be applied, see notApplied), duplicate (this eventId
 * was processed before: nothing changed); for lists how many rows were applied and skipped and why
 * rows were skipped.
 */
public record Receipt(String status, Integer applied, Integer skipped, List<String> notApplied) {
  public static final String APPLIED = "applied";
  public static final String STALE = "stale";
  public static final String UNKNOWN_ORDER = "unknown_order";
  public static final String UNKNOWN_PARTNER = "unknown_partner";
  public static final String UNKNOWN_CLAIM = "unknown_claim";
  public static final String DUPLICATE = "duplicate";
  public static final String NOT_APPLIED = "not_applied";

  public static Receipt of(String status) {
    return new Receipt(status, null, null, null);
  }

  /** The order capability's answer, an unknown subject being an order or a partner. */
  public static Receipt of(OrderErpUpdates.Applied applied, boolean partnerSubject) {
    return switch (applied) {
      case APPLIED -> of(APPLIED);
      case STALE -> of(STALE);
      case UNKNOWN_ORDER -> of(partnerSubject ? UNKNOWN_PARTNER : UNKNOWN_ORDER);
    };
  }

  /** The MDF capability's answer about a payment. */
  public static Receipt of(MdfErpUpdates.Applied applied) {
    return switch (applied) {
      case APPLIED -> of(APPLIED);
      case STALE -> of(STALE);
      case UNKNOWN_CLAIM -> of(UNKNOWN_CLAIM);
    };
  }

  /**
   * A list's answer: applied when at least one row was; else stale when only stale rows were
   * skipped, not_applied when some could not be applied ({@code notApplied} says why).
   */
  public static Receipt rows(int applied, int skipped, List<String> notApplied) {
    String status =
        applied > 0 || skipped == 0 ? APPLIED : notApplied.isEmpty() ? STALE : NOT_APPLIED;
    return new Receipt(status, applied, skipped, List.copyOf(notApplied));
  }

  public boolean duplicate() {
    return DUPLICATE.equals(status);
  }
}
