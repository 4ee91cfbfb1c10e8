package org.channelport.mdf;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import org.channelport.shared.ConflictException;

/**
 * An account does not hold enough for a move (409): the message names what is available, e.g. "Only
 * 3,000.00 EUR is available.", and the field the amount came in.
 */
public class InsufficientFundsException extends ConflictException {
  private final BigDecimal available;
  private final String currency;

  public InsufficientFundsException(String field, BigDecimal available, String currency) {
    super(field, "error.mdf.insufficientFunds", format(available), currency);
    this.available = available;
    this.currency = currency;
  }

  public BigDecimal available() {
    return available;
  }

  public String currency() {
    return currency;
  }

  /** {@code 3,000.00}: grouped, two decimals, whatever the reader's language. */
  static String format(BigDecimal amount) {
    DecimalFormat f =
        new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ENGLISH));
    return f.format(amount.max(BigDecimal.ZERO).setScale(2, RoundingMode.DOWN));
  }
}
