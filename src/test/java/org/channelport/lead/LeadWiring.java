package org.channelport.lead;

import jakarta.persistence.EntityManager;
import org.channelport.platform.Clock;
import org.channelport.security.AccessRules;
import org.channelport.shared.CategoryCodes;

/**
 * Outside the container (the benchmark): the lead service on a plain entity manager, with the
 * default settings; no customer matching (none of the benchmark's paths creates a lead).
 */
public final class LeadWiring {
  private LeadWiring() {}

  public static LeadService leadService(EntityManager em, AccessRules access) {
    return leadService(em, access, categories(em));
  }

  /** With the category codes read once beforehand (the portal reads them only to check input). */
  public static LeadService leadService(
      EntityManager em, AccessRules access, CategoryCodes categories) {
    return leadService(em, access, new LeadHistory(em, access), categories);
  }

  /** The lead service writing to {@code history}. */
  public static LeadService leadService(EntityManager em, AccessRules access, LeadHistory history) {
    return leadService(em, access, history, categories(em));
  }

  private static LeadService leadService(
      EntityManager em, AccessRules access, LeadHistory history, CategoryCodes categories) {
    return new LeadService(em, access, new Clock(), null, history, categories, new LeadsConfig());
  }

  private static CategoryCodes categories(EntityManager em) {
    return CategoryCodes.of(
        em.createQuery("SELECT c.code FROM Category c", String.class).getResultList());
  }
}
