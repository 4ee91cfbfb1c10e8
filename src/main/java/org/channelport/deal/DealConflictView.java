package org.channelport.deal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * An open lead or an approved registration of another partner about the same opportunity, as a
 * channel manager sees it beside the registration under review. When the other partner is outside
 * the manager's portfolio, only that a conflict exists is shown ({@code detailed} false, no data).
 */
public record DealConflictView(
    String kind,
    Long id,
    boolean detailed,
    Long partnerId,
    String partnerName,
    String company,
    String contactName,
    String email,
    List<String> categories,
    BigDecimal estimatedValue,
    String currency,
    String status,
    Instant since,
    LocalDate until) {

  public static final String LEAD = "lead";
  public static final String REGISTRATION = "registration";

  static DealConflictView hidden(String kind) {
    return new DealConflictView(
        kind, null, false, null, null, null, null, null, List.of(), null, null, null, null, null);
  }
}
