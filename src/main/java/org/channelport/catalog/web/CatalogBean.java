package org.channelport.catalog.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import org.channelport.catalog.Catalog;
import org.channelport.catalog.ContractPriceView;
import org.channelport.catalog.PriceContext;
import org.channelport.catalog.PriceLists;
import org.channelport.catalog.ProductSearch;
import org.channelport.catalog.TierDiscount;
import org.channelport.platform.web.FacesMessages;
import org.channelport.shared.DomainException;
import org.channelport.shared.InvalidInputException;

/**
 * The catalog list: channel managers see every product at base prices, partner users the active
 * ones at their own net prices. Search by keywords, category and price range; export for shops.
 */
@Named
@ViewScoped
public class CatalogBean implements Serializable {
  @Inject Catalog catalog;
  @Inject PriceLists priceLists;

  private String keywords;
  private Long categoryId;
  private BigDecimal minPrice;
  private BigDecimal maxPrice;
  private String active = "";
  private ProductLazyModel model;
  private List<Catalog.CategoryNode> categories;

  /** The base prices that bound the price ranges counted beside the results. */
  static final List<BigDecimal> BOUNDS =
      List.of(50, 100, 250, 500, 1000, 2500).stream().map(BigDecimal::valueOf).toList();

  // the facets: the values chosen and what the last search counted (null: none shown)
  private String maker;
  private Boolean inStock;
  private BigDecimal below;
  private List<Facet> categoryFacets = List.of();
  private List<Facet> makerFacets = List.of();
  private List<Facet> priceFacets = List.of();
  private long inStockCount;
  private Long total;

