package org.channelport.lead;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * A lead as a list shows it: a small serializable copy, so that view-scoped beans (selection,
 * paging) keep no entities in the session. Lists read it straight from the query ({@code SELECT
 * NEW}, see {@link LeadService#rows}), without loading the entity.
 */
public record LeadRow(
    Long id,
    String company,
    String contactName,
    String email,
    String country,
    String region,
    String category,
    String source,
    String status,
    Long partnerId,
    String assignedUsername,
    BigDecimal estimatedValue,
    String currency,
    boolean noPartnerAvailable,
    Instant createdAt,
    Instant acceptDueAt)
    implements Serializable {

  /** The constructor of the list query's {@code SELECT NEW}: the enums as the query reads them. */
  public LeadRow(
      Long id,
      String company,
      String contactName,
      String email,
      String country,
      String region,
      String category,
      LeadSource source,
      LeadStatus status,
      Long partnerId,
      String assignedUsername,
      BigDecimal estimatedValue,
      String currency,
      boolean noPartnerAvailable,
      Instant createdAt,
      Instant acceptDueAt) {
    this(
        id,
        company,
        contactName,
        email,
        country,
        region,
        category,
        source.code(),
        status.code(),
        partnerId,
        assignedUsername,
        estimatedValue,
        currency,
        noPartnerAvailable,
        createdAt,
        acceptDueAt);
  }

  public static LeadRow of(Lead l) {
    return new LeadRow(
        l.getId(),
        l.getCompany(),
        l.getContactName(),
        l.getEmail(),
        l.getCountry(),
        l.getRegion(),
        l.getCategory(),
        l.getSource().code(),
        l.getStatus().code(),
        l.getPartnerId(),
        l.getAssignedUsername(),
        l.getEstimatedValue(),
        l.getCurrency(),
        l.isNoPartnerAvailable(),
        l.getCreatedAt(),
        l.getAcceptDueAt());
  }

  /** "48000.00 EUR", or empty. */
  public String value() {
    return estimatedValue == null
        ? ""
        : estimatedValue.toPlainString() + (currency == null ? "" : " " + currency);
  }
}
