package org.channelport.platform.outbox;

/**
 * A handler's "the receiver refused this message for good": the relay parks it (status PARKED,
 * "needs attention") with the error and the receiver's answer instead of trying again; it blocks
 * the later messages of its key until someone replays it ({@link Outbox#replay}).
 */
public class RejectedMessage extends Exception {
  private final String answer;

  public RejectedMessage(String message, String answer, Throwable cause) {
    super(message, cause);
    this.answer = answer;
  }

  /** What the receiver answered (its error text or body); may be null. */
  public String answer() {
    return answer;
  }
}
