package org.channelport.shared;

import java.util.Locale;

/**
 * A business rule said no. Carries a message key from the bundle so pages can show it in the user's
 * language; {@link #getMessage()} is the English text the API answers with. Its {@link #kind()}
 * says how the API and the pages answer it, so a new subclass is answered right without being
 * listed anywhere.
 */
public abstract class DomainException extends RuntimeException {
  /** What kind of "no" it is: the API answers each with its own HTTP status. */
  public enum Kind {
    /** Bad input; nothing was changed (400). */
    INVALID_INPUT(400),
    /** The caller may see the record but may not do this to it (403). */
    ACCESS_DENIED(403),
    /** No such record, or one outside the caller's scope (404). */
    NOT_FOUND(404),
    /** The request clashes with the current state (409). */
    CONFLICT(409),
    /** The input is larger than the limit; nothing was stored (413). */
    TOO_LARGE(413),
    /**
     * Well-formed, but it cannot be processed as sent (422): an Idempotency-Key reused for another
     * request body.
     */
    UNPROCESSABLE(422);

    private final int status;

    Kind(int status) {
      this.status = status;
    }

    /** The HTTP status the API answers with. */
    public int status() {
      return status;
    }
  }

  private final String messageKey;
  private final transient Object[] args;

  protected DomainException(String messageKey, Object... args) {
    super(Messages.english(messageKey, args));
    this.messageKey = messageKey;
    this.args = args;
  }

  /** How the API and the pages answer this failure. */
  public abstract Kind kind();

  /** The input field the failure concerns, or null when it concerns none in particular. */
  public String field() {
    return null;
  }

  public String messageKey() {
    return messageKey;
  }

  public String localizedMessage(Locale locale) {
    return Messages.text(locale, messageKey, args);
  }
}
