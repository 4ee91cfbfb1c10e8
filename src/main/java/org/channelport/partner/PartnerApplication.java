package org.channelport.partner;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import org.channelport.audit.AuditedEntity;

/** "Become a partner": an application from the public form, reviewed by a channel manager. */
@Entity
@Table(name = "partner_application")
public class PartnerApplication extends AuditedEntity {
  @Id
  @GeneratedValue(
      strategy = GenerationType.TABLE,
      generator = "application_ids") // META-INF/orm.xml
  private Long id;

  @Column(name = "company_name")
  private String companyName;

  private String country;
  private String region;

  @Convert(converter = Specialisations.class)
  private SortedSet<String> specialisations = new TreeSet<>();

  @Column(name = "contact_name")
  private String contactName;

  @Column(name = "contact_email")
  private String contactEmail;

  @Column(name = "contact_phone")
  private String contactPhone;

  private String message;

  @Column(name = "account_number")
  private String accountNumber;

  @Column(name = "billing_postcode")
  private String billingPostcode;

  /** The existing (offline) customer account this applicant proved to be. */
  @Column(name = "linked_partner_id")
  private Long linkedPartnerId;

  @Enumerated(EnumType.STRING)
  private ApplicationStatus status;

  @Column(name = "decision_reason")
  private String decisionReason;

  @Column(name = "decided_by")
  private String decidedBy;

  @Column(name = "decided_at")
  private Instant decidedAt;

  /** The partner the approval created or activated. */
  @Column(name = "partner_id")
  private Long partnerId;

  @Column(name = "submitted_at")
  private Instant submittedAt;

  @Version private long version;

  protected PartnerApplication() {}

  PartnerApplication(ApplicationInput in, Long linkedPartnerId, Instant now) {
    this.companyName = in.companyName();
    this.country = in.country();
    this.region = in.region();
    this.specialisations = new TreeSet<>(Specialisations.parse(in.specialisations()));
    this.contactName = in.contactName();
    this.contactEmail = in.contactEmail();
    this.contactPhone = in.contactPhone();
    this.message = in.message();
    this.accountNumber = in.accountNumber();
    this.billingPostcode = in.billingPostcode();
    this.linkedPartnerId = linkedPartnerId;
    this.status = ApplicationStatus.SUBMITTED;
    this.submittedAt = now;
  }

  void approve(Long partnerId, String by, Instant now) {
    requireOpen(ApplicationStep.APPROVE);
    this.status = ApplicationStatus.APPROVED;
    this.partnerId = partnerId;
    this.decidedBy = by;
    this.decidedAt = now;
  }

  void reject(String reason, String by, Instant now) {
    requireOpen(ApplicationStep.REJECT);
    this.status = ApplicationStatus.REJECTED;
    this.decisionReason = reason;
    this.decidedBy = by;
    this.decidedAt = now;
  }

  private void requireOpen(ApplicationStep step) {
    if (!step.allowedFrom(status)) {
      throw step.refused(companyName);
    }
  }

  @Override
  public String auditType() {
    return "PartnerApplication";
  }

  @Override
  public Object auditId() {
    return id;
  }

  @Override
  public Long auditPartnerId() {
    return partnerId != null ? partnerId : linkedPartnerId;
  }

  @Override
  public Map<String, Object> auditState() {
    Map<String, Object> state = new LinkedHashMap<>();
    state.put("companyName", companyName);
    state.put("contactEmail", contactEmail);
    state.put("status", status);
    state.put("decisionReason", decisionReason);
    state.put("partnerId", partnerId);
    return state;
  }

  public Long getId() {
    return id;
  }

  public String getCompanyName() {
    return companyName;
  }

  public String getCountry() {
    return country;
  }

  public String getRegion() {
    return region;
  }

  public SortedSet<String> getSpecialisations() {
    return new TreeSet<>(specialisations);
  }

  public String getContactName() {
    return contactName;
  }

  public String getContactEmail() {
    return contactEmail;
  }

  public String getContactPhone() {
    return contactPhone;
  }

  public String getMessage() {
    return message;
  }

  public String getAccountNumber() {
    return accountNumber;
  }

  public Long getLinkedPartnerId() {
    return linkedPartnerId;
  }

  public ApplicationStatus getStatus() {
    return status;
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

  public Long getPartnerId() {
    return partnerId;
  }

  public Instant getSubmittedAt() {
    return submittedAt;
  }

  public long getVersion() {
    return version;
  }
}
