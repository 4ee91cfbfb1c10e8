package org.channelport.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;

/** One line of the audit log (written by {@link AuditWriter}, read here). */
@Entity
@Table(name = "audit_log")
public class AuditEntry implements Serializable {
  @Id private Long id;
  private Instant at;
  private String actor;

  @Column(name = "partner_id")
  private Long partnerId;

  @Column(name = "entity_type")
  private String entityType;

  @Column(name = "entity_id")
  private String entityId;

  @Enumerated(EnumType.STRING)
  private AuditAction action;

  private String changes;

  protected AuditEntry() {}

  public Long getId() {
    return id;
  }

  public Instant getAt() {
    return at;
  }

  public String getActor() {
    return actor;
  }

  public Long getPartnerId() {
    return partnerId;
  }

  public String getEntityType() {
    return entityType;
  }

  public String getEntityId() {
    return entityId;
  }

  public AuditAction getAction() {
    return action;
  }

  public String getChanges() {
    return changes;
  }
}
