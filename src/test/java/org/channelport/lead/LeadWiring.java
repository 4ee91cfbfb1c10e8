package org.channelport.lead;

import jakarta.persistence.EntityManager;
import org.channelport.platform.Clock;
import org.channelport.security.AccessRules;
import org.channelport.shared.CategoryCodes;

/** Outside the container (the benchmark): the lead services with their fields set by hand. */
public final class LeadWiring {
  private LeadWiring() {}

  public static LeadService leadService(EntityManager em, AccessRules access) {
    LeadService service = new LeadService();
    service.em = em;
    service.access = access;
    service.clock = new Clock();
    service.config = new LeadsConfig();
    LeadHistory history = new LeadHistory();
    history.em = em;
    service.history = history;
    service.categories =
        CategoryCodes.of(
            em.createQuery("SELECT c.code FROM Category c", String.class).getResultList());
    return service;
  }

  /** The history the lead service writes to. */
  public static LeadHistory history(LeadService service) {
    return service.history;
  }
}
