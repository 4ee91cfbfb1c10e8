package org.channelport.showroom.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.channelport.platform.web.FacesMessages;
import org.channelport.shared.CampaignCode;
import org.channelport.shared.InvalidInputException;
import org.channelport.showroom.InquiryForm;
import org.channelport.showroom.PublicShowroom;
import org.channelport.showroom.PublicShowrooms;
import org.channelport.showroom.ShowroomProduct;
import org.channelport.showroom.ShowroomResults;

/**
 * The public showroom pages: the product list with search, a product, the inquiry. The search form
 * is a plain GET form, so results are bookmarkable and browsing needs no server-side state.
 */
@Named
@ViewScoped
public class ShowroomBean implements Serializable {
  @Inject PublicShowrooms showrooms;
  @Inject InterestCart cart;

  private String slug;
  private String q;
  private String category;
  private String max;
  private String min;
  private String below;
  private String maker;
  private String stock;
  private String sort;
  private int page;
  private String sku;
  private String campaign;
  private boolean badCampaign;

  private PublicShowroom showroom;
  private List<ShowroomProduct> products;
  private ShowroomResults results;
  private boolean more;
  private ShowroomProduct product;
  private BigDecimal maxPrice;

  // the inquiry form
  private String company;
  private String contactName;
  private String email;
  private String phone;
  private String country;
  private String postcode;
  private String message;
  private String website;

  /** Every showroom page: an unknown or inactive showroom is not found. */
  public void load() {
    showroom = showrooms.bySlug(slug);
    if (showroom == null) {
      notFound();
      return;
    }
    rememberCampaign();
  }

  /**
   * A link with {@code ?campaign=CODE} credits the visit's inquiry to that campaign; a code that is
   * not one answers 400 naming the parameter (the showroom is shown all the same).
   */
  private void rememberCampaign() {
    if (campaign == null || campaign.isBlank()) {
      return;
    }
    try {
      cart.campaign(slug, CampaignCode.parse("campaign", campaign));
    } catch (InvalidInputException invalid) {
      badCampaign = true;
      FacesContext.getCurrentInstance()
          .getExternalContext()
          .setResponseStatus(HttpServletResponse.SC_BAD_REQUEST);
    }
  }

  public boolean isBadCampaign() {
    return badCampaign;
  }

  public void loadList() {
    load();
    if (showroom == null) {
      return;
    }
    maxPrice = parsePrice(max);
    results =
        showrooms.search(
            showroom,
            new PublicShowrooms.Search(
                q,
                category,
                parsePrice(min),
                maxPrice,
                parsePrice(below),
                maker == null || maker.isBlank() || maker.length() > 200 ? null : maker,
                "yes".equals(stock) ? Boolean.TRUE : null,
                sort,
                Math.max(0, page)));
    List<ShowroomProduct> rows = results.products();
    more = rows.size() > PublicShowrooms.PAGE;
    products = more ? rows.subList(0, PublicShowrooms.PAGE) : rows;
  }

  public void loadProduct() {
    load();
    if (showroom == null) {
      return;
    }
    product = showrooms.product(showroom, sku);
    if (product == null) {
      notFound();
    }
  }

  public void loadInquiry() {
    load();
    if (showroom != null && sku != null && showrooms.product(showroom, sku) != null) {
      cart.add(slug, sku);
    }
  }

  private boolean missing;

  /** Answers 404 with the showroom's own "not here" text (no nested error-page dispatch). */
  private void notFound() {
    missing = true;
    FacesContext.getCurrentInstance()
        .getExternalContext()
        .setResponseStatus(HttpServletResponse.SC_NOT_FOUND);
  }

  public boolean isMissing() {
    return missing;
  }

  private static final java.util.regex.Pattern PRICE =
      java.util.regex.Pattern.compile("[0-9]{1,12}(\\.[0-9]{1,4})?");

  /** A price typed in the address (12.50 or 12,50), or null when it is not one. */
  static BigDecimal parsePrice(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    // a plain decimal only: an exponent such as 1e999999999 would take a core for minutes to turn
    // into a base price; anything else in the address is ignored
    String plain = text.strip().replace(',', '.');
    return PRICE.matcher(plain).matches() ? new BigDecimal(plain) : null;
  }

