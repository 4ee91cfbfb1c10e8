package org.channelport.mdf;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.channelport.partner.PartnerService;
import org.channelport.partner.PartnerTier;
import org.channelport.security.AccessRules;
import org.channelport.security.Role;
import org.channelport.shared.Checks;
import org.channelport.shared.FieldError;
import org.channelport.shared.InvalidInputException;

/**
 * Partners' allocations: channel managers allocate a program's budget to partners of their
 * portfolio (one by one or to every active partner of a tier at once), everyone reads the
 * allocations in their scope. The money moves through {@link MdfLedger} (budget → allocation, never
 * more than the budget holds).
 */
@ApplicationScoped
@Transactional
public class MdfAllocations {
  EntityManager em;
  AccessRules access;
  MdfLedger ledger;
  MdfPrograms programs;
  PartnerService partners;

  /** For the container's proxies. */
  protected MdfAllocations() {}

  @Inject
  public MdfAllocations(
      EntityManager em,
      AccessRules access,
      MdfLedger ledger,
      MdfPrograms programs,
      PartnerService partners) {
    this.em = em;
    this.access = access;
    this.ledger = ledger;
    this.programs = programs;
    this.partners = partners;
  }

  /**
   * Allocates {@code amount} of the program's budget to a partner of the caller's portfolio
   * (another partner: 404, audited). More than the budget holds: 409 naming what it holds.
   */
  public AllocationView allocate(Long programId, Long partnerId, BigDecimal amount) {
    access.require(Role.CHANNEL_MANAGER);
    new Checks().required("programId", programId).required("partnerId", partnerId).throwIfAny();
    LedgerRules.requirePositive(amount, "amount");
    MdfProgram program = programs.program(programId);
    partners.find(partnerId); // the caller's portfolio only: another partner is not found
    requireRunning(program);
    post(program, partnerId, amount);
    return find(programId, partnerId).orElseThrow();
  }

  /**
   * Allocates {@code amount} to every active partner of {@code tier} in the caller's portfolio, in
   * one transaction: all or none. More than the budget holds for all of them: 409.
   */
  public List<AllocationView> allocateToTier(Long programId, String tier, BigDecimal amount) {
    access.require(Role.CHANNEL_MANAGER);
    new Checks().required("programId", programId).required("tier", tier).throwIfAny();
    PartnerTier t =
        PartnerTier.parse(tier)
            .orElseThrow(
                () ->
                    new InvalidInputException(
                        List.of(
                            new FieldError(
                                "tier",
                                "error.mdf.tier",
                                Stream.of(PartnerTier.values())
                                    .map(PartnerTier::code)
                                    .collect(Collectors.joining(", "))))));
    LedgerRules.requirePositive(amount, "amount");
    MdfProgram program = programs.program(programId);
    requireRunning(program);
    List<Object> params = new ArrayList<>();
    params.add(t.name());
    String scope = access.visibleSql("p.id", params, false);
    Query q =
        em.createNativeQuery(
            "SELECT p.id FROM partner p WHERE p.tier = ? AND p.status = 'ACTIVE' AND "
                + scope
                + " ORDER BY p.id");
    for (int i = 0; i < params.size(); i++) {
      q.setParameter(i + 1, params.get(i));
    }
    List<Long> ids = q.getResultList().stream().map(o -> ((Number) o).longValue()).toList();
    if (ids.isEmpty()) {
      throw new InvalidInputException(
          List.of(new FieldError("tier", "error.mdf.noPartnersInTier", t.code())));
    }
    long budget = ledger.programAccount(programId, MdfAccountKind.BUDGET);
    BigDecimal total = amount.multiply(BigDecimal.valueOf(ids.size()));
    BigDecimal holds = ledger.balance(budget);
    if (total.compareTo(holds) > 0) {
      throw new InsufficientFundsException("amount", holds, program.getCurrency());
    }
    List<AllocationView> views = new ArrayList<>();
    for (Long partnerId : ids) {
      post(program, partnerId, amount);
    }
    for (Long partnerId : ids) {
      views.add(find(programId, partnerId).orElseThrow());
    }
    return views;
  }

  private void requireRunning(MdfProgram program) {
    if (program.endedBy(programs.today())) {
      throw new org.channelport.shared.ConflictException(
          "programId", "error.mdf.programEnded", program.getName(), program.getEndsOn().toString());
    }
  }

  private void post(MdfProgram program, long partnerId, BigDecimal amount) {
    Map<MdfAccountKind, Long> accounts = ledger.openPartnerAccounts(program.getId(), partnerId);
    ledger.post(
        new MdfLedger.Move(
            ledger.programAccount(program.getId(), MdfAccountKind.BUDGET),
            accounts.get(MdfAccountKind.ALLOCATION),
            amount,
            MdfJournalEntry.ALLOCATION,
            null,
            null,
            null,
            "amount"));
  }

