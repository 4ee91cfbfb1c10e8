package org.channelport.showroom;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import javax.sql.DataSource;
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
import org.channelport.platform.Database;
import org.channelport.platform.Locks;
import org.channelport.platform.files.FilePurpose;
import org.channelport.platform.files.FileStore;
import org.channelport.platform.files.StoredFile;
import org.channelport.security.AccessRules;
import org.channelport.security.Caller;
import org.channelport.shared.AccessDeniedException;
import org.channelport.shared.Checks;
import org.channelport.shared.ConflictException;
import org.channelport.shared.FieldError;
import org.channelport.shared.InvalidInputException;
import org.channelport.shared.RecordNotFoundException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Partner showrooms: the public side (anyone: browse an active partner's showroom at its public
 * prices, ask for an offer) and the partner manager's side (co-branding, categories shown, featured
 * products, logo).
 */
@ApplicationScoped
@Transactional
public class Showrooms {
  public static final int PAGE = 24;
  static final int MAX_LOGO = 512 * 1024;

  /** Logos: the pictures browsers show inline; SVG is refused (it can carry scripts). */
  public static final FilePurpose LOGO =
      new FilePurpose(
          "showroom-logo",
          "logo",
          Set.of("image/png", "image/jpeg", "image/gif", "image/webp"),
          MAX_LOGO,
          "showroom.manage.logoType",
          "showroom.manage.logoSize");

  static final Pattern SLUG = Pattern.compile("[a-z0-9](?:[a-z0-9-]{0,78}[a-z0-9])?");

  @PersistenceContext EntityManager em;
  @Inject AccessRules access;
  @Inject Catalog catalog;
  @Inject LeadIntake leadIntake;
  @Inject Clock clock;
  @Inject Locks locks;
  @Inject FileStore files;

  @Resource(lookup = Database.JNDI_NAME)
  DataSource dataSource;

  @Inject
  @ConfigProperty(name = "channelport.showroom.inquiries-per-hour", defaultValue = "5")
  int inquiriesPerHour;

  @Inject
  @ConfigProperty(name = "channelport.showroom.ip-salt", defaultValue = "channelport-showroom")
  String ipSalt;

  // ------------------------------------------------------------------ public side

  /** The showroom at this address, if its partner is active; else null. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public PublicShowroom bySlug(String slug) {
    if (slug == null || !SLUG.matcher(slug).matches()) {
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
    List<Long> chosen = shownCategories(showroom.getPartnerId());
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
    List<String> skus = featuredSkus(showroom.partnerId());
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

  /** The logo of an active partner's showroom: bytes and content type, or null. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Logo logo(String slug) {
    if (bySlug(slug) == null) {
      return null;
    }
    return em.createQuery("SELECT s.logoFileId FROM Showroom s WHERE s.slug = :slug", Long.class)
        .setParameter("slug", slug)
        .getResultStream()
        .filter(Objects::nonNull)
        .findFirst()
        .flatMap(files::content)
        .map(file -> new Logo(file.bytes(), file.mediaType()))
        .orElse(null);
  }

  public record Logo(byte[] bytes, String contentType) {}

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
    if (recent >= inquiriesPerHour) {
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
                skus.isEmpty() ? null : currency));
    em.persist(new ShowroomInquiryLog(showroom.partnerId(), ipHash, clock.now(), lead.getId()));
    return lead.getId();
  }

  private String hash(String address) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      sha.update(ipSalt.getBytes(StandardCharsets.UTF_8));
      sha.update(String.valueOf(address).getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(sha.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  // ------------------------------------------------------------------ the partner's side

  /** The caller's own showroom (partner users); made on first use, with a slug from the name. */
  public Showroom mine() {
    Caller caller = access.requireUser();
    if (!caller.isPartnerUser()) {
      throw new AccessDeniedException("error.forbiddenRole");
    }
    Showroom showroom = em.find(Showroom.class, caller.partnerId());
    if (showroom == null) {
      // made once, however many of the partner's people open it first at the same moment, and
      // slugs chosen one at a time, so two partners of one name never pick the same
      locks.row("partner", caller.partnerId());
      locks.named("showroom_slug");
      showroom = em.find(Showroom.class, caller.partnerId());
    }
    if (showroom == null) {
      Partner partner = access.find(Partner.class, caller.partnerId());
      showroom = new Showroom(partner.getId(), freeSlug(partner.getName()), clock.now());
      em.persist(showroom);
      em.flush();
    }
    return showroom;
  }

