package org.channelport.lead.api;

import java.math.BigDecimal;
import java.time.Instant;
import org.channelport.lead.Lead;
import org.channelport.lead.Qualification;

/**
 * A lead as the API shows it. {@code dispatchExplanation} (why this partner, and which others were
 * considered) is shown to channel managers only.
 */
public record LeadJson(
    Long id,
    String status,
    String source,
    Long customerId,
    String company,
    String contactName,
    String email,
    String phone,
    String country,
    String region,
    String postcode,
    String need,
    String category,
    String products,
    BigDecimal estimatedValue,
    String currency,
    String campaignCode,
    Long partnerId,
    String assignedTo,
    boolean noPartnerAvailable,
    String statusReason,
    Qualification qualification,
    BigDecimal wonValue,
    Instant dispatchedAt,
    Instant acceptDueAt,
    Instant acceptedAt,
    Instant closedAt,
    String dispatchExplanation,
    String createdBy,
    Instant createdAt,
    Instant updatedAt,
    long version) {

  public static LeadJson of(Lead l, boolean channelView, String explanation) {
    return new LeadJson(
        l.getId(),
        l.getStatus().code(),
        l.getSource().code(),
        l.getCustomerId(),
        l.getCompany(),
        l.getContactName(),
        l.getEmail(),
        l.getPhone(),
        l.getCountry(),
        l.getRegion(),
        l.getPostcode(),
        l.getNeed(),
        l.getCategory(),
        l.getProducts(),
        l.getEstimatedValue(),
        l.getCurrency(),
        l.getCampaignCode(),
        l.getPartnerId(),
        l.getAssignedUsername(),
        l.isNoPartnerAvailable(),
        l.getStatusReason(),
        l.getQualification(),
        l.getWonValue(),
        l.getDispatchedAt(),
        l.getAcceptDueAt(),
        l.getAcceptedAt(),
        l.getClosedAt(),
        explanation,
        channelView ? l.getCreatedBy() : null,
        l.getCreatedAt(),
        l.getUpdatedAt(),
        l.getVersion());
  }
}
