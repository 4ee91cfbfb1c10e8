package org.channelport.catalog;

import java.math.BigDecimal;

/** What the search index knows of a product: its words, filters, facets and sort keys. */
public record IndexedProduct(
    long id,
    String sku,
    String name,
    String description,
    long categoryId,
    String manufacturer,
    String manufacturerPartNumber,
    BigDecimal basePrice,
    boolean active,
    boolean inStock,
    long revision) {}
