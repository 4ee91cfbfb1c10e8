package org.channelport.order;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.channelport.shared.Money;

/**
 * The partner's rules for its orders: the employees' approval limit (table order_policy) and its
 * account in the ERP (table partner_account: credit limit, open amount, hold), read with plain SQL.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class OrderPolicies {
  EntityManager em;

  /** For the container's proxies. */
  protected OrderPolicies() {}

  @Inject
  public OrderPolicies(EntityManager em) {
    this.em = em;
  }

  /** The partner's account as the ERP last reported it. */
  public record Account(
      long partnerId,
      BigDecimal creditLimit,
      BigDecimal openAmount,
      String currency,
      boolean onHold,
      Instant asOf) {

    /**
     * Whether an order of {@code total} puts the account on credit hold: the ERP has it on hold, or
     * the open amount with the order is above the credit limit (in the account's currency; an order
     * in another currency is held for the ERP to decide).
     */
    public boolean holds(Money total) {
      if (onHold) {
        return true;
      }
      if (!total.currency().equals(currency)) {
        return true;
      }
      return openAmount.add(total.amount()).compareTo(creditLimit) > 0;
    }
  }

  /** The employees' approval limit of the partner, or null when it has none (no approval). */
  public Money approvalLimit(long partnerId) {
    List<?> rows =
        em.createNativeQuery(
                "SELECT employee_approval_limit, currency FROM order_policy WHERE partner_id = ?")
            .setParameter(1, partnerId)
            .getResultList();
    if (rows.isEmpty()) {
      return null;
    }
    Object[] row = (Object[]) rows.get(0);
    return Money.of((BigDecimal) row[0], (String) row[1]);
  }

  public Account account(long partnerId) {
    List<?> rows =
        em.createNativeQuery(
                "SELECT partner_id, credit_limit, open_amount, currency, on_hold, as_of"
                    + " FROM partner_account WHERE partner_id = ?")
            .setParameter(1, partnerId)
            .getResultList();
    if (rows.isEmpty()) {
      return null;
    }
    Object[] row = (Object[]) rows.get(0);
    return new Account(
        ((Number) row[0]).longValue(),
        (BigDecimal) row[1],
        (BigDecimal) row[2],
        (String) row[3],
        bool(row[4]),
        StockLevels.instant(row[5]));
  }

  /** Whether an employee's order of {@code total} waits for the partner manager. */
  public static boolean needsApproval(Money limit, Money total) {
    if (limit == null) {
      return false;
    }
    if (!limit.currency().equals(total.currency())) {
      return true;
    }
    return total.compareTo(limit) > 0;
  }

  /**
   * Writes the account unless the stored one is newer; false when it was older (nothing changed).
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public boolean upsertAccount(
      long partnerId,
      BigDecimal creditLimit,
      BigDecimal openAmount,
      String currency,
      boolean onHold,
      Instant asOf) {
    em.createNativeQuery(
            "INSERT INTO partner_account (partner_id, credit_limit, open_amount, currency,"
                + " on_hold, as_of) VALUES (?, ?, ?, ?, ?, ?) ON DUPLICATE KEY UPDATE"
                + " credit_limit = IF(VALUES(as_of) >= as_of, VALUES(credit_limit), credit_limit),"
                + " open_amount = IF(VALUES(as_of) >= as_of, VALUES(open_amount), open_amount),"
                + " currency = IF(VALUES(as_of) >= as_of, VALUES(currency), currency),"
                + " on_hold = IF(VALUES(as_of) >= as_of, VALUES(on_hold), on_hold),"
                + " as_of = IF(VALUES(as_of) >= as_of, VALUES(as_of), as_of)")
        .setParameter(1, partnerId)
        .setParameter(2, creditLimit)
        .setParameter(3, openAmount)
        .setParameter(4, currency)
        .setParameter(5, onHold)
        .setParameter(6, java.sql.Timestamp.from(asOf))
        .executeUpdate();
    // the driver counts found rows: an older report (nothing written) answers 1 like a new one, so
    // the stored time decides whether this report is the one that stands
    Account known = account(partnerId);
    return known == null || known.asOf() == null || !asOf.isBefore(known.asOf());
  }

  private static boolean bool(Object value) {
    if (value instanceof Boolean b) {
      return b;
    }
    return value instanceof Number n && n.intValue() != 0;
  }
}
