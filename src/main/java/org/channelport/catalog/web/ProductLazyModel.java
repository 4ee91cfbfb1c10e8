package org.channelport.catalog.web;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.channelport.catalog.Catalog;
import org.channelport.catalog.PriceContext;
import org.channelport.catalog.ProductSearch;
import org.channelport.catalog.ProductView;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/** Products for a lazy table: the page's search form gives the criteria, SQL does the rest. */
public class ProductLazyModel extends LazyDataModel<ProductView> {
  /** The search form's criteria at the time of loading. */
  public interface Criteria extends Serializable, Supplier<ProductSearch.Criteria> {}

  /** The prices to show at the time of loading. */
  public interface Prices extends Serializable, Supplier<PriceContext> {}

  /**
   * A keyword search with facets: the facet values chosen, and where the facets counted with the
   * total go (null: the page shows none).
   */
  public interface Refine extends Serializable {
    String manufacturer();

    Boolean inStock();

    /** Whether this search goes to the index with facets (keywords typed, or a facet chosen). */
    boolean faceted(ProductSearch.Criteria criteria);

    void counted(Catalog.Hits hits);
  }

  private final Catalog catalog;
  private final Criteria criteria;
  private final Prices prices;
  private final Refine refine;
  private boolean indexed;

  public ProductLazyModel(Catalog catalog, Criteria criteria, Prices prices) {
    this(catalog, criteria, prices, null);
  }

  public ProductLazyModel(Catalog catalog, Criteria criteria, Prices prices, Refine refine) {
    this.catalog = catalog;
    this.criteria = criteria;
    this.prices = prices;
    this.refine = refine;
  }

  @Override
  public int count(Map<String, FilterMeta> filterBy) {
    ProductSearch.Criteria c = criteria.get();
    indexed = false;
    if (refine != null && refine.faceted(c)) {
      // the total and the facets from one index search
      var hits =
          catalog.findWithFacets(
              c, refine.manufacturer(), refine.inStock(), prices.get(), 0, 0, CatalogBean.BOUNDS);
      refine.counted(hits.orElse(null));
      if (hits.isPresent()) {
        indexed = true;
        return (int) Math.min(Integer.MAX_VALUE, hits.get().total());
      }
    }
    return (int) Math.min(Integer.MAX_VALUE, catalog.count(c));
  }

  @Override
  public List<ProductView> load(
      int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
    ProductSearch.Criteria c = criteria.get();
    if (sortBy != null && !sortBy.isEmpty()) {
      SortMeta sort = sortBy.values().iterator().next();
      String field =
          switch (sort.getField()) {
            case "name" -> "name";
            case "basePrice" -> "price";
            case "updatedAt" -> "newest";
            default -> "sku";
          };
      c =
          new ProductSearch.Criteria(
              c.keywords(),
              c.categoryIds(),
              c.minBasePrice(),
              c.maxBasePrice(),
              c.active(),
              c.sinceRevision(),
              c.changedSince(),
              field,
              sort.getOrder() != SortOrder.DESCENDING);
    }
    if (indexed) {
      var hits =
          catalog.findWithFacets(
              c, refine.manufacturer(), refine.inStock(), prices.get(), first, pageSize, List.of());
      if (hits.isPresent()) {
        return hits.get().rows();
      }
    }
    return catalog.rows(c, prices.get(), first, pageSize);
  }

  @Override
  public String getRowKey(ProductView row) {
    return row.sku();
  }

  @Override
  public ProductView getRowData(String rowKey) {
    List<ProductView> rows = getWrappedData();
    return rows == null
        ? null
        : rows.stream().filter(r -> r.sku().equals(rowKey)).findFirst().orElse(null);
  }
}
