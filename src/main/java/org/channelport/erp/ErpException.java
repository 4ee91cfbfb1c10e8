package org.channelport.erp;

/**
 * The ERP did not take a message. {@link Kind#TRANSIENT} (connect error, timeout, 5xx, 429, 408,
 * the ERP busy) is tried again with backoff for as long as configured; {@link Kind#REJECTED} (the
 * ERP refused the payload) is parked as needing attention with the ERP's answer.
 */
public class ErpException extends Exception {
  public enum Kind {
    TRANSIENT,
    REJECTED
  }

  private final Kind kind;
  private final String answer;

  public ErpException(Kind kind, String message, String answer, Throwable cause) {
    super(message, cause);
    this.kind = kind;
    this.answer = answer;
  }

  public static ErpException transientFailure(String message, Throwable cause) {
    return new ErpException(Kind.TRANSIENT, message, null, cause);
  }

  public static ErpException rejected(String message, String answer) {
    return new ErpException(Kind.REJECTED, message, answer, null);
  }

  public Kind kind() {
    return kind;
  }

  /** What the ERP answered (its error text or body), for the event log; may be null. */
  public String answer() {
    return answer;
  }
}