  public String addToCart() {
    if (product != null) {
      cart.add(slug, product.sku());
      FacesMessages.info("showroom.cart.added", product.name());
    }
    return null;
  }

  public void removeFromCart(String removed) {
    cart.remove(slug, removed);
  }

  public List<ShowroomProduct> getCartProducts() {
    List<ShowroomProduct> items = new ArrayList<>();
    if (showroom == null) {
      return items;
    }
    for (String s : cart.skus(slug)) {
      ShowroomProduct p = showrooms.product(showroom, s);
      if (p != null) {
        items.add(p);
      }
    }
    return items;
  }

  public int getCartSize() {
    return slug == null ? 0 : cart.skus(slug).size();
  }

  public boolean isInCart() {
    return product != null && cart.contains(slug, product.sku());
  }

  public String send() {
    String address =
        ((HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest())
            .getRemoteAddr();
    try {
      showrooms.inquire(
          showroom,
          new InquiryForm(
              company,
              contactName,
              email,
              phone,
              country,
              postcode,
              message,
              cart.skus(slug),
              website,
              cart.campaign(slug)),
          address);
    } catch (InvalidInputException e) {
      e.errors()
          .forEach(
              f ->
                  FacesMessages.error(
                      "showroom.inquiry.fieldError",
                      FacesMessages.text("showroom.field." + f.field()),
                      FacesMessages.text(f.messageKey(), f.args())));
      return null;
    }
    cart.clear(slug);
    try {
      FacesContext.getCurrentInstance()
          .getExternalContext()
          .redirect(
              FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath()
                  + "/showroom/"
                  + slug
                  + "/thanks");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return null;
  }

  /** Link to another page of the current search. */
  public String pageLink(int target) {
    return link(target, Map.of());
  }

  /** The current search with one facet value chosen (or, when it is chosen, let go). */
  public String facetLink(String name, String value) {
    Map<String, String> changed = new HashMap<>();
    String current =
        switch (name) {
          case "category" -> category;
          case "maker" -> maker;
          case "stock" -> stock;
          default -> throw new IllegalArgumentException(name);
        };
    changed.put(name, value.equals(current) ? "" : value);
    return link(0, changed);
  }

  /** The current search within one public price range (or all prices when it is chosen). */
  public String priceLink(ShowroomResults.Facet range) {
    String from = range.min() == null ? "" : range.min().toPlainString();
    String to = range.max() == null ? "" : range.max().toPlainString();
    boolean chosen = from.equals(min == null ? "" : min) && to.equals(below == null ? "" : below);
    return link(0, Map.of("min", chosen ? "" : from, "below", chosen ? "" : to));
  }

  public boolean isChosenPrice(ShowroomResults.Facet range) {
    String from = range.min() == null ? "" : range.min().toPlainString();
    String to = range.max() == null ? "" : range.max().toPlainString();
    return from.equals(min == null ? "" : min) && to.equals(below == null ? "" : below);
  }

  private String link(int target, Map<String, String> changed) {
    StringBuilder b = new StringBuilder(base()).append("?page=").append(target);
    Map<String, String> params = new LinkedHashMap<>();
    params.put("q", q);
    params.put("category", category);
    params.put("max", max);
    params.put("min", min);
    params.put("below", below);
    params.put("maker", maker);
    params.put("stock", stock);
    params.put("sort", sort);
    params.putAll(changed);
    params.forEach((name, value) -> param(b, name, value));
    return b.toString();
  }

  /** The product's name with the words found marked (escaped HTML). */
  public String markedName(ShowroomProduct p) {
    ShowroomResults.Marks marks = results == null ? null : results.marks().get(p.sku());
    return marks != null && marks.nameHtml() != null ? marks.nameHtml() : escape(p.name());
  }

  /** The part of the description where the words were found, marked; else the teaser. */
  public String markedTeaser(ShowroomProduct p) {
    ShowroomResults.Marks marks = results == null ? null : results.marks().get(p.sku());
    return marks != null && marks.snippetHtml() != null && !marks.snippetHtml().isBlank()
        ? marks.snippetHtml()
        : escape(p.getTeaser());
  }

  static String escape(String text) {
    if (text == null) {
      return "";
    }
    StringBuilder b = new StringBuilder(text.length() + 16);
    for (char c : text.toCharArray()) {
      switch (c) {
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '&' -> b.append("&amp;");
        case '"' -> b.append("&quot;");
        case '\'' -> b.append("&#39;");
        default -> b.append(c);
      }
    }
    return b.toString();
  }

  public ShowroomResults getResults() {
    return results;
  }

  public String base() {
    return FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath()
        + "/showroom/"
        + slug;
  }

  private static void param(StringBuilder b, String name, String value) {
    if (value != null && !value.isBlank()) {
      b.append('&')
          .append(name)
          .append('=')
          .append(URLEncoder.encode(value, StandardCharsets.UTF_8));
    }
  }

  public boolean isSearching() {
    return (q != null && !q.isBlank())
        || (category != null && !category.isBlank())
        || maxPrice != null
        || (min != null && !min.isBlank())
        || (below != null && !below.isBlank())
        || (maker != null && !maker.isBlank())
        || (stock != null && !stock.isBlank())
        || page > 0;
  }

  public List<ShowroomProduct> getFeatured() {
    return showroom == null ? List.of() : showrooms.featured(showroom);
  }

  // ---- getters and setters

  public PublicShowroom getShowroom() {
    return showroom;
  }

  public List<ShowroomProduct> getProducts() {
    return products;
  }

  public boolean isMore() {
    return more;
  }

  public ShowroomProduct getProduct() {
    return product;
  }

  public String getSlug() {
    return slug;
  }

  public void setSlug(String slug) {
    this.slug = slug;
  }

  public String getQ() {
    return q;
  }

  public void setQ(String q) {
    this.q = q == null || q.length() <= 200 ? q : q.substring(0, 200);
  }

  public String getCategory() {
    return category;
  }

  public void setCategory(String category) {
    this.category = category == null || category.length() <= 64 ? category : null;
  }

  public String getMax() {
    return max;
  }

  public void setMax(String max) {
    this.max = max == null || max.length() <= 20 ? max : null;
  }

  public String getMin() {
    return min;
  }

  public void setMin(String min) {
    this.min = min;
  }

  public String getBelow() {
    return below;
  }

  public void setBelow(String below) {
    this.below = below;
  }

  public String getMaker() {
    return maker;
  }

  public void setMaker(String maker) {
    this.maker = maker;
  }

  public String getStock() {
    return stock;
  }

  public void setStock(String stock) {
    this.stock = stock;
  }

  public String getSort() {
    return sort;
  }

  public void setSort(String sort) {
    this.sort = sort == null || sort.length() <= 20 ? sort : null;
  }

  public int getPage() {
    return page;
  }

  public void setPage(int page) {
    this.page = page;
  }

  public String getCampaign() {
    return campaign;
  }

  public void setCampaign(String campaign) {
    this.campaign = campaign;
  }

  public String getSku() {
    return sku;
  }

  public void setSku(String sku) {
    this.sku = sku == null || sku.length() <= 64 ? sku : null;
  }

  public String getCompany() {
    return company;
  }

  public void setCompany(String company) {
    this.company = company;
  }

  public String getContactName() {
    return contactName;
  }

  public void setContactName(String contactName) {
    this.contactName = contactName;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public String getPhone() {
    return phone;
  }

  public void setPhone(String phone) {
    this.phone = phone;
  }

  public String getCountry() {
    return country;
  }

  public void setCountry(String country) {
    this.country = country;
  }

  public String getPostcode() {
    return postcode;
  }

  public void setPostcode(String postcode) {
    this.postcode = postcode;
  }

  public String getMessage() {
    return message;
  }

  public void setMessage(String message) {
    this.message = message;
  }

  public String getWebsite() {
    return website;
  }

  public void setWebsite(String website) {
    this.website = website;
  }
}
