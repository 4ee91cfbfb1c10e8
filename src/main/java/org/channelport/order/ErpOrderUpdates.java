package org.channelport.order;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.channelport.partner.PartnerService;
import org.channelport.platform.Clock;
import org.channelport.shared.FieldError;
import org.channelport.shared.InvalidInputException;
import org.channelport.shared.Money;

/**
 * What the ERP says, applied to the orders: each call one transaction (the caller's, when it has
 * one: its inbound dedupe commits with the change), each step a timeline entry by {@code erp}. A
 * fact older than what the order already holds from the ERP, or one that does not fit the order's
 * status any more (a confirmation of an order cancelled meanwhile), changes nothing: {@link
 * Applied#STALE}. The orders are locked while a fact is applied, so two facts about one order never
 * interleave.
 */
@ApplicationScoped
@Transactional
public class ErpOrderUpdates implements OrderErpUpdates {
  static final String ACCEPTED = "accepted";
  static final String REJECTED = "rejected";
  static final String CREDIT_HOLD = "credit_hold";

  EntityManager em;
  Clock clock;
  OrderHistory history;
  StockLevels stock;
  OrderPolicies policies;
  PartnerService partners;

  /** Told of each invoice recorded for the first time (absent outside the container). */
  @Inject Event<InvoiceRecorded> invoices;

  /** For the container's proxies. */
  protected ErpOrderUpdates() {}

  @Inject
  public ErpOrderUpdates(
      EntityManager em,
      Clock clock,
      OrderHistory history,
      StockLevels stock,
      OrderPolicies policies,
      PartnerService partners) {
    this.em = em;
    this.clock = clock;
    this.history = history;
    this.stock = stock;
    this.policies = policies;
    this.partners = partners;
  }

  // --- sync state --------------------------------------------------------------------------

  @Override
  public void syncSent(String orderNumber, String messageId) {
    locked(orderNumber)
        .ifPresent(
            order -> {
              Instant now = clock.now();
              boolean first = order.getSyncState() != SyncState.SENT;
              order.sent(now);
              if (first) {
                history.record(order, now, OrderHistory.ERP, "sent", messageId);
              }
            });
  }

  @Override
  public void syncFailed(String orderNumber, String error, Instant nextAttempt) {
    locked(orderNumber)
        .ifPresent(
            order -> {
              Instant now = clock.now();
              boolean first = order.getSyncState() != SyncState.FAILED;
              order.failed(error, nextAttempt, now);
              // one entry per run of failures, not one per retry of a day-long outage
              if (first) {
                history.record(
                    order,
                    now,
                    OrderHistory.ERP,
                    nextAttempt == null ? "sync_parked" : "sync_failed",
                    error);
              }
            });
  }

  // --- the ERP's answers -------------------------------------------------------------------

  @Override
  public Applied orderResponse(OrderResponse r) {
    Optional<SalesOrder> found = locked(r.orderNumber());
    if (found.isEmpty()) {
      return Applied.UNKNOWN_ORDER;
    }
    SalesOrder order = found.get();
    if (order.isStale(r.at())) {
      order.answeredByErp(r.erpNumber());
      return Applied.STALE;
    }
    String outcome = r.outcome() == null ? "" : r.outcome().strip().toLowerCase(Locale.ROOT);
    OrderStep step =
        switch (outcome) {
          case ACCEPTED -> OrderStep.CONFIRM;
          case REJECTED -> OrderStep.REJECT;
          case CREDIT_HOLD -> OrderStep.HOLD;
          default ->
              throw new InvalidInputException(
                  List.of(
                      new FieldError(
                          "outcome", "error.param.oneOf", "accepted, rejected, credit_hold")));
        };
    Instant now = clock.now();
    if (!step.allowedFrom(order.getStatus())) {
      order.touchedByErp(r.at(), now);
      order.answeredByErp(r.erpNumber());
      history.record(
          order,
          now,
          OrderHistory.ERP,
          "erp_ignored",
          outcome + " while " + order.getStatus().code());
      return Applied.STALE;
    }
    switch (step) {
      case CONFIRM -> order.confirmed(r.erpNumber(), r.at(), now);
      case REJECT -> order.rejected(r.erpNumber(), r.reason(), r.at(), now);
      default -> order.heldByErp(r.erpNumber(), r.reason(), r.at(), now);
    }
    answerLines(order, r.lines());
    history.record(
        order,
        now,
        OrderHistory.ERP,
        step == OrderStep.CONFIRM
            ? "confirmed"
            : step == OrderStep.REJECT ? "rejected" : "credit_hold",
        detail(r));
    return Applied.APPLIED;
  }

