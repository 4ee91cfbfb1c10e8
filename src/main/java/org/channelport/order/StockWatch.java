package org.channelport.order;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** "Tell me when it is back": a partner user waits for a SKU to be in stock again. */
@Entity
@Table(name = "stock_watch")
public class StockWatch {
  @Id
  @GeneratedValue(strategy = GenerationType.TABLE, generator = "stock_watch_ids") // orm.xml
  private Long id;

  @Column(name = "partner_id")
  private Long partnerId;

  private String username;
  private String sku;

  @Column(name = "created_at")
  private Instant createdAt;

  @Column(name = "notified_at")
  private Instant notifiedAt;

  protected StockWatch() {}

  StockWatch(Long partnerId, String username, String sku, Instant now) {
    this.partnerId = partnerId;
    this.username = username;
    this.sku = sku;
    this.createdAt = now;
  }

  /** Watches again (after a notice, or a repeated request). */
  void rearm(Instant now) {
    this.createdAt = now;
    this.notifiedAt = null;
  }

  void notified(Instant now) {
    this.notifiedAt = now;
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

  public String getSku() {
    return sku;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getNotifiedAt() {
    return notifiedAt;
  }
}
