package org.channelport.analytics;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.channelport.security.Caller;

/**
 * The few figures that matter to a role, a period against the one before it: channel managers and
 * partner managers lead with the leads accepted, the acceptance rate, the order revenue and the
 * service's SLA attainment; partner employees with the leads accepted, the orders, the issues
 * opened and the SLA attainment (all of their partner: the roll-ups have no per-person figures).
 */
public final class KeyFigures {
  private KeyFigures() {}

  /** How a figure is shown. */
  public enum Kind {
    COUNT,
    MONEY,
    RATE
  }

  /**
   * One figure of both periods (either may be null: nothing to take a rate of), its message key
   * {@code myWork.figure.<name>}.
   */
  public record Figure(String name, Kind kind, BigDecimal current, BigDecimal previous)
      implements Serializable {

    /** The change in per cent of the previous value (one decimal), null without a base. */
    public BigDecimal changePercent() {
      return change(current, previous);
    }
  }

  /** (current − previous) / previous in per cent, one decimal; null when previous is 0 or null. */
  public static BigDecimal change(BigDecimal current, BigDecimal previous) {
    if (current == null || previous == null || previous.signum() == 0) {
      return null;
    }
    return current
        .subtract(previous)
        .multiply(BigDecimal.valueOf(100))
        .divide(previous.abs(), 1, RoundingMode.HALF_UP);
  }

  /** The role's figures of {@code now} against {@code before}. */
  public static List<Figure> of(Caller caller, Kpis now, Kpis before) {
    Figure accepted =
        new Figure(
            "leadsAccepted",
            Kind.COUNT,
            count(now.totals().leadsAccepted()),
            count(before.totals().leadsAccepted()));
    Figure sla =
        new Figure("slaAttainment", Kind.RATE, now.slaAttainment(), before.slaAttainment());
    if (caller.isPartnerUser() && !caller.isPartnerManager()) {
      return List.of(
          accepted,
          new Figure(
              "orders", Kind.COUNT, count(now.totals().orders()), count(before.totals().orders())),
          new Figure(
              "issuesOpened",
              Kind.COUNT,
              count(now.totals().issuesOpened()),
              count(before.totals().issuesOpened())),
          sla);
    }
    return List.of(
        accepted,
        new Figure("acceptanceRate", Kind.RATE, now.acceptanceRate(), before.acceptanceRate()),
        new Figure(
            "orderRevenue",
            Kind.MONEY,
            now.totals().orderRevenue(),
            before.totals().orderRevenue()),
        sla);
  }

  private static BigDecimal count(long n) {
    return BigDecimal.valueOf(n);
  }
}
