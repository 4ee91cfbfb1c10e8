package org.channelport.order;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** An invoice or credit note the ERP issued to a partner (kept for revenue figures). */
@Entity
@Table(name = "invoice")
public class Invoice {
  public enum Kind {
    INVOICE,
    CREDIT_NOTE
  }

  @Id
  @GeneratedValue(strategy = GenerationType.TABLE, generator = "invoice_ids") // orm.xml
  private Long id;

  @Column(name = "invoice_number")
  private String invoiceNumber;

  @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
  private Kind kind;

  @Column(name = "order_id")
  private Long orderId;

  @Column(name = "partner_id")
  private Long partnerId;

  @Column(name = "invoice_date")
  private LocalDate date;

  private BigDecimal amount;
  private String currency;

  @Column(name = "erp_updated_at")
  private Instant erpUpdatedAt;

  protected Invoice() {}

  Invoice(String invoiceNumber) {
    this.invoiceNumber = invoiceNumber;
  }

  void update(Kind k, Long order, Long partner, LocalDate d, BigDecimal a, String cur, Instant at) {
    this.kind = k;
    this.orderId = order;
    this.partnerId = partner;
    this.date = d;
    this.amount = a;
    this.currency = cur;
    this.erpUpdatedAt = at;
  }

  public boolean isStale(Instant at) {
    return at != null && erpUpdatedAt != null && at.isBefore(erpUpdatedAt);
  }

  public Long getId() {
    return id;
  }

  public String getInvoiceNumber() {
    return invoiceNumber;
  }

  public Kind getKind() {
    return kind;
  }

  public Long getOrderId() {
    return orderId;
  }

  public Long getPartnerId() {
    return partnerId;
  }

  public LocalDate getDate() {
    return date;
  }

  public BigDecimal getAmount() {
    return amount;
  }

  public String getCurrency() {
    return currency;
  }
}
