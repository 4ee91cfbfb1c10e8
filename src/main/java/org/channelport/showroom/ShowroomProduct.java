package org.channelport.showroom;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Map;

/** A product as a showroom visitor sees it: the partner's public price, no net price. */
public record ShowroomProduct(
    String sku,
    String name,
    String description,
    String categoryCode,
    String categoryName,
    String manufacturer,
    String manufacturerPartNumber,
    String imageUrl,
    BigDecimal price,
    String currency,
    Integer deliveryDays,
    boolean inStock,
    Map<String, String> attributes)
    implements Serializable {

  public String getSku() {
    return sku;
  }

  public String getName() {
    return name;
  }

  public String getDescription() {
    return description;
  }

  /** The first 160 characters of the description, for lists. */
  public String getTeaser() {
    if (description == null || description.length() <= 160) {
      return description;
    }
    return description.substring(0, 157) + "…";
  }

  public String getCategoryName() {
    return categoryName;
  }

  public String getManufacturer() {
    return manufacturer;
  }

  public String getManufacturerPartNumber() {
    return manufacturerPartNumber;
  }

  public String getImageUrl() {
    return imageUrl;
  }

  public BigDecimal getPrice() {
    return price;
  }

  public String getCurrency() {
    return currency;
  }

  public Integer getDeliveryDays() {
    return deliveryDays;
  }

  public boolean isInStock() {
    return inStock;
  }

  public Map<String, String> getAttributes() {
    return attributes;
  }
}
