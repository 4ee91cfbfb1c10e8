package org.channelport.order;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.channelport.catalog.Catalog;
import org.channelport.catalog.PriceContext;
import org.channelport.catalog.ProductView;
import org.channelport.customer.CustomerRef;
import org.channelport.customer.CustomerService;
import org.channelport.customer.CustomerView;
import org.channelport.customer.Customers;
import org.channelport.partner.PartnerService;
import org.channelport.platform.Clock;
import org.channelport.platform.ListFilters;
import org.channelport.platform.ListQuery;
import org.channelport.platform.Versions;
import org.channelport.platform.outbox.Outbox;
import org.channelport.security.AccessRules;
import org.channelport.security.Caller;
import org.channelport.security.Role;
import org.channelport.shared.AccessDeniedException;
import org.channelport.shared.CampaignCode;
import org.channelport.shared.Checks;
import org.channelport.shared.ConflictException;
import org.channelport.shared.FieldError;
import org.channelport.shared.InvalidInputException;
import org.channelport.shared.Money;
import org.channelport.shared.Page;
import org.channelport.shared.PageRequest;
import org.channelport.shared.RecordNotFoundException;

/**
 * Orders: who sees which, and every step a partner user takes. Partner users see their own
 * partner's orders (a partner employee all of them, so any colleague can tell a customer where its
 * order is), channel managers those of their portfolio's partners (read only). A partner employee
 * changes, submits and cancels the orders they placed; the partner manager every order of the
 * partner, and approves or sends back employees' orders above the approval limit. Each command is
 * one transaction; what the ERP must hear goes into the outbox in the same transaction.
 */
@ApplicationScoped
@Transactional
public class OrderService {
  static final String TYPE = SalesOrder.TYPE;
  static final int MAX_LINES = 200;
  static final long MAX_QUANTITY = 1_000_000;
  private static final Pattern COUNTRY = Pattern.compile("[A-Za-z]{2}");

  /** Sortable columns, by the name pages and the API use; without one, the newest first. */
  static final ListQuery.Sorts SORTS =
      ListQuery.sorts("o.id", ListQuery.Tie.SAME)
          .field("createdAt", "o.createdAt")
          .field("updatedAt", "o.updatedAt")
          .field("number", "o.number")
          .field("status", "o.status")
          .field("total", "o.total")
          .field("requestedDelivery", "o.requestedDelivery")
          .byDefault("createdAt", false);

  /** The names lists sort by (the API's allowed {@code sort} values), alphabetically. */
  public static final List<String> SORT_FIELDS = SORTS.names();

  private static final String ROW =
      "NEW org.channelport.order.OrderRow(o.id, o.number, o.partnerId, o.kind, o.origin,"
          + " o.customerId, o.poNumber, o.status, o.syncState, o.creditHold, o.erpNumber, o.total,"
          + " o.currency, o.placedBy, o.requestedDelivery, o.createdAt, o.updatedAt)";

  EntityManager em;
  AccessRules access;
  Clock clock;
  Catalog catalog;
  Customers customers;
  CustomerService customerService;
  PartnerService partners;
  Outbox outbox;
  OrderHistory history;
  StockLevels stock;
  OrderPolicies policies;

  /** For the container's proxies. */
  protected OrderService() {}

  @Inject
  public OrderService(
      EntityManager em,
      AccessRules access,
      Clock clock,
      Catalog catalog,
      Customers customers,
      CustomerService customerService,
      PartnerService partners,
      Outbox outbox,
      OrderHistory history,
      StockLevels stock,
      OrderPolicies policies) {
    this.em = em;
    this.access = access;
    this.clock = clock;
    this.catalog = catalog;
    this.customers = customers;
    this.customerService = customerService;
    this.partners = partners;
    this.outbox = outbox;
    this.history = history;
    this.stock = stock;
    this.policies = policies;
  }

  // --- reading -----------------------------------------------------------------------------

  /**
   * The caller's orders, as entities (the API shows every field). Filters: status, syncState (one
   * or several, comma-separated), customerId, partnerId, kind, creditHold (true/false), from and to
   * (the day it was created, inclusive), q (number, PO number, ERP number).
   */
  public Page<SalesOrder> list(PageRequest page) {
    access.requireUser();
    ListQuery list = query(page);
    return new Page<>(list.rows(em, page, SORTS, SalesOrder.class, "o"), list.count(em));
  }

  /** A page of the caller's orders as list rows and their count: two SQL statements. */
  public Page<OrderRow> page(PageRequest page) {
    access.requireUser();
    return query(page).page(em, page, SORTS, OrderRow.class, ROW);
  }

  /** One page of the caller's orders as rows: one SQL statement (the lazy table's load). */
  public List<OrderRow> rows(PageRequest page) {
    access.requireUser();
    return query(page).rows(em, page, SORTS, OrderRow.class, ROW);
  }

  /** How many of the caller's orders match: one SQL statement. */
  public long count(PageRequest page) {
    access.requireUser();
    return query(page).count(em);
  }