  private static String detail(OrderResponse r) {
    StringBuilder d = new StringBuilder();
    if (r.erpNumber() != null) {
      d.append("ERP ").append(r.erpNumber());
    }
    if (r.reason() != null) {
      d.append(d.isEmpty() ? "" : "; ").append(r.reason());
    }
    if (r.lines() != null) {
      for (LineAnswer a : r.lines()) {
        if (a.rejectedReason() != null) {
          d.append("; line ").append(a.lineNo()).append(": ").append(a.rejectedReason());
        } else if (a.backordered() > 0) {
          d.append("; line ").append(a.lineNo()).append(" backordered ").append(a.backordered());
        }
      }
    }
    return d.isEmpty() ? null : d.toString();
  }

  private static void answerLines(SalesOrder order, List<LineAnswer> answers) {
    if (answers == null) {
      return;
    }
    for (LineAnswer a : answers) {
      OrderLine line = order.line(a.lineNo());
      if (line == null && a.sku() != null) {
        line = order.lineOf(a.sku());
      }
      if (line != null) {
        line.answer(a.promisedDate(), a.backordered(), a.rejectedReason());
      }
    }
  }

  @Override
  public Applied changeResponse(ChangeResponse r) {
    Optional<SalesOrder> found = locked(r.orderNumber());
    if (found.isEmpty()) {
      return Applied.UNKNOWN_ORDER;
    }
    SalesOrder order = found.get();
    OrderChange change = em.find(OrderChange.class, r.changeId());
    if (change == null || !change.getOrderId().equals(order.getId())) {
      return Applied.UNKNOWN_ORDER;
    }
    if (!change.isPending() || order.isStale(r.at())) {
      return Applied.STALE;
    }
    Instant now = clock.now();
    change.answer(r.applied(), r.reason(), now);
    if (r.applied()) {
      OrderChanges.Proposed p = OrderChanges.read(change.getPayload());
      order.replaceLines(p.lines());
      order.details(p.requestedDelivery(), p.note(), now);
    }
    order.touchedByErp(r.at(), now);
    history.record(
        order,
        now,
        OrderHistory.ERP,
        r.applied() ? "change_applied" : "change_rejected",
        "change " + change.getId() + (r.reason() == null ? "" : ": " + r.reason()));
    return Applied.APPLIED;
  }

  @Override
  public Applied statusChanged(StatusChange c) {
    Optional<SalesOrder> found = locked(c.orderNumber());
    if (found.isEmpty()) {
      return Applied.UNKNOWN_ORDER;
    }
    SalesOrder order = found.get();
    if (order.isStale(c.at())) {
      return Applied.STALE;
    }
    String status = c.status() == null ? "" : c.status().strip().toLowerCase(Locale.ROOT);
    OrderStep step =
        switch (status) {
          case "released" -> OrderStep.RELEASE;
          case "delivered" -> OrderStep.DELIVER;
          case "cancelled" -> OrderStep.ERP_CANCEL;
          default ->
              throw new InvalidInputException(
                  List.of(
                      new FieldError(
                          "status", "error.param.oneOf", "released, delivered, cancelled")));
        };
    Instant now = clock.now();
    if (!step.allowedFrom(order.getStatus())) {
      order.touchedByErp(c.at(), now);
      history.record(
          order,
          now,
          OrderHistory.ERP,
          "erp_ignored",
          status + " while " + order.getStatus().code());
      return Applied.STALE;
    }
    order.erpStep(step, c.reason(), c.at(), now);
    order.answeredByErp(null);
    history.record(order, now, OrderHistory.ERP, status, c.reason());
    return Applied.APPLIED;
  }

