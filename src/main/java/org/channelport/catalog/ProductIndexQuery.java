package org.channelport.catalog;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

/**
 * One search of the product index: the words typed, the filters (a category set, a base price
 * range, active, a manufacturer, in stock; null does not filter), the featured products of a
 * showroom (first on ties), the order and one page, the base prices that bound the price ranges
 * counted, and whether to count facets and highlight matches.
 */
public record ProductIndexQuery(
    String keywords,
    Set<Long> categoryIds,
    BigDecimal minBasePrice,
    BigDecimal maxBasePrice,
    Boolean active,
    String manufacturer,
    Boolean inStock,
    Set<Long> featuredIds,
    String sort,
    boolean ascending,
    int offset,
    int limit,
    List<BigDecimal> priceBounds,
    boolean facets,
    boolean highlight) {

  public ProductIndexQuery {
    featuredIds = featuredIds == null ? Set.of() : featuredIds;
    priceBounds = priceBounds == null ? List.of() : List.copyOf(priceBounds);
    if (offset < 0 || limit < 0) {
      throw new IllegalArgumentException("offset and limit must not be negative");
    }
  }

  /** The keywords and filters of a SQL search, one page, no facets. */
  public static ProductIndexQuery of(ProductSearch.Criteria c, int offset, int limit) {
    return new ProductIndexQuery(
        c.keywords(),
        c.categoryIds() == null ? null : Set.copyOf(c.categoryIds()),
        c.minBasePrice(),
        c.maxBasePrice(),
        c.active(),
        null,
        null,
        Set.of(),
        c.sort(),
        c.ascending(),
        offset,
        limit,
        List.of(),
        false,
        false);
  }

  public ProductIndexQuery withFacets(List<BigDecimal> bounds) {
    return new ProductIndexQuery(
        keywords,
        categoryIds,
        minBasePrice,
        maxBasePrice,
        active,
        manufacturer,
        inStock,
        featuredIds,
        sort,
        ascending,
        offset,
        limit,
        bounds,
        true,
        highlight);
  }

  public ProductIndexQuery withHighlight() {
    return new ProductIndexQuery(
        keywords,
        categoryIds,
        minBasePrice,
        maxBasePrice,
        active,
        manufacturer,
        inStock,
        featuredIds,
        sort,
        ascending,
        offset,
        limit,
        priceBounds,
        facets,
        true);
  }

  public ProductIndexQuery withFacetFilters(String manufacturer, Boolean inStock) {
    return new ProductIndexQuery(
        keywords,
        categoryIds,
        minBasePrice,
        maxBasePrice,
        active,
        manufacturer,
        inStock,
        featuredIds,
        sort,
        ascending,
        offset,
        limit,
        priceBounds,
        facets,
        highlight);
  }

  public ProductIndexQuery withFeatured(Set<Long> featured) {
    return new ProductIndexQuery(
        keywords,
        categoryIds,
        minBasePrice,
        maxBasePrice,
        active,
        manufacturer,
        inStock,
        featured,
        sort,
        ascending,
        offset,
        limit,
        priceBounds,
        facets,
        highlight);
  }
}
