package org.channelport.support;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.channelport.shared.Codes;

/**
 * Where a service issue stands: new (in the service queue) → in progress (the brand owner's service
 * took it) → waiting for the partner or the customer (the SLA clock pauses) → solved (with the
 * answer) → closed (the partner confirmed, or automatically). The steps and who takes them: {@link
 * IssueStep}. Written as the lower-case code ({@code in_progress} …).
 */
public enum IssueStatus {
  NEW,
  IN_PROGRESS,
  WAITING_PARTNER,
  WAITING_CUSTOMER,
  SOLVED,
  CLOSED;

  /** The statuses in which the service still owes an answer. */
  public static final Set<IssueStatus> OPEN =
      EnumSet.of(NEW, IN_PROGRESS, WAITING_PARTNER, WAITING_CUSTOMER);

  /** The statuses in which the SLA clock is paused. */
  public static final Set<IssueStatus> WAITING = EnumSet.of(WAITING_PARTNER, WAITING_CUSTOMER);

  public boolean isOpen() {
    return OPEN.contains(this);
  }

  public boolean isWaiting() {
    return WAITING.contains(this);
  }

  public String code() {
    return Codes.of(this);
  }

  public static Optional<IssueStatus> parse(String text) {
    return Codes.parse(IssueStatus.class, text);
  }
}
