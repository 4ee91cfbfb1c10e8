package org.channelport.order.api;

/** The bodies of the order steps of the API; each may carry the version the caller read. */
public final class OrderActionsJson {
  private OrderActionsJson() {}

  public record Versioned(Long version) {}

  /** Cancel or send back: the reason (a draft's cancellation needs none). */
  public record WithReason(String reason, Long version) {}
}