  @Override
  public Applied shipment(ShipmentData d) {
    Optional<SalesOrder> found = locked(d.orderNumber());
    if (found.isEmpty()) {
      return Applied.UNKNOWN_ORDER;
    }
    SalesOrder order = found.get();
    List<Shipment> known =
        em.createQuery("SELECT s FROM Shipment s WHERE s.shipmentRef = :r", Shipment.class)
            .setParameter("r", d.shipmentRef())
            .getResultList();
    Shipment shipment;
    if (known.isEmpty()) {
      shipment = new Shipment(order.getId(), d.shipmentRef());
      em.persist(shipment);
    } else {
      shipment = known.get(0);
      if (!shipment.getOrderId().equals(order.getId()) || shipment.isStale(d.at())) {
        return Applied.STALE;
      }
    }
    Instant now = clock.now();
    Instant at = d.at() == null ? now : d.at();
    List<ShipmentLine> lines = new ArrayList<>();
    if (d.lines() != null) {
      for (ShippedLine l : d.lines()) {
        if (l.quantity() > 0) {
          lines.add(new ShipmentLine(l.sku(), l.quantity()));
        }
      }
    }
    shipment.update(
        d.warehouse(),
        d.carrier() == null ? null : d.carrier().toLowerCase(Locale.ROOT),
        d.method(),
        d.trackingNumber(),
        d.shippedAt(),
        d.estimatedDelivery(),
        lines,
        at);
    em.flush();
    boolean complete = shippedInFull(order);
    OrderStep step = complete ? OrderStep.SHIP : OrderStep.SHIP_PART;
    if (step.allowedFrom(order.getStatus())
        || (order.getStatus() == OrderStatus.SHIPPED && !complete)) {
      order.shipped(complete, d.at(), now);
    } else {
      order.touchedByErp(d.at(), now);
    }
    history.record(
        order,
        now,
        OrderHistory.ERP,
        complete ? "shipped" : "partly_shipped",
        d.shipmentRef()
            + (d.carrier() == null ? "" : " " + d.carrier())
            + (d.trackingNumber() == null ? "" : " " + d.trackingNumber()));
    return Applied.APPLIED;
  }

  /** Whether the order's shipments together carry every line's quantity. */
  private boolean shippedInFull(SalesOrder order) {
    Map<String, Long> shipped = new HashMap<>();
    for (Object r :
        em.createQuery(
                "SELECT l.sku, SUM(l.quantity) FROM Shipment s JOIN s.lines l"
                    + " WHERE s.orderId = :o GROUP BY l.sku")
            .setParameter("o", order.getId())
            .getResultList()) {
      Object[] row = (Object[]) r;
      shipped.put((String) row[0], ((Number) row[1]).longValue());
    }
    Map<String, Long> ordered = new HashMap<>();
    for (OrderLine l : order.getLines()) {
      ordered.merge(l.getSku(), l.getQuantity(), Long::sum);
    }
    return Shipments.complete(ordered, shipped);
  }

  // --- reference data ----------------------------------------------------------------------

