package org.channelport.program;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.channelport.audit.AuditedEntity;
import org.channelport.security.PartnerOwned;
import org.channelport.shared.ConflictException;
import org.channelport.shared.Versioned;

/** A partner user's certification, valid from its issue date to its expiry date (if any). */
@Entity
@Table(name = "partner_certification")
public class Certification extends AuditedEntity implements PartnerOwned, Versioned {
  @Id
  @GeneratedValue(strategy = GenerationType.TABLE, generator = "partner_certification_ids")
  private Long id;

  @Column(name = "partner_id")
  private Long partnerId;

  private String username;
  private String name;

  @Column(name = "issued_on")
  private LocalDate issuedOn;

  @Column(name = "expires_on")
  private LocalDate expiresOn;

  @Column(name = "created_by")
  private String createdBy;

  @Column(name = "created_at")
  private Instant createdAt;

  @Version private long version;

  protected Certification() {}

  public Certification(
      Long partnerId,
      String username,
      String name,
      LocalDate issuedOn,
      LocalDate expiresOn,
      String createdBy,
      Instant now) {
    this.partnerId = partnerId;
    this.username = username;
    this.name = name;
    this.issuedOn = issuedOn;
    this.expiresOn = expiresOn;
    this.createdBy = createdBy;
    this.createdAt = now;
  }

  /** Whether it counts on {@code day}. */
  public boolean validOn(LocalDate day) {
    return !issuedOn.isAfter(day) && (expiresOn == null || !expiresOn.isBefore(day));
  }

  @Override
  public Long ownerPartnerId() {
    return partnerId;
  }

  @Override
  public String auditType() {
    return "Certification";
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
    state.put("username", username);
    state.put("name", name);
    state.put("issuedOn", issuedOn);
    state.put("expiresOn", expiresOn);
    return state;
  }

  public Long getId() {
    return id;
  }

  public Long getPartnerId() {
    return partnerId;
  }

  public String getUsername() {
    return username;
  }

  public String getName() {
    return name;
  }

  public LocalDate getIssuedOn() {
    return issuedOn;
  }

  public LocalDate getExpiresOn() {
    return expiresOn;
  }

  public String getCreatedBy() {
    return createdBy;
  }

  public Instant getCreatedAt() {
    return createdAt;
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
