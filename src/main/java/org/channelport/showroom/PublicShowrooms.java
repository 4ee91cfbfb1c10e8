package org.channelport.showroom;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.channelport.catalog.Catalog;
import org.channelport.catalog.PriceContext;
import org.channelport.catalog.ProductIndexQuery;
import org.channelport.catalog.ProductIndexResult;
import org.channelport.catalog.ProductSearch;
import org.channelport.catalog.ProductView;
import org.channelport.lead.Lead;
import org.channelport.lead.LeadIntake;
import org.channelport.lead.ShowroomInquiry;
import org.channelport.partner.Partner;
import org.channelport.partner.PartnerStatus;
import org.channelport.platform.Clock;
import org.channelport.shared.CampaignCode;
import org.channelport.shared.Checks;
import org.channelport.shared.FieldError;
import org.channelport.shared.InvalidInputException;
import org.eclipse.microprofile.config.inject.ConfigProperties;

/**
 * The public side of the partner showrooms, what anonymous visitors use: an active partner's
 * showroom at its public prices, search, one product, and "ask for an offer". Nothing here needs a
 * signed-in user; the partner manager's side is {@link Showrooms}.
 */
@ApplicationScoped
@Transactional
public class PublicShowrooms {
  public static final int PAGE = 24;

  @PersistenceContext EntityManager em;
  @Inject Catalog catalog;
  @Inject LeadIntake leadIntake;
  @Inject Clock clock;

  @Inject @ConfigProperties ShowroomConfig config;

  /** The showroom at this address, if its partner is active; else null. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public PublicShowroom bySlug(String slug) {
    if (slug == null || !Showrooms.SLUG.matcher(slug).matches()) {
      return null;
    }
    Showroom showroom =
        em.createQuery("SELECT s FROM Showroom s WHERE s.slug = :slug", Showroom.class)
            .setParameter("slug", slug)
            .getResultStream()
            .findFirst()
            .orElse(null);
    if (showroom == null) {
      return null;
    }
    Partner partner = em.find(Partner.class, showroom.getPartnerId());
    if (partner == null || partner.getStatus() != PartnerStatus.ACTIVE) {
      return null;
    }
    List<Long> chosen = ShowroomSelection.shownCategories(em, showroom.getPartnerId());
    Set<Long> shown = chosen.isEmpty() ? null : catalog.withDescendants(chosen);
    List<Catalog.CategoryNode> tree =
        catalog.categoryTree().stream()
            .filter(n -> shown == null || shown.contains(n.getId()))
            .toList();
    return new PublicShowroom(
        partner.getId(),
        showroom.getSlug(),
        partner.getName(),
        partner.getCountry(),
        showroom.getIntro(),
        showroom.getContactEmail(),
        showroom.getContactPhone(),
        showroom.getPriceAdjustmentPct(),
        showroom.hasLogo(),
        shown,
        tree);
  }

  /** The public prices that bound the price ranges counted beside the results. */
  public static final List<BigDecimal> PRICE_BOUNDS =
      List.of(50, 100, 250, 500, 1000, 2500).stream().map(BigDecimal::valueOf).toList();

  /**
   * What a visitor searches: the words, a category code, a public price range (min inclusive, max
   * inclusive as typed, below exclusive as a price range facet gives it), a manufacturer, in stock
   * only, the order and the page (from 0). Null does not filter.
   */
  public record Search(
      String keywords,
      String categoryCode,
      BigDecimal minPrice,
      BigDecimal maxPrice,
      BigDecimal belowPrice,
      String manufacturer,
      Boolean inStock,
      String sort,
      int page)
      implements java.io.Serializable {}

