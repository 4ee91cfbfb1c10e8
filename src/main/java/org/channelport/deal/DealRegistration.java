package org.channelport.deal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.channelport.audit.AuditedEntity;
import org.channelport.customer.CustomerKeys;
import org.channelport.customer.CustomerRef;
import org.channelport.security.PartnerOwned;
import org.channelport.shared.ConflictException;
import org.channelport.shared.Versioned;

/**
 * A deal a partner found itself and asks to be protected on. A channel manager approves it (the
 * partner is protected until a date and gets the lead), rejects it, or returns it for more
 * information; the partner then resubmits it.
 */
@Entity
@Table(name = "deal_registration")
public class DealRegistration extends AuditedEntity implements PartnerOwned, Versioned {
  @Id
  @GeneratedValue(
      strategy = GenerationType.TABLE,
      generator = "deal_registration_ids") // META-INF/orm.xml
  private Long id;

  @Column(name = "partner_id")
  private Long partnerId;

  @Column(name = "customer_id")
  private Long customerId;

  @Column(name = "lead_id")
  private Long leadId;

  @Column(name = "submitted_by")
  private String submittedBy;

  private String company;

  @Column(name = "company_key")
  private String companyKey;

  @Column(name = "contact_name")
  private String contactName;

  private String email;

  @Column(name = "email_domain")
  private String emailDomain;

  private String phone;
  private String country;
  private String categories;
  private String products;

  @Column(name = "estimated_value")
  private BigDecimal estimatedValue;

  private String currency;

  @Column(name = "expected_close")
  private LocalDate expectedClose;

  private String description;

  /** The campaign (a funded marketing activity) that found the deal, or null. */
  @Column(name = "campaign_code")
  private String campaignCode;

  @Enumerated(EnumType.STRING)
  private DealStatus status;

  @Column(name = "has_conflict")
  private boolean hasConflict;

  @Column(name = "decision_reason")
  private String decisionReason;

  @Column(name = "decided_by")
  private String decidedBy;

  @Column(name = "decided_at")
  private Instant decidedAt;

  @Column(name = "protected_until")
  private LocalDate protectedUntil;

  @Column(name = "submitted_at")
  private Instant submittedAt;

  @Column(name = "updated_at")
  private Instant updatedAt;

  @Version private long version;

  protected DealRegistration() {}

  public DealRegistration(
      long partnerId, DealDetails details, CustomerRef customer, String submittedBy, Instant now) {
    this.partnerId = partnerId;
    this.submittedBy = submittedBy;
    describe(details, customer);
    this.status = DealStatus.SUBMITTED;
    this.submittedAt = now;
    this.updatedAt = now;
  }

  private void describe(DealDetails details, CustomerRef customer) {
    this.customerId = customer.id();
    this.company = details.company();
    this.companyKey = CustomerKeys.companyKey(details.company());
    this.contactName = details.contactName();
    this.email = CustomerKeys.email(details.email());
    this.emailDomain = CustomerKeys.emailDomain(details.email());
    this.phone = details.phone();
    this.country = details.country();
    this.categories = String.join(",", details.categories());
    this.products = details.products();
    this.estimatedValue = details.estimatedValue();
    this.currency = details.currency();
    this.expectedClose = details.expectedClose();
    this.description = details.description();
    this.campaignCode = details.campaignCode();
  }

  // --- transitions -------------------------------------------------------------------------

  /** The partner answers a return: new details, submitted again. */
  public void resubmit(DealDetails details, CustomerRef customer, String by, Instant now) {
    DealStep.RESUBMIT.require(status);
    describe(details, customer);
    this.submittedBy = by;
    this.status = DealStatus.SUBMITTED;
    this.submittedAt = now;
    this.updatedAt = now;
  }

  public void approve(String by, LocalDate until, Instant now) {
    DealStep.APPROVE.require(status);
    this.status = DealStatus.APPROVED;
    this.protectedUntil = until;
    decided(by, null, now);
  }

  public void reject(String by, String reason, Instant now) {
    DealStep.REJECT.require(status);
    this.status = DealStatus.REJECTED;
    decided(by, reason, now);
  }

  /** Back to the partner, who is told what is missing. */
  public void returnForInformation(String by, String message, Instant now) {
    DealStep.RETURN.require(status);
    this.status = DealStatus.RETURNED;
    decided(by, message, now);
  }

