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
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.channelport.catalog.Catalog;
import org.channelport.catalog.PriceContext;
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

  /** One page of the showroom's active products; {@code PAGE} + 1 rows tell if more follow. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<ShowroomProduct> products(
      PublicShowroom showroom,
      String keywords,
      String categoryCode,
      BigDecimal maxPrice,
      String sort,
      int page) {
    Set<Long> categories = showroom.shownCategoryIds();
    if (categoryCode != null && !categoryCode.isBlank()) {
      var category = catalog.categoryByCode(categoryCode.strip());
      Set<Long> chosen = category == null ? Set.of() : catalog.withDescendants(category.getId());
      if (categories != null) {
        chosen = new HashSet<>(chosen);
        chosen.retainAll(categories);
      }
      categories = chosen;
    }
    String q = keywords == null || keywords.isBlank() ? null : clip(keywords.strip(), 200);
    String order =
        switch (sort == null ? "" : sort) {
          case "price-asc", "price-desc" -> "price";
          case "name" -> "name";
          case "newest" -> "newest";
          default -> q == null ? "name" : "relevance";
        };
    ProductSearch.Criteria criteria =
        new ProductSearch.Criteria(
            q,
            categories,
            null,
            maxPrice == null ? null : showroom.maxBasePrice(maxPrice),
            Boolean.TRUE,
            null,
            null,
            order,
            !"price-desc".equals(sort));
    int offset = Math.max(0, Math.min(page, 1000)) * PAGE;
    return catalog.search().rows(criteria, PriceContext.NONE, offset, PAGE + 1).stream()
        .map(p -> publicView(showroom, p))
        .toList();
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
