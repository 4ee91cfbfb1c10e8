package org.channelport.order;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/** A shipment as pages and the API show it, with the carrier's tracking link. */
public record ShipmentView(
    String shipmentRef,
    String warehouse,
    String carrier,
    String carrierName,
    String method,
    String trackingNumber,
    String trackingUrl,
    LocalDate shippedAt,
    LocalDate estimatedDelivery,
    List<Line> lines)
    implements Serializable {

  public record Line(String sku, long quantity) implements Serializable {}

  /**
   * The tracking link: the carrier's template with the tracking number (URL-encoded) in place of
   * {@code {tracking}}; null without a template or a number.
   */
  public static String trackingUrl(String template, String trackingNumber) {
    if (template == null || trackingNumber == null || trackingNumber.isBlank()) {
      return null;
    }
    return template.replace(
        "{tracking}",
        java.net.URLEncoder.encode(trackingNumber.strip(), java.nio.charset.StandardCharsets.UTF_8)
            .replace("+", "%20"));
  }

  public String getTrackingNumber() {
    return trackingNumber;
  }

  public String getTrackingUrl() {
    return trackingUrl;
  }

  public String getCarrierName() {
    return carrierName;
  }

  public String getWarehouse() {
    return warehouse;
  }

  public String getMethod() {
    return method;
  }

  public LocalDate getShippedAt() {
    return shippedAt;
  }

  public LocalDate getEstimatedDelivery() {
    return estimatedDelivery;
  }
}
