package org.channelport.order;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * An edit of an order the ERP has (or is about to get), awaiting the ERP's confirmation: the order
 * as it is to be ({@code payload}, JSON of lines, requested delivery and note), sent as
 * order.changed and applied or rejected when the ERP answers.
 */
@Entity
@Table(name = "sales_order_change")
public class OrderChange {
  public enum Status {
    PENDING,
    APPLIED,
    REJECTED
  }

  @Id
  @GeneratedValue(strategy = GenerationType.TABLE, generator = "sales_order_change_ids") // orm.xml
  private Long id;

  @Column(name = "order_id")
  private Long orderId;

  @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
  private Status status;

  private String payload;

  @Column(name = "requested_by")
  private String requestedBy;

  @Column(name = "requested_at")
  private Instant requestedAt;

  @Column(name = "answered_at")
  private Instant answeredAt;

  private String reason;

  protected OrderChange() {}

  OrderChange(Long orderId, String payload, String requestedBy, Instant now) {
    this.orderId = orderId;
    this.status = Status.PENDING;
    this.payload = payload;
    this.requestedBy = requestedBy;
    this.requestedAt = now;
  }

  void answer(boolean applied, String why, Instant now) {
    this.status = applied ? Status.APPLIED : Status.REJECTED;
    this.reason = why;
    this.answeredAt = now;
  }

  public boolean isPending() {
    return status == Status.PENDING;
  }

  public Long getId() {
    return id;
  }

  public Long getOrderId() {
    return orderId;
  }

  public Status getStatus() {
    return status;
  }

  public String getPayload() {
    return payload;
  }

  public String getRequestedBy() {
    return requestedBy;
  }

  public Instant getRequestedAt() {
    return requestedAt;
  }

  public Instant getAnsweredAt() {
    return answeredAt;
  }

  public String getReason() {
    return reason;
  }
}
