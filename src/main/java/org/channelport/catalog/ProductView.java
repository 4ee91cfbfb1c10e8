package org.channelport.catalog;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.Map;

/**
 * A product as a list or page shows it, with the caller's net price (null without a partner) and
 * whether that is a contract price.
 */
public record ProductView(
    long id,
    String sku,
    String name,
    String description,
    long categoryId,
    String categoryCode,
    String categoryName,
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
    long revision,
    Instant updatedAt,
    BigDecimal netPrice,
    boolean contractPrice)
    implements Serializable {

  public long totalStock() {
    return stock.values().stream().mapToLong(v -> parse(v)).sum();
  }

  private static long parse(String v) {
    try {
      return Long.parseLong(v);
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  /** For pages: the price shown with two decimals. */
  public BigDecimal getBasePrice() {
    return basePrice.setScale(2, RoundingMode.HALF_UP);
  }

  public BigDecimal getNetPrice() {
    return netPrice;
  }

  public String getSku() {
    return sku;
  }

  public String getName() {
    return name;
  }

  public String getDescription() {
    return description;
  }

  public String getCategoryName() {
    return categoryName;
  }

  public String getCategoryCode() {
    return categoryCode;
  }

  public String getManufacturer() {
    return manufacturer;
  }

  public String getManufacturerPartNumber() {
    return manufacturerPartNumber;
  }

  public String getCurrency() {
    return currency;
  }

  public boolean isActive() {
    return active;
  }

  public boolean isContractPrice() {
    return contractPrice;
  }

  public Integer getDeliveryDays() {
    return deliveryDays;
  }

  public String getImageUrl() {
    return imageUrl;
  }

  public BigDecimal getWeightKg() {
    return weightKg;
  }

  public Map<String, String> getAttributes() {
    return attributes;
  }

  public Map<String, String> getStock() {
    return stock;
  }

  public Instant getUpdatedAt() {
    return updatedAt;
  }

  public long getId() {
    return id;
  }
}