  public void save(long partnerId, ShowroomSettings settings) {
    Showroom showroom = managed(partnerId);
    if (settings.version() != null && settings.version() != showroom.getVersion()) {
      throw new ConflictException("version", "error.stale", showroom.getSlug());
    }
    Checks checks = new Checks();
    String intro = Checks.clean(settings.intro());
    String email = Checks.clean(settings.contactEmail());
    String phone = Checks.clean(settings.contactPhone());
    checks.multiLineText("intro", intro, false, 2000);
    checks.text("contactEmail", email, false, 254).email("contactEmail", email);
    checks.text("contactPhone", phone, false, 40);
    BigDecimal adjustment =
        settings.priceAdjustmentPct() == null ? BigDecimal.ZERO : settings.priceAdjustmentPct();
    if (adjustment.compareTo(BigDecimal.valueOf(-50)) < 0
        || adjustment.compareTo(BigDecimal.valueOf(200)) > 0) {
      checks.add("priceAdjustmentPct", "showroom.manage.adjustmentRange");
    }
    List<Long> featured = new ArrayList<>();
    for (String sku :
        settings.featuredSkus() == null ? List.<String>of() : settings.featuredSkus()) {
      String clean = Checks.clean(sku);
      if (clean == null) {
        continue;
      }
      List<Long> ids =
          em.createQuery("SELECT p.id FROM ProductRef p WHERE p.sku = :sku", Long.class)
              .setParameter("sku", clean)
              .getResultList();
      if (ids.isEmpty()) {
        checks.add("featuredSkus", "showroom.manage.unknownSku", clip(clean, 64));
      } else if (!featured.contains(ids.get(0)) && featured.size() < 24) {
        featured.add(ids.get(0));
      }
    }
    Set<Long> known = new HashSet<>();
    catalog.categories().forEach(c -> known.add(c.getId()));
    List<Long> categories =
        settings.shownCategoryIds() == null
            ? List.of()
            : settings.shownCategoryIds().stream().filter(known::contains).distinct().toList();
    checks.throwIfAny();
    showroom.change(
        intro, email, phone, adjustment.setScale(2, java.math.RoundingMode.HALF_UP), clock.now());
    try {
      em.flush();
    } catch (OptimisticLockException e) {
      throw new ConflictException("version", "error.stale", showroom.getSlug());
    }
    em.createNativeQuery("DELETE FROM showroom_category WHERE partner_id = ?")
        .setParameter(1, partnerId)
        .executeUpdate();
    for (Long id : categories) {
      em.createNativeQuery("INSERT INTO showroom_category (partner_id, category_id) VALUES (?, ?)")
          .setParameter(1, partnerId)
          .setParameter(2, id)
          .executeUpdate();
    }
    em.createNativeQuery("DELETE FROM showroom_featured WHERE partner_id = ?")
        .setParameter(1, partnerId)
        .executeUpdate();
    for (Long id : featured) {
      em.createNativeQuery("INSERT INTO showroom_featured (partner_id, product_id) VALUES (?, ?)")
          .setParameter(1, partnerId)
          .setParameter(2, id)
          .executeUpdate();
    }
  }

  /**
   * A PNG, JPEG, GIF or WebP of at most 512 KB (channelport.files.showroom-logo.max-kb), recognised
   * by its content; the file name is kept as metadata only.
   */
  public void saveLogo(long partnerId, byte[] bytes, String fileName) {
    Showroom showroom = managed(partnerId);
    StoredFile file = files.store(LOGO, bytes, fileName, access.caller().username());
    Long previous = showroom.getLogoFileId();
    showroom.logoChanged(file.id(), file.mediaType(), clock.now());
    em.flush();
    if (previous != null) {
      files.delete(previous);
    }
  }

  public void removeLogo(long partnerId) {
    Showroom showroom = managed(partnerId);
    Long previous = showroom.getLogoFileId();
    showroom.logoChanged(null, null, clock.now());
    em.flush();
    if (previous != null) {
      files.delete(previous);
    }
  }

  /** The largest logo accepted, in bytes. */
  public int maxLogoBytes() {
    return files.maxBytes(LOGO);
  }

  /** The showroom a partner manager of that partner may change (anyone else: not found/403). */
  private Showroom managed(long partnerId) {
    Caller caller = access.requireUser();
    Showroom showroom = access.find(Showroom.class, partnerId);
    if (!caller.isPartnerManager()) {
      throw new AccessDeniedException("showroom.manage.managersOnly");
    }
    return showroom;
  }

  public List<Long> shownCategories(long partnerId) {
    return em
        .createNativeQuery("SELECT category_id FROM showroom_category WHERE partner_id = ?")
        .setParameter(1, partnerId)
        .getResultList()
        .stream()
        .map(o -> ((Number) o).longValue())
        .toList();
  }

  public List<String> featuredSkus(long partnerId) {
    return em
        .createNativeQuery(
            "SELECT p.sku FROM showroom_featured f JOIN product p ON p.id = f.product_id"
                + " WHERE f.partner_id = ? ORDER BY p.name")
        .setParameter(1, partnerId)
        .getResultList()
        .stream()
        .map(String::valueOf)
        .toList();
  }

  private String freeSlug(String name) {
    String base =
        Normalizer.normalize(name, Normalizer.Form.NFD)
            .replaceAll("\\p{M}", "")
            .toLowerCase(Locale.ROOT)
            .replaceAll("[^a-z0-9]+", "-")
            .replaceAll("(^-+|-+$)", "");
    if (base.isEmpty()) {
      base = "partner";
    }
    base = clip(base, 70).replaceAll("-+$", "");
    String slug = base;
    for (int i = 2; slugTaken(slug); i++) {
      slug = base + "-" + i;
    }
    return slug;
  }

  private boolean slugTaken(String slug) {
    return !em.createQuery("SELECT s.partnerId FROM Showroom s WHERE s.slug = :slug", Long.class)
        .setParameter("slug", slug)
        .getResultList()
        .isEmpty();
  }

  static String imageType(byte[] b) {
    return LOGO.recognise(b);
  }

  private static String clip(String s, int max) {
    return s.length() <= max ? s : s.substring(0, max);
  }

  static RecordNotFoundException notFound(String slug) {
    return new RecordNotFoundException("Showroom", slug);
  }
}
