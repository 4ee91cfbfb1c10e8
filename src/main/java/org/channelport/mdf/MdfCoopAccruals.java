package org.channelport.mdf;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import org.channelport.order.InvoiceRecorded;

/**
 * Co-op funding: when the ERP sends a partner's invoice, every program with a co-op percentage, the
 * invoice's currency and the invoice date within its period accrues that percentage of the invoice
 * to the partner's allocation (funding → allocation, the invoice number as the entry's note); a
 * credit note takes the same percentage back (allocation → funding), at most what the allocation
 * still has available — what was already reserved or paid stays. In the invoice's own transaction,
 * once per invoice and program (a repeated invoice number posts nothing).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class MdfCoopAccruals {
  private static final Logger LOG = Logger.getLogger(MdfCoopAccruals.class.getName());
  static final String REVERSAL_REASON = "coop_reversal";

  EntityManager em;
  MdfLedger ledger;

  /** For the container's proxies. */
  protected MdfCoopAccruals() {}

  @Inject
  public MdfCoopAccruals(EntityManager em, MdfLedger ledger) {
    this.em = em;
    this.ledger = ledger;
  }

  void invoiced(@Observes InvoiceRecorded invoice) {
    if (invoice.amount() == null || invoice.amount().signum() <= 0 || invoice.date() == null) {
      return;
    }
    @SuppressWarnings("unchecked")
    List<Object[]> programs =
        em.createNativeQuery(
                "SELECT id, coop_pct FROM mdf_program WHERE coop_pct > 0 AND currency = ?"
                    + " AND starts_on <= ? AND ends_on >= ? ORDER BY id")
            .setParameter(1, invoice.currency())
            .setParameter(2, java.sql.Date.valueOf(invoice.date()))
            .setParameter(3, java.sql.Date.valueOf(invoice.date()))
            .getResultList();
    for (Object[] row : programs) {
      long program = ((Number) row[0]).longValue();
      BigDecimal pct = new BigDecimal(row[1].toString());
      BigDecimal amount = share(invoice.amount(), pct);
      if (amount.signum() > 0 && !posted(program, invoice)) {
        post(program, invoice, amount);
      }
    }
  }

  /** {@code pct} % of {@code amount}, to the cent (half up). */
  static BigDecimal share(BigDecimal amount, BigDecimal pct) {
    return amount.multiply(pct).divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP);
  }

  private boolean posted(long program, InvoiceRecorded invoice) {
    Number n =
        (Number)
            em.createNativeQuery(
                    "SELECT COUNT(*) FROM mdf_journal_entry WHERE program_id = ? AND partner_id = ?"
                        + " AND reason IN (?, ?) AND note = ?")
                .setParameter(1, program)
                .setParameter(2, invoice.partnerId())
                .setParameter(3, MdfJournalEntry.COOP_ACCRUAL)
                .setParameter(4, REVERSAL_REASON)
                .setParameter(5, invoice.invoiceNumber())
                .getSingleResult();
    return n.longValue() > 0;
  }

  private void post(long program, InvoiceRecorded invoice, BigDecimal amount) {
    long funding = ledger.programAccount(program, MdfAccountKind.FUNDING);
    Map<MdfAccountKind, Long> accounts = ledger.openPartnerAccounts(program, invoice.partnerId());
    long allocation = accounts.get(MdfAccountKind.ALLOCATION);
    if (!invoice.creditNote()) {
      ledger.post(
          new MdfLedger.Move(
              funding,
              allocation,
              amount,
              MdfJournalEntry.COOP_ACCRUAL,
              invoice.invoiceNumber(),
              null,
              null,
              "amount"));
      return;
    }
    // both accounts locked in ascending id order (the ledger's order) before reading what is left
    em.createNativeQuery("SELECT id FROM mdf_account WHERE id IN (?, ?) ORDER BY id FOR UPDATE")
        .setParameter(1, funding)
        .setParameter(2, allocation)
        .getResultList();
    Object[] left =
        (Object[])
            em.createNativeQuery(
                    "SELECT balance, COALESCE(overdraft_limit, 0) FROM mdf_account WHERE id = ?")
                .setParameter(1, allocation)
                .getSingleResult();
    BigDecimal available =
        new BigDecimal(left[0].toString()).add(new BigDecimal(left[1].toString()));
    BigDecimal back = amount.min(available.max(BigDecimal.ZERO)).setScale(2, RoundingMode.DOWN);
    if (back.signum() <= 0) {
      LOG.info(
          () ->
              "Credit note "
                  + invoice.invoiceNumber()
                  + ": nothing left to take back from the co-op allocation of program "
                  + program);
      return;
    }
    ledger.post(
        new MdfLedger.Move(
            allocation,
            funding,
            back,
            REVERSAL_REASON,
            invoice.invoiceNumber(),
            null,
            null,
            "amount"));
  }
}
