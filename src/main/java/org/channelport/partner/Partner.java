package org.channelport.partner;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embedded;
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
import org.channelport.security.PartnerOwned;
import org.channelport.shared.ConflictException;
import org.channelport.shared.Versioned;

/** A partner organisation: a reseller, distributor or service partner of the brand owner. */
@Entity
@Table(name = "partner")
public class Partner extends AuditedEntity implements PartnerOwned, Versioned {
  @Id
  @GeneratedValue(strategy = GenerationType.TABLE, generator = "partner_ids") // META-INF/orm.xml
  private Long id;

  private String name;

  @Column(name = "account_number")
  private String accountNumber;

  @Enumerated(EnumType.STRING)
  private PartnerTier tier;

  private String country;
  private String region;

  @Convert(converter = Specialisations.class)
  private SortedSet<String> specialisations = new TreeSet<>();

  @Embedded private Contact primaryContact;

  @Column(name = "billing_postcode")
  private String billingPostcode;

  @Enumerated(EnumType.STRING)
  private PartnerStatus status;

  @Column(name = "status_reason")
  private String statusReason;

  @Column(name = "tier_reason")
  private String tierReason;

  @Column(name = "created_at")
  private Instant createdAt;

  @Column(name = "updated_at")
  private Instant updatedAt;

  @Version private long version;

  protected Partner() {}

  public Partner(PartnerDetails details, PartnerStatus status, Instant now) {
    apply(details);
    this.status = status;
    this.createdAt = now;
    this.updatedAt = now;
  }

  public void revise(PartnerDetails details, Instant now) {
    apply(details);
    this.updatedAt = now;
  }

  public void changeContact(Contact contact, Instant now) {
    this.primaryContact = contact;
    this.updatedAt = now;
  }

  public void suspend(String reason, Instant now) {
    if (!PartnerStep.SUSPEND.allowedFrom(status)) {
      throw PartnerStep.SUSPEND.refused(name);
    }
    this.status = PartnerStatus.SUSPENDED;
    this.statusReason = reason;
    this.updatedAt = now;
  }

  public void activate(Instant now) {
    if (!PartnerStep.ACTIVATE.allowedFrom(status)) {
      throw PartnerStep.ACTIVATE.refused(name);
    }
    this.status = PartnerStatus.ACTIVE;
    this.statusReason = null;
    this.updatedAt = now;
  }

  /**
   * Moves the partner to another tier of the partner program, saying why (the audit log keeps the
   * change and its reason).
   */
  public void changeTier(PartnerTier target, String reason, Instant now) {
    if (target == tier) {
      throw new ConflictException("tier", "error.partner.sameTier", name);
    }
    this.tier = target;
    this.tierReason = reason;
    this.updatedAt = now;
  }

  /** Moves to the requested status, if it is a different one. */
  public void changeStatus(PartnerStatus target, String reason, Instant now) {
    if (target == null || target == status) {
      return;
    }
    switch (target) {
      case ACTIVE -> activate(now);
      case SUSPENDED -> suspend(reason, now);
      case PROSPECT -> throw new ConflictException("status", "error.partner.backToProspect");
    }
  }

  private void apply(PartnerDetails d) {
    this.name = d.name();
    this.accountNumber = d.accountNumber();
    this.tier = d.tier();
    this.country = d.country();
    this.region = d.region();
    this.specialisations = new TreeSet<>(d.specialisations());
    this.primaryContact = d.primaryContact();
    this.billingPostcode = d.billingPostcode();
  }

  public PartnerDetails details() {
    return new PartnerDetails(
        name,
        accountNumber,
        tier,
        country,
        region,
        new TreeSet<>(specialisations),
        primaryContact,
        billingPostcode);
  }

  @Override
  public Long ownerPartnerId() {
    return id;
  }

  @Override
  public String auditType() {
    return "Partner";
  }

  @Override
  public Object auditId() {
    return id;
  }

  @Override
  public Long auditPartnerId() {
    return id;
  }

  @Override
  public Map<String, Object> auditState() {
    Map<String, Object> state = new LinkedHashMap<>();
    state.put("name", name);
    state.put("accountNumber", accountNumber);
    state.put("tier", tier);
    state.put("country", country);
    state.put("region", region);
    state.put("specialisations", Specialisations.join(specialisations));
    state.put("primaryContact", primaryContact);
    state.put("billingPostcode", billingPostcode);
    state.put("status", status);
    state.put("statusReason", statusReason);
    state.put("tierReason", tierReason);
    return state;
  }

  public Long getId() {
    return id;
  }

  public String getName() {
    return name;
  }

  public String getAccountNumber() {
    return accountNumber;
  }

  public PartnerTier getTier() {
    return tier;
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

  public Contact getPrimaryContact() {
    return primaryContact;
  }

  public String getBillingPostcode() {
    return billingPostcode;
  }

  public PartnerStatus getStatus() {
    return status;
  }

  public String getStatusReason() {
    return statusReason;
  }

  public String getTierReason() {
    return tierReason;
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
    return Versioned.stale("error.stale", name);
  }
}
