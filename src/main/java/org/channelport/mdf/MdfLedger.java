package org.channelport.mdf;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.channelport.platform.Clock;
import org.channelport.platform.ListFilters;
import org.channelport.platform.ListQuery;
import org.channelport.security.AccessRules;
import org.channelport.security.Role;
import org.channelport.shared.Checks;
import org.channelport.shared.Page;
import org.channelport.shared.PageRequest;
import org.channelport.shared.RecordNotFoundException;

/**
 * The only writer of MDF money: every change is one journal entry (debit one account, credit
 * another) and the two running balances, in the caller's transaction. The touched accounts are
 * locked ({@code SELECT … FOR UPDATE}) in ascending id order, checked by {@link LedgerRules}, and
 * updated with a guarded {@code UPDATE} (balance stays above the floor) that the table's CHECK
 * backs up. A mistake is corrected by {@link #reverse}, never by changing an entry.
 */
@ApplicationScoped
@Transactional
public class MdfLedger {
  static final ListQuery.Sorts SORTS =
      ListQuery.sorts("e.id", ListQuery.Tie.SAME)
          .field("createdAt", "e.createdAt")
          .field("entryNo", "e.entryNo")
          .field("amount", "e.amount")
          .byDefault("entryNo", false);

  public static final List<String> SORT_FIELDS = SORTS.names();

  private static final String ROW =
      "NEW org.channelport.mdf.EntryView(e.id, e.entryNo, e.programId, e.partnerId,"
          + " e.debitAccountId, d.kind, e.creditAccountId, c.kind, e.amount, e.currency,"
          + " e.reason, e.note, e.actor, e.requestId, e.claimId, e.reversesEntryId, e.createdAt)";

  EntityManager em;
  AccessRules access;
  Clock clock;

  /** For the container's proxies. */
  protected MdfLedger() {}

  @Inject
  public MdfLedger(EntityManager em, AccessRules access, Clock clock) {
    this.em = em;
    this.access = access;
    this.clock = clock;
  }

  /**
   * A move of money: {@code amount} from the debit account to the credit account, {@code reason}
   * one of {@link MdfJournalEntry}'s reasons, {@code field} the input field a refusal names.
   */
  public record Move(
      long debitAccountId,
      long creditAccountId,
      BigDecimal amount,
      String reason,
      String note,
      Long requestId,
      Long claimId,
      String field) {}

  /**
   * Posts one entry: locks both accounts (ascending id), checks the move, writes the entry and the
   * two running balances. Insufficient funds: 409 naming what the debited account has available.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public EntryView post(Move move) {
    return postAll(List.of(move)).get(0);
  }

  /**
   * Posts several entries of one command (a final claim's payable and its release): every account
   * they touch is locked first, in ascending id order, so two commands never wait for each other
   * crosswise; then each move is checked and written in turn. One refused, none is kept (the
   * caller's transaction rolls back).
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public List<EntryView> postAll(List<Move> moves) {
    return write(moves, null);
  }

  /**
   * Corrects entry {@code entryId} by a reversing entry (the same amount back, credit to debit),
   * with a reason (channel managers of the entry's partner; a program's own entries, any channel
   * manager). An entry is reversed at most once; a reversing entry is never reversed.
   */
  public EntryView reverse(long entryId, String reason) {
    access.require(Role.CHANNEL_MANAGER);
    new Checks().multiLineText("reason", Checks.clean(reason), true, 2000).throwIfAny();
    MdfJournalEntry original = em.find(MdfJournalEntry.class, entryId);
    if (original == null) {
      throw new RecordNotFoundException("MdfJournalEntry", entryId);
    }
    if (original.getPartnerId() != null) {
      access.requireVisible("MdfJournalEntry", entryId, original.getPartnerId());
    }
    // both accounts locked first: a second reversal of the same entry waits, then sees the first
    lockInOrder(List.of(original.getDebitAccountId(), original.getCreditAccountId()));
    boolean reversed =
        !em.createNativeQuery("SELECT id FROM mdf_journal_entry WHERE reverses_entry_id = ?")
            .setParameter(1, entryId)
            .getResultList()
            .isEmpty();
    LedgerRules.Reversal r =
        LedgerRules.reversal(
            entryId,
            original.getDebitAccountId(),
            original.getCreditAccountId(),
            original.getAmount(),
            original.getReversesEntryId(),
            reversed);
    Move move =
        new Move(
            r.debitAccountId(),
            r.creditAccountId(),
            r.amount(),
            MdfJournalEntry.REVERSAL,
            Checks.clean(reason),
            original.getRequestId(),
            original.getClaimId(),
            "entryId");
    return write(List.of(move), entryId).get(0);
  }

