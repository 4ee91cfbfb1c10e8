package org.channelport.mdf;

import static org.channelport.mdf.MdfAccountKind.ALLOCATION;
import static org.channelport.mdf.MdfAccountKind.BUDGET;
import static org.channelport.mdf.MdfAccountKind.FORFEITED;
import static org.channelport.mdf.MdfAccountKind.FUNDING;
import static org.channelport.mdf.MdfAccountKind.PAID;
import static org.channelport.mdf.MdfAccountKind.PAYABLE;
import static org.channelport.mdf.MdfAccountKind.RESERVED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.channelport.shared.ConflictException;
import org.channelport.shared.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LedgerRulesTest {

  // --- one rule at a time ------------------------------------------------------------------

  @Test
  void aBudgetNeverAllocatesMoreThanItHolds() {
    Journal j = Journal.program(new BigDecimal("100000"), BigDecimal.ZERO);
    j.post(j.budget(), j.allocation(1), "60000");
    InsufficientFundsException e =
        assertThrows(
            InsufficientFundsException.class,
            () -> j.post(j.budget(), j.allocation(2), "40000.01"));
    assertEquals(0, new BigDecimal("40000").compareTo(e.available()));
    assertEquals("Only 40,000.00 EUR is available.", e.getMessage());
    assertEquals("amount", e.field());
    j.assertInvariants();
    assertEquals(1, j.entries.size() - 1); // funding + one allocation
  }

  @Test
  void aPartnerNeverReservesMoreThanItsAvailableAllocation() {
    Journal j = Journal.program(new BigDecimal("100000"), BigDecimal.ZERO);
    j.post(j.budget(), j.allocation(1), "10000");
    j.post(j.allocation(1), j.reserved(1), "7000");
    InsufficientFundsException e =
        assertThrows(
            InsufficientFundsException.class, () -> j.post(j.allocation(1), j.reserved(1), "3001"));
    assertEquals("Only 3,000.00 EUR is available.", e.getMessage());
    j.assertInvariants();
  }

  @Test
  void aClaimNeverPaysMoreThanIsReserved() {
    Journal j = Journal.program(new BigDecimal("100000"), BigDecimal.ZERO);
    j.post(j.budget(), j.allocation(1), "10000");
    j.post(j.allocation(1), j.reserved(1), "5000");
    j.post(j.reserved(1), j.payable(1), "4000");
    assertThrows(
        InsufficientFundsException.class, () -> j.post(j.reserved(1), j.payable(1), "1000.01"));
    j.post(j.payable(1), j.paid(1), "4000");
    assertThrows(InsufficientFundsException.class, () -> j.post(j.payable(1), j.paid(1), "1"));
    j.assertInvariants();
  }

  @Test
  void anOverdraftAllowsAnAllocationBelowZeroUpToItsLimitOnly() {
    Journal j = Journal.program(new BigDecimal("1000"), new BigDecimal("500"));
    j.post(j.budget(), j.allocation(1), "1000");
    j.post(j.allocation(1), j.reserved(1), "1500");
    assertEquals(new BigDecimal("-500"), j.balance(j.allocation(1)));
    InsufficientFundsException e =
        assertThrows(
            InsufficientFundsException.class, () -> j.post(j.allocation(1), j.reserved(1), "0.01"));
    assertEquals("Only 0.00 EUR is available.", e.getMessage());
    // the budget has no overdraft
    assertThrows(
        InsufficientFundsException.class, () -> j.post(j.budget(), j.allocation(2), "0.01"));
    j.assertInvariants();
  }

  @ParameterizedTest
  @ValueSource(strings = {"0", "-1", "0.00001"})
  void anAmountMustBePositiveWithAtMostFourDecimals(String amount) {
    Journal j = Journal.program(new BigDecimal("1000"), BigDecimal.ZERO);
    InvalidInputException e =
        assertThrows(
            InvalidInputException.class, () -> j.post(j.budget(), j.allocation(1), amount));
    assertEquals("amount", e.field());
    assertEquals(1, j.entries.size());
  }

  @Test
  void onlyTheDeclaredMovesExist() {
    Journal j = Journal.program(new BigDecimal("1000"), BigDecimal.ZERO);
    j.post(j.budget(), j.allocation(1), "100");
    // straight from allocation to paid, from budget to payable, from paid back: never
    assertThrows(IllegalArgumentException.class, () -> j.post(j.allocation(1), j.paid(1), "1"));
    assertThrows(IllegalArgumentException.class, () -> j.post(j.budget(), j.payable(1), "1"));
    assertThrows(IllegalArgumentException.class, () -> j.post(j.paid(1), j.payable(1), "1"));
    // two partners in one move
    assertThrows(IllegalArgumentException.class, () -> j.post(j.allocation(1), j.reserved(2), "1"));
    assertTrue(LedgerRules.allowed(FUNDING, BUDGET));
    assertTrue(LedgerRules.allowed(FUNDING, ALLOCATION));
    assertTrue(LedgerRules.allowed(ALLOCATION, FORFEITED));
    assertTrue(LedgerRules.allowed(ALLOCATION, FUNDING), "a credit note takes co-op back");
    assertFalse(LedgerRules.allowed(BUDGET, FUNDING), "a budget is not given back");
    assertTrue(LedgerRules.allowed(RESERVED, ALLOCATION));
    j.assertInvariants();
  }

  @Test
  void aMoveStaysInOneCurrencyAndOneProgram() {
    LedgerRules.Account a =
        new LedgerRules.Account(1, 1, null, BUDGET, "EUR", new BigDecimal("10"), BigDecimal.ZERO);
    LedgerRules.Account usd =
        new LedgerRules.Account(2, 1, 7L, ALLOCATION, "USD", BigDecimal.ZERO, BigDecimal.ZERO);
    LedgerRules.Account other =
        new LedgerRules.Account(3, 2, 7L, ALLOCATION, "EUR", BigDecimal.ZERO, BigDecimal.ZERO);
    assertThrows(
        IllegalArgumentException.class,
        () -> LedgerRules.check(a, usd, BigDecimal.ONE, false, "amount"));
    assertThrows(
        IllegalArgumentException.class,
        () -> LedgerRules.check(a, other, BigDecimal.ONE, false, "amount"));
    assertThrows(
        IllegalArgumentException.class,
        () -> LedgerRules.check(a, a, BigDecimal.ONE, false, "amount"));
  }

  @Test
  void aReversingEntryMovesTheAmountBackAndIsNeverReversedItself() {
    Journal j = Journal.program(new BigDecimal("1000"), BigDecimal.ZERO);
    int allocation = j.post(j.budget(), j.allocation(1), "400");
    int reversal = j.reverse(allocation);
    assertEquals(new BigDecimal("1000"), j.balance(j.budget()));
    assertEquals(0, BigDecimal.ZERO.compareTo(j.balance(j.allocation(1))));
    Entry r = j.entries.get(reversal);
    Entry o = j.entries.get(allocation);
    assertEquals(o.debit, r.credit);
    assertEquals(o.credit, r.debit);
    assertEquals(Integer.valueOf(allocation), r.reverses);
    ConflictException twice = assertThrows(ConflictException.class, () -> j.reverse(allocation));
    assertEquals("error.mdf.alreadyReversed", twice.messageKey());
    ConflictException ofReversal = assertThrows(ConflictException.class, () -> j.reverse(reversal));
    assertEquals("error.mdf.reverseReversal", ofReversal.messageKey());
    j.assertInvariants();
  }

  @Test
  void aReversalNeedsTheMoneyToStillBeThere() {
    Journal j = Journal.program(new BigDecimal("1000"), BigDecimal.ZERO);
    int allocation = j.post(j.budget(), j.allocation(1), "400");
    j.post(j.allocation(1), j.reserved(1), "300");
    // only 100 is left in the allocation: the allocation of 400 cannot be taken back
    InsufficientFundsException e =
        assertThrows(InsufficientFundsException.class, () -> j.reverse(allocation));
    assertEquals("Only 100.00 EUR is available.", e.getMessage());
    j.assertInvariants();
  }

  @Test
  void accountsAreLockedInAscendingIdOrderEachOnce() {
    assertEquals(List.of(3L, 5L, 9L), LedgerRules.lockOrder(List.of(9L, 3L, 5L, 9L, 3L)));
  }

  // --- random command sequences ------------------------------------------------------------

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 42, 1234, 99_991, 7_777_777})
  void theJournalBalancesOverRandomCommandSequences(long seed) {
    Random random = new Random(seed);
    BigDecimal overdraft = random.nextBoolean() ? BigDecimal.ZERO : decimal(random, 500);
    Journal j = Journal.program(decimal(random, 50_000).add(new BigDecimal("1000")), overdraft);
    int accepted = 0;
    int refused = 0;
    for (int step = 0; step < 2_000; step++) {
      int partner = 1 + random.nextInt(3);
      List<Integer> before = List.copyOf(j.snapshot());
      int entries = j.entries.size();
      try {
        switch (random.nextInt(9)) {
          case 0 -> j.post(j.budget(), j.allocation(partner), amount(random, 8_000));
          case 1 -> j.post(j.funding(), j.allocation(partner), amount(random, 500));
          case 2, 3 -> j.post(j.allocation(partner), j.reserved(partner), amount(random, 3_000));
          case 4 -> j.post(j.reserved(partner), j.allocation(partner), amount(random, 1_000));
          case 5 -> j.post(j.reserved(partner), j.payable(partner), amount(random, 2_000));
          case 6 -> j.post(j.payable(partner), j.paid(partner), amount(random, 2_000));
          case 7 -> j.post(j.allocation(partner), j.forfeited(partner), amount(random, 1_000));
          default -> j.reverse(random.nextInt(j.entries.size()));
        }
        accepted++;
        assertEquals(entries + 1, j.entries.size(), "an accepted command writes one entry");
      } catch (ConflictException | InvalidInputException e) {
        refused++;
        assertEquals(entries, j.entries.size(), "a refused command writes no entry");
        assertEquals(before, j.snapshot(), "a refused command changes no balance");
      }
      j.assertInvariants();
    }
    assertTrue(accepted > 200, "accepted " + accepted);
    assertTrue(refused > 20, "refused " + refused);
  }

  private static String amount(Random random, int max) {
    // whole cents mostly, sometimes 4 decimals
    int cents = 1 + random.nextInt(max * 100);
    BigDecimal a = BigDecimal.valueOf(cents, 2);
    if (random.nextInt(10) == 0) {
      a = a.add(BigDecimal.valueOf(random.nextInt(100), 4));
    }
    return a.toPlainString();
  }

  private static BigDecimal decimal(Random random, int max) {
    return new BigDecimal(amount(random, max));
  }

  // --- the in-memory journal the rules are applied to --------------------------------------

  record Entry(int debit, int credit, BigDecimal amount, Integer reverses) {}

  /** A program's accounts and journal in memory, written only through {@link LedgerRules}. */
  static final class Journal {
    final Map<Integer, LedgerRules.Account> accounts = new LinkedHashMap<>();
    final List<Entry> entries = new ArrayList<>();
    final Map<String, Integer> byName = new HashMap<>();
    final BigDecimal overdraft;

    private Journal(BigDecimal overdraft) {
      this.overdraft = overdraft;
    }

    static Journal program(BigDecimal budget, BigDecimal overdraft) {
      Journal j = new Journal(overdraft);
      j.open("funding", null, FUNDING, null);
      j.open("budget", null, BUDGET, BigDecimal.ZERO);
      for (long p = 1; p <= 3; p++) {
        for (MdfAccountKind kind : MdfAccountKind.PARTNER_KINDS) {
          j.open(kind + "-" + p, p, kind, kind == ALLOCATION ? overdraft : BigDecimal.ZERO);
        }
      }
      j.post(j.funding(), j.budget(), budget.toPlainString());
      return j;
    }

    private void open(String name, Long partner, MdfAccountKind kind, BigDecimal floor) {
      int id = accounts.size() + 1;
      accounts.put(
          id, new LedgerRules.Account(id, 1, partner, kind, "EUR", BigDecimal.ZERO, floor));
      byName.put(name, id);
    }

    int funding() {
      return byName.get("funding");
    }

    int budget() {
      return byName.get("budget");
    }

    int allocation(int p) {
      return byName.get(ALLOCATION + "-" + p);
    }

    int reserved(int p) {
      return byName.get(RESERVED + "-" + p);
    }

    int payable(int p) {
      return byName.get(PAYABLE + "-" + p);
    }

    int paid(int p) {
      return byName.get(PAID + "-" + p);
    }

    int forfeited(int p) {
      return byName.get(FORFEITED + "-" + p);
    }

    BigDecimal balance(int id) {
      return accounts.get(id).balance();
    }

    /** Posts a move; returns the entry's index. */
    int post(int debit, int credit, String amount) {
      return write(debit, credit, new BigDecimal(amount), null);
    }

    int reverse(int entry) {
      Entry e = entries.get(entry);
      boolean reversed = entries.stream().anyMatch(x -> Integer.valueOf(entry).equals(x.reverses));
      LedgerRules.Reversal r =
          LedgerRules.reversal(
              entry, e.debit, e.credit, e.amount, e.reverses == null ? null : 0L, reversed);
      return write((int) r.debitAccountId(), (int) r.creditAccountId(), r.amount(), entry);
    }

    private int write(int debitId, int creditId, BigDecimal amount, Integer reverses) {
      LedgerRules.requirePositive(amount, "amount");
      LedgerRules.Account debit = accounts.get(debitId);
      LedgerRules.Account credit = accounts.get(creditId);
      LedgerRules.check(debit, credit, amount, reverses != null, "amount");
      accounts.put(debitId, debit.debited(amount));
      accounts.put(creditId, credit.credited(amount));
      entries.add(new Entry(debitId, creditId, amount, reverses));
      return entries.size() - 1;
    }

    List<Integer> snapshot() {
      return accounts.values().stream()
          .map(a -> a.balance().stripTrailingZeros().hashCode())
          .toList();
    }

    void assertInvariants() {
      BigDecimal debits = BigDecimal.ZERO;
      BigDecimal credits = BigDecimal.ZERO;
      Map<Integer, BigDecimal> sums = new HashMap<>();
      for (Entry e : entries) {
        assertTrue(e.amount.signum() > 0);
        debits = debits.add(e.amount);
        credits = credits.add(e.amount);
        sums.merge(e.credit, e.amount, BigDecimal::add);
        sums.merge(e.debit, e.amount.negate(), BigDecimal::add);
      }
      assertEquals(0, debits.compareTo(credits), "total debits = total credits");
      BigDecimal total = BigDecimal.ZERO;
      for (LedgerRules.Account a : accounts.values()) {
        BigDecimal sum = sums.getOrDefault((int) a.id(), BigDecimal.ZERO);
        assertEquals(0, sum.compareTo(a.balance()), "running total of " + a.id());
        if (a.overdraftLimit() != null) {
          assertTrue(
              a.balance().compareTo(a.overdraftLimit().negate()) >= 0,
              "account " + a.id() + " below its floor: " + a.balance());
        }
        total = total.add(a.balance());
      }
      assertEquals(0, total.signum(), "the program's balances sum to zero");
    }
  }
}
