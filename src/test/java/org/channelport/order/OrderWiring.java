package org.channelport.order;

import jakarta.persistence.EntityManager;
import javax.sql.DataSource;
import org.channelport.catalog.CatalogWiring;
import org.channelport.partner.PartnerService;
import org.channelport.partner.PartnerWiring;
import org.channelport.platform.Clock;
import org.channelport.platform.outbox.OutboxWiring;
import org.channelport.security.AccessRules;

/**
 * Outside the container (the order benchmark): the order service and the ERP updates bean on a
 * plain entity manager, by their constructors, as the container wires them. No customer matching
 * (the benchmark places replenishment orders, which have no customer).
 */
public final class OrderWiring {
  private OrderWiring() {}

  public static OrderService orderService(
      EntityManager em, AccessRules access, Clock clock, DataSource dataSource) {
    return new OrderService(
        em,
        access,
        clock,
        CatalogWiring.catalog(em, access, clock, dataSource),
        null,
        null,
        PartnerWiring.partnerService(em, access, clock),
        OutboxWiring.outbox(em, clock, dataSource),
        new OrderHistory(em),
        new StockLevels(em),
        new OrderPolicies(em));
  }

  /** The bean the ERP connector calls with what the ERP says. */
  public static OrderErpUpdates erpUpdates(EntityManager em, AccessRules access, Clock clock) {
    PartnerService partners = PartnerWiring.partnerService(em, access, clock);
    return new ErpOrderUpdates(
        em, clock, new OrderHistory(em), new StockLevels(em), new OrderPolicies(em), partners);
  }
}