  private List<EntryView> write(List<Move> moves, Long reverses) {
    List<Long> ids = new ArrayList<>();
    for (Move move : moves) {
      LedgerRules.requirePositive(move.amount(), move.field());
      ids.add(move.debitAccountId());
      ids.add(move.creditAccountId());
    }
    Map<Long, LedgerRules.Account> locked = lockInOrder(ids);
    List<EntryView> written = new ArrayList<>();
    for (Move move : moves) {
      LedgerRules.Account debit = locked.get(move.debitAccountId());
      LedgerRules.Account credit = locked.get(move.creditAccountId());
      LedgerRules.check(debit, credit, move.amount(), reverses != null, move.field());
      written.add(apply(move, debit, credit, reverses));
      locked.put(debit.id(), debit.debited(move.amount()));
      locked.put(credit.id(), credit.credited(move.amount()));
    }
    return written;
  }

  private EntryView apply(
      Move move, LedgerRules.Account debit, LedgerRules.Account credit, Long reverses) {
    int debited =
        em.createNativeQuery(
                "UPDATE mdf_account SET balance = balance - ?, version = version + 1 WHERE id = ?"
                    + " AND (overdraft_limit IS NULL OR balance - ? >= -overdraft_limit)")
            .setParameter(1, move.amount())
            .setParameter(2, debit.id())
            .setParameter(3, move.amount())
            .executeUpdate();
    if (debited != 1) {
      // the lock makes this unreachable; the guard stays as the rule's second line
      throw new InsufficientFundsException(move.field(), debit.available(), debit.currency());
    }
    em.createNativeQuery(
            "UPDATE mdf_account SET balance = balance + ?, version = version + 1 WHERE id = ?")
        .setParameter(1, move.amount())
        .setParameter(2, credit.id())
        .executeUpdate();
    Long partnerId = debit.partnerId() != null ? debit.partnerId() : credit.partnerId();
    MdfJournalEntry entry =
        new MdfJournalEntry(
            debit.programId(),
            partnerId,
            debit.id(),
            credit.id(),
            move.amount(),
            debit.currency(),
            move.reason(),
            move.note(),
            actor(),
            move.requestId(),
            move.claimId(),
            reverses,
            clock.now());
    em.persist(entry);
    em.flush();
    // the entry number is the table's own counter (no row every writer would queue on)
    long entryNo =
        ((Number)
                em.createNativeQuery("SELECT entry_no FROM mdf_journal_entry WHERE id = ?")
                    .setParameter(1, entry.getId())
                    .getSingleResult())
            .longValue();
    return view(entry, entryNo, debit.kind(), credit.kind());
  }

  /** Who writes: the caller, or the portal itself in a job without a request. */
  String actor() {
    try {
      return access.caller().username();
    } catch (jakarta.enterprise.context.ContextNotActiveException noRequest) {
      return "system";
    }
  }

  private static EntryView view(
      MdfJournalEntry e, long entryNo, MdfAccountKind d, MdfAccountKind c) {
    return new EntryView(
        e.getId(),
        entryNo,
        e.getProgramId(),
        e.getPartnerId(),
        e.getDebitAccountId(),
        d,
        e.getCreditAccountId(),
        c,
        e.getAmount(),
        e.getCurrency(),
        e.getReason(),
        e.getNote(),
        e.getActor(),
        e.getRequestId(),
        e.getClaimId(),
        e.getReversesEntryId(),
        e.getCreatedAt());
  }

  private Map<Long, LedgerRules.Account> lockInOrder(List<Long> accountIds) {
    Map<Long, LedgerRules.Account> locked = new HashMap<>();
    for (Long id : LedgerRules.lockOrder(accountIds)) {
      locked.put(id, lock(id));
    }
    return locked;
  }

  /** The account, its row locked until the transaction ends. */
  LedgerRules.Account lock(long accountId) {
    List<?> rows =
        em.createNativeQuery(
                "SELECT id, program_id, partner_id, kind, currency, balance, overdraft_limit"
                    + " FROM mdf_account WHERE id = ? FOR UPDATE")
            .setParameter(1, accountId)
            .getResultList();
    if (rows.isEmpty()) {
      throw new IllegalArgumentException("no MDF account " + accountId);
    }
    return account((Object[]) rows.get(0));
  }

