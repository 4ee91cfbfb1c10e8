package org.channelport.catalog;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * What one index search found: the page's products in order (with their highlighted name and
 * snippet, HTML-escaped, when asked), the number of all matches, and the facets counted over all
 * matches in the same search.
 */
public record ProductIndexResult(List<Hit> hits, long total, Facets facets)
    implements Serializable {

  /** A product found; {@code nameHtml}/{@code snippetHtml} are escaped HTML with marks, or null. */
  public record Hit(long id, String nameHtml, String snippetHtml) implements Serializable {}

  /** A value of a facet and how many matches have it. */
  public record Count(String value, long count) implements Serializable {}

  /**
   * Matches per category (the product's own category only; parents are added up by the caller,
   * which knows the tree), per manufacturer (most first), per price range (below the first bound,
   * between each two, from the last on) and in stock or not.
   */
  public record Facets(
      Map<Long, Long> categories,
      List<Count> manufacturers,
      List<Long> priceRanges,
      long inStock,
      long outOfStock)
      implements Serializable {
    public static final Facets NONE = new Facets(Map.of(), List.of(), List.of(), 0, 0);
  }

  /** A suggestion while typing: a product's SKU and name. */
  public record Suggestion(String sku, String name) implements Serializable {}

  public List<Long> ids() {
    return hits.stream().map(Hit::id).toList();
  }
}
