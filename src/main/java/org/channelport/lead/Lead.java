package org.channelport.lead;

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
import java.util.LinkedHashMap;
import java.util.Map;
import org.channelport.audit.AuditedEntity;
import org.channelport.customer.CustomerKeys;
import org.channelport.customer.CustomerRef;
import org.channelport.security.PartnerOwned;
import org.channelport.shared.ConflictException;
import org.channelport.shared.Money;
import org.channelport.shared.Versioned;

/**
 * A sales opportunity at an end customer. In the channel's pool (no partner) until it is
 * dispatched; then owned by one partner, which accepts or rejects it, qualifies it and closes it.
 */
@Entity
@Table(name = "sales_lead")
public class Lead extends AuditedEntity implements PartnerOwned, Versioned {
  @Id
  @GeneratedValue(strategy = GenerationType.TABLE, generator = "lead_ids") // META-INF/orm.xml
  private Long id;

  @Column(name = "customer_id")
  private Long customerId;

  @Column(name = "partner_id")
  private Long partnerId;

  @Column(name = "assigned_username")
  private String assignedUsername;

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
  private String region;
  private String postcode;
  private String need;
  private String category;
  private String products;

  @Column(name = "estimated_value")
  private BigDecimal estimatedValue;

  private String currency;

  /** The campaign (a funded marketing activity) that brought the lead in, or null. */
  @Column(name = "campaign_code")
  private String campaignCode;

  @Enumerated(EnumType.STRING)
  private LeadSource source;

  @Enumerated(EnumType.STRING)
  private LeadStatus status;

  @Column(name = "no_partner_available")
  private boolean noPartnerAvailable;

  @Column(name = "status_reason")
  private String statusReason;

  private String budget;
  private String authority;

  @Column(name = "need_confirmed")
  private String needConfirmed;

  private String timeline;

  @Column(name = "won_value")
  private BigDecimal wonValue;

  @Column(name = "dispatched_at")
  private Instant dispatchedAt;

  @Column(name = "accept_due_at")
  private Instant acceptDueAt;

  @Column(name = "accepted_at")
  private Instant acceptedAt;

  @Column(name = "closed_at")
  private Instant closedAt;

  @Column(name = "dispatch_explanation")
  private String dispatchExplanation;

  @Column(name = "created_by")
  private String createdBy;

  @Column(name = "created_at")
  private Instant createdAt;

  @Column(name = "updated_at")
  private Instant updatedAt;

  @Version private long version;

  protected Lead() {}

  public Lead(
      LeadDetails details, CustomerRef customer, LeadSource source, String createdBy, Instant now) {
    this.customerId = customer.id();
    this.company = details.company();
    this.companyKey = CustomerKeys.companyKey(details.company());
    this.contactName = details.contactName();
    this.email = CustomerKeys.email(details.email());
    this.emailDomain = CustomerKeys.emailDomain(details.email());
    this.phone = details.phone();
    this.country = details.country();
    this.region = details.region();
    this.postcode = details.postcode();
    this.need = details.need();
    this.category = details.category();
    this.products = details.products();
    this.estimatedValue = details.estimatedValue();
    this.currency = details.currency();
    this.campaignCode = details.campaignCode();
    this.source = source;
    this.status = LeadStatus.NEW;
    this.createdBy = createdBy;
    this.createdAt = now;
    this.updatedAt = now;
  }

  /** A lead that starts with its partner: a showroom inquiry or an approved deal registration. */
  void ownedFromTheStart(Long partner, LeadStatus startStatus, Instant now) {
    this.partnerId = partner;
    this.status = startStatus;
    this.dispatchedAt = now;
    if (startStatus == LeadStatus.ACCEPTED) {
      this.acceptedAt = now;
    }
  }

  // --- transitions -------------------------------------------------------------------------

  /** Offers the lead to a partner, which has until {@code acceptDue} to accept it. */
  public void dispatch(Long partner, Instant acceptDue, String explanation, Instant now) {
    LeadStep.DISPATCH.require(status);
    this.partnerId = partner;
    this.assignedUsername = null;
    this.status = LeadStatus.DISPATCHED;
    this.noPartnerAvailable = false;
    this.statusReason = null;
    this.dispatchedAt = now;
    this.acceptDueAt = acceptDue;
    this.dispatchExplanation = explanation;
    this.updatedAt = now;
  }

  /** No partner passed the rules: the lead stays in the pool, tagged so nobody overlooks it. */
  public void noPartnerAvailable(String explanation, Instant now) {
    LeadStep.NO_PARTNER.require(status);
    this.noPartnerAvailable = true;
    this.dispatchExplanation = explanation;
    this.updatedAt = now;
  }

  public void accept(Instant now) {
    LeadStep.ACCEPT.require(status);
    this.status = LeadStatus.ACCEPTED;
    this.acceptedAt = now;
    this.acceptDueAt = null;
    this.updatedAt = now;
  }

