package org.channelport.catalog;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;

/** A contract price with its product, for lists. */
public record ContractPriceView(
    long id,
    long partnerId,
    String sku,
    String productName,
    BigDecimal basePrice,
    BigDecimal price,
    String currency,
    LocalDate validFrom,
    LocalDate validTo,
    long version)
    implements Serializable {
  public long getId() {
    return id;
  }

  public String getSku() {
    return sku;
  }

  public String getProductName() {
    return productName;
  }

  public BigDecimal getBasePrice() {
    return basePrice.setScale(2, RoundingMode.HALF_UP);
  }

  public BigDecimal getPrice() {
    return price.setScale(2, RoundingMode.HALF_UP);
  }

  public String getCurrency() {
    return currency;
  }

  public LocalDate getValidFrom() {
    return validFrom;
  }

  public LocalDate getValidTo() {
    return validTo;
  }
}
