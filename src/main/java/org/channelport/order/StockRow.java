package org.channelport.order;

import java.io.Serializable;
import java.time.Instant;

/** What one warehouse has of one SKU, and when the ERP said so. */
public record StockRow(
    String sku, String warehouse, String warehouseName, long quantity, Instant asOf)
    implements Serializable {
  public String getSku() {
    return sku;
  }

  public String getWarehouse() {
    return warehouse;
  }

  public String getWarehouseName() {
    return warehouseName;
  }

  public long getQuantity() {
    return quantity;
  }

  public Instant getAsOf() {
    return asOf;
  }
}
