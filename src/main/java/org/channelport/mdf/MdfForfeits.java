package org.channelport.mdf;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.util.List;

/**
 * Period end: after a program's end date what is left available in a partner's allocation moves to
 * the partner's forfeited account, with a forfeiture entry. Released reservations that come back
 * later are forfeited by a later round.
 */
@ApplicationScoped
public class MdfForfeits {
  EntityManager em;
  MdfLedger ledger;

  /** For the container's proxies. */
  protected MdfForfeits() {}

  @Inject
  public MdfForfeits(EntityManager em, MdfLedger ledger) {
    this.em = em;
    this.ledger = ledger;
  }

  /** The allocation accounts of programs ended before {@code today} that still hold money. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<Long> due(LocalDate today, int max) {
    return em
        .createNativeQuery(
            "SELECT a.id FROM mdf_account a JOIN mdf_program p ON p.id = a.program_id"
                + " WHERE a.kind = 'allocation' AND a.balance > 0 AND p.ends_on < ?"
                + " ORDER BY a.id")
        .setParameter(1, Date.valueOf(today))
        .setMaxResults(max)
        .getResultList()
        .stream()
        .map(o -> ((Number) o).longValue())
        .toList();
  }

  /** Forfeits what the allocation holds now; false when it holds nothing (any more). */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public boolean forfeit(long allocationAccount, LocalDate today) {
    LedgerRules.Account allocation = ledger.lock(allocationAccount);
    MdfProgram program = em.find(MdfProgram.class, allocation.programId());
    BigDecimal left = allocation.balance();
    if (left.signum() <= 0 || !program.endedBy(today)) {
      return false;
    }
    Long forfeited =
        ledger
            .accounts(allocation.programId(), allocation.partnerId())
            .get(MdfAccountKind.FORFEITED);
    ledger.post(
        new MdfLedger.Move(
            allocationAccount,
            forfeited,
            left,
            MdfJournalEntry.FORFEITURE,
            program.getEndsOn().toString(),
            null,
            null,
            "amount"));
    return true;
  }
}
