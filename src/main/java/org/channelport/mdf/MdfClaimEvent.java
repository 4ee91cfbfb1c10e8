package org.channelport.mdf;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;

/** One entry of a claim's timeline: when, who, what (a step's code), an amount, a detail. */
@Entity
@Table(name = "mdf_claim_event")
public class MdfClaimEvent {
  @Id
  @GeneratedValue(strategy = GenerationType.TABLE, generator = "mdf_claim_event_ids")
  private Long id;

  @Column(name = "claim_id")
  private Long claimId;

  private Instant at;
  private String actor;
  private String kind;
  private BigDecimal amount;
  private String detail;

  protected MdfClaimEvent() {}

  MdfClaimEvent(
      long claimId, Instant at, String actor, String kind, BigDecimal amount, String detail) {
    this.claimId = claimId;
    this.at = at;
    this.actor = actor;
    this.kind = kind;
    this.amount = amount;
    this.detail = detail == null ? null : detail.substring(0, Math.min(detail.length(), 2000));
  }

  public Long getId() {
    return id;
  }

  public Long getClaimId() {
    return claimId;
  }

  public Instant getAt() {
    return at;
  }

  public String getActor() {
    return actor;
  }

  public String getKind() {
    return kind;
  }

  public BigDecimal getAmount() {
    return amount;
  }

  public String getDetail() {
    return detail;
  }
}
