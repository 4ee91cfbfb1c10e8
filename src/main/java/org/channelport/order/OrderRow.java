package org.channelport.order;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** An order as the lists show it, built by the list query (no entity). */
public record OrderRow(
    long id,
    String number,
    long partnerId,
    OrderKind kind,
    OrderOrigin origin,
    Long customerId,
    String poNumber,
    OrderStatus status,
    SyncState syncState,
    boolean creditHold,
    String erpNumber,
    BigDecimal total,
    String currency,
    String placedBy,
    LocalDate requestedDelivery,
    Instant createdAt,
    Instant updatedAt)
    implements Serializable {

  public long getId() {
    return id;
  }

  public String getNumber() {
    return number;
  }

  public long getPartnerId() {
    return partnerId;
  }

  public String getKind() {
    return kind.code();
  }

  public boolean isOffline() {
    return origin == OrderOrigin.ERP;
  }

  public Long getCustomerId() {
    return customerId;
  }

  public String getPoNumber() {
    return poNumber;
  }

  public String getStatus() {
    return status.code();
  }

  public String getSyncState() {
    return syncState.code();
  }

  public boolean isCreditHold() {
    return creditHold;
  }

  public String getErpNumber() {
    return erpNumber;
  }

  public BigDecimal getTotal() {
    return total;
  }

  public String getCurrency() {
    return currency;
  }

  public String getPlacedBy() {
    return placedBy;
  }

  public LocalDate getRequestedDelivery() {
    return requestedDelivery;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getUpdatedAt() {
    return updatedAt;
  }
}
