package org.channelport.lead.api;

import java.math.BigDecimal;

/** The bodies of the lead actions of the API. Every one may carry the version the caller read. */
public final class LeadActions {
  private LeadActions() {}

  /** Dispatch to {@code partnerId}, or {@code byRules: true}. */
  public record Dispatch(Long partnerId, Boolean byRules, Long version) {}

  public record Versioned(Long version) {}

  public record Reject(String reason, Long version) {}

  public record Assign(String username, Long version) {}

  public record Qualify(
      String budget, String authority, String need, String timeline, Long version) {}

  /** {@code outcome} won (with {@code value}) or lost (with {@code reason}). */
  public record Close(String outcome, BigDecimal value, String reason, Long version) {}

  /** The campaign to credit the lead to ({@code campaignCode} blank or null: none). */
  public record Campaign(String campaignCode, Long version) {}

  /** A note, or with {@code activity: true} an activity (a call, a meeting). */
  public record Note(String text, Boolean activity) {}
}
