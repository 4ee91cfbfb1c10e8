package org.channelport.lead;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.channelport.shared.Codes;

/**
 * Where a lead is in its life: new → dispatched → accepted | rejected → qualified → won | lost. A
 * rejected lead is back in the channel's pool and can be dispatched again (to another partner). The
 * steps between the statuses, and who takes them, are declared in {@link LeadStep}.
 */
public enum LeadStatus {
  NEW,
  DISPATCHED,
  ACCEPTED,
  REJECTED,
  QUALIFIED,
  WON,
  LOST;

  /** Statuses in which a lead counts against a partner's capacity. */
  public static final Set<LeadStatus> OPEN = EnumSet.of(DISPATCHED, ACCEPTED, QUALIFIED);

  /** Statuses from which a channel manager may dispatch (the pool). */
  public static final Set<LeadStatus> IN_POOL = EnumSet.of(NEW, REJECTED);

  public boolean isOpen() {
    return OPEN.contains(this);
  }

  public boolean inPool() {
    return IN_POOL.contains(this);
  }

  /** Whether {@code step} may be taken from this status (who may take it: {@link LeadStep}). */
  public boolean allows(LeadStep step) {
    return step.allowedFrom(this);
  }

  public boolean isClosed() {
    return this == WON || this == LOST;
  }

  public String code() {
    return Codes.of(this);
  }

  public static Optional<LeadStatus> parse(String text) {
    return Codes.parse(LeadStatus.class, text);
  }
}
