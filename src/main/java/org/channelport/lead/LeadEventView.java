package org.channelport.lead;

import java.time.Instant;

/** A step of a lead's history as one caller may see it. */
public record LeadEventView(
    Long id, Instant at, String actor, LeadEventType type, Long partnerId, String detail) {
  static LeadEventView of(LeadEvent e, boolean withDetail) {
    return new LeadEventView(
        e.getId(),
        e.getAt(),
        e.getActor(),
        e.getType(),
        e.getPartnerId(),
        withDetail ? e.getDetail() : null);
  }

  public String typeCode() {
    return type.code();
  }
}
