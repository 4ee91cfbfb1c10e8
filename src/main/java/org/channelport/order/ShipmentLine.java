package org.channelport.order;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** How much of one SKU a shipment carries. */
@Entity
@Table(name = "shipment_line")
public class ShipmentLine {
  @Id
  @GeneratedValue(strategy = GenerationType.TABLE, generator = "shipment_line_ids") // orm.xml
  private Long id;

  private String sku;
  private long quantity;

  protected ShipmentLine() {}

  public ShipmentLine(String sku, long quantity) {
    if (quantity <= 0) {
      throw new IllegalArgumentException("a shipped quantity is above 0: " + quantity);
    }
    this.sku = sku;
    this.quantity = quantity;
  }

  public Long getId() {
    return id;
  }

  public String getSku() {
    return sku;
  }

  public long getQuantity() {
    return quantity;
  }
}