  /** One page of the showroom's active products; {@code PAGE} + 1 rows tell if more follow. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<ShowroomProduct> products(
      PublicShowroom showroom,
      String keywords,
      String categoryCode,
      BigDecimal maxPrice,
      String sort,
      int page) {
    return search(
            showroom,
            new Search(keywords, categoryCode, null, maxPrice, null, null, null, sort, page))
        .products();
  }

  /**
   * One page of the showroom's active products, PAGE + 1 to tell that more follow. The search index
   * answers it when it is ready, with the showroom's categories and public price range as filters
   * in the same query, its featured products first among equal matches, and the facets; MariaDB
   * otherwise (then without facets, and the manufacturer and stock filters are not applied).
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public ShowroomResults search(PublicShowroom showroom, Search search) {
    Set<Long> categories = showroom.shownCategoryIds();
    String categoryCode = search.categoryCode();
    if (categoryCode != null && !categoryCode.isBlank()) {
      var category = catalog.categoryByCode(categoryCode.strip());
      Set<Long> chosen = category == null ? Set.of() : catalog.withDescendants(category.getId());
      if (categories != null) {
        chosen = new HashSet<>(chosen);
        chosen.retainAll(categories);
      }
      categories = chosen;
    }
    String keywords = search.keywords();
    String q = keywords == null || keywords.isBlank() ? null : clip(keywords.strip(), 200);
    String sort = search.sort();
    String order =
        switch (sort == null ? "" : sort) {
          case "price-asc", "price-desc" -> "price";
          case "name" -> "name";
          case "newest" -> "newest";
          default -> q == null ? "name" : "relevance";
        };
    BigDecimal minBase =
        search.minPrice() == null ? null : showroom.minBasePrice(search.minPrice());
    BigDecimal maxBase =
        search.maxPrice() == null ? null : showroom.maxBasePrice(search.maxPrice());
    if (search.belowPrice() != null) {
      BigDecimal below =
          showroom.minBasePrice(search.belowPrice()).subtract(new BigDecimal("0.0001"));
      maxBase = maxBase == null || below.compareTo(maxBase) < 0 ? below : maxBase;
    }
    int offset = Math.max(0, Math.min(search.page(), 1000)) * PAGE;
    boolean ascending = !"price-desc".equals(sort);
    List<BigDecimal> bounds = PRICE_BOUNDS.stream().map(showroom::minBasePrice).toList();
    var hits =
        catalog.publicSearch(
            new ProductIndexQuery(
                q,
                categories,
                minBase,
                maxBase,
                Boolean.TRUE,
                search.manufacturer(),
                search.inStock(),
                ShowroomSelection.featuredIds(em, showroom.partnerId()),
                order,
                ascending,
                offset,
                PAGE + 1,
                bounds,
                true,
                q != null));
    if (hits.isPresent()) {
      return results(showroom, hits.get());
    }
    ProductSearch.Criteria criteria =
        new ProductSearch.Criteria(
            q, categories, minBase, maxBase, Boolean.TRUE, null, null, order, ascending);
    List<ShowroomProduct> rows =
        catalog.search().rows(criteria, PriceContext.NONE, offset, PAGE + 1).stream()
            .map(p -> publicView(showroom, p))
            .toList();
    return new ShowroomResults(rows, -1, List.of(), List.of(), List.of(), 0, Map.of());
  }

  private ShowroomResults results(PublicShowroom showroom, Catalog.Hits hits) {
    List<ShowroomProduct> products = new ArrayList<>();
    Map<String, ShowroomResults.Marks> marks = new HashMap<>();
    for (ProductView p : hits.rows()) {
      products.add(publicView(showroom, p));
      ProductIndexResult.Hit hit = hits.marks().get(p.id());
      if (hit != null && (hit.nameHtml() != null || hit.snippetHtml() != null)) {
        marks.put(p.sku(), new ShowroomResults.Marks(hit.nameHtml(), hit.snippetHtml()));
      }
    }
    ProductIndexResult.Facets f = hits.facets();
    Map<Long, Long> perCategory = catalog.withDescendantCounts(f.categories());
    List<ShowroomResults.Facet> categories = new ArrayList<>();
    for (Catalog.CategoryNode node : showroom.categories()) {
      long n = perCategory.getOrDefault(node.getId(), 0L);
      if (n > 0) {
        categories.add(
            new ShowroomResults.Facet(node.getCode(), node.getName(), node.depth(), n, null, null));
      }
    }
    List<ShowroomResults.Facet> makers =
        f.manufacturers().stream()
            .map(c -> new ShowroomResults.Facet(c.value(), c.value(), 0, c.count(), null, null))
            .toList();
    List<ShowroomResults.Facet> prices = new ArrayList<>();
    for (int i = 0; i < f.priceRanges().size(); i++) {
      long n = f.priceRanges().get(i);
      if (n > 0) {
        BigDecimal min = i == 0 ? null : PRICE_BOUNDS.get(i - 1);
        BigDecimal max = i < PRICE_BOUNDS.size() ? PRICE_BOUNDS.get(i) : null;
        prices.add(new ShowroomResults.Facet(null, null, 0, n, min, max));
      }
    }
    return new ShowroomResults(
        products, hits.total(), categories, makers, prices, f.inStock(), marks);
  }

  /** Products and categories for the search box, as the visitor types (at most 6 and 4). */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Suggestions suggest(PublicShowroom showroom, String typed) {
    if (typed == null || typed.isBlank() || typed.length() > 100) {
      return new Suggestions(List.of(), List.of());
    }
    List<ProductIndexResult.Suggestion> products =
        catalog.suggest(typed.strip(), showroom.shownCategoryIds(), 6);
    List<String> words =
        List.of(fold(typed).split("[^\\p{L}\\p{N}]+")).stream().filter(w -> !w.isEmpty()).toList();
    List<Catalog.CategoryNode> categories =
        showroom.categories().stream()
            .filter(
                c -> {
                  List<String> name = List.of(fold(c.getName()).split("[^\\p{L}\\p{N}]+"));
                  return !words.isEmpty()
                      && words.stream().allMatch(w -> name.stream().anyMatch(n -> n.startsWith(w)));
                })
            .limit(4)
            .toList();
    return new Suggestions(products, categories);
  }

  /** What the search box offers: products (SKU, name) and categories. */
  public record Suggestions(
      List<ProductIndexResult.Suggestion> products, List<Catalog.CategoryNode> categories) {}

