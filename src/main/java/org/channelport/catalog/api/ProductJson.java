package org.channelport.catalog.api;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.Map;
import org.channelport.catalog.ProductView;

/** A product in the API: netPrice is the caller's own price (absent without a partner). */
public record ProductJson(
    String sku,
    String name,
    String description,
    String category,
    String manufacturer,
    String manufacturerPartNumber,
    BigDecimal weightKg,
    Integer deliveryDays,
    String imageUrl,
    BigDecimal basePrice,
    String currency,
    boolean active,
    Map<String, String> attributes,
    Map<String, String> stock,
    BigDecimal netPrice,
    String netPriceSource,
    long revision,
    Instant updatedAt) {
  static ProductJson of(ProductView p) {
    return new ProductJson(
        p.sku(),
        p.name(),
        p.description(),
        p.categoryCode(),
        p.manufacturer(),
        p.manufacturerPartNumber(),
        p.weightKg(),
        p.deliveryDays(),
        p.imageUrl(),
        p.basePrice().stripTrailingZeros().scale() < 2
            ? p.basePrice().setScale(2, RoundingMode.HALF_UP)
            : p.basePrice().stripTrailingZeros(),
        p.currency(),
        p.active(),
        p.attributes(),
        p.stock(),
        p.netPrice(),
        p.netPrice() == null ? null : p.contractPrice() ? "contract" : "tier",
        p.revision(),
        p.updatedAt());
  }
}
