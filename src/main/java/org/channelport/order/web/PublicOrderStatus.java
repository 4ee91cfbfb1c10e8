package org.channelport.order.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.channelport.order.SalesOrder;
import org.channelport.order.Shipment;
import org.channelport.order.ShipmentView;
import org.channelport.order.StockLevels;

/**
 * What the public order-status page shows of an order whose link {@link StatusLinks} has checked:
 * its number, business status, requested delivery, last change and its shipments with tracking —
 * never the partner, the customer, prices, lines or notes. Read without a caller (the link's
 * signature is the permission), read only.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class PublicOrderStatus {
  @PersistenceContext EntityManager em;
  @Inject StockLevels stock;

  /** The status an end customer may see. */
  public record View(
      String number,
      String status,
      LocalDate requestedDelivery,
      Instant updatedAt,
      List<ShipmentView> shipments)
      implements Serializable {}

  /** The order's public status, or null when there is no such order. */
  public View of(long orderId) {
    SalesOrder order = em.find(SalesOrder.class, orderId);
    if (order == null) {
      return null;
    }
    Map<String, String[]> carriers = stock.carriers();
    List<ShipmentView> shipments =
        em
            .createQuery(
                "SELECT s FROM Shipment s WHERE s.orderId = :o ORDER BY s.shippedAt, s.id",
                Shipment.class)
            .setParameter("o", order.getId())
            .getResultList()
            .stream()
            .map(s -> view(s, carriers))
            .toList();
    return new View(
        order.getNumber(),
        order.getStatus().code(),
        order.getRequestedDelivery(),
        order.getUpdatedAt(),
        shipments);
  }

  /** A shipment without its lines (what was shipped is the partner's business). */
  private static ShipmentView view(Shipment s, Map<String, String[]> carriers) {
    String[] carrier = s.getCarrier() == null ? null : carriers.get(s.getCarrier());
    return new ShipmentView(
        s.getShipmentRef(),
        null,
        s.getCarrier(),
        carrier == null ? s.getCarrier() : carrier[0],
        s.getMethod(),
        s.getTrackingNumber(),
        ShipmentView.trackingUrl(carrier == null ? null : carrier[1], s.getTrackingNumber()),
        s.getShippedAt(),
        s.getEstimatedDelivery(),
        List.of());
  }
}
