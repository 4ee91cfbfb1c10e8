package org.channelport.order;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** One shipment of an order from one warehouse, as the ERP reports it (by its reference). */
@Entity
@Table(name = "shipment")
public class Shipment {
  @Id
  @GeneratedValue(strategy = GenerationType.TABLE, generator = "shipment_ids") // orm.xml
  private Long id;

  @Column(name = "order_id")
  private Long orderId;

  @Column(name = "shipment_ref")
  private String shipmentRef;

  @Column(name = "warehouse_code")
  private String warehouse;

  @Column(name = "carrier_code")
  private String carrier;

  private String method;

  @Column(name = "tracking_number")
  private String trackingNumber;

  @Column(name = "shipped_at")
  private LocalDate shippedAt;

  @Column(name = "estimated_delivery")
  private LocalDate estimatedDelivery;

  @Column(name = "erp_updated_at")
  private Instant erpUpdatedAt;

  @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
  @jakarta.persistence.JoinColumn(name = "shipment_id", nullable = false)
  private List<ShipmentLine> lines = new ArrayList<>();

  protected Shipment() {}

  Shipment(Long orderId, String shipmentRef) {
    this.orderId = orderId;
    this.shipmentRef = shipmentRef;
  }

  /** Takes what the ERP says now (every field and the lines). */
  void update(
      String warehouseCode,
      String carrierCode,
      String shipMethod,
      String tracking,
      LocalDate shipped,
      LocalDate estimated,
      List<ShipmentLine> newLines,
      Instant at) {
    this.warehouse = warehouseCode;
    this.carrier = carrierCode;
    this.method = shipMethod;
    this.trackingNumber = tracking;
    this.shippedAt = shipped;
    this.estimatedDelivery = estimated;
    this.lines.clear();
    this.lines.addAll(newLines);
    this.erpUpdatedAt = at;
  }

  public boolean isStale(Instant at) {
    return at != null && erpUpdatedAt != null && at.isBefore(erpUpdatedAt);
  }

  public Long getId() {
    return id;
  }

  public Long getOrderId() {
    return orderId;
  }

  public String getShipmentRef() {
    return shipmentRef;
  }

  public String getWarehouse() {
    return warehouse;
  }

  public String getCarrier() {
    return carrier;
  }

  public String getMethod() {
    return method;
  }

  public String getTrackingNumber() {
    return trackingNumber;
  }

  public LocalDate getShippedAt() {
    return shippedAt;
  }

  public LocalDate getEstimatedDelivery() {
    return estimatedDelivery;
  }

  public Instant getErpUpdatedAt() {
    return erpUpdatedAt;
  }

  public List<ShipmentLine> getLines() {
    return Collections.unmodifiableList(lines);
  }
}
