package org.channelport.platform;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import javax.sql.DataSource;

/**
 * The container's resources as CDI beans, so services can take them in their constructors (and
 * tests and the benchmarks pass their own): the persistence unit's transaction-scoped entity
 * manager and the portal's datasource.
 */
@ApplicationScoped
public class ContainerResources {
  @Produces @PersistenceContext EntityManager em;

  @Produces
  @Resource(lookup = Database.JNDI_NAME)
  DataSource dataSource;
}