  /**
   * A co-op accrual: {@code amount} (the program's percentage of an invoice, computed by the
   * caller) from the program's funding to the partner's allocation; {@code reference} names the
   * invoice. Posted by the portal (no role check: the caller is the invoice's handler).
   */
  public EntryView accrue(long programId, long partnerId, BigDecimal amount, String reference) {
    MdfProgram program = programs.program(programId);
    Map<MdfAccountKind, Long> accounts = ledger.openPartnerAccounts(program.getId(), partnerId);
    return ledger.post(
        new MdfLedger.Move(
            ledger.programAccount(programId, MdfAccountKind.FUNDING),
            accounts.get(MdfAccountKind.ALLOCATION),
            amount,
            MdfJournalEntry.COOP_ACCRUAL,
            reference,
            null,
            null,
            "amount"));
  }

  // --- reading -----------------------------------------------------------------------------

  /** The allocations in the caller's scope, optionally of one program and/or partner. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<AllocationView> list(Long programId, Long partnerId) {
    access.requireUser();
    return query(programId, partnerId);
  }

  /** One partner's allocation of a program, if it has one and the caller sees the partner. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Optional<AllocationView> find(long programId, long partnerId) {
    access.requireUser();
    return query(programId, partnerId).stream().findFirst();
  }

  /** One SQL statement: the accounts of each allocation and what was allocated to it. */
  private List<AllocationView> query(Long programId, Long partnerId) {
    List<Object> params = new ArrayList<>();
    StringBuilder sql =
        new StringBuilder(
            "SELECT al.id, al.program_id, p.name, al.partner_id, p.currency, p.ends_on,"
                + " (SELECT COALESCE(SUM(e.amount), 0) FROM mdf_journal_entry e"
                + " JOIN mdf_account s ON s.id = e.debit_account_id"
                + " WHERE e.credit_account_id = al.id AND s.partner_id IS NULL)"
                + " - (SELECT COALESCE(SUM(e.amount), 0) FROM mdf_journal_entry e"
                + " JOIN mdf_account s ON s.id = e.credit_account_id"
                + " WHERE e.debit_account_id = al.id AND s.partner_id IS NULL),"
                + " r.balance, pd.balance, f.balance, al.balance, py.balance"
                + " FROM mdf_account al JOIN mdf_program p ON p.id = al.program_id"
                + " JOIN mdf_account r ON r.program_id = al.program_id"
                + " AND r.partner_id = al.partner_id AND r.kind = 'reserved'"
                + " JOIN mdf_account pd ON pd.program_id = al.program_id"
                + " AND pd.partner_id = al.partner_id AND pd.kind = 'paid'"
                + " JOIN mdf_account f ON f.program_id = al.program_id"
                + " AND f.partner_id = al.partner_id AND f.kind = 'forfeited'"
                + " JOIN mdf_account py ON py.program_id = al.program_id"
                + " AND py.partner_id = al.partner_id AND py.kind = 'payable'"
                + " WHERE al.kind = 'allocation' AND ");
    sql.append(access.visibleSql("al.partner_id", params, false));
    if (programId != null) {
      sql.append(" AND al.program_id = ?");
      params.add(programId);
    }
    if (partnerId != null) {
      sql.append(" AND al.partner_id = ?");
      params.add(partnerId);
    }
    sql.append(" ORDER BY p.ends_on DESC, al.program_id DESC, al.partner_id");
    Query q = em.createNativeQuery(sql.toString());
    for (int i = 0; i < params.size(); i++) {
      q.setParameter(i + 1, params.get(i));
    }
    LocalDate today = programs.today();
    List<AllocationView> views = new ArrayList<>();
    for (Object row : q.getResultList()) {
      Object[] r = (Object[]) row;
      LocalDate ends = date(r[5]);
      views.add(
          new AllocationView(
              ((Number) r[0]).longValue(),
              ((Number) r[1]).longValue(),
              (String) r[2],
              ((Number) r[3]).longValue(),
              (String) r[4],
              MdfLedger.decimal(r[6]),
              MdfLedger.decimal(r[7]),
              MdfLedger.decimal(r[8]),
              MdfLedger.decimal(r[9]),
              MdfLedger.decimal(r[10]),
              ends,
              ChronoUnit.DAYS.between(today, ends),
              MdfLedger.decimal(r[11])));
    }
    return views;
  }

  static LocalDate date(Object value) {
    if (value instanceof LocalDate d) {
      return d;
    }
    if (value instanceof Date d) {
      return d.toLocalDate();
    }
    return LocalDate.parse(value.toString());
  }
}
