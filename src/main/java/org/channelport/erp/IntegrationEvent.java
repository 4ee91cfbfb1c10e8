package org.channelport.erp;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;

/** One line of the integration event log (written by {@link IntegrationLog}, read here). */
@Entity
@Table(name = "integration_event")
public class IntegrationEvent implements Serializable {
  @Id private Long id;
  private Instant at;
  private String adapter;
  private String direction;
  private String kind;

  @Column(name = "order_number")
  private String orderNumber;

  private String status;
  private String error;
  private String payload;

  @Column(name = "message_id")
  private String messageId;

  @Column(name = "event_id")
  private String eventId;

  protected IntegrationEvent() {}

  public Long getId() {
    return id;
  }

  public Instant getAt() {
    return at;
  }

  public String getAdapter() {
    return adapter;
  }

  /** out, in or poll */
  public String getDirection() {
    return direction;
  }

  public String getKind() {
    return kind;
  }

  public String getOrderNumber() {
    return orderNumber;
  }

  /** ok, failed, parked or ignored */
  public String getStatus() {
    return status;
  }

  public String getError() {
    return error;
  }

  public String getPayload() {
    return payload;
  }

  public String getMessageId() {
    return messageId;
  }

  public String getEventId() {
    return eventId;
  }

  /** A failed or parked outbound message can be sent again. */
  public boolean isReplayable() {
    return messageId != null
        && "out".equals(direction)
        && ("failed".equals(status) || "parked".equals(status));
  }
}
