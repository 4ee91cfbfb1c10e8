package org.channelport.erp.protocol;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.channelport.catalog.ErpPrices;
import org.channelport.mdf.MdfErpUpdates;
import org.channelport.order.OrderErpUpdates;
import org.channelport.partner.PartnerService;
import org.channelport.platform.Clock;
import org.channelport.security.AccessRules;
import org.channelport.security.Role;

/**
 * Applies the protocol's inbound messages, each once: its event id is inserted into {@code
 * integration_inbound} in the same transaction as its effect. A second message with that id (also
 * one sent at the same moment: its insert waits for the first transaction) finds the row and
 * changes nothing. Only the ERP's service account gets here.
 */
@ApplicationScoped
public class Inbound {
  EntityManager em;
  AccessRules access;
  Instance<OrderErpUpdates> orders;
  Instance<MdfErpUpdates> payments;
  ErpPrices prices;
  PartnerService partners;
  Clock clock;

  protected Inbound() {}

  @Inject
  public Inbound(
      EntityManager em,
      AccessRules access,
      Instance<OrderErpUpdates> orders,
      Instance<MdfErpUpdates> payments,
      ErpPrices prices,
      PartnerService partners,
      Clock clock) {
    this.em = em;
    this.access = access;
    this.orders = orders;
    this.payments = payments;
    this.prices = prices;
    this.partners = partners;
    this.clock = clock;
  }

  /** Whether the order capability that applies order, stock and account messages is deployed. */
  public boolean ordersAvailable() {
    return orders.isResolvable();
  }

  /** The order capability (only when {@link #ordersAvailable}). */
  public OrderErpUpdates orders() {
    return orders.get();
  }

  /** Whether the MDF capability that applies payment messages is deployed. */
  public boolean paymentsAvailable() {
    return payments.isResolvable();
  }

  /** The MDF capability (only when {@link #paymentsAvailable}). */
  public MdfErpUpdates payments() {
    return payments.get();
  }

  /**
   * Runs {@code effect} unless {@code eventId} was processed before (then: duplicate), in one
   * transaction with the record that it was.
   */
  @Transactional
  public Receipt once(
      String kind, String eventId, Instant at, String subject, Supplier<Receipt> effect) {
    access.require(Role.ERP_INTEGRATION);
    int inserted =
        em.createNativeQuery(
                "INSERT IGNORE INTO integration_inbound"
                    + " (event_id, kind, subject, fact_at, outcome, received_at)"
                    + " VALUES (?, ?, ?, ?, 'processing', ?)")
            .setParameter(1, eventId)
            .setParameter(2, kind)
            .setParameter(3, subject)
            .setParameter(4, timestamp(at))
            .setParameter(5, timestamp(clock.now()))
            .executeUpdate();
    if (inserted == 0) {
      return Receipt.of(Receipt.DUPLICATE);
    }
    Receipt receipt = effect.get();
    em.createNativeQuery("UPDATE integration_inbound SET outcome = ? WHERE event_id = ?")
        .setParameter(1, receipt.status())
        .setParameter(2, eventId)
        .executeUpdate();
    return receipt;
  }

  /**
   * A partner's contract prices from the ERP (inside {@link #once}): each price older than the
   * newest the ERP sent for that partner and SKU is skipped as stale.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public Receipt contractPrices(
      String partnerCode, Instant at, List<InboundMessages.ContractPriceIn> given) {
    Optional<Long> partner = partners.idForAccountNumber(partnerCode);
    if (partner.isEmpty()) {
      return Receipt.of(Receipt.UNKNOWN_PARTNER);
    }
    int applied = 0;
    int skipped = 0;
    List<String> notApplied = new ArrayList<>();
    for (InboundMessages.ContractPriceIn price : given) {
      String subject = "contract-price:" + partner.get() + ":" + price.sku();
      if (!newest(subject, at)) {
        skipped++;
        continue;
      }
      ErpPrices.Result result =
          prices.set(
              partner.get(),
              price.sku(),
              price.price(),
              price.currency(),
              price.validFrom(),
              price.validTo());
      switch (result) {
        case SET -> applied++;
        case UNKNOWN_SKU -> {
          skipped++;
          notApplied.add(price.sku() + ": unknown SKU");
        }
        case OTHER_CURRENCY -> {
          skipped++;
          notApplied.add(price.sku() + ": not in the product's currency");
        }
      }
    }
    return Receipt.rows(applied, skipped, notApplied);
  }

  /**
   * Whether {@code at} is not older than what was stored for {@code subject}; if so it is stored
   * (the row stays locked until the transaction ends, so two messages of one subject take turns).
   */
  boolean newest(String subject, Instant at) {
    em.createNativeQuery("INSERT IGNORE INTO integration_fact (subject, fact_at) VALUES (?, ?)")
        .setParameter(1, subject)
        .setParameter(2, timestamp(Instant.EPOCH))
        .executeUpdate();
    Object stored =
        em.createNativeQuery("SELECT fact_at FROM integration_fact WHERE subject = ? FOR UPDATE")
            .setParameter(1, subject)
            .getSingleResult();
    Instant known = instant(stored);
    if (known != null && at.truncatedTo(ChronoUnit.MICROS).isBefore(known)) {
      return false;
    }
    em.createNativeQuery("UPDATE integration_fact SET fact_at = ? WHERE subject = ?")
        .setParameter(1, timestamp(at))
        .setParameter(2, subject)
        .executeUpdate();
    return true;
  }

  /** The UTC wall time, as DATETIME columns hold it whatever the JVM's zone. */
  static Timestamp timestamp(Instant at) {
    return Timestamp.valueOf(
        LocalDateTime.ofInstant(at.truncatedTo(ChronoUnit.MICROS), ZoneOffset.UTC));
  }

  static Instant instant(Object column) {
    if (column instanceof Timestamp t) {
      return t.toLocalDateTime().toInstant(ZoneOffset.UTC);
    }
    if (column instanceof LocalDateTime t) {
      return t.toInstant(ZoneOffset.UTC);
    }
    return null;
  }
}
