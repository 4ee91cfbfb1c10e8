package org.channelport.lead;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One step of a lead's history. {@code partnerId} is the partner the step concerns: partner users
 * see only their own partner's steps; internal steps (the dispatch reasoning, which names other
 * partners) only channel managers see.
 */
@Entity
@Table(name = "lead_event")
public class LeadEvent {
  @Id
  @GeneratedValue(strategy = GenerationType.TABLE, generator = "lead_event_ids") // META-INF/orm.xml
  private Long id;

  @Column(name = "lead_id")
  private Long leadId;

  private Instant at;
  private String actor;

  @Enumerated(EnumType.STRING)
  private LeadEventType type;

  @Column(name = "partner_id")
  private Long partnerId;

  private boolean internal;
  private String detail;

  protected LeadEvent() {}

  public LeadEvent(
      Long leadId,
      Instant at,
      String actor,
      LeadEventType type,
      Long partnerId,
      boolean internal,
      String detail) {
    this.leadId = leadId;
    this.at = at;
    this.actor = actor;
    this.type = type;
    this.partnerId = partnerId;
    this.internal = internal;
    this.detail = detail;
  }

  public Long getId() {
    return id;
  }

  public Long getLeadId() {
    return leadId;
  }

  public Instant getAt() {
    return at;
  }

  public String getActor() {
    return actor;
  }

  public LeadEventType getType() {
    return type;
  }

  public Long getPartnerId() {
    return partnerId;
  }

  public boolean isInternal() {
    return internal;
  }

  public String getDetail() {
    return detail;
  }
}
