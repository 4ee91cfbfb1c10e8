package org.channelport.order;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.channelport.shared.Money;

/**
 * One line of an order: the product by SKU, how many, the unit net price fixed when the line was
 * added (never re-read from the catalog), the warehouse it ships from, and how much of it waits for
 * stock (split: the rest ships now; waitlisted: the whole line waits).
 */
@Entity
@Table(name = "sales_order_line")
public class OrderLine {
  @Id
  @GeneratedValue(strategy = GenerationType.TABLE, generator = "sales_order_line_ids") // orm.xml
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "order_id")
  private SalesOrder order;

  @Column(name = "line_no")
  private int lineNo;

  private String sku;

  @Column(name = "product_name")
  private String productName;

  private long quantity;

  @Column(name = "unit_price")
  private BigDecimal unitPrice;

  private String currency;

  @Column(name = "line_total")
  private BigDecimal lineTotal;

  @Column(name = "warehouse_code")
  private String warehouse;

  private long backordered;
  private boolean waitlisted;

  @Column(name = "promised_date")
  private LocalDate promisedDate;

  @Column(name = "rejected_reason")
  private String rejectedReason;

  protected OrderLine() {}

  OrderLine(SalesOrder order, int lineNo, PricedLine line) {
    this.order = order;
    this.lineNo = lineNo;
    this.sku = line.sku();
    this.productName = line.productName();
    this.quantity = line.quantity();
    this.unitPrice = line.unitPrice().amount();
    this.currency = line.unitPrice().currency();
    this.lineTotal = line.lineTotal().amount();
    this.warehouse = line.warehouse();
    this.backordered = line.backordered();
    this.waitlisted = line.waitlisted();
  }

  /** A return's line: {@code returned}'s number, product, price and warehouse, {@code quantity}. */
  OrderLine(SalesOrder returnOrder, OrderLine returned, long quantity) {
    this.order = returnOrder;
    this.lineNo = returned.lineNo;
    this.sku = returned.sku;
    this.productName = returned.productName;
    this.quantity = quantity;
    this.unitPrice = returned.unitPrice;
    this.currency = returned.currency;
    this.lineTotal = returned.unitPriceMoney().times(quantity).rounded().amount();
    this.warehouse = returned.warehouse;
  }

  /** Takes the new quantity, warehouse and backorder of an edit; the unit price stays. */
  void change(PricedLine line) {
    this.quantity = line.quantity();
    this.lineTotal = unitPriceMoney().times(line.quantity()).rounded().amount();
    this.warehouse = line.warehouse();
    this.backordered = line.backordered();
    this.waitlisted = line.waitlisted();
  }

  /** What the ERP said of the line: its promised date and how much of it is backordered. */
  void answer(LocalDate promised, long backorderedQuantity, String rejected) {
    if (promised != null) {
      this.promisedDate = promised;
    }
    this.backordered = Math.max(0, Math.min(quantity, backorderedQuantity));
    this.rejectedReason = rejected;
  }

  public Money unitPriceMoney() {
    return Money.of(unitPrice, currency);
  }

  public Money lineTotalMoney() {
    return Money.of(lineTotal, currency);
  }

  public Long getId() {
    return id;
  }

  public int getLineNo() {
    return lineNo;
  }

  public String getSku() {
    return sku;
  }

  public String getProductName() {
    return productName;
  }

  public long getQuantity() {
    return quantity;
  }

  public BigDecimal getUnitPrice() {
    return unitPrice;
  }

  public String getCurrency() {
    return currency;
  }

  public BigDecimal getLineTotal() {
    return lineTotal;
  }

  public String getWarehouse() {
    return warehouse;
  }

  public long getBackordered() {
    return backordered;
  }

  /** How much ships now: the quantity less what is backordered. */
  public long getAvailableNow() {
    return quantity - backordered;
  }

  public boolean isWaitlisted() {
    return waitlisted;
  }

  public LocalDate getPromisedDate() {
    return promisedDate;
  }

  public String getRejectedReason() {
    return rejectedReason;
  }
}
