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

  private final Catalog catalog;
  private final Criteria criteria;
  private final Prices prices;

  public ProductLazyModel(Catalog catalog, Criteria criteria, Prices prices) {
    this.catalog = catalog;
    this.criteria = criteria;
    this.prices = prices;
  }

  @Override
  public int count(Map<String, FilterMeta> filterBy) {
    return (int) Math.min(Integer.MAX_VALUE, catalog.count(criteria.get()));
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
