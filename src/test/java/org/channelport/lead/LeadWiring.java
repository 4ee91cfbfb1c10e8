package org.channelport.lead;

import jakarta.persistence.EntityManager;
import javax.sql.DataSource;
import org.channelport.lead.dispatch.IdBlocksWiring;
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
    LeadHistory history = new LeadHistory();
    history.em = em;
    service.history = history;
    service.categories =
        CategoryCodes.of(
            em.createQuery("SELECT c.code FROM Category c", String.class).getResultList());
    return service;
  }

  /**
   * The rule dispatcher reading through {@code em} and writing through {@code dataSource} (whose
   * connections the caller commits).
   */
  public static RuleDispatcher ruleDispatcher(
      EntityManager em, AccessRules access, DataSource dataSource) {
    RuleDispatcher dispatcher = new RuleDispatcher();
    dispatcher.em = em;
    dispatcher.access = access;
    dispatcher.clock = new Clock();
    dispatcher.leads = leadService(em, access);
    dispatcher.history = dispatcher.leads.history;
    dispatcher.dataSource = dataSource;
    dispatcher.idBlocks = IdBlocksWiring.idBlocks(dataSource);
    return dispatcher;
  }
}
