package org.channelport.shared;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * An amount of money in one currency: a lead's value, a catalog price, an order line, an MDF
 * posting. Arithmetic refuses to mix currencies; amounts are exact until {@link #rounded()} rounds
 * them (half up) to the currency's minor unit (2 decimals for EUR, 0 for JPY, 3 for KWD; 2 for a
 * three-letter code that Java does not know). Unit prices may carry up to {@value #MAX_SCALE}
 * decimals. Two amounts are equal when they are the same number in the same currency, whatever
 * their scale ({@code 10.5 EUR} equals {@code 10.50 EUR}). Formatting for a user's locale is the
 * pages' business, not this type's.
 *
 * <p>Embedded in an entity, its columns are named by the entity ({@code @AttributeOverride} of
 * {@code amount} and {@code currency}).
 */
@Embeddable
public final class Money implements Comparable<Money>, Serializable {
  /** The most decimals an amount keeps (the catalog's prices are DECIMAL(19,4)). */
  public static final int MAX_SCALE = 4;

  private static final Pattern CODE = Pattern.compile("[A-Z]{3}");
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  @Column(name = "amount")
  private BigDecimal amount;

  @Column(name = "currency")
  private String currency;

  /** For JPA only. */
  protected Money() {}

  private Money(BigDecimal amount, String currency) {
    this.amount = amount;
    this.currency = currency;
  }

  /**
   * {@code amount} of {@code currency} (an ISO 4217 code, any case). Refuses a missing amount or
   * currency, a code that is not three letters, and more than {@value #MAX_SCALE} decimals, each
   * naming its field ({@code amount}, {@code currency}).
   */
  public static Money of(BigDecimal amount, String currency) {
    String code = currency == null ? null : currency.strip().toUpperCase(Locale.ROOT);
    boolean amountFits =
        amount != null
            && (amount.scale() <= MAX_SCALE || amount.stripTrailingZeros().scale() <= MAX_SCALE);
    boolean codeFits = code != null && CODE.matcher(code).matches();
    if (amountFits && codeFits) {
      return new Money(amount.scale() > MAX_SCALE ? amount.setScale(MAX_SCALE) : amount, code);
    }
    List<FieldError> errors = new ArrayList<>();
    if (amount == null) {
      errors.add(new FieldError("amount", "error.required"));
    } else if (!amountFits) {
      errors.add(new FieldError("amount", "error.money.scale", MAX_SCALE));
    }
    if (code == null || code.isEmpty()) {
      errors.add(new FieldError("currency", "error.required"));
    } else if (!codeFits) {
      errors.add(new FieldError("currency", "error.money.currency", currency));
    }
    throw new InvalidInputException(errors);
  }

  /** {@code amount} of {@code currency}, or null when there is no amount (an optional value). */
  public static Money ofNullable(BigDecimal amount, String currency) {
    return amount == null ? null : of(amount, currency);
  }

  public static Money zero(String currency) {
    return of(BigDecimal.ZERO, currency);
  }

  public BigDecimal amount() {
    return amount;
  }

  /** The ISO 4217 code, upper case. */
  public String currency() {
    return currency;
  }

  /** The decimals of the currency's minor unit: 2 for EUR, 0 for JPY; 2 for an unknown code. */
  public int minorDigits() {
    try {
      int digits = Currency.getInstance(currency).getDefaultFractionDigits();
      return digits < 0 ? 2 : digits;
    } catch (IllegalArgumentException unknown) {
      return 2;
    }
  }

  /** Whether the amount is in whole minor units (no fraction of a cent for EUR). */
  public boolean isInMinorUnits() {
    return Math.max(amount.stripTrailingZeros().scale(), 0) <= minorDigits();
  }

  /** The amount rounded half up to the currency's minor unit, at exactly that scale. */
  public Money rounded() {
    return new Money(amount.setScale(minorDigits(), RoundingMode.HALF_UP), currency);
  }

  public Money plus(Money other) {
    return new Money(amount.add(sameCurrency(other).amount), currency);
  }

  public Money minus(Money other) {
    return new Money(amount.subtract(sameCurrency(other).amount), currency);
  }

  /** This amount times a factor (a quantity, a rate), exact: round with {@link #rounded()}. */
  public Money times(BigDecimal factor) {
    if (factor == null) {
      throw new InvalidInputException(List.of(new FieldError("factor", "error.required")));
    }
    return new Money(amount.multiply(factor), currency);
  }

  public Money times(long quantity) {
    return times(BigDecimal.valueOf(quantity));
  }

  /** {@code pct} percent of this amount, exact ({@code 10%} of {@code 19.99} is {@code 1.999}). */
  public Money percent(BigDecimal pct) {
    if (pct == null) {
      throw new InvalidInputException(List.of(new FieldError("percent", "error.required")));
    }
    return new Money(amount.multiply(pct).divide(HUNDRED), currency);
  }

  /** This amount less {@code pct} percent (a discount), exact. */
  public Money lessPercent(BigDecimal pct) {
    return minus(percent(pct));
  }

  public Money negated() {
    return new Money(amount.negate(), currency);
  }

  public int signum() {
    return amount.signum();
  }

  public boolean isZero() {
    return amount.signum() == 0;
  }

  /** Compares amounts of the same currency; refuses to compare across currencies. */
  @Override
  public int compareTo(Money other) {
    return amount.compareTo(sameCurrency(other).amount);
  }

  private Money sameCurrency(Money other) {
    if (other == null) {
      throw new InvalidInputException(List.of(new FieldError("amount", "error.required")));
    }
    if (!currency.equals(other.currency)) {
      throw new InvalidInputException(
          List.of(
              new FieldError("currency", "error.money.mixedCurrencies", currency, other.currency)));
    }
    return other;
  }

  /** Same currency and the same number, whatever the scale. */
  @Override
  public boolean equals(Object o) {
    return o instanceof Money m && currency.equals(m.currency) && amount.compareTo(m.amount) == 0;
  }

  @Override
  public int hashCode() {
    return 31 * currency.hashCode() + amount.stripTrailingZeros().hashCode();
  }

  /** {@code 1200.50 EUR}: plain digits and the code, for logs and messages, not for pages. */
  @Override
  public String toString() {
    return amount.toPlainString() + " " + currency;
  }
}
