package org.channelport.erp.tryton;

import org.channelport.erp.ErpException;

/**
 * Tryton answered a call with an error: a {@code UserError} or {@code UserWarning} (the data was
 * refused: {@link Kind#REJECTED}), or another server exception — {@link Kind#TRANSIENT} when it is
 * one a later try gets past (a concurrent write, the SQLite database locked), else rejected.
 */
public class TrytonError extends ErpException {
  public static final String USER_ERROR = "UserError";
  public static final String USER_WARNING = "UserWarning";
  public static final String CONCURRENCY = "ConcurrencyException";
  public static final String SERVER = "ServerError";

  private final String type;
  private final String userMessage;
  private final String warningName;

  TrytonError(Kind kind, String type, String userMessage, String warningName, String answer) {
    super(kind, "Tryton " + type + ": " + userMessage, answer, null);
    this.type = type;
    this.userMessage = userMessage;
    this.warningName = warningName;
  }

  /** UserError, UserWarning, ConcurrencyException, LoginException or ServerError. */
  public String type() {
    return type;
  }

  /** Tryton's message as a user would read it. */
  public String userMessage() {
    return userMessage;
  }

  /** The name a UserWarning is accepted under (res.user.warning), null for other errors. */
  public String warningName() {
    return warningName;
  }

  public boolean isUserError() {
    return USER_ERROR.equals(type);
  }

  public boolean isUserWarning() {
    return USER_WARNING.equals(type);
  }

  /**
   * The party is over its credit limit: account_credit_limit's "has reached their credit limit of
   * …" or "has reached the credit limit level of …" (a dunning), raised for users outside its
   * group.
   */
  public boolean isCreditLimit() {
    return isUserError()
        && userMessage != null
        && userMessage.contains("has reached")
        && userMessage.contains("credit limit");
  }
}
