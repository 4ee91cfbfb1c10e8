package org.channelport.mdf;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;

/** One entry of a request's timeline: when, who, what (a step's code), an amount, a detail. */
@Entity
@Table(name = "mdf_request_event")
public class MdfRequestEvent {
  @Id
  @GeneratedValue(strategy = GenerationType.TABLE, generator = "mdf_request_event_ids")
  private Long id;

  @Column(name = "request_id")
  private Long requestId;

  private Instant at;
  private String actor;
  private String kind;
  private BigDecimal amount;
  private String detail;

  protected MdfRequestEvent() {}

  MdfRequestEvent(
      long requestId, Instant at, String actor, String kind, BigDecimal amount, String detail) {
    this.requestId = requestId;
    this.at = at;
    this.actor = actor;
    this.kind = kind;
    this.amount = amount;
    this.detail = detail == null ? null : detail.substring(0, Math.min(detail.length(), 2000));
  }

  public Long getId() {
    return id;
  }

  public Long getRequestId() {
    return requestId;
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