  private static LedgerRules.Account account(Object[] r) {
    return new LedgerRules.Account(
        ((Number) r[0]).longValue(),
        ((Number) r[1]).longValue(),
        r[2] == null ? null : ((Number) r[2]).longValue(),
        MdfAccountKind.parse((String) r[3]).orElseThrow(),
        (String) r[4],
        decimal(r[5]),
        r[6] == null ? null : decimal(r[6]));
  }

  static BigDecimal decimal(Object value) {
    if (value == null) {
      return BigDecimal.ZERO;
    }
    return value instanceof BigDecimal b ? b : new BigDecimal(value.toString());
  }

  // --- accounts ----------------------------------------------------------------------------

  /** Opens the program's own accounts (funding, budget). */
  @Transactional(Transactional.TxType.MANDATORY)
  void openProgramAccounts(MdfProgram program) {
    em.persist(
        new MdfAccount(program.getId(), null, MdfAccountKind.FUNDING, program.getCurrency(), null));
    em.persist(
        new MdfAccount(
            program.getId(), null, MdfAccountKind.BUDGET, program.getCurrency(), BigDecimal.ZERO));
    em.flush();
  }

  /**
   * The partner's accounts of the program, opened when it has none yet (under the program's row
   * lock, so two first allocations open them once). Returns the account ids by kind.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public Map<MdfAccountKind, Long> openPartnerAccounts(long programId, long partnerId) {
    Map<MdfAccountKind, Long> ids = accounts(programId, partnerId);
    if (ids.size() == MdfAccountKind.PARTNER_KINDS.size()) {
      return ids;
    }
    em.createNativeQuery("SELECT id FROM mdf_program WHERE id = ? FOR UPDATE")
        .setParameter(1, programId)
        .getResultList();
    ids = accounts(programId, partnerId);
    if (ids.size() < MdfAccountKind.PARTNER_KINDS.size()) {
      MdfProgram program = em.find(MdfProgram.class, programId);
      for (MdfAccountKind kind : MdfAccountKind.PARTNER_KINDS) {
        if (!ids.containsKey(kind)) {
          BigDecimal floor =
              kind == MdfAccountKind.ALLOCATION ? program.getOverdraftLimit() : BigDecimal.ZERO;
          em.persist(new MdfAccount(programId, partnerId, kind, program.getCurrency(), floor));
        }
      }
      em.flush();
      ids = accounts(programId, partnerId);
    }
    return ids;
  }

  /** The ids of a partner's accounts of the program by kind (none when it has no allocation). */
  public Map<MdfAccountKind, Long> accounts(long programId, long partnerId) {
    Map<MdfAccountKind, Long> ids = new EnumMap<>(MdfAccountKind.class);
    for (Object row :
        em.createNativeQuery(
                "SELECT kind, id FROM mdf_account WHERE program_id = ? AND partner_id = ?")
            .setParameter(1, programId)
            .setParameter(2, partnerId)
            .getResultList()) {
      Object[] r = (Object[]) row;
      ids.put(MdfAccountKind.parse((String) r[0]).orElseThrow(), ((Number) r[1]).longValue());
    }
    return ids;
  }

  /** The id of one of the program's own accounts (funding, budget). */
  public long programAccount(long programId, MdfAccountKind kind) {
    List<?> rows =
        em.createNativeQuery(
                "SELECT id FROM mdf_account WHERE program_id = ? AND partner_id IS NULL AND kind = ?")
            .setParameter(1, programId)
            .setParameter(2, kind.code())
            .getResultList();
    if (rows.isEmpty()) {
      throw new IllegalStateException("program " + programId + " has no " + kind + " account");
    }
    return ((Number) rows.get(0)).longValue();
  }

  /** An account's balance as committed or written in this transaction (no lock). */
  public BigDecimal balance(long accountId) {
    List<?> rows =
        em.createNativeQuery("SELECT balance FROM mdf_account WHERE id = ?")
            .setParameter(1, accountId)
            .getResultList();
    return rows.isEmpty() ? BigDecimal.ZERO : decimal(rows.get(0));
  }

  /** The partner's balances of the program by kind (zero for kinds it has no account of). */
  public Map<MdfAccountKind, BigDecimal> balances(long programId, long partnerId) {
    Map<MdfAccountKind, BigDecimal> balances = new EnumMap<>(MdfAccountKind.class);
    MdfAccountKind.PARTNER_KINDS.forEach(k -> balances.put(k, BigDecimal.ZERO));
    for (Object row :
        em.createNativeQuery(
                "SELECT kind, balance FROM mdf_account WHERE program_id = ? AND partner_id = ?")
            .setParameter(1, programId)
            .setParameter(2, partnerId)
            .getResultList()) {
      Object[] r = (Object[]) row;
      balances.put(MdfAccountKind.parse((String) r[0]).orElseThrow(), decimal(r[1]));
    }
    return balances;
  }

