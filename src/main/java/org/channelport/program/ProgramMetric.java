package org.channelport.program;

import java.util.Optional;
import org.channelport.shared.Codes;

/** What a tier of the partner program can require, each over the last 12 months. */
public enum ProgramMetric {
  /** Order revenue (placed orders, returns left out). */
  ORDER_REVENUE(true),
  WON_LEADS(true),
  APPROVED_DEALS(true),
  /** Partner users with a certification valid today: more come only by certifying someone. */
  CERTIFIED_EMPLOYEES(false),
  /** Percent of the issues resolved in the period within their resolution target. */
  SERVICE_SLA(false);

  private final boolean growsWithTime;

  ProgramMetric(boolean growsWithTime) {
    this.growsWithTime = growsWithTime;
  }

  /**
   * Whether the metric is a running total that keeps growing at the partner's rate (so a date it
   * reaches a threshold can be forecast); a head count or a percentage does not.
   */
  public boolean growsWithTime() {
    return growsWithTime;
  }

  public String code() {
    return Codes.of(this);
  }

  public static Optional<ProgramMetric> parse(String text) {
    return Codes.parse(ProgramMetric.class, text);
  }
}
