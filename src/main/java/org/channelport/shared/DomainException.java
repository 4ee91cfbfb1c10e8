package org.channelport.shared;

import java.util.Locale;

/**
 * A business rule said no. Carries a message key from the bundle so pages can show it in the user's
 * language; {@link #getMessage()} is the English text the API answers with.
 */
public abstract class DomainException extends RuntimeException {
  private final String messageKey;
  private final transient Object[] args;

  protected DomainException(String messageKey, Object... args) {
    super(Messages.english(messageKey, args));
    this.messageKey = messageKey;
    this.args = args;
  }

  public String messageKey() {
    return messageKey;
  }

  public String localizedMessage(Locale locale) {
    return Messages.text(locale, messageKey, args);
  }
}