  /**
   * What request {@code requestId} still reserves: what its entries credited to reserved accounts
   * less what they debited from them. Read under the request's lock, it is exact.
   */
  public BigDecimal reservedFor(long requestId) {
    Object sum =
        em.createNativeQuery(
                "SELECT COALESCE(SUM(CASE WHEN c.kind = 'reserved' THEN e.amount ELSE 0 END), 0)"
                    + " - COALESCE(SUM(CASE WHEN d.kind = 'reserved' THEN e.amount ELSE 0 END), 0)"
                    + " FROM mdf_journal_entry e"
                    + " JOIN mdf_account d ON d.id = e.debit_account_id"
                    + " JOIN mdf_account c ON c.id = e.credit_account_id"
                    + " WHERE e.request_id = ?")
            .setParameter(1, requestId)
            .getSingleResult();
    return decimal(sum);
  }

  /**
   * The ledger's own check over the whole journal (or one program): every running balance equals
   * the sum of its entries (credits less debits), and every program's balances sum to zero (total
   * debits = total credits). Empty when everything holds; otherwise one line per discrepancy.
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<String> verify(Long programId) {
    List<String> problems = new ArrayList<>();
    String where = programId == null ? "" : " WHERE a.program_id = " + programId.longValue();
    for (Object row :
        em.createNativeQuery(
                "SELECT a.id, a.balance,"
                    + " COALESCE((SELECT SUM(amount) FROM mdf_journal_entry WHERE"
                    + " credit_account_id = a.id), 0)"
                    + " - COALESCE((SELECT SUM(amount) FROM mdf_journal_entry WHERE"
                    + " debit_account_id = a.id), 0)"
                    + " FROM mdf_account a"
                    + where)
            .getResultList()) {
      Object[] r = (Object[]) row;
      if (decimal(r[1]).compareTo(decimal(r[2])) != 0) {
        problems.add("account " + r[0] + ": balance " + r[1] + " but entries sum to " + r[2]);
      }
    }
    for (Object row :
        em.createNativeQuery(
                "SELECT a.program_id, SUM(a.balance) FROM mdf_account a"
                    + where
                    + " GROUP BY a.program_id HAVING SUM(a.balance) <> 0")
            .getResultList()) {
      Object[] r = (Object[]) row;
      problems.add("program " + r[0] + ": balances sum to " + r[1] + ", not 0");
    }
    return problems;
  }

  // --- reading -----------------------------------------------------------------------------

  /**
   * The journal in the caller's scope, newest first: partner users their partner's entries, channel
   * managers those of their portfolio's partners and the programs' own. Filters: {@code account}
   * (an account id, or a kind such as {@code allocation}), {@code programId}, {@code partnerId},
   * {@code requestId}, {@code claimId}, {@code reason}.
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Page<EntryView> entries(PageRequest page) {
    access.requireUser();
    Map<String, Object> scope = new HashMap<>();
    ListQuery list =
        ListQuery.from("MdfAccount d, MdfAccount c, MdfJournalEntry e")
            .where("d.id = e.debitAccountId AND c.id = e.creditAccountId")
            .where(access.visibleJpql("e.partnerId", scope, true), scope)
            .equalId("e.programId", page.filter("programId"))
            .equalId("e.partnerId", page.filter("partnerId"))
            .equalId("e.requestId", page.filter("requestId"))
            .equalId("e.claimId", page.filter("claimId"));
    String reason = page.filter("reason");
    if (reason != null) {
      list.equal("e.reason", reason);
    }
    String account = page.filter("account");
    if (account != null) {
      Long id = ListFilters.id(account);
      Optional<MdfAccountKind> kind = MdfAccountKind.parse(account);
      if (id != null) {
        String p = list.parameter(id);
        list.where("(e.debitAccountId = :" + p + " OR e.creditAccountId = :" + p + ")");
      } else if (kind.isPresent()) {
        String p = list.parameter(kind.get());
        list.where("(d.kind = :" + p + " OR c.kind = :" + p + ")");
      } else {
        list.nothing();
      }
    }
    return list.page(em, page, SORTS, EntryView.class, ROW);
  }
}