  private ListQuery query(PageRequest page) {
    Map<String, Object> scope = new HashMap<>();
    ListQuery list =
        ListQuery.from("SalesOrder o")
            .where(access.visibleJpql("o.partnerId", scope, false), scope);
    list.in("o.status", ListFilters.codes(page.filter("status"), OrderStatus::parse))
        .in("o.syncState", ListFilters.codes(page.filter("syncState"), SyncState::parse))
        .equalId("o.customerId", page.filter("customerId"))
        .equalId("o.partnerId", page.filter("partnerId"))
        .equal("o.creditHold", ListFilters.bool(page.filter("creditHold")));
    String kind = page.filter("kind");
    if (kind != null) {
      OrderKind.parse(kind).ifPresentOrElse(k -> list.equal("o.kind", k), list::nothing);
    }
    String q = page.filter("q");
    if (q != null) {
      list.contains(
          q.toUpperCase(Locale.ROOT), 100, "o.number", "UPPER(o.poNumber)", "o.erpNumber");
    }
    LocalDate from = date(page.filter("from"));
    LocalDate to = date(page.filter("to"));
    if (from != null) {
      list.where(
          "o.createdAt >= :" + list.parameter(from.atStartOfDay().toInstant(ZoneOffset.UTC)));
    }
    if (to != null) {
      list.where(
          "o.createdAt < :"
              + list.parameter(to.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC)));
    }
    return list;
  }

  private static LocalDate date(String text) {
    return text == null ? null : LocalDate.parse(text);
  }

  /**
   * What the caller's placed orders credited to each of {@code codes} brought, per partner, code
   * and currency (for ROI of funded campaigns): one SQL aggregate, no rows loaded. Placed: {@link
   * OrderStatus#PLACED}; returns are left out. Codes are compared in upper case; invalid ones find
   * nothing.
   */
  public List<CampaignRevenue> campaignRevenue(Collection<String> codes) {
    access.requireUser();
    List<String> valid = CampaignCode.valid(codes);
    if (valid.isEmpty()) {
      return List.of();
    }
    List<Object> parameters = new ArrayList<>(valid);
    String placed =
        OrderStatus.PLACED.stream()
            .map(s -> "'" + s.name() + "'")
            .collect(Collectors.joining(", "));
    String sql =
        "SELECT o.partner_id, o.campaign_code, o.currency, COUNT(*), COALESCE(SUM(o.total), 0)"
            + " FROM sales_order o WHERE "
            + CampaignCode.inClause("o.campaign_code", valid.size())
            + " AND o.status IN ("
            + placed
            + ") AND o.kind <> 'RETURN' AND "
            + access.visibleSql("o.partner_id", parameters, false)
            + " GROUP BY o.partner_id, o.campaign_code, o.currency";
    Query query = em.createNativeQuery(sql);
    for (int i = 0; i < parameters.size(); i++) {
      query.setParameter(i + 1, parameters.get(i));
    }
    List<CampaignRevenue> revenue = new ArrayList<>();
    for (Object row : query.getResultList()) {
      Object[] r = (Object[]) row;
      revenue.add(
          new CampaignRevenue(
              ((Number) r[0]).longValue(),
              ((String) r[1]).toUpperCase(Locale.ROOT),
              (String) r[2],
              ((Number) r[3]).longValue(),
              r[4] instanceof BigDecimal d ? d : new BigDecimal(String.valueOf(r[4]))));
    }
    return revenue;
  }

  /** An order the caller may see; anything else is not found (and the attempt audited). */
  public SalesOrder find(Long id) {
    access.requireUser();
    return access.find(SalesOrder.class, id);
  }

  /**
   * The order's products for another capability (a service issue's order and line), scoped like
   * {@link #find}: another partner's order is not found, and the attempt audited.
   */
  public OrderItems items(Long id) {
    SalesOrder order = find(id);
    return new OrderItems(
        order.getId(),
        order.getNumber(),
        order.getPartnerId(),
        order.getCustomerId(),
        order.getStatus(),
        order.getOrigin() == OrderOrigin.ERP,
        order.getLines().stream()
            .map(
                l ->
                    new OrderItems.Item(
                        l.getLineNo(), l.getSku(), l.getProductName(), l.getQuantity()))
            .toList());
  }

  /** The order by its number, as {@link #find}. */
  public SalesOrder findByNumber(String number) {
    access.requireUser();
    List<SalesOrder> found =
        em.createQuery("SELECT o FROM SalesOrder o WHERE o.number = :n", SalesOrder.class)
            .setParameter("n", number)
            .getResultList();
    if (found.isEmpty()) {
      throw new RecordNotFoundException(TYPE, number);
    }
    access.requireVisible(TYPE, number, found.get(0).getPartnerId());
    return found.get(0);
  }

  /** The order's timeline, oldest first. */
  public List<OrderEvent> timeline(Long id) {
    return history.of(find(id).getId());
  }

  /** The order's edits that went to the ERP, newest first: pending, applied or rejected. */
  public List<OrderChange> changes(Long id) {
    SalesOrder order = find(id);
    return em.createQuery(
            "SELECT c FROM OrderChange c WHERE c.orderId = :o ORDER BY c.id DESC",
            OrderChange.class)
        .setParameter("o", order.getId())
        .getResultList();
  }

  /** Whether an edit of the order awaits the ERP's confirmation. */
  public boolean hasPendingChange(Long id) {
    return changes(id).stream().anyMatch(OrderChange::isPending);
  }

  /** The order's shipments with their tracking links, by ship date. */
  public List<ShipmentView> shipments(Long id) {
    SalesOrder order = find(id);
    Map<String, String[]> carriers = stock.carriers();
    List<Shipment> found =
        em.createQuery(
                "SELECT s FROM Shipment s WHERE s.orderId = :o ORDER BY s.shippedAt, s.id",
                Shipment.class)
            .setParameter("o", order.getId())
            .getResultList();
    return found.stream().map(s -> view(s, carriers)).toList();
  }

  static ShipmentView view(Shipment s, Map<String, String[]> carriers) {
    String[] carrier = s.getCarrier() == null ? null : carriers.get(s.getCarrier());
    return new ShipmentView(
        s.getShipmentRef(),
        s.getWarehouse(),
        s.getCarrier(),
        carrier == null ? s.getCarrier() : carrier[0],
        s.getMethod(),
        s.getTrackingNumber(),
        ShipmentView.trackingUrl(carrier == null ? null : carrier[1], s.getTrackingNumber()),
        s.getShippedAt(),
        s.getEstimatedDelivery(),
        s.getLines().stream()
            .map(l -> new ShipmentView.Line(l.getSku(), l.getQuantity()))
            .toList());
  }

  /** Stock of one product per warehouse, with the time the ERP reported it. */
  public List<StockRow> stock(String sku) {
    access.requireUser();
    String s = sku == null ? null : sku.strip();
    new Checks().text("sku", s, true, 64).throwIfAny();
    return stock.of(List.of(s)).getOrDefault(s, List.of());
  }

  /** Stock of several products (a cart's), by SKU. */
  public Map<String, List<StockRow>> stock(List<String> skus) {
    access.requireUser();
    return stock.of(new LinkedHashSet<>(skus));
  }

  /** The warehouses, code → name, in their order. */
  public Map<String, String> warehouses() {
    access.requireUser();
    return stock.warehouses();
  }

  /** The steps the caller may take on the order now (the pages' buttons). */
  public OrderActions actions(SalesOrder order) {
    Caller caller = access.caller();
    boolean mine = mayChange(caller, order);
    boolean portal = !order.isReadOnly();
    return new OrderActions(
        portal && mine && !order.isReturn() && OrderStep.EDIT.allows(caller, order.getStatus()),
        portal && mine && OrderStep.SUBMIT.allowedFrom(order.getStatus()) && caller.isPartnerUser(),
        portal && OrderStep.APPROVE.allows(caller, order.getStatus()),
        portal && OrderStep.RETURN.allows(caller, order.getStatus()),
        portal && mine && OrderStep.CANCEL.allows(caller, order.getStatus()),
        caller.isPartnerUser() && !order.isReturn());
  }

  /**
   * The caller's partner's orders awaiting approval (the partner manager's inbox), oldest first.
   */
  public List<OrderRow> awaitingApproval() {
    Caller caller = access.require(Role.PARTNER_MANAGER);
    return em.createQuery(
            "SELECT "
                + ROW
                + " FROM SalesOrder o WHERE o.partnerId = :p AND o.status = :s"
                + " ORDER BY o.submittedAt, o.id",
            OrderRow.class)
        .setParameter("p", caller.partnerId())
        .setParameter("s", OrderStatus.AWAITING_APPROVAL)
        .setMaxResults(200)
        .getResultList();
  }

  /** The customer's orders the caller may see, newest first (at most 50): the customer page. */
  public List<OrderRow> customerOrders(Long customerId) {
    access.requireUser();
    Map<String, Object> scope = new HashMap<>();
    String visible = access.visibleJpql("o.partnerId", scope, false);
    var query =
        em.createQuery(
            "SELECT "
                + ROW
                + " FROM SalesOrder o WHERE "
                + visible
                + " AND o.customerId = :c ORDER BY o.createdAt DESC, o.id DESC",
            OrderRow.class);
    scope.forEach(query::setParameter);
    return query.setParameter("c", customerId).setMaxResults(50).getResultList();
  }

  /** The partner's account in the ERP (credit limit, open amount, hold), or null when unknown. */
  public OrderPolicies.Account account(Long partnerId) {
    access.requireUser();
    access.requireVisible("Partner", partnerId, partnerId);
    return policies.account(partnerId);
  }

  /** The employees' approval limit of the partner, or null when it has none. */
  public Money approvalLimit(Long partnerId) {
    access.requireUser();
    access.requireVisible("Partner", partnerId, partnerId);
    return policies.approvalLimit(partnerId);
  }

  /**
   * Prices lines for the caller's partner as an order would take them now (the cart's live prices):
   * net price, warehouse, backorder against the stock. Bad lines are 400s naming them.
   */
  public List<PricedLine> price(List<OrderInput.LineInput> lines) {
    Caller caller = requirePartnerUser();
    return priced(lines, catalog.prices(caller.partnerId()), null, true);
  }

  // --- commands ----------------------------------------------------------------------------

  /**
   * A partner user starts an order: a draft, or (with {@code submit}) submitted at once — to the
   * ERP, or to the partner manager when it is an employee's above the approval limit.
   */
  public SalesOrder create(OrderInput input) {
    Caller caller = requirePartnerUser();
    if (input == null) {
      throw new InvalidInputException(List.of(new FieldError("body", "error.api.emptyBody")));
    }
    boolean submit = Boolean.TRUE.equals(input.submit());
    Checks checks = new Checks();
    OrderKind kind = null;
    if (input.kind() == null || input.kind().isBlank()) {
      checks.add("kind", "error.required");
    } else {
      kind = OrderKind.parse(input.kind()).orElse(null);
      if (kind == null || kind == OrderKind.RETURN) {
        // a return is asked for with requestReturn, from the order it returns
        kind = null;
        checks.add("kind", "error.param.oneOf", "replenishment, on_behalf");
      }
    }
    String po = Checks.clean(input.poNumber());
    String note = Checks.clean(input.note());
    checks.text("poNumber", po, false, 64).multiLineText("note", note, false, 2000);
    String campaign = CampaignCode.check(checks, "campaignCode", input.campaignCode());
    ShipTo shipTo = shipTo(input.shipTo(), checks);
    checkDelivery(input.requestedDelivery(), checks);
    if (kind == OrderKind.ON_BEHALF && input.customerId() == null && input.customer() == null) {
      checks.add("customerId", "error.required");
    }
    if (kind == OrderKind.REPLENISHMENT
        && (input.customerId() != null || input.customer() != null)) {
      checks.add("customerId", "error.order.noCustomerForReplenishment");
    }
    if (submit && (input.lines() == null || input.lines().isEmpty())) {
      checks.add("lines", "error.order.noLines");
    }
    checks.throwIfAny();
    PriceContext prices = catalog.prices(caller.partnerId());
    List<PricedLine> lines = priced(input.lines(), prices, null, true);
    Long customerId = kind == OrderKind.ON_BEHALF ? customer(input) : null;
    Instant now = clock.now();
    String currency = lines.isEmpty() ? "EUR" : lines.get(0).unitPrice().currency();
    SalesOrder order =
        new SalesOrder(
            caller.partnerId(),
            caller.username(),
            kind,
            OrderOrigin.PORTAL,
            customerId,
            po,
            shipTo,
            input.requestedDelivery(),
            note,
            currency,
            today(now),
            now);
    order.creditCampaign(campaign);
    em.persist(order);
    order.assignNumber(today(now).getYear());
    order.replaceLines(lines);
    em.flush();
    history.record(order, now, caller.username(), "created", order.getKind().code());
    if (submit) {
      submitNow(order, caller, now);
    }
    return Versions.flushed(em, order);
  }

  /**
   * Changes lines, requested delivery and note until the ERP releases the order: in place while the
   * ERP has not got it (a draft, an order awaiting approval); after that as a pending change, sent
   * to the ERP as order.changed and applied when the ERP accepts it. A SKU already on the order
   * keeps its unit price; a new one is taken at today's price.
   */
  public SalesOrder edit(Long id, OrderInput.Edit edit) {
    Caller caller = access.require(OrderStep.EDIT.roleArray());
    SalesOrder order = find(id);
    requireMayChange(caller, order);
    if (edit == null) {
      throw new InvalidInputException(List.of(new FieldError("body", "error.api.emptyBody")));
    }
    Versions.check(order, edit.version());
    order.requireEditable();
    Checks checks = new Checks();
    String note = Checks.clean(edit.note());
    checks.multiLineText("note", note, false, 2000);
    checkDelivery(edit.requestedDelivery(), checks);
    if (edit.lines() == null || edit.lines().isEmpty()) {
      checks.add("lines", "error.order.noLines");
    }
    checks.throwIfAny();
    Instant now = clock.now();
    List<PricedLine> lines =
        priced(edit.lines(), catalog.prices(order.getPartnerId()), order, true);
    if (!order.getStatus().isWithErp()) {
      order.replaceLines(lines);
      order.details(edit.requestedDelivery(), note, now);
      history.record(order, now, caller.username(), "edited", summary(order));
      return Versions.flushed(em, order);
    }
    OrderChange change =
        new OrderChange(
            order.getId(),
            OrderChanges.json(lines, edit.requestedDelivery(), note),
            caller.username(),
            now);
    em.persist(change);
    em.flush();
    order.details(order.getRequestedDelivery(), order.getNote(), now);
    outbox.enqueue(
        OrderMessage.TOPIC,
        order.getNumber(),
        OrderMessages.json(
            message(
                OrderMessage.CHANGED,
                order,
                lines,
                edit.requestedDelivery(),
                note,
                change.getId(),
                null)));
    history.record(order, now, caller.username(), "change_requested", "change " + change.getId());
    return Versions.flushed(em, order);
  }

  /** Submits a draft (to the ERP, or to the partner manager above an employee's limit). */
  public SalesOrder submit(Long id, Long version) {
    Caller caller = access.require(OrderStep.SUBMIT.roleArray());
    SalesOrder order = find(id);
    requireMayChange(caller, order);
    Versions.check(order, version);
    submitNow(order, caller, clock.now());
    return Versions.flushed(em, order);
  }

  private void submitNow(SalesOrder order, Caller caller, Instant now) {
    boolean needsApproval =
        !caller.isPartnerManager()
            && OrderPolicies.needsApproval(
                policies.approvalLimit(order.getPartnerId()), order.totalMoney());
    order.submit(needsApproval, now);
    if (needsApproval) {
      history.record(
          order,
          now,
          caller.username(),
          "submitted_for_approval",
          order.getTotal().toPlainString() + " " + order.getCurrency());
      return;
    }
    history.record(order, now, caller.username(), "submitted", null);
    place(order, now);
  }

  /** The order goes to the ERP: credit check against the account, order.placed in the outbox. */
  private void place(SalesOrder order, Instant now) {
    OrderPolicies.Account account = policies.account(order.getPartnerId());
    if (account != null && account.holds(order.totalMoney())) {
      String reason =
          account.onHold()
              ? "account on hold"
              : "credit limit "
                  + account.creditLimit().toPlainString()
                  + " "
                  + account.currency()
                  + ", open "
                  + account.openAmount().toPlainString();
      order.holdForCredit(reason, now);
      history.record(order, now, OrderHistory.ERP, "credit_hold", reason);
    }
    outbox.enqueue(
        OrderMessage.TOPIC,
        order.getNumber(),
        OrderMessages.json(
            message(
                OrderMessage.PLACED,
                order,
                null,
                order.getRequestedDelivery(),
                order.getNote(),
                null,
                null)));
  }

  /** The partner manager approves an employee's order above the limit: it goes to the ERP. */
  public SalesOrder approve(Long id, Long version) {
    Caller caller = access.require(OrderStep.APPROVE.roleArray());
    SalesOrder order = find(id);
    Versions.check(order, version);
    order.requirePortalOrder();
    Instant now = clock.now();
    order.approve(caller.username(), now);
    history.record(order, now, caller.username(), "approved", null);
    place(order, now);
    return Versions.flushed(em, order);
  }

  /** The partner manager sends an order awaiting approval back to the cart, saying why. */
  public SalesOrder sendBack(Long id, String reason, Long version) {
    Caller caller = access.require(OrderStep.RETURN.roleArray());
    SalesOrder order = find(id);
    Versions.check(order, version);
    order.requirePortalOrder();
    String why = Checks.clean(reason);
    new Checks().multiLineText("reason", why, true, 500).throwIfAny();
    Instant now = clock.now();
    order.sendBack(why, now);
    history.record(order, now, caller.username(), "returned", why);
    return Versions.flushed(em, order);
  }

  /**
   * Cancels an order until the ERP releases it, with a reason (a draft needs none); the ERP hears
   * of it (order.cancelled) when it has the order.
   */
  public SalesOrder cancel(Long id, String reason, Long version) {
    Caller caller = access.require(OrderStep.CANCEL.roleArray());
    SalesOrder order = find(id);
    requireMayChange(caller, order);
    Versions.check(order, version);
    String why = Checks.clean(reason);
    new Checks()
        .multiLineText("reason", why, order.getStatus() != OrderStatus.DRAFT, 500)
        .throwIfAny();
    Instant now = clock.now();
    if (order.cancel(why, now)) {
      outbox.enqueue(
          OrderMessage.TOPIC,
          order.getNumber(),
          OrderMessages.json(
              message(
                  OrderMessage.CANCELLED,
                  order,
                  null,
                  order.getRequestedDelivery(),
                  order.getNote(),
                  null,
                  why)));
    }
    history.record(order, now, caller.username(), "cancelled", why);
    return Versions.flushed(em, order);
  }

  /**
   * A new draft with a past order's products and quantities at today's prices; products no longer
   * sold are left out (the timeline names them).
   */
  public SalesOrder reorder(Long id) {
    Caller caller = requirePartnerUser();
    SalesOrder past = find(id);
    if (past.isReturn()) {
      throw new ConflictException("id", "error.order.return.noReorder", past.getNumber());
    }
    PriceContext prices = catalog.prices(caller.partnerId());
    Map<String, String> warehouses = stock.warehouses();
    List<OrderInput.LineInput> wanted = new ArrayList<>();
    List<String> skipped = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (OrderLine l : past.getLines()) {
      if (!seen.add(l.getSku())) {
        continue;
      }
      try {
        catalog.product(l.getSku(), prices);
        String warehouse = warehouses.containsKey(l.getWarehouse()) ? l.getWarehouse() : null;
        wanted.add(new OrderInput.LineInput(l.getSku(), l.getQuantity(), warehouse, null));
      } catch (RecordNotFoundException gone) {
        skipped.add(l.getSku());
      }
    }
    List<PricedLine> lines = priced(wanted, prices, null, false);
    Instant now = clock.now();
    ShipTo shipTo = past.getShipTo();
    SalesOrder order =
        new SalesOrder(
            caller.partnerId(),
            caller.username(),
            past.getKind(),
            OrderOrigin.PORTAL,
            past.getCustomerId(),
            null,
            shipTo == null
                ? null
                : new ShipTo(
                    shipTo.getName(),
                    shipTo.getStreet(),
                    shipTo.getPostcode(),
                    shipTo.getCity(),
                    shipTo.getCountry()),
            null,
            null,
            lines.isEmpty() ? past.getCurrency() : lines.get(0).unitPrice().currency(),
            today(now),
            now);
    em.persist(order);
    order.assignNumber(today(now).getYear());
    order.replaceLines(lines);
    em.flush();
    history.record(
        order,
        now,
        caller.username(),
        "created",
        "reorder of "
            + past.getNumber()
            + (skipped.isEmpty() ? "" : "; no longer sold: " + String.join(", ", skipped)));
    return Versions.flushed(em, order);
  }

  // --- returns -------------------------------------------------------------------------------

  /**
   * A return of (part of) a shipped order: a new order of kind return naming the original, its
   * lines the original's (line number, product, unit price) with the quantities sent back, at most
   * what shipped of each less what earlier returns took ({@link ReturnRules}); submitted at once,
   * so it goes to the ERP through the outbox as {@code return.requested} and its status then moves
   * as an order's. Whoever may see the original asks for it (its partner's users, the portfolio's
   * channel managers); the original must be known to the ERP. The original is locked for the check
   * and the write, so two parallel requests never return the same quantity twice; a request with
   * the {@link ReturnInput#key} of an earlier return of the order answers that return (a retry) and
   * makes nothing new, unless it asks for other lines or gives another reason (409).
   */
  public ReturnView requestReturn(ReturnInput input) {
    Caller caller = access.requireUser();
    if (input == null) {
      throw new InvalidInputException(List.of(new FieldError("body", "error.api.emptyBody")));
    }
    new Checks().required("orderId", input.orderId()).throwIfAny();
    SalesOrder original = find(input.orderId());
    String reason = Checks.clean(input.reason());
    String key = Checks.clean(input.key());
    ReturnRules.checkShape(input.lines(), reason, key);
    // the latest committed state, and no other return of it until this transaction ends
    em.refresh(original, LockModeType.PESSIMISTIC_WRITE);
    if (key != null) {
      List<SalesOrder> earlier =
          em.createQuery(
                  "SELECT r FROM SalesOrder r WHERE r.returnOf = :o AND r.returnKey = :k",
                  SalesOrder.class)
              .setParameter("o", original.getId())
              .setParameter("k", key)
              .getResultList();
      if (!earlier.isEmpty()) {
        SalesOrder r = earlier.get(0);
        Map<Integer, Long> asked = new HashMap<>();
        if (input.lines() != null) {
          for (ReturnInput.Line l : input.lines()) {
            if (l != null && l.lineNo() != null && l.quantity() != null) {
              asked.merge(l.lineNo(), l.quantity(), Long::sum);
            }
          }
        }
        Map<Integer, Long> had = new HashMap<>();
        r.getLines().forEach(l -> had.put(l.getLineNo(), l.getQuantity()));
        if (!ReturnRules.sameRequest(had, r.getReturnReason(), asked, reason)) {
          throw new ConflictException("key", "error.order.return.keyUsed", key, r.getNumber());
        }
        return ReturnView.of(r, original);
      }
    }
    ReturnRules.requireReturnable(
        original.getKind(), original.getStatus(), original.getNumber(), original.getErpNumber());
    Map<Integer, Long> wanted = ReturnRules.check(input.lines(), reason, key, returnable(original));
    Instant now = clock.now();
    SalesOrder r = SalesOrder.returnOf(original, caller.username(), reason, key, today(now), now);
    em.persist(r);
    r.assignNumber(today(now).getYear());
    Map<OrderLine, Long> lines = new LinkedHashMap<>();
    wanted.forEach((lineNo, quantity) -> lines.put(original.line(lineNo), quantity));
    r.returnLines(lines);
    em.flush();
    String what = returnSummary(r);
    history.record(
        r,
        now,
        caller.username(),
        "return_requested",
        "return of " + original.getNumber() + ": " + what);
    history.record(
        original, now, caller.username(), "return_requested", r.getNumber() + ": " + what);
    outbox.enqueue(
        OrderMessage.TOPIC,
        r.getNumber(),
        OrderMessages.json(
            message(OrderMessage.RETURN_REQUESTED, r, null, null, null, null, reason)));
    return ReturnView.of(Versions.flushed(em, r), original);
  }

  /** A return the caller may see (as {@link #find}); a plain order is not found. */
  public ReturnView findReturn(Long id) {
    SalesOrder r = find(id);
    if (!r.isReturn()) {
      throw new RecordNotFoundException(TYPE, id);
    }
    return ReturnView.of(r, em.find(SalesOrder.class, r.getReturnOf()));
  }

  /** The returns of an order the caller may see, oldest first. */
  public List<ReturnView> returnsOf(Long orderId) {
    SalesOrder original = find(orderId);
    return em
        .createQuery(
            "SELECT r FROM SalesOrder r WHERE r.returnOf = :o ORDER BY r.createdAt, r.id",
            SalesOrder.class)
        .setParameter("o", original.getId())
        .getResultList()
        .stream()
        .map(r -> ReturnView.of(r, original))
        .toList();
  }

  /**
   * What may still be returned of an order the caller may see, by line number (empty when it cannot
   * be returned: not shipped, not in the ERP, a return itself).
   */
  public Map<Integer, Long> returnable(Long orderId) {
    SalesOrder original = find(orderId);
    try {
      ReturnRules.requireReturnable(
          original.getKind(), original.getStatus(), original.getNumber(), original.getErpNumber());
    } catch (ConflictException notReturnable) {
      return Map.of();
    }
    return returnable(original);
  }

  private Map<Integer, Long> returnable(SalesOrder original) {
    Map<String, Long> shippedBySku = new HashMap<>();
    for (Object row :
        em.createQuery(
                "SELECT l.sku, SUM(l.quantity) FROM Shipment s JOIN s.lines l"
                    + " WHERE s.orderId = :o GROUP BY l.sku")
            .setParameter("o", original.getId())
            .getResultList()) {
      Object[] r = (Object[]) row;
      shippedBySku.put((String) r[0], ((Number) r[1]).longValue());
    }
    Map<Integer, Long> returned = new HashMap<>();
    for (Object row :
        em.createQuery(
                "SELECT l.lineNo, SUM(l.quantity) FROM SalesOrder r JOIN r.lines l"
                    + " WHERE r.returnOf = :o AND r.status NOT IN :void GROUP BY l.lineNo")
            .setParameter("o", original.getId())
            .setParameter("void", List.copyOf(ReturnRules.VOID))
            .getResultList()) {
      Object[] r = (Object[]) row;
      returned.put(((Number) r[0]).intValue(), ((Number) r[1]).longValue());
    }
    List<ReturnRules.OriginalLine> lines =
        original.getLines().stream()
            .map(l -> new ReturnRules.OriginalLine(l.getLineNo(), l.getSku(), l.getQuantity()))
            .toList();
    return ReturnRules.returnable(
        ReturnRules.shipped(original.getStatus(), lines, shippedBySku), returned);
  }

  private static String returnSummary(SalesOrder r) {
    List<String> parts = new ArrayList<>();
    for (OrderLine l : r.getLines()) {
      parts.add(l.getQuantity() + " x " + l.getSku() + " (line " + l.getLineNo() + ")");
    }
    return String.join(", ", parts);
  }

  // --- stock watches -------------------------------------------------------------------------

  /** "Tell me when it is back": the caller watches a product until its stock is above 0. */
  public StockWatch watch(String sku) {
    Caller caller = requirePartnerUser();
    String s = sku == null ? null : sku.strip();
    new Checks().text("sku", s, true, 64).throwIfAny();
    ProductView product;
    try {
      product = catalog.product(s, PriceContext.NONE);
    } catch (RecordNotFoundException e) {
      throw new InvalidInputException(List.of(new FieldError("sku", "error.order.unknownSku", s)));
    }
    Instant now = clock.now();
    List<StockWatch> known =
        em.createQuery(
                "SELECT w FROM StockWatch w WHERE w.username = :u AND w.sku = :s", StockWatch.class)
            .setParameter("u", caller.username())
            .setParameter("s", product.sku())
            .getResultList();
    if (!known.isEmpty()) {
      known.get(0).rearm(now);
      return known.get(0);
    }
    StockWatch watch = new StockWatch(caller.partnerId(), caller.username(), product.sku(), now);
    em.persist(watch);
    em.flush();
    return watch;
  }

  /** The caller's watches, newest first (notified ones too, with the time of the notice). */
  public List<StockWatch> watches() {
    Caller caller = requirePartnerUser();
    return em.createQuery(
            "SELECT w FROM StockWatch w WHERE w.username = :u ORDER BY w.createdAt DESC",
            StockWatch.class)
        .setParameter("u", caller.username())
        .getResultList();
  }

  /** Stops watching {@code sku}; nothing when the caller did not watch it. */
  public void unwatch(String sku) {
    Caller caller = requirePartnerUser();
    em.createQuery("DELETE FROM StockWatch w WHERE w.username = :u AND w.sku = :s")
        .setParameter("u", caller.username())
        .setParameter("s", sku == null ? "" : sku.strip())
        .executeUpdate();
  }

  // --- rules -------------------------------------------------------------------------------

  private Caller requirePartnerUser() {
    Caller caller = access.require(Role.PARTNER_MANAGER, Role.PARTNER_EMPLOYEE);
    if (!caller.isPartnerUser()) {
      throw new AccessDeniedException("error.forbiddenRole");
    }
    return caller;
  }

  /** A partner manager changes every order of the partner; an employee the ones they placed. */
  static boolean mayChange(Caller caller, SalesOrder order) {
    if (!caller.isPartnerUser() || !caller.partnerId().equals(order.getPartnerId())) {
      return false;
    }
    return caller.isPartnerManager() || caller.username().equals(order.getPlacedBy());
  }

  private void requireMayChange(Caller caller, SalesOrder order) {
    if (!mayChange(caller, order)) {
      throw new AccessDeniedException("error.order.notYours", order.getNumber());
    }
  }

  private void checkDelivery(LocalDate requested, Checks checks) {
    if (requested != null) {
      LocalDate today = today(clock.now());
      if (requested.isBefore(today)) {
        checks.add("requestedDelivery", "error.order.deliveryPast");
      } else if (requested.isAfter(today.plusYears(2))) {
        checks.add("requestedDelivery", "error.order.deliveryTooFar");
      }
    }
  }

  private static ShipTo shipTo(OrderInput.Address a, Checks checks) {
    if (a == null) {
      return null;
    }
    String name = Checks.clean(a.name());
    String street = Checks.clean(a.street());
    String postcode = Checks.clean(a.postcode());
    String city = Checks.clean(a.city());
    String country = Checks.clean(a.country());
    checks
        .text("shipTo.name", name, true, 200)
        .text("shipTo.street", street, true, 200)
        .text("shipTo.postcode", postcode, true, 20)
        .text("shipTo.city", city, true, 100)
        .matches("shipTo.country", country, COUNTRY, "error.param.country")
        .required("shipTo.country", country);
    return new ShipTo(
        name, street, postcode, city, country == null ? null : country.toUpperCase(Locale.ROOT));
  }

  /** The on-behalf order's customer: one the caller sees, or a new one matched or created. */
  private Long customer(OrderInput input) {
    if (input.customerId() != null) {
      try {
        return customerService.find(input.customerId()).id();
      } catch (RecordNotFoundException e) {
        throw new InvalidInputException(
            List.of(new FieldError("customerId", "error.order.unknownCustomer")));
      }
    }
    OrderInput.NewCustomer c = input.customer();
    String company = Checks.clean(c.company());
    String email = Checks.clean(c.email());
    String country = Checks.clean(c.country());
    new Checks()
        .text("customer.company", company, true, 200)
        .text("customer.email", email, false, 254)
        .email("customer.email", email)
        .matches("customer.country", country, COUNTRY, "error.param.country")
        .throwIfAny();
    CustomerRef ref =
        customers.matchOrCreate(
            company, email, country == null ? null : country.toUpperCase(Locale.ROOT));
    return ref.id();
  }

  /**
   * Checks and prices lines: every SKU sold to the caller, a quantity from 1, a known warehouse, a
   * SKU at most once; the unit price of a SKU already on {@code existing} stays, a new one is the
   * partner's net price today; the backorder follows the stock ({@link Backorders}).
   */
  List<PricedLine> priced(
      List<OrderInput.LineInput> lines, PriceContext prices, SalesOrder existing, boolean check) {
    if (lines == null || lines.isEmpty()) {
      return List.of();
    }
    Checks checks = new Checks();
    if (lines.size() > MAX_LINES) {
      checks.add("lines", "error.order.tooManyLines", MAX_LINES);
      checks.throwIfAny();
    }
    Map<String, String> warehouses = stock.warehouses();
    Set<String> skus = new HashSet<>();
    List<String> wanted = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      OrderInput.LineInput l = lines.get(i);
      String field = "lines[" + i + "]";
      if (l == null) {
        checks.add(field, "error.required");
        continue;
      }
      String sku = l.sku() == null ? null : l.sku().strip();
      checks.text(field + ".sku", sku, true, 64).required(field + ".quantity", l.quantity());
      if (l.quantity() != null && (l.quantity() < 1 || l.quantity() > MAX_QUANTITY)) {
        checks.add(field + ".quantity", "error.order.quantity", MAX_QUANTITY);
      }
      if (l.warehouse() != null
          && !l.warehouse().isBlank()
          && !warehouses.containsKey(l.warehouse().strip())) {
        checks.add(
            field + ".warehouse",
            "error.order.unknownWarehouse",
            String.join(", ", warehouses.keySet()));
      }
      if (l.backorder() != null
          && !l.backorder().isBlank()
          && BackorderChoice.parse(l.backorder()).isEmpty()) {
        checks.add(field + ".backorder", "error.param.oneOf", "split, waitlist");
      }
      if (sku != null && !sku.isEmpty() && !skus.add(sku)) {
        checks.add(field + ".sku", "error.order.duplicateSku", sku);
      }
      wanted.add(sku);
    }
    checks.throwIfAny();
    Map<String, List<StockRow>> levels = stock.of(skus);
    List<PricedLine> priced = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      OrderInput.LineInput l = lines.get(i);
      String sku = wanted.get(i);
      ProductView product;
      try {
        product = catalog.product(sku, prices);
      } catch (RecordNotFoundException e) {
        checks.add("lines[" + i + "].sku", "error.order.unknownSku", sku);
        continue;
      }
      Money kept = existing == null ? null : existing.priceOf(product.sku());
      Money unit =
          kept != null
              ? kept
              : product.netPrice() != null
                  ? Money.of(product.netPrice(), product.currency())
                  : Money.of(product.basePrice(), product.currency()).rounded();
      String warehouse =
          l.warehouse() == null || l.warehouse().isBlank() ? null : l.warehouse().strip();
      Long available = stock.available(levels.get(product.sku()), warehouse);
      Backorders.Decision d =
          available == null
              ? new Backorders.Decision(0, false)
              : Backorders.decide(
                  l.quantity(), available, BackorderChoice.parse(l.backorder()).orElse(null));
      priced.add(
          new PricedLine(
              product.sku(),
              product.name(),
              l.quantity(),
              unit,
              warehouse,
              d.backordered(),
              d.waitlisted()));
    }
    checks.throwIfAny();
    String currency = priced.isEmpty() ? null : priced.get(0).unitPrice().currency();
    for (int i = 0; i < priced.size(); i++) {
      if (!priced.get(i).unitPrice().currency().equals(currency)) {
        throw new ConflictException("lines[" + i + "].sku", "error.order.mixedCurrency", currency);
      }
    }
    return priced;
  }

  private static String summary(SalesOrder order) {
    return order.getLines().size()
        + " lines, "
        + order.getTotal().toPlainString()
        + " "
        + order.getCurrency();
  }

  private static LocalDate today(Instant now) {
    return LocalDate.ofInstant(now, ZoneOffset.UTC);
  }

  /** The outbox message of a step: the order as it is, or as {@code lines} would make it. */
  private OrderMessage message(
      String type,
      SalesOrder order,
      List<PricedLine> proposed,
      LocalDate requested,
      String note,
      Long changeId,
      String reason) {
    List<OrderMessage.Line> lines = new ArrayList<>();
    Money total;
    if (proposed == null) {
      for (OrderLine l : order.getLines()) {
        lines.add(
            new OrderMessage.Line(
                l.getLineNo(),
                l.getSku(),
                l.getProductName(),
                l.getQuantity(),
                l.getUnitPrice(),
                l.getWarehouse()));
      }
      total = order.totalMoney();
    } else {
      int next = order.getNextLineNo();
      total = Money.zero(order.getCurrency());
      for (PricedLine p : proposed) {
        OrderLine same = order.lineOf(p.sku());
        int lineNo = same != null ? same.getLineNo() : next++;
        Money unit = same != null ? same.unitPriceMoney() : p.unitPrice();
        lines.add(
            new OrderMessage.Line(
                lineNo, p.sku(), p.productName(), p.quantity(), unit.amount(), p.warehouse()));
        total = total.plus(unit.times(p.quantity()).rounded());
      }
    }
    OrderMessage.Party party = null;
    if (order.getCustomerId() != null) {
      CustomerView c = customerService.find(order.getCustomerId());
      party = new OrderMessage.Party(c.id(), c.company(), c.email(), c.country());
    }
    ShipTo s = order.getShipTo();
    SalesOrder original =
        order.getReturnOf() == null ? null : em.find(SalesOrder.class, order.getReturnOf());
    return new OrderMessage(
        type,
        order.getId(),
        order.getNumber(),
        order.getPartnerId(),
        partners.accountNumber(order.getPartnerId()),
        partners.name(order.getPartnerId()),
        order.getKind().code(),
        party,
        order.getPoNumber(),
        s == null || s.getName() == null
            ? null
            : new OrderMessage.Address(
                s.getName(), s.getStreet(), s.getPostcode(), s.getCity(), s.getCountry()),
        requested,
        lines,
        order.getCurrency(),
        total.rounded().amount(),
        note,
        changeId,
        reason,
        original == null ? null : original.getNumber(),
        original == null ? null : original.getErpNumber());
  }
}
