package org.channelport.catalog;

import java.util.Arrays;
import java.util.Locale;
import org.channelport.shared.Messages;

/** Why one row of an upload was refused: its line, SKU (if any), field and reason. */
public record RowError(long line, String sku, String field, String reasonKey, Object... args) {
  public String reason() {
    return reason(Locale.ENGLISH);
  }

  public String reason(Locale locale) {
    return Messages.text(locale, reasonKey, args);
  }

  @Override
  public String toString() {
    return "line " + line + " " + field + ": " + reasonKey + Arrays.toString(args);
  }
}
