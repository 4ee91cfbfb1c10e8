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
  LOST,
  /** The lead was credited to another campaign (or to none). */
  CAMPAIGN;

  public String code() {
    return Codes.of(this);
  }
}
