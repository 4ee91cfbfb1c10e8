package org.channelport.showroom;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.channelport.catalog.Catalog;
import org.channelport.partner.Partner;
import org.channelport.platform.Clock;
import org.channelport.platform.Database;
import org.channelport.platform.Locks;
import org.channelport.platform.Versions;
import org.channelport.platform.files.FilePurpose;
import org.channelport.platform.files.FileStore;
import org.channelport.platform.files.StoredFile;
import org.channelport.security.AccessRules;
import org.channelport.security.Caller;
import org.channelport.shared.AccessDeniedException;
import org.channelport.shared.Checks;
import org.channelport.shared.RecordNotFoundException;

/**
 * The partner manager's side of the showrooms: the partner's own showroom and its address (slug),
 * its settings (co-branding, price adjustment), the categories and featured products it shows, and
 * its logo (which visitors fetch through {@link #logo}). What visitors use is {@link
 * PublicShowrooms}.
 */
@ApplicationScoped
@Transactional
public class Showrooms {
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
  @Inject PublicShowrooms publicShowrooms;
  @Inject Clock clock;
  @Inject Locks locks;
  @Inject FileStore files;

  @Resource(lookup = Database.JNDI_NAME)
  DataSource dataSource;

  /** The logo of an active partner's showroom: bytes and content type, or null. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Logo logo(String slug) {
    if (publicShowrooms.bySlug(slug) == null) {
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
    Versions.check(showroom, settings.version());
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
    List<String> submitted = new ArrayList<>();
    for (String sku :
        settings.featuredSkus() == null ? List.<String>of() : settings.featuredSkus()) {
      String clean = Checks.clean(sku);
      if (clean != null) {
        submitted.add(clean);
      }
    }
    Map<String, Long> productIds = ShowroomSelection.productIds(em, submitted);
    List<Long> featured = new ArrayList<>();
    for (String clean : submitted) {
      Long id = productIds.get(clean);
      if (id == null) {
        checks.add("featuredSkus", "showroom.manage.unknownSku", clip(clean, 64));
      } else if (!featured.contains(id) && featured.size() < 24) {
        featured.add(id);
      }
    }
    Set<Long> known = new HashSet<>();
    catalog.categories().forEach(c -> known.add(c.getId()));
    List<Long> categories =
        settings.shownCategoryIds() == null
            ? List.of()
            : settings.shownCategoryIds().stream().filter(known::contains).distinct().toList();
    checks.throwIfAny();
    showroom.change(intro, email, phone, adjustment.setScale(2, RoundingMode.HALF_UP), clock.now());
    Versions.flushed(em, showroom);
    ShowroomSelection.replace(em, partnerId, categories, featured);
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

  /** The categories the partner chose to show (none: all). */
  public List<Long> shownCategories(long partnerId) {
    return ShowroomSelection.shownCategories(em, partnerId);
  }

  /** The SKUs of the products the partner features, by name. */
  public List<String> featuredSkus(long partnerId) {
    return ShowroomSelection.featuredSkus(em, partnerId);
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
