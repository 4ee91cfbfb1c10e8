package org.channelport.partner;

import jakarta.persistence.EntityManager;
import org.channelport.platform.Clock;
import org.channelport.security.AccessRules;

/**
 * Outside the container (the order benchmark): the partner service for reading partners' names and
 * account numbers (no portfolios, categories or events: none of its writes is used).
 */
public final class PartnerWiring {
  private PartnerWiring() {}

  public static PartnerService partnerService(EntityManager em, AccessRules access, Clock clock) {
    PartnerService partners = new PartnerService();
    partners.em = em;
    partners.access = access;
    partners.clock = clock;
    return partners;
  }
}
