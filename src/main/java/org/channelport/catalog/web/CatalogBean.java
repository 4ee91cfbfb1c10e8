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

  @PostConstruct
  void init() {
    categories = catalog.categoryTree();
    model = new ProductLazyModel(catalog, this::criteria, this::prices);
  }

  ProductSearch.Criteria criteria() {
    String q = keywords == null || keywords.isBlank() ? null : keywords.strip();
    return new ProductSearch.Criteria(
        q == null || q.length() <= 200 ? q : q.substring(0, 200),
        categoryId == null ? null : catalog.withDescendants(categoryId),
        minPrice,
        maxPrice,
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
