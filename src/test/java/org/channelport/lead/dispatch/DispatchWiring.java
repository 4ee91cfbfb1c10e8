package org.channelport.lead.dispatch;

import jakarta.persistence.EntityManager;
import javax.sql.DataSource;
import org.channelport.lead.LeadWiring;
import org.channelport.lead.LeadsConfig;
import org.channelport.platform.Clock;
import org.channelport.security.AccessRules;

/** Outside the container (the benchmark): the rule dispatcher with its fields set by hand. */
public final class DispatchWiring {
  private DispatchWiring() {}

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
    dispatcher.config = new LeadsConfig();
    dispatcher.leads = LeadWiring.leadService(em, access);
    dispatcher.history = LeadWiring.history(dispatcher.leads);
    dispatcher.dataSource = dataSource;
    dispatcher.idBlocks = IdBlocksWiring.idBlocks(dataSource);
    return dispatcher;
  }
}
