package org.channelport.order;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One step of an order's timeline: who (a user, or {@code erp}), when, which step, why. */
@Entity
@Table(name = "sales_order_event")
public class OrderEvent {
  @Id
  @GeneratedValue(strategy = GenerationType.TABLE, generator = "sales_order_event_ids") // orm.xml
  private Long id;

  @Column(name = "order_id")
  private Long orderId;

  private Instant at;
  private String actor;
  private String step;
  private String detail;

  protected OrderEvent() {}

  public OrderEvent(Long orderId, Instant at, String actor, String step, String detail) {
    this.orderId = orderId;
    this.at = at;
    this.actor = actor;
    this.step = step;
    this.detail = detail == null ? null : detail.substring(0, Math.min(detail.length(), 2000));
  }

  public Long getId() {
    return id;
  }

  public Long getOrderId() {
    return orderId;
  }

  public Instant getAt() {
    return at;
  }

  public String getActor() {
    return actor;
  }

  public String getStep() {
    return step;
  }

  public String getDetail() {
    return detail;
  }
}
