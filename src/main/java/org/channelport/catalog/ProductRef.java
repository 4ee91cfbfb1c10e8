package org.channelport.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;

/**
 * A product as other records refer to it (read only here: products are written by uploads, see
 * {@link CatalogImport}).
 */
@Entity
@Table(name = "product")
public class ProductRef {
  @Id private Long id;
  private String sku;
  private String name;

  @Column(name = "base_price")
  private BigDecimal basePrice;

  private String currency;
  private boolean active;

  @Column(name = "category_id")
  private Long categoryId;

  protected ProductRef() {}

  public Long getId() {
    return id;
  }

  public String getSku() {
    return sku;
  }

  public String getName() {
    return name;
  }

  public BigDecimal getBasePrice() {
    return basePrice;
  }

  public String getCurrency() {
    return currency;
  }

  public boolean isActive() {
    return active;
  }

  public Long getCategoryId() {
    return categoryId;
  }
}
