package org.channelport.catalog;

import jakarta.persistence.EntityManager;
import javax.sql.DataSource;
import org.channelport.platform.Clock;
import org.channelport.security.AccessRules;

/** Outside the container (the order benchmark): the catalog on a plain entity manager. */
public final class CatalogWiring {
  private CatalogWiring() {}

  public static Catalog catalog(
      EntityManager em, AccessRules access, Clock clock, DataSource dataSource) {
    Catalog catalog = new Catalog();
    catalog.em = em;
    catalog.access = access;
    catalog.clock = clock;
    catalog.dataSource = dataSource;
    catalog.init();
    return catalog;
  }
}
