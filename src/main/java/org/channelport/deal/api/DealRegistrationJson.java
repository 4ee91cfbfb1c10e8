package org.channelport.deal.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.channelport.deal.DealRegistration;

/**
 * A deal registration as the API shows it. {@code hasConflict} says only that the deal collides
 * with another partner's lead or registration; who that is stays with the channel managers ({@code
 * GET /deal-registrations/{id}/conflicts}).
 */
public record DealRegistrationJson(
    Long id,
    String status,
    Long partnerId,
    Long customerId,
    Long leadId,
    String company,
    String contactName,
    String email,
    String phone,
    String country,
    List<String> categories,
    String products,
    BigDecimal estimatedValue,
    String currency,
    LocalDate expectedClose,
    String description,
    String campaignCode,
    boolean hasConflict,
    LocalDate protectedUntil,
    String decisionReason,
    String decidedBy,
    Instant decidedAt,
    String submittedBy,
    Instant submittedAt,
    Instant updatedAt,
    long version) {

  public static DealRegistrationJson of(DealRegistration r, LocalDate today) {
    return new DealRegistrationJson(
        r.getId(),
        r.statusOn(today).code(),
        r.getPartnerId(),
        r.getCustomerId(),
        r.getLeadId(),
        r.getCompany(),
        r.getContactName(),
        r.getEmail(),
        r.getPhone(),
        r.getCountry(),
        r.getCategories(),
        r.getProducts(),
        r.getEstimatedValue(),
        r.getCurrency(),
        r.getExpectedClose(),
        r.getDescription(),
        r.getCampaignCode(),
        r.isHasConflict(),
        r.getProtectedUntil(),
        r.getDecisionReason(),
        r.getDecidedBy(),
        r.getDecidedAt(),
        r.getSubmittedBy(),
        r.getSubmittedAt(),
        r.getUpdatedAt(),
        r.getVersion());
  }

  /** The body of a decision: the reason (reject, return) and the version the caller read. */
  public record Decision(String reason, Long version) {}
}