  /** The protection window has passed: the registration no longer protects the partner. */
  public void expire(LocalDate today, Instant now) {
    if (!DealStep.EXPIRE.allowedFrom(status) || statusOn(today) != DealStatus.EXPIRED) {
      throw DealStep.EXPIRE.refused(status.code());
    }
    this.status = DealStatus.EXPIRED;
    this.updatedAt = now;
  }

  void conflictFound(boolean conflict, Instant now) {
    if (this.hasConflict != conflict) {
      this.hasConflict = conflict;
      this.updatedAt = now;
    }
  }

  void linkLead(Long lead) {
    this.leadId = lead;
  }

  private void decided(String by, String reason, Instant now) {
    this.decidedBy = by;
    this.decisionReason = reason;
    this.decidedAt = now;
    this.updatedAt = now;
  }

  /** The status as of {@code today}: an approval whose window has passed counts as expired. */
  public DealStatus statusOn(LocalDate today) {
    if (status == DealStatus.APPROVED && protectedUntil != null && protectedUntil.isBefore(today)) {
      return DealStatus.EXPIRED;
    }
    return status;
  }

  /** Whether this registration protects its partner on {@code today}. */
  public boolean protects(LocalDate today) {
    return statusOn(today) == DealStatus.APPROVED;
  }

  public DealConflicts.Party party() {
    return new DealConflicts.Party(companyKey, email, emailDomain);
  }

  public Set<String> categorySet() {
    return DealConflicts.categories(categories);
  }

  // --- audit -------------------------------------------------------------------------------

  @Override
  public Long ownerPartnerId() {
    return partnerId;
  }

  @Override
  public String auditType() {
    return "DealRegistration";
  }

  @Override
  public Object auditId() {
    return id;
  }

  @Override
  public Long auditPartnerId() {
    return partnerId;
  }

  @Override
  public Map<String, Object> auditState() {
    Map<String, Object> state = new LinkedHashMap<>();
    state.put("status", status);
    state.put("company", company);
    state.put("contactName", contactName);
    state.put("email", email);
    state.put("phone", phone);
    state.put("country", country);
    state.put("categories", categories);
    state.put("products", products);
    state.put("estimatedValue", estimatedValue);
    state.put("currency", currency);
    state.put("expectedClose", expectedClose);
    state.put("hasConflict", hasConflict);
    state.put("decisionReason", decisionReason);
    state.put("decidedBy", decidedBy);
    state.put("protectedUntil", protectedUntil);
    state.put("leadId", leadId);
    state.put("campaignCode", campaignCode);
    return state;
  }

  // --- getters -----------------------------------------------------------------------------

  public Long getId() {
    return id;
  }

  public Long getPartnerId() {
    return partnerId;
  }

  public Long getCustomerId() {
    return customerId;
  }

  public Long getLeadId() {
    return leadId;
  }

  public String getSubmittedBy() {
    return submittedBy;
  }

  public String getCompany() {
    return company;
  }

  public String getCompanyKey() {
    return companyKey;
  }

  public String getContactName() {
    return contactName;
  }

  public String getEmail() {
    return email;
  }

  public String getEmailDomain() {
    return emailDomain;
  }

  public String getPhone() {
    return phone;
  }

  public String getCountry() {
    return country;
  }

  public List<String> getCategories() {
    return List.copyOf(categorySet());
  }

  public String getProducts() {
    return products;
  }

  public BigDecimal getEstimatedValue() {
    return estimatedValue;
  }

  public String getCurrency() {
    return currency;
  }

  public LocalDate getExpectedClose() {
    return expectedClose;
  }

  public String getDescription() {
    return description;
  }

  /** The stored status; see {@link #statusOn} for the status as of a day. */
  public String getCampaignCode() {
    return campaignCode;
  }

  public DealStatus getStatus() {
    return status;
  }

  public boolean isHasConflict() {
    return hasConflict;
  }

  public String getDecisionReason() {
    return decisionReason;
  }

  public String getDecidedBy() {
    return decidedBy;
  }

  public Instant getDecidedAt() {
    return decidedAt;
  }

  public LocalDate getProtectedUntil() {
    return protectedUntil;
  }

  public Instant getSubmittedAt() {
    return submittedAt;
  }

  public Instant getUpdatedAt() {
    return updatedAt;
  }

  @Override
  public long getVersion() {
    return version;
  }

  @Override
  public ConflictException staleConflict() {
    return Versioned.stale("error.deal.stale", company);
  }
}
