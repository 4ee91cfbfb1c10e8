package org.channelport.partner;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.channelport.audit.AuditedEntity;
import org.channelport.security.PartnerOwned;

/** Someone who works for a partner, as the portal knows them (the identity is in Keycloak). */
@Entity
@Table(name = "partner_user")
public class PartnerUser extends AuditedEntity implements PartnerOwned {
  @Id
  @GeneratedValue(
      strategy = GenerationType.TABLE,
      generator = "partner_user_ids") // META-INF/orm.xml
  private Long id;

  @Column(name = "partner_id")
  private Long partnerId;

  private String username;

  @Column(name = "display_name")
  private String displayName;

  private String email;
  private String role;

  @Column(name = "last_seen_at")
  private Instant lastSeenAt;

  @Version private long version;

  protected PartnerUser() {}

  public PartnerUser(Long partnerId, String username) {
    this.partnerId = partnerId;
    this.username = username;
  }

  void seen(Long partnerId, String displayName, String email, String role, Instant at) {
    this.partnerId = partnerId;
    this.displayName = displayName;
    this.email = email;
    this.role = role;
    this.lastSeenAt = at;
  }

  @Override
  public Long ownerPartnerId() {
    return partnerId;
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

  public String getDisplayName() {
    return displayName;
  }

  public String getEmail() {
    return email;
  }

  public String getRole() {
    return role;
  }

  public Instant getLastSeenAt() {
    return lastSeenAt;
  }

  @Override
  public String auditType() {
    return "PartnerUser";
  }

  @Override
  public Object auditId() {
    return username;
  }

  @Override
  public Long auditPartnerId() {
    return partnerId;
  }

  /** The sign-in time is not a change worth auditing; who belongs where in which role is. */
  @Override
  public Map<String, Object> auditState() {
    Map<String, Object> state = new LinkedHashMap<>();
    state.put("partnerId", partnerId);
    state.put("role", role);
    state.put("displayName", displayName);
    state.put("email", email);
    return state;
  }
}
