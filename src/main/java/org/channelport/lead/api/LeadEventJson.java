package org.channelport.lead.api;

import java.time.Instant;
import org.channelport.lead.LeadEventView;

/** A step of a lead's history, as the API shows it. */
public record LeadEventJson(
    Long id, Instant at, String actor, String type, Long partnerId, String detail) {
  public static LeadEventJson of(LeadEventView e) {
    return new LeadEventJson(e.id(), e.at(), e.actor(), e.typeCode(), e.partnerId(), e.detail());
  }
}
