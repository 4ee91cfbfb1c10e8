package org.channelport.support;

import jakarta.persistence.EntityManager;
import javax.sql.DataSource;
import org.channelport.catalog.CatalogWiring;
import org.channelport.platform.Clock;
import org.channelport.security.AccessRules;

/**
 * Outside the container (the support benchmark): the issue list and the solution suggestions on a
 * plain entity manager, by their constructors, as the container wires them. Only what reading
 * needs: no files, numbers, events or routing.
 */
public final class SupportWiring {
  private SupportWiring() {}

  /** The SLA policy on a data source; one per run, as the container keeps one per node. */
  public static SlaPolicy slaPolicy(DataSource dataSource) {
    SlaPolicy policy = new SlaPolicy();
    policy.dataSource = dataSource;
    return policy;
  }

  public static IssueService issueService(
      EntityManager em, AccessRules access, Clock clock, SlaPolicy sla) {
    return new IssueService(
        em, access, clock, null, null, null, sla, null, null, null, null, null, null, null);
  }

  public static SolutionService solutionService(
      EntityManager em, AccessRules access, Clock clock, DataSource dataSource) {
    return new SolutionService(
        em,
        access,
        clock,
        null,
        null,
        CatalogWiring.catalog(em, access, clock, dataSource),
        null,
        dataSource);
  }
}
