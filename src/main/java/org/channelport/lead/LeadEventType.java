package org.channelport.lead;

import org.channelport.shared.Codes;

/** A step in a lead's history. */
public enum LeadEventType {
  CREATED,
  DISPATCHED,
  NO_PARTNER_AVAILABLE,
  ACCEPTED,
  REJECTED,
  RECALLED,
  ASSIGNED,
  QUALIFIED,
  NOTE,
  ACTIVITY,
  WON,
  LOST;

  public String code() {
    return Codes.of(this);
  }
}