  /** A facet value with its count: a category (id), a manufacturer or a base price range. */
  public record Facet(Long id, String label, int depth, long count, BigDecimal min, BigDecimal max)
      implements Serializable {
    public Long getId() {
      return id;
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

  @PostConstruct
  void init() {
    categories = catalog.categoryTree();
    model = new ProductLazyModel(catalog, this::criteria, this::prices, new Refiner(this));
  }

  /** Lets the lazy model read the chosen facet values and hand back what it counted. */
  private record Refiner(CatalogBean bean) implements ProductLazyModel.Refine {
    @Override
    public String manufacturer() {
      return bean.maker;
    }

    @Override
    public Boolean inStock() {
      return bean.inStock;
    }

    @Override
    public boolean faceted(ProductSearch.Criteria criteria) {
      return criteria.keywords() != null || bean.maker != null || bean.inStock != null;
    }

    @Override
    public void counted(Catalog.Hits hits) {
      bean.counted(hits);
    }
  }

  void counted(Catalog.Hits hits) {
    if (hits == null) {
      total = null;
      categoryFacets = List.of();
      makerFacets = List.of();
      priceFacets = List.of();
      inStockCount = 0;
      return;
    }
    total = hits.total();
    var f = hits.facets();
    var perCategory = catalog.withDescendantCounts(f.categories());
    List<Facet> cats = new java.util.ArrayList<>();
    for (Catalog.CategoryNode node : categories) {
      long n = perCategory.getOrDefault(node.getId(), 0L);
      if (n > 0) {
        cats.add(new Facet(node.getId(), node.getName(), node.depth(), n, null, null));
      }
    }
    categoryFacets = cats;
    makerFacets =
        f.manufacturers().stream()
            .map(c -> new Facet(null, c.value(), 0, c.count(), null, null))
            .toList();
    List<Facet> prices = new java.util.ArrayList<>();
    for (int i = 0; i < f.priceRanges().size(); i++) {
      long n = f.priceRanges().get(i);
      if (n > 0) {
        prices.add(
            new Facet(
                null,
                null,
                0,
                n,
                i == 0 ? null : BOUNDS.get(i - 1),
                i < BOUNDS.size() ? BOUNDS.get(i) : null));
      }
    }
    priceFacets = prices;
    inStockCount = f.inStock();
  }

  public void chooseCategory(Long id) {
    categoryId = id != null && id.equals(categoryId) ? null : id;
  }

  public void chooseMaker(String value) {
    maker = value != null && value.equals(maker) ? null : value;
  }

  public void chooseInStock() {
    inStock = inStock == null ? Boolean.TRUE : null;
  }

  /** A base price range: at least min, below max (the price filter's maximum is inclusive). */
  public void choosePrice(BigDecimal min, BigDecimal max) {
    boolean chosen =
        java.util.Objects.equals(min, minPrice) && java.util.Objects.equals(max, below);
    minPrice = chosen ? null : min;
    below = chosen ? null : max;
  }

  public BigDecimal getBelow() {
    return below;
  }

  public List<Facet> getCategoryFacets() {
    return categoryFacets;
  }

  public List<Facet> getMakerFacets() {
    return makerFacets;
  }

  public List<Facet> getPriceFacets() {
    return priceFacets;
  }

  public long getInStockCount() {
    return inStockCount;
  }

  public Long getTotal() {
    return total;
  }

  public String getMaker() {
    return maker;
  }

  public Boolean getInStock() {
    return inStock;
  }

  ProductSearch.Criteria criteria() {
    String q = keywords == null || keywords.isBlank() ? null : keywords.strip();
    return new ProductSearch.Criteria(
        q == null || q.length() <= 200 ? q : q.substring(0, 200),
        categoryId == null ? null : catalog.withDescendants(categoryId),
        minPrice,
        below == null
            ? maxPrice
            : below.subtract(new BigDecimal("0.0001")).min(maxPrice == null ? below : maxPrice),
        switch (active == null ? "" : active) {
          case "yes" -> Boolean.TRUE;
          case "no" -> Boolean.FALSE;
          default -> null;
        },
        null,
        null,
        q == null ? "sku" : "relevance",
        true);
  }

  PriceContext prices() {
    return catalog.prices(null);
  }

  private String newCode;
  private String newName;
  private String newParent;

  public void addCategory() {
    try {
      catalog.addCategory(newCode, newName, newParent);
      FacesMessages.info("catalog.category.added", newCode);
      newCode = null;
      newName = null;
      newParent = null;
      categories = catalog.categoryTree();
    } catch (InvalidInputException e) {
      e.errors()
          .forEach(
              f ->
                  FacesMessages.error(
                      "catalog.prices.fieldError",
                      f.field(),
                      FacesMessages.text(f.messageKey(), f.args())));
    } catch (DomainException e) {
      FacesMessages.error(e.messageKey(), newCode);
    }
  }

  public String getNewCode() {
    return newCode;
  }

  public void setNewCode(String newCode) {
    this.newCode = newCode;
  }

  public String getNewName() {
    return newName;
  }

  public void setNewName(String newName) {
    this.newName = newName;
  }

  public String getNewParent() {
    return newParent;
  }

  public void setNewParent(String newParent) {
    this.newParent = newParent;
  }

  public void search() {
    // the lazy model reads the form's fields when the table reloads
  }

  public void clear() {
    keywords = null;
    categoryId = null;
    minPrice = null;
    maxPrice = null;
    active = "";
    maker = null;
    inStock = null;
    below = null;
  }

  public void exportCsv() throws IOException {
    download(
        "catalog.csv",
        "text/csv; charset=UTF-8",
        out -> catalog.export().csv(exportCriteria(), prices(), out));
  }

  public void exportBmecat() throws IOException {
    PriceContext prices = prices();
    var all = catalog.categories();
    download(
        "catalog.xml",
        "application/xml; charset=UTF-8",
        out ->
            catalog
                .export()
                .bmecat(
                    exportCriteria(),
                    prices,
                    all,
                    false,
                    "channelport-" + (prices.forPartner() ? prices.partnerId() : "base"),
                    out));
  }

  private ProductSearch.Criteria exportCriteria() {
    ProductSearch.Criteria c = criteria();
    return new ProductSearch.Criteria(
        c.keywords(),
        c.categoryIds(),
        c.minBasePrice(),
        c.maxBasePrice(),
        catalog.isChannelManager() ? c.active() : Boolean.TRUE,
        null,
        null,
        "sku",
        true);
  }

  interface Body {
    void write(OutputStream out) throws IOException;
  }

  static void download(String file, String type, Body body) throws IOException {
    FacesContext faces = FacesContext.getCurrentInstance();
    ExternalContext external = faces.getExternalContext();
    external.responseReset();
    external.setResponseContentType(type);
    external.setResponseHeader("Content-Disposition", "attachment; filename=\"" + file + "\"");
    try (OutputStream out = external.getResponseOutputStream()) {
      body.write(out);
    }
    faces.responseComplete();
  }

  public List<TierDiscount> getOwnTier() {
    return priceLists.tierDiscounts();
  }

  public List<ContractPriceView> getOwnContractPrices() {
    PriceContext prices = prices();
    return prices.forPartner() ? priceLists.contractPrices(prices.partnerId()) : List.of();
  }

  public ProductLazyModel getModel() {
    return model;
  }

  public List<Catalog.CategoryNode> getCategories() {
    return categories;
  }

  public String getKeywords() {
    return keywords;
  }

  public void setKeywords(String keywords) {
    this.keywords = keywords;
  }

  public Long getCategoryId() {
    return categoryId;
  }

  public void setCategoryId(Long categoryId) {
    this.categoryId = categoryId;
  }

  public BigDecimal getMinPrice() {
    return minPrice;
  }

  public void setMinPrice(BigDecimal minPrice) {
    this.minPrice = minPrice;
  }

  public BigDecimal getMaxPrice() {
    return maxPrice;
  }

  public void setMaxPrice(BigDecimal maxPrice) {
    this.maxPrice = maxPrice;
  }

  public String getActive() {
    return active;
  }

  public void setActive(String active) {
    this.active = active;
  }
}