  @Override
  public int stock(List<StockData> levels) {
    if (levels == null || levels.isEmpty()) {
      return 0;
    }
    Instant now = clock.now();
    Map<String, Long> before = new HashMap<>();
    int written = 0;
    for (StockData s : levels) {
      if (s.sku() == null || s.warehouse() == null || s.quantity() < 0 || s.asOf() == null) {
        continue;
      }
      before.computeIfAbsent(s.sku(), stock::total);
      em.createNativeQuery(
              "INSERT IGNORE INTO warehouse (code, name, sort_order) VALUES (?, ?, 99)")
          .setParameter(1, s.warehouse())
          .setParameter(2, s.warehouse())
          .executeUpdate();
      if (stock.upsert(s.sku(), s.warehouse(), s.quantity(), s.asOf())) {
        written++;
      }
    }
    for (Map.Entry<String, Long> e : before.entrySet()) {
      if (e.getValue() <= 0 && stock.total(e.getKey()) > 0) {
        // "tell me when it is back": recorded for the watcher's page (no mail sender yet)
        em.createNativeQuery(
                "UPDATE stock_watch SET notified_at = ? WHERE sku = ? AND notified_at IS NULL")
            .setParameter(1, java.sql.Timestamp.from(now))
            .setParameter(2, e.getKey())
            .executeUpdate();
      }
    }
    return written;
  }

  @Override
  public Applied partnerAccount(PartnerAccount a) {
    Optional<Long> partner = partners.idForAccountNumber(a.partnerCode());
    if (partner.isEmpty()) {
      return Applied.UNKNOWN_ORDER;
    }
    Instant asOf = a.asOf() == null ? clock.now() : a.asOf();
    Money.of(a.creditLimit(), a.currency());
    return policies.upsertAccount(
            partner.get(),
            a.creditLimit(),
            a.openAmount() == null ? BigDecimal.ZERO : a.openAmount(),
            a.currency().strip().toUpperCase(Locale.ROOT),
            a.onHold(),
            asOf)
        ? Applied.APPLIED
        : Applied.STALE;
  }

  @Override
  public Applied offlineOrder(OfflineOrder o) {
    OrderStatus status =
        OrderStatus.parse(o.status())
            .orElseThrow(
                () ->
                    new InvalidInputException(
                        List.of(
                            new FieldError("status", "error.order.unknownStatus", o.status()))));
    List<SalesOrder> known =
        em.createQuery("SELECT o FROM SalesOrder o WHERE o.erpNumber = :e", SalesOrder.class)
            .setParameter("e", o.erpNumber())
            .setLockMode(LockModeType.PESSIMISTIC_WRITE)
            .getResultList();
    Instant now = clock.now();
    if (!known.isEmpty()) {
      SalesOrder order = known.get(0);
      if (!order.isReadOnly() || order.isStale(o.at())) {
        return Applied.STALE;
      }
      if (order.getStatus() != status) {
        order.offlineStatus(status, o.erpNumber(), o.at(), now);
        history.record(order, now, OrderHistory.ERP, status.code(), null);
      }
      return Applied.APPLIED;
    }
    Optional<Long> partner = partners.idForAccountNumber(o.partnerCode());
    if (partner.isEmpty()) {
      return Applied.UNKNOWN_ORDER;
    }
    String currency = o.currency() == null ? "EUR" : o.currency().strip().toUpperCase(Locale.ROOT);
    SalesOrder order =
        new SalesOrder(
            partner.get(),
            OrderHistory.ERP,
            OrderKind.REPLENISHMENT,
            OrderOrigin.ERP,
            null,
            null,
            null,
            null,
            null,
            currency,
            o.orderDate() == null
                ? java.time.LocalDate.now(java.time.ZoneOffset.UTC)
                : o.orderDate(),
            now);
    em.persist(order);
    order.assignNumber(order.getOrderDate().getYear());
    List<PricedLine> lines = new ArrayList<>();
    if (o.lines() != null) {
      for (OfflineLine l : o.lines()) {
        if (l.quantity() > 0 && l.sku() != null) {
          lines.add(
              new PricedLine(
                  l.sku(),
                  l.name() == null ? l.sku() : l.name(),
                  l.quantity(),
                  Money.of(l.unitPrice() == null ? BigDecimal.ZERO : l.unitPrice(), currency),
                  null,
                  0,
                  false));
        }
      }
    }
    order.replaceLines(merged(lines));
    order.offlineStatus(status, o.erpNumber(), o.at(), now);
    em.flush();
    history.record(order, now, OrderHistory.ERP, "offline_order", "ERP " + o.erpNumber());
    return Applied.APPLIED;
  }

