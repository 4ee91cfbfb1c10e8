package org.channelport.mdf;

import static org.channelport.mdf.MdfAccountKind.ALLOCATION;
import static org.channelport.mdf.MdfAccountKind.BUDGET;
import static org.channelport.mdf.MdfAccountKind.FORFEITED;
import static org.channelport.mdf.MdfAccountKind.FUNDING;
import static org.channelport.mdf.MdfAccountKind.PAID;
import static org.channelport.mdf.MdfAccountKind.PAYABLE;
import static org.channelport.mdf.MdfAccountKind.RESERVED;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.channelport.shared.ConflictException;
import org.channelport.shared.FieldError;
import org.channelport.shared.InvalidInputException;

/**
 * The rules of the MDF ledger, free of any database: which moves exist (debit kind → credit kind),
 * what a move needs (a positive amount in the accounts' currency, two accounts of one program and
 * at most one partner, enough money on the debited account), the order accounts are locked in, and
 * what a reversing entry is. {@link MdfLedger} applies them to the database; the unit tests apply
 * them to an in-memory journal over random command sequences.
 *
 * <p>A debit takes money from an account, a credit gives it: the balance of an account is the sum
 * of its credits less the sum of its debits, so every entry leaves the sum of a program's balances
 * unchanged (zero: the funding account is minus what it funded).
 */
public final class LedgerRules {
  /**
   * The moves that exist, debit kind → credit kinds; a reversal is the opposite of one of them.
   * Allocation → funding is a credit note taking a co-op share back.
   */
  static final Map<MdfAccountKind, Set<MdfAccountKind>> MOVES =
      Map.of(
          FUNDING, Set.of(BUDGET, ALLOCATION),
          BUDGET, Set.of(ALLOCATION),
          ALLOCATION, Set.of(RESERVED, FORFEITED, FUNDING),
          RESERVED, Set.of(ALLOCATION, PAYABLE),
          PAYABLE, Set.of(PAID));

  private LedgerRules() {}

  /**
   * An account as a move sees it: {@code floor} is how far below zero it may go (null: no floor,
   * the funding account).
   */
  public record Account(
      long id,
      long programId,
      Long partnerId,
      MdfAccountKind kind,
      String currency,
      BigDecimal balance,
      BigDecimal overdraftLimit) {
    public Account {
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(currency, "currency");
      Objects.requireNonNull(balance, "balance");
    }

    /** What may still be debited: the balance plus the overdraft (unbounded for funding). */
    public BigDecimal available() {
      return overdraftLimit == null ? null : balance.add(overdraftLimit);
    }

    /** Whether {@code amount} may be debited without going below the floor. */
    public boolean covers(BigDecimal amount) {
      return overdraftLimit == null
          || balance.subtract(amount).compareTo(overdraftLimit.negate()) >= 0;
    }

    public Account debited(BigDecimal amount) {
      return new Account(
          id, programId, partnerId, kind, currency, balance.subtract(amount), overdraftLimit);
    }

    public Account credited(BigDecimal amount) {
      return new Account(
          id, programId, partnerId, kind, currency, balance.add(amount), overdraftLimit);
    }
  }

  /** Whether money may move from an account of kind {@code debit} to one of kind {@code credit}. */
  public static boolean allowed(MdfAccountKind debit, MdfAccountKind credit) {
    return MOVES.getOrDefault(debit, Set.of()).contains(credit);
  }

  /**
   * Checks a move of {@code amount} from {@code debit} to {@code credit} ({@code reversal}: the
   * opposite of an allowed move). Bad input (400, on {@code field}) for a missing, zero or negative
   * amount or one with more than 4 decimals; insufficient funds (409 naming what is available) when
   * the debited account would go below its floor; an illegal-argument for a move the code must
   * never make (two programs, two partners, another currency, no such move).
   */
  public static void check(
      Account debit, Account credit, BigDecimal amount, boolean reversal, String field) {
    requirePositive(amount, field);
    if (debit.id() == credit.id()) {
      throw new IllegalArgumentException("a move needs two accounts: " + debit.id());
    }
    if (debit.programId() != credit.programId()) {
      throw new IllegalArgumentException("a move stays within one program");
    }
    if (debit.partnerId() != null
        && credit.partnerId() != null
        && !debit.partnerId().equals(credit.partnerId())) {
      throw new IllegalArgumentException("a move touches at most one partner");
    }
    if (!debit.currency().equals(credit.currency())) {
      throw new IllegalArgumentException("a move stays in one currency");
    }
    boolean exists =
        reversal ? allowed(credit.kind(), debit.kind()) : allowed(debit.kind(), credit.kind());
    if (!exists) {
      throw new IllegalArgumentException(
          "no move from "
              + debit.kind()
              + " to "
              + credit.kind()
              + (reversal ? " (reversal)" : ""));
    }
    if (!debit.covers(amount)) {
      throw new InsufficientFundsException(field, debit.available(), debit.currency());
    }
  }

  /** A positive amount of at most 4 decimals, or bad input naming {@code field}. */
  public static void requirePositive(BigDecimal amount, String field) {
    if (amount == null) {
      throw new InvalidInputException(List.of(new FieldError(field, "error.required")));
    }
    if (amount.signum() <= 0) {
      throw new InvalidInputException(List.of(new FieldError(field, "error.mdf.amountPositive")));
    }
    if (amount.stripTrailingZeros().scale() > 4) {
      throw new InvalidInputException(List.of(new FieldError(field, "error.money.scale", 4)));
    }
  }

  /** The order accounts are locked in: ascending id, each once. */
  public static List<Long> lockOrder(Collection<Long> accountIds) {
    return accountIds.stream().distinct().sorted().toList();
  }

  /**
   * The entry that corrects {@code original}: the same amount back, credit to debit. A reversing
   * entry is never reversed itself, and an entry is reversed at most once ({@code
   * alreadyReversed}).
   */
  public static Reversal reversal(
      long originalId,
      long debitAccountId,
      long creditAccountId,
      BigDecimal amount,
      Long reversesEntryId,
      boolean alreadyReversed) {
    if (reversesEntryId != null) {
      throw new ConflictException("entryId", "error.mdf.reverseReversal", originalId);
    }
    if (alreadyReversed) {
      throw new ConflictException("entryId", "error.mdf.alreadyReversed", originalId);
    }
    return new Reversal(creditAccountId, debitAccountId, amount, originalId);
  }

  /** A reversing entry: debit what the original credited, credit what it debited. */
  public record Reversal(
      long debitAccountId, long creditAccountId, BigDecimal amount, long reverses) {}
}