  /** The partner declines: the lead goes back to the pool, marked rejected with the reason. */
  public Long reject(String reason, Instant now) {
    LeadStep.REJECT.require(status);
    Long declinedBy = this.partnerId;
    this.status = LeadStatus.REJECTED;
    this.statusReason = reason;
    backToPool();
    this.updatedAt = now;
    return declinedBy;
  }

  /** The acceptance time ran out: back to the pool as new. */
  public Long recall(Instant now) {
    LeadStep.RECALL.require(status);
    Long lapsedAt = this.partnerId;
    this.status = LeadStatus.NEW;
    this.statusReason = "recalled";
    backToPool();
    this.updatedAt = now;
    return lapsedAt;
  }

  private void backToPool() {
    this.partnerId = null;
    this.assignedUsername = null;
    this.acceptDueAt = null;
    this.dispatchedAt = null;
    this.dispatchExplanation = null;
  }

  public void assign(String username, Instant now) {
    LeadStep.ASSIGN.require(status);
    this.assignedUsername = username;
    this.updatedAt = now;
  }

  public void qualify(Qualification q, Instant now) {
    LeadStep.QUALIFY.require(status);
    this.budget = q.budget();
    this.authority = q.authority();
    this.needConfirmed = q.need();
    this.timeline = q.timeline();
    this.status = LeadStatus.QUALIFIED;
    this.updatedAt = now;
  }

  public void win(BigDecimal value, Instant now) {
    LeadStep.WIN.require(status);
    this.status = LeadStatus.WON;
    this.wonValue = value;
    this.statusReason = null;
    this.closedAt = now;
    this.updatedAt = now;
  }

  public void lose(String reason, Instant now) {
    LeadStep.LOSE.require(status);
    this.status = LeadStatus.LOST;
    this.statusReason = reason;
    this.closedAt = now;
    this.updatedAt = now;
  }

  /** Credits the lead to another campaign (a checked code), or to none (null). */
  void creditCampaign(String code, Instant now) {
    this.campaignCode = code;
    this.updatedAt = now;
  }

  void touched(Instant now) {
    this.updatedAt = now;
  }

  // --- audit -------------------------------------------------------------------------------

  @Override
  public Long ownerPartnerId() {
    return partnerId;
  }

  @Override
  public String auditType() {
    return "Lead";
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
    state.put("partnerId", partnerId);
    state.put("assignedUsername", assignedUsername);
    state.put("company", company);
    state.put("contactName", contactName);
    state.put("email", email);
    state.put("phone", phone);
    state.put("country", country);
    state.put("region", region);
    state.put("postcode", postcode);
    state.put("category", category);
    state.put("estimatedValue", estimatedValue);
    state.put("currency", currency);
    state.put("statusReason", statusReason);
    state.put("budget", budget);
    state.put("authority", authority);
    state.put("need", needConfirmed);
    state.put("timeline", timeline);
    state.put("wonValue", wonValue);
    state.put("noPartnerAvailable", noPartnerAvailable);
    state.put("campaignCode", campaignCode);
    return state;
  }

  // --- getters -----------------------------------------------------------------------------

  public Long getId() {
    return id;
  }

  public Long getCustomerId() {
    return customerId;
  }

  public Long getPartnerId() {
    return partnerId;
  }

  public String getAssignedUsername() {
    return assignedUsername;
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

  public String getRegion() {
    return region;
  }

  public String getPostcode() {
    return postcode;
  }

  public String getNeed() {
    return need;
  }

  public String getCategory() {
    return category;
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

  /** The estimated value as an amount of the lead's currency; null when there is none. */
  public Money getEstimated() {
    return estimatedValue == null || currency == null ? null : Money.of(estimatedValue, currency);
  }

  public String getCampaignCode() {
    return campaignCode;
  }

  public LeadSource getSource() {
    return source;
  }

  public LeadStatus getStatus() {
    return status;
  }

  public boolean isNoPartnerAvailable() {
    return noPartnerAvailable;
  }

  public String getStatusReason() {
    return statusReason;
  }

  public Qualification getQualification() {
    return new Qualification(budget, authority, needConfirmed, timeline);
  }

  public BigDecimal getWonValue() {
    return wonValue;
  }

  /**
   * What the won deal was worth, in the lead's currency (the page asks for it in that currency);
   * null before the lead is won, or when the lead has no currency.
   */
  public Money getWon() {
    return wonValue == null || currency == null ? null : Money.of(wonValue, currency);
  }

  public Instant getDispatchedAt() {
    return dispatchedAt;
  }

  public Instant getAcceptDueAt() {
    return acceptDueAt;
  }

  public Instant getAcceptedAt() {
    return acceptedAt;
  }

  public Instant getClosedAt() {
    return closedAt;
  }

  public String getDispatchExplanation() {
    return dispatchExplanation;
  }

  public String getCreatedBy() {
    return createdBy;
  }

  public Instant getCreatedAt() {
    return createdAt;
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
    return Versioned.stale("error.lead.stale", company);
  }
}