  /** An offline order may list a SKU twice; the order keeps one line per SKU. */
  private static List<PricedLine> merged(List<PricedLine> lines) {
    Map<String, PricedLine> bySku = new java.util.LinkedHashMap<>();
    for (PricedLine l : lines) {
      bySku.merge(
          l.sku(),
          l,
          (a, b) ->
              new PricedLine(
                  a.sku(),
                  a.productName(),
                  a.quantity() + b.quantity(),
                  a.unitPrice(),
                  null,
                  0,
                  false));
    }
    return List.copyOf(bySku.values());
  }

  @Override
  public Applied invoice(InvoiceData d) {
    Optional<Long> partner = partners.idForAccountNumber(d.partnerCode());
    if (partner.isEmpty()) {
      return Applied.UNKNOWN_ORDER;
    }
    Invoice.Kind kind =
        "credit_note".equalsIgnoreCase(d.kind()) ? Invoice.Kind.CREDIT_NOTE : Invoice.Kind.INVOICE;
    Long orderId = null;
    if (d.orderNumber() != null) {
      orderId = byNumber(d.orderNumber(), false).map(SalesOrder::getId).orElse(null);
    }
    List<Invoice> known =
        em.createQuery("SELECT i FROM Invoice i WHERE i.invoiceNumber = :n", Invoice.class)
            .setParameter("n", d.invoiceNumber())
            .setLockMode(LockModeType.PESSIMISTIC_WRITE)
            .getResultList();
    Invoice invoice;
    boolean first = known.isEmpty();
    if (first) {
      invoice = new Invoice(d.invoiceNumber());
      em.persist(invoice);
    } else {
      invoice = known.get(0);
      if (invoice.isStale(d.at())) {
        return Applied.STALE;
      }
    }
    Money amount = Money.of(d.amount(), d.currency());
    invoice.update(
        kind,
        orderId,
        partner.get(),
        d.date() == null ? java.time.LocalDate.now(java.time.ZoneOffset.UTC) : d.date(),
        amount.amount(),
        amount.currency(),
        d.at() == null ? clock.now() : d.at());
    if (first && invoices != null) {
      invoices.fire(
          new InvoiceRecorded(
              partner.get(),
              d.invoiceNumber(),
              kind == Invoice.Kind.CREDIT_NOTE,
              d.orderNumber(),
              invoice.getDate(),
              amount.amount(),
              amount.currency()));
    }
    return Applied.APPLIED;
  }

  @Override
  @Transactional(Transactional.TxType.REQUIRED)
  public List<OrderState> recentOrders(Instant since) {
    List<SalesOrder> orders =
        em.createQuery(
                "SELECT o FROM SalesOrder o WHERE o.updatedAt >= :s AND o.origin = :p"
                    + " AND o.status NOT IN :unsent ORDER BY o.updatedAt, o.id",
                SalesOrder.class)
            .setParameter("s", since)
            .setParameter("p", OrderOrigin.PORTAL)
            .setParameter("unsent", List.of(OrderStatus.DRAFT, OrderStatus.AWAITING_APPROVAL))
            .setHint("eclipselink.read-only", "True")
            .setMaxResults(10_000)
            .getResultList();
    return orders.stream()
        .map(
            o ->
                new OrderState(
                    o.getNumber(), o.getStatus().code(), o.getSyncState().code(), o.getErpNumber()))
        .toList();
  }

  private Optional<SalesOrder> locked(String number) {
    return byNumber(number, true);
  }

  private Optional<SalesOrder> byNumber(String number, boolean lock) {
    if (number == null) {
      return Optional.empty();
    }
    var query =
        em.createQuery("SELECT o FROM SalesOrder o WHERE o.number = :n", SalesOrder.class)
            .setParameter("n", number);
    if (lock) {
      query.setLockMode(LockModeType.PESSIMISTIC_WRITE);
    }
    return query.getResultList().stream().findFirst();
  }
}