  private static String fold(String text) {
    return java.text.Normalizer.normalize(
            text.toLowerCase(Locale.ROOT), java.text.Normalizer.Form.NFD)
        .replaceAll("\\p{M}", "")
        .replace('ł', 'l');
  }

  /** The products the partner features on the first page (active and shown ones only). */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<ShowroomProduct> featured(PublicShowroom showroom) {
    List<String> skus = ShowroomSelection.featuredSkus(em, showroom.partnerId());
    List<ShowroomProduct> products = new ArrayList<>();
    for (String sku : skus) {
      ShowroomProduct p = product(showroom, sku);
      if (p != null) {
        products.add(p);
      }
    }
    return products;
  }

  /** One product of the showroom, or null when it is not shown there. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public ShowroomProduct product(PublicShowroom showroom, String sku) {
    if (sku == null || sku.isBlank() || sku.length() > 64) {
      return null;
    }
    ProductView p = catalog.search().bySku(sku.strip(), PriceContext.NONE);
    if (p == null
        || !p.active()
        || (showroom.shownCategoryIds() != null
            && !showroom.shownCategoryIds().contains(p.categoryId()))) {
      return null;
    }
    return publicView(showroom, p);
  }

  private static ShowroomProduct publicView(PublicShowroom showroom, ProductView p) {
    return new ShowroomProduct(
        p.sku(),
        p.name(),
        p.description(),
        p.categoryCode(),
        p.categoryName(),
        p.manufacturer(),
        p.manufacturerPartNumber(),
        p.imageUrl(),
        showroom.publicPrice(p.basePrice()),
        p.currency(),
        p.deliveryDays(),
        p.totalStock() > 0,
        p.attributes());
  }

  /**
   * "Ask for an offer": the inquiry becomes a lead owned by the showroom's partner. A filled-in
   * honeypot is answered as if all went well and stores nothing; more than the allowed inquiries
   * from one address in an hour are refused.
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public Long inquire(PublicShowroom showroom, InquiryForm form, String remoteAddress) {
    if (form.website() != null && !form.website().isBlank()) {
      return null;
    }
    String ipHash = hash(remoteAddress);
    long recent =
        em.createQuery(
                "SELECT COUNT(i) FROM ShowroomInquiryLog i WHERE i.ipHash = :ip AND i.createdAt > :since",
                Long.class)
            .setParameter("ip", ipHash)
            .setParameter("since", clock.now().minus(Duration.ofHours(1)))
            .getSingleResult();
    if (recent >= config.inquiriesPerHour) {
      throw new InvalidInputException(
          List.of(new FieldError("inquiry", "showroom.inquiry.tooMany")));
    }
    List<String> skus = new ArrayList<>();
    Set<String> seen = new LinkedHashSet<>();
    BigDecimal value = BigDecimal.ZERO;
    String currency = null;
    String category = null;
    for (String sku : form.skus() == null ? List.<String>of() : form.skus()) {
      ShowroomProduct p = product(showroom, sku);
      if (p != null && seen.add(p.sku()) && skus.size() < InquiryForm.MAX_PRODUCTS) {
        skus.add(p.sku());
        if (currency == null || currency.equals(p.currency())) {
          currency = p.currency();
          value = value.add(p.price());
        }
        if (category == null && p.categoryCode().length() <= 40) {
          category = p.categoryCode();
        }
      }
    }
    Checks checks = new Checks();
    checks.text("company", Checks.clean(form.company()), false, 200);
    checks.text("contactName", Checks.clean(form.contactName()), true, 200);
    checks.text("email", Checks.clean(form.email()), true, 254).email("email", form.email());
    checks.text("phone", Checks.clean(form.phone()), false, 40);
    checks.text("country", Checks.clean(form.country()), false, 2);
    checks.text("postcode", Checks.clean(form.postcode()), false, 16);
    checks.multiLineText("message", Checks.clean(form.message()), skus.isEmpty(), 2000);
    String campaign = CampaignCode.check(checks, "campaign", form.campaignCode());
    checks.throwIfAny();
    String country = Checks.clean(form.country());
    String name = Checks.clean(form.contactName());
    String company = Checks.clean(form.company());
    Lead lead =
        leadIntake.fromShowroom(
            showroom.partnerId(),
            new ShowroomInquiry(
                // a private customer has no company: the lead carries the person's name
                company == null ? name : company,
                name,
                Checks.clean(form.email()),
                Checks.clean(form.phone()),
                // the showroom's own country unless the visitor says otherwise
                country == null ? showroom.country() : country.toUpperCase(Locale.ROOT),
                Checks.clean(form.postcode()),
                Checks.clean(form.message()),
                category,
                skus,
                skus.isEmpty() ? null : value,
                skus.isEmpty() ? null : currency,
                campaign));
    em.persist(
        new ShowroomInquiryLog(showroom.partnerId(), ipHash, clock.now(), lead.getId(), campaign));
    return lead.getId();
  }

  private String hash(String address) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      sha.update(config.ipSalt.getBytes(StandardCharsets.UTF_8));
      sha.update(String.valueOf(address).getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(sha.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String clip(String s, int max) {
    return s.length() <= max ? s : s.substring(0, max);
  }
}
