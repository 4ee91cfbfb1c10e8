package org.channelport.catalog;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.channelport.platform.Clock;
import org.channelport.platform.Locks;
import org.channelport.security.AccessRules;
import org.channelport.security.Caller;
import org.channelport.security.Role;
import org.channelport.shared.Money;

/**
 * Contract prices as the ERP sets them (the Channelport ERP protocol's contract-prices call, role
 * erp-integration only). The ERP is the master of what it sends: its price replaces every contract
 * price of the partner and SKU it overlaps, and one that began earlier ends the day before.
 */
@ApplicationScoped
@Transactional
public class ErpPrices {
  /** What became of one price. */
  public enum Result {
    SET,
    UNKNOWN_SKU,
    OTHER_CURRENCY
  }

  @PersistenceContext EntityManager em;
  @Inject AccessRules access;
  @Inject Clock clock;
  @Inject Locks locks;

  /**
   * @param currency null: the product's
   * @param from null: today
   * @param to null: open-ended
   */
  public Result set(
      long partnerId, String sku, BigDecimal price, String currency, LocalDate from, LocalDate to) {
    Caller caller = access.require(Role.ERP_INTEGRATION);
    ProductRef product =
        em.createQuery("SELECT p FROM ProductRef p WHERE p.sku = :sku", ProductRef.class)
            .setParameter("sku", sku)
            .getResultStream()
            .findFirst()
            .orElse(null);
    if (product == null) {
      return Result.UNKNOWN_SKU;
    }
    if (currency != null && !currency.equals(product.getCurrency())) {
      return Result.OTHER_CURRENCY;
    }
    LocalDate start = from != null ? from : LocalDate.ofInstant(clock.now(), ZoneOffset.UTC);
    // one contract price change at a time per partner, as PriceLists does
    locks.row("partner", partnerId);
    List<ContractPrice> existing =
        em.createQuery(
                "SELECT cp FROM ContractPrice cp WHERE cp.partnerId = :partner"
                    + " AND cp.productId = :product",
                ContractPrice.class)
            .setParameter("partner", partnerId)
            .setParameter("product", product.getId())
            .getResultList();
    for (ContractPrice cp : existing) {
      if (!cp.overlaps(start, to)) {
        continue;
      }
      if (cp.getValidFrom().isBefore(start)) {
        cp.endBefore(start);
      } else {
        em.remove(cp);
      }
    }
    em.flush();
    em.persist(
        new ContractPrice(
            partnerId,
            product.getId(),
            Money.of(price, product.getCurrency()),
            start,
            to,
            caller.username(),
            clock.now()));
    em.flush();
    return Result.SET;
  }
}
