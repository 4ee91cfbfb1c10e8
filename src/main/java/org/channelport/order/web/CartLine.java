package org.channelport.order.web;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.channelport.order.StockRow;

/**
 * One line of the cart as the page edits it: what the user typed (SKU, quantity, warehouse, what to
 * do above the stock) and what the portal says about it now (product, net price, stock per
 * warehouse with its age, backorder), refreshed by {@link CartBean} after each change.
 */
public class CartLine implements Serializable {
  private static final long serialVersionUID = 1L;

  private String sku;
  private Long quantity;
  private String warehouse;
  private String backorder = "split";

  private String productName;
  private BigDecimal unitPrice;
  private BigDecimal lineTotal;
  private String currency;
  private long backordered;
  private boolean waitlisted;
  private String error;
  private List<StockRow> stock = new ArrayList<>();
  private Long available;

  public CartLine() {}

  public CartLine(String sku, Long quantity, String warehouse) {
    this.sku = sku;
    this.quantity = quantity;
    this.warehouse = warehouse;
  }

  boolean isBlank() {
    return (sku == null || sku.isBlank()) && quantity == null;
  }

  void clearQuote() {
    productName = null;
    unitPrice = null;
    lineTotal = null;
    currency = null;
    backordered = 0;
    waitlisted = false;
    error = null;
    stock = new ArrayList<>();
    available = null;
  }

  void quote(
      String productName,
      BigDecimal unitPrice,
      BigDecimal lineTotal,
      String currency,
      long backordered,
      boolean waitlisted) {
    this.productName = productName;
    this.unitPrice = unitPrice;
    this.lineTotal = lineTotal;
    this.currency = currency;
    this.backordered = backordered;
    this.waitlisted = waitlisted;
  }

  void stock(List<StockRow> rows, Long available) {
    this.stock = new ArrayList<>(rows);
    this.available = available;
  }

  void error(String error) {
    this.error = error;
  }

  /** More wanted than the chosen warehouse (or all of them) has: split or waitlist. */
  public boolean isAboveStock() {
    return available != null && quantity != null && quantity > available;
  }

  /** Nothing on hand anywhere the line looks: "tell me when it is back". */
  public boolean isOutOfStock() {
    return available != null && available == 0;
  }

  public String getSku() {
    return sku;
  }

  public void setSku(String sku) {
    this.sku = sku;
  }

  public Long getQuantity() {
    return quantity;
  }

  public void setQuantity(Long quantity) {
    this.quantity = quantity;
  }

  public String getWarehouse() {
    return warehouse;
  }

  public void setWarehouse(String warehouse) {
    this.warehouse = warehouse;
  }

  public String getBackorder() {
    return backorder;
  }

  public void setBackorder(String backorder) {
    this.backorder = backorder;
  }

  public String getProductName() {
    return productName;
  }

  public BigDecimal getUnitPrice() {
    return unitPrice;
  }

  public BigDecimal getLineTotal() {
    return lineTotal;
  }

  public String getCurrency() {
    return currency;
  }

  public long getBackordered() {
    return backordered;
  }

  public boolean isWaitlisted() {
    return waitlisted;
  }

  public String getError() {
    return error;
  }

  public List<StockRow> getStock() {
    return stock;
  }

  public Long getAvailable() {
    return available;
  }

  /** The newest stock figure's time. */
  public Instant getStockAsOf() {
    return stock.stream().map(StockRow::asOf).max(Instant::compareTo).orElse(null);
  }
}
