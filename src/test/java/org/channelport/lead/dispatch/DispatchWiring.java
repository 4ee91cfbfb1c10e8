package org.channelport.lead.dispatch;

import jakarta.persistence.EntityManager;
import javax.sql.DataSource;
import org.channelport.lead.LeadHistory;
import org.channelport.lead.LeadWiring;
import org.channelport.lead.LeadsConfig;
import org.channelport.platform.Clock;
import org.channelport.security.AccessRules;

/** Outside the container (the benchmark): the rule dispatcher on a plain entity manager. */
public final class DispatchWiring {
  private DispatchWiring() {}

  /**
   * The rule dispatcher reading through {@code em} and writing through {@code dataSource} (whose
   * connections the caller commits).
   */
  public static RuleDispatcher ruleDispatcher(
      EntityManager em, AccessRules access, DataSource dataSource) {
    LeadHistory history = new LeadHistory(em, access);
    return new RuleDispatcher(
        em,
        access,
        new Clock(),
        LeadWiring.leadService(em, access, history),
        history,
        new IdBlocks(dataSource),
        new LeadsConfig(),
        dataSource);
  }
}
