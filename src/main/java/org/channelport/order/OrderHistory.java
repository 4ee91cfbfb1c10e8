package org.channelport.order;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;

/** The orders' timelines: every step, who took it (a user, or {@code erp}), when and why. */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class OrderHistory {
  /** The actor of the steps the ERP takes. */
  public static final String ERP = "erp";

  EntityManager em;

  /** For the container's proxies. */
  protected OrderHistory() {}

  @Inject
  public OrderHistory(EntityManager em) {
    this.em = em;
  }

  public OrderEvent record(SalesOrder order, Instant at, String actor, String step, String why) {
    OrderEvent event = new OrderEvent(order.getId(), at, actor, step, why);
    em.persist(event);
    return event;
  }

  /** The order's timeline, oldest first. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<OrderEvent> of(long orderId) {
    return em.createQuery(
            "SELECT e FROM OrderEvent e WHERE e.orderId = :o ORDER BY e.at, e.id", OrderEvent.class)
        .setParameter("o", orderId)
        .getResultList();
  }
}
