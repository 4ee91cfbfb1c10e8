package org.channelport.shared;

import java.util.Locale;

/** One problem with one input field. */
public record FieldError(String field, String messageKey, Object... args) {
  public String message() {
    return Messages.english(messageKey, args);
  }

  public String message(Locale locale) {
    return Messages.text(locale, messageKey, args);
  }
}
