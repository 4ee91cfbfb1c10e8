package org.channelport.showroom;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * One page of a showroom search: the products (PAGE + 1 tell that more follow), the number of all
 * matches and, when the search index answered, the facets counted in the same search and the
 * matches marked in names and snippets (escaped HTML, by SKU). From MariaDB (while the index is
 * being built) there are no facets and no marks, and {@code total} is -1.
 */
public record ShowroomResults(
    List<ShowroomProduct> products,
    long total,
    List<Facet> categories,
    List<Facet> manufacturers,
    List<Facet> prices,
    long inStock,
    Map<String, Marks> marks)
    implements Serializable {

  /**
   * A facet value with its count: a category (value its code, depth for indenting), a manufacturer
   * (value its name) or a public price range (min inclusive, max exclusive; null: open).
   */
  public record Facet(
      String value, String label, int depth, long count, BigDecimal min, BigDecimal max)
      implements Serializable {
    public String getValue() {
      return value;
    }

    public String getLabel() {
      return label;
    }

    public int getDepth() {
      return depth;
    }

    public long getCount() {
      return count;
    }

    public BigDecimal getMin() {
      return min;
    }

    public BigDecimal getMax() {
      return max;
    }
  }

  /** A product's name and description snippet with the matches marked, as escaped HTML. */
  public record Marks(String nameHtml, String snippetHtml) implements Serializable {}

  public boolean indexed() {
    return total >= 0;
  }

  // for the pages (EL reads bean properties, not record accessors)

  public boolean isIndexed() {
    return indexed();
  }

  public long getTotal() {
    return total;
  }

  public List<Facet> getCategories() {
    return categories;
  }

  public List<Facet> getManufacturers() {
    return manufacturers;
  }

  public List<Facet> getPrices() {
    return prices;
  }

  public long getInStock() {
    return inStock;
  }
}
