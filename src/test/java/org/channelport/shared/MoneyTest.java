package org.channelport.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class MoneyTest {
  private static Money eur(String amount) {
    return Money.of(new BigDecimal(amount), "EUR");
  }

  private static List<String> fields(InvalidInputException e) {
    return e.errors().stream().map(FieldError::field).toList();
  }

  @Test
  void anAmountNeedsANumberAndACurrencyEachNamedWhenMissing() {
    InvalidInputException e = assertThrows(InvalidInputException.class, () -> Money.of(null, null));
    assertEquals(List.of("amount", "currency"), fields(e));
    assertEquals("error.required", e.errors().get(0).messageKey());
  }

  @Test
  void theCurrencyIsThreeLettersAndIsUpperCased() {
    assertEquals("EUR", Money.of(BigDecimal.ONE, " eur ").currency());
    InvalidInputException e =
        assertThrows(InvalidInputException.class, () -> Money.of(BigDecimal.ONE, "EURO"));
    assertEquals(List.of("currency"), fields(e));
    assertEquals("error.money.currency", e.errors().get(0).messageKey());
    assertThrows(InvalidInputException.class, () -> Money.of(BigDecimal.ONE, "E1R"));
  }

  @Test
  void moreDecimalsThanAUnitPriceHasAreRefused() {
    assertEquals(new BigDecimal("1.2345"), eur("1.2345").amount());
    assertEquals(new BigDecimal("1.2000"), eur("1.200000").amount());
    InvalidInputException e = assertThrows(InvalidInputException.class, () -> eur("1.23456"));
    assertEquals(List.of("amount"), fields(e));
    assertEquals("error.money.scale", e.errors().get(0).messageKey());
  }

  @Test
  void amountsOfOneCurrencyAddAndSubtractExactly() {
    assertEquals(eur("12.50"), eur("10.25").plus(eur("2.25")));
    assertEquals(eur("-0.01"), eur("0.99").minus(eur("1.00")));
    assertEquals(eur("0"), eur("5").minus(eur("5")));
  }

  @Test
  void mixedCurrenciesAreRefused() {
    Money usd = Money.of(BigDecimal.TEN, "USD");
    InvalidInputException plus =
        assertThrows(InvalidInputException.class, () -> eur("1").plus(usd));
    assertEquals("error.money.mixedCurrencies", plus.errors().get(0).messageKey());
    assertEquals(List.of("currency"), fields(plus));
    assertThrows(InvalidInputException.class, () -> eur("1").minus(usd));
    assertThrows(InvalidInputException.class, () -> eur("1").compareTo(usd));
    assertThrows(InvalidInputException.class, () -> eur("1").plus(null));
  }

  @Test
  void timesAndPercentAreExactUntilRounded() {
    assertEquals(eur("59.97"), eur("19.99").times(3));
    assertEquals(eur("1.999"), eur("19.99").percent(BigDecimal.TEN));
    assertEquals(eur("2.00"), eur("19.99").percent(BigDecimal.TEN).rounded());
    assertEquals(new BigDecimal("2.49867"), eur("2.7763").times(new BigDecimal("0.9")).amount());
  }

  @Test
  void aDiscountIsTheAmountLessItsPercentRoundedHalfUpToTheCurrency() {
    // the tier discount: 999.99 less 12.5 %
    Money net = eur("999.99").lessPercent(new BigDecimal("12.5")).rounded();
    assertEquals(new BigDecimal("874.99"), net.amount());
    assertEquals(2, net.amount().scale());
    assertEquals(new BigDecimal("0.01"), eur("0.005").rounded().amount());
  }

  @Test
  void roundingFollowsTheCurrencysMinorUnit() {
    assertEquals(
        new BigDecimal("1235"), Money.of(new BigDecimal("1234.5"), "JPY").rounded().amount());
    assertEquals(
        new BigDecimal("1.235"), Money.of(new BigDecimal("1.2345"), "KWD").rounded().amount());
    assertEquals(2, Money.of(BigDecimal.ONE, "XQQ").minorDigits());
    assertTrue(eur("1.20").isInMinorUnits());
    assertFalse(eur("1.205").isInMinorUnits());
    assertTrue(Money.of(new BigDecimal("1200"), "JPY").isInMinorUnits());
    assertFalse(Money.of(new BigDecimal("1200.5"), "JPY").isInMinorUnits());
  }

  @Test
  void equalAmountsAreEqualWhateverTheirScale() {
    assertEquals(eur("10.5"), eur("10.50"));
    assertEquals(eur("10.5").hashCode(), eur("10.50").hashCode());
    assertEquals(0, eur("10.5").compareTo(eur("10.500")));
    assertNotEquals(eur("10.5"), Money.of(new BigDecimal("10.5"), "USD"));
    assertTrue(eur("9.99").compareTo(eur("10")) < 0);
  }

  @Test
  void anOptionalAmountIsNullWhenThereIsNone() {
    assertNull(Money.ofNullable(null, "EUR"));
    assertEquals(eur("3"), Money.ofNullable(BigDecimal.valueOf(3), "EUR"));
    assertEquals("1200.50 EUR", eur("1200.50").toString());
    assertTrue(Money.zero("EUR").isZero());
    assertEquals(-1, eur("2").negated().signum());
  }
}
