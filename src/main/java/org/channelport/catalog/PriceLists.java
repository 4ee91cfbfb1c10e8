package org.channelport.catalog;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.channelport.partner.Partner;
import org.channelport.partner.PartnerTier;
import org.channelport.platform.Clock;
import org.channelport.platform.Locks;
import org.channelport.platform.Versions;
import org.channelport.security.AccessRules;
import org.channelport.security.Caller;
import org.channelport.security.Role;
import org.channelport.shared.Checks;
import org.channelport.shared.ConflictException;
import org.channelport.shared.FieldError;
import org.channelport.shared.InvalidInputException;
import org.channelport.shared.Money;
import org.channelport.shared.RecordNotFoundException;

/**
 * Price lists: a discount per partner tier (channel managers set it; a partner user sees only its
 * own tier's) and contract prices per partner and SKU (channel managers of that partner's portfolio
 * set them; the partner's users read them; anyone else finds nothing).
 */
@ApplicationScoped
@Transactional
public class PriceLists {
  @PersistenceContext EntityManager em;
  @Inject AccessRules access;
  @Inject Clock clock;
  @Inject Catalog catalog;
  @Inject Locks locks;

  public List<TierDiscount> tierDiscounts() {
    Caller caller = access.requireUser();
    List<TierDiscount> all =
        em.createQuery("SELECT d FROM TierDiscount d", TierDiscount.class).getResultList();
    all.sort(Comparator.comparing(TierDiscount::getTier));
    if (caller.isChannelManager()) {
      return all;
    }
    Partner own = em.find(Partner.class, caller.partnerId());
    return all.stream().filter(d -> own != null && d.getTier() == own.getTier()).toList();
  }

  public TierDiscount setTierDiscount(String tierCode, BigDecimal pct, Long version) {
    Caller caller = access.require(Role.CHANNEL_MANAGER);
    PartnerTier tier =
        PartnerTier.parse(tierCode)
            .orElseThrow(
                () ->
                    new InvalidInputException(
                        List.of(
                            new FieldError(
                                "tier",
                                "error.partner.tier",
                                "registered, silver, gold, platinum"))));
    if (pct == null || pct.signum() < 0 || pct.compareTo(BigDecimal.valueOf(100)) >= 0) {
      throw new InvalidInputException(
          List.of(new FieldError("discountPct", "catalog.price.discount")));
    }
    TierDiscount discount = em.find(TierDiscount.class, tier);
    Versions.check(discount, version);
    discount.change(pct.setScale(2, RoundingMode.HALF_UP), caller.username(), clock.now());
    return Versions.flushed(em, discount);
  }

  /** A partner's contract prices; a partner that is not the caller's to see is not found. */
  public List<ContractPriceView> contractPrices(long partnerId) {
    access.requireUser();
    access.requireVisible("PriceList", partnerId, partnerId);
    return em
        .createQuery(
            "SELECT cp.id, cp.partnerId, p.sku, p.name, p.basePrice, cp.price.amount, cp.price.currency,"
                + " cp.validFrom, cp.validTo, cp.version"
                + " FROM ContractPrice cp, ProductRef p WHERE p.id = cp.productId"
                + " AND cp.partnerId = :partner ORDER BY p.sku, cp.validFrom",
            Object[].class)
        .setParameter("partner", partnerId)
        .getResultList()
        .stream()
        .map(
            r ->
                new ContractPriceView(
                    (Long) r[0],
                    (Long) r[1],
                    (String) r[2],
                    (String) r[3],
                    (BigDecimal) r[4],
                    (BigDecimal) r[5],
                    (String) r[6],
                    (LocalDate) r[7],
                    (LocalDate) r[8],
                    (Long) r[9]))
        .toList();
  }

  public ContractPrice addContractPrice(long partnerId, ContractPriceInput input) {
    Caller caller = access.require(Role.CHANNEL_MANAGER);
    access.requireVisible("PriceList", partnerId, partnerId);
    if (input == null) {
      throw new InvalidInputException(List.of(new FieldError("body", "error.api.emptyBody")));
    }
    Checks checks = new Checks();
    String sku = Checks.clean(input.sku());
    checks.required("sku", sku);
    ProductRef product =
        sku == null
            ? null
            : em.createQuery("SELECT p FROM ProductRef p WHERE p.sku = :sku", ProductRef.class)
                .setParameter("sku", sku)
                .getResultStream()
                .findFirst()
                .orElse(null);
    if (sku != null && product == null) {
      checks.add("sku", "catalog.price.unknownSku", sku.length() > 64 ? sku.substring(0, 64) : sku);
    }
    BigDecimal price = null;
    String priceText = Checks.clean(input.price());
    checks.required("price", priceText);
    if (priceText != null) {
      try {
        price = new BigDecimal(priceText.replace(',', '.'));
        if (price.signum() < 0 || price.scale() > 4 || price.precision() - price.scale() > 15) {
          checks.add("price", "catalog.price.amount");
          price = null;
        }
      } catch (NumberFormatException e) {
        checks.add("price", "catalog.price.amount");
      }
    }
    String currency = Checks.clean(input.currency());
    if (currency != null) {
      currency = currency.toUpperCase(Locale.ROOT);
    }
    if (product != null && currency != null && !currency.equals(product.getCurrency())) {
      checks.add("currency", "catalog.price.currency", product.getCurrency());
    }
    LocalDate from = date(checks, "validFrom", input.validFrom());
    LocalDate to = date(checks, "validTo", input.validTo());
    if (from == null && Checks.clean(input.validFrom()) == null) {
      from = catalog.today();
    }
    if (from != null && to != null && to.isBefore(from)) {
      checks.add("validTo", "catalog.price.dates");
    }
    checks.throwIfAny();
    // one contract price at a time per partner: the overlap check sees the other's new row
    locks.row("partner", partnerId);
    LocalDate start = from;
    boolean overlap =
        em.createQuery(
                "SELECT cp FROM ContractPrice cp WHERE cp.partnerId = :partner"
                    + " AND cp.productId = :product",
                ContractPrice.class)
            .setParameter("partner", partnerId)
            .setParameter("product", product.getId())
            .getResultStream()
            .anyMatch(cp -> cp.overlaps(start, to));
    if (overlap) {
      throw new ConflictException("validFrom", "catalog.price.overlap", product.getSku());
    }
    ContractPrice created =
        new ContractPrice(
            partnerId,
            product.getId(),
            Money.of(price, product.getCurrency()),
            from,
            to,
            caller.username(),
            clock.now());
    em.persist(created);
    em.flush();
    return created;
  }

  public void removeContractPrice(long partnerId, long id) {
    access.require(Role.CHANNEL_MANAGER);
    ContractPrice price = access.find(ContractPrice.class, id);
    if (price.getPartnerId() != partnerId) {
      throw new RecordNotFoundException("ContractPrice", id);
    }
    em.remove(price);
    em.flush();
  }

  private static LocalDate date(Checks checks, String field, String text) {
    String value = Checks.clean(text);
    if (value == null) {
      return null;
    }
    try {
      return LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      checks.add(field, "catalog.price.date");
      return null;
    }
  }
}
