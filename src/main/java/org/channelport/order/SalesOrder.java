package org.channelport.order;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.channelport.audit.AuditedEntity;
import org.channelport.security.PartnerOwned;
import org.channelport.shared.ConflictException;
import org.channelport.shared.Money;
import org.channelport.shared.Versioned;

/**
 * A partner's order to the brand owner: replenishment stock or on behalf of an end customer. Two
 * axes: the business status ({@link OrderStatus}, steps in {@link OrderStep}) and the ERP sync
 * state ({@link SyncState}). Lines carry the unit price fixed when they were added. Facts from the
 * ERP carry the ERP's time; one older than the last applied ({@link #isStale}) changes nothing.
 */
@Entity
@Table(name = "sales_order")
public class SalesOrder extends AuditedEntity implements PartnerOwned, Versioned {
  static final String TYPE = "SalesOrder";

  @Id
  @GeneratedValue(strategy = GenerationType.TABLE, generator = "sales_order_ids") // orm.xml
  private Long id;

  private String number;

  @Column(name = "partner_id")
  private Long partnerId;

  @Column(name = "placed_by")
  private String placedBy;

  @Enumerated(EnumType.STRING)
  private OrderKind kind;

  @Enumerated(EnumType.STRING)
  private OrderOrigin origin;

  @Column(name = "customer_id")
  private Long customerId;

  /** The order a return (kind RETURN) sends goods back from; null for other orders. */
  @Column(name = "return_of")
  private Long returnOf;

  @Column(name = "return_reason")
  private String returnReason;

  /** What makes a return request idempotent (e.g. the service issue's number), or null. */
  @Column(name = "return_key")
  private String returnKey;

  @Column(name = "po_number")
  private String poNumber;

  @Embedded private ShipTo shipTo;

  @Column(name = "requested_delivery")
  private LocalDate requestedDelivery;

  private String note;

  /** The campaign (a funded marketing activity) the order is credited to, or null. */
  @Column(name = "campaign_code")
  private String campaignCode;

  @Enumerated(EnumType.STRING)
  private OrderStatus status;

  @Column(name = "status_reason")
  private String statusReason;

  @Enumerated(EnumType.STRING)
  @Column(name = "sync_state")
  private SyncState syncState;

  @Column(name = "sync_error")
  private String syncError;

  @Column(name = "sync_next_attempt_at")
  private Instant syncNextAttemptAt;

  @Column(name = "erp_number")
  private String erpNumber;

  @Column(name = "erp_updated_at")
  private Instant erpUpdatedAt;

  @Column(name = "credit_hold")
  private boolean creditHold;

  @Column(name = "credit_hold_reason")
  private String creditHoldReason;

  private String currency;
  private BigDecimal total;

  @Column(name = "next_line_no")
  private int nextLineNo = 1;

  @Column(name = "submitted_at")
  private Instant submittedAt;

  @Column(name = "approved_by")
  private String approvedBy;

  @Column(name = "approved_at")
  private Instant approvedAt;

  @Column(name = "order_date")
  private LocalDate orderDate;

  @Column(name = "created_at")
  private Instant createdAt;

  @Column(name = "updated_at")
  private Instant updatedAt;

  @Version private long version;

  @OneToMany(mappedBy = "order", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("lineNo")
  private List<OrderLine> lines = new ArrayList<>();

  protected SalesOrder() {}

  /** A new draft (the cart) of a partner, or an offline order the ERP reported. */
  public SalesOrder(
      long partnerId,
      String placedBy,
      OrderKind kind,
      OrderOrigin origin,
      Long customerId,
      String poNumber,
      ShipTo shipTo,
      LocalDate requestedDelivery,
      String note,
      String currency,
      LocalDate orderDate,
      Instant now) {
    this.partnerId = partnerId;
    this.placedBy = placedBy;
    this.kind = kind;
    this.origin = origin;
    this.customerId = kind == OrderKind.ON_BEHALF ? customerId : null;
    this.poNumber = poNumber;
    this.shipTo = shipTo;
    this.requestedDelivery = requestedDelivery;
    this.note = note;
    this.status = OrderStatus.DRAFT;
    this.syncState = SyncState.PENDING;
    this.currency = currency;
    this.total = BigDecimal.ZERO;
    this.orderDate = orderDate;
    this.createdAt = now;
    this.updatedAt = now;
  }

  /** Credits the new order to a campaign (a checked code), or to none. */
  void creditCampaign(String code) {
    this.campaignCode = code;
  }

  public String getCampaignCode() {
    return campaignCode;
  }

  /**
   * A return of (part of) {@code original}: the original's partner, customer and ship-to address
   * (where the goods come back from), its currency; submitted at once, so it goes to the ERP like a
   * placed order (sync state pending). Lines: {@link #returnLines}.
   */
  static SalesOrder returnOf(
      SalesOrder original,
      String placedBy,
      String reason,
      String key,
      LocalDate today,
      Instant now) {
    ShipTo s = original.getShipTo();
    SalesOrder r =
        new SalesOrder(
            original.getPartnerId(),
            placedBy,
            OrderKind.RETURN,
            OrderOrigin.PORTAL,
            null,
            original.getPoNumber(),
            s == null
                ? null
                : new ShipTo(
                    s.getName(), s.getStreet(), s.getPostcode(), s.getCity(), s.getCountry()),
            null,
            null,
            original.getCurrency(),
            today,
            now);
    r.customerId = original.getCustomerId();
    r.returnOf = original.getId();
    r.returnReason = reason;
    r.returnKey = key;
    r.status = OrderStatus.SUBMITTED;
    r.submittedAt = now;
    return r;
  }

  /**
   * The returned lines: each keeps the original line's number, SKU, name, unit price and warehouse,
   * with the quantity sent back (checked by {@link ReturnRules}).
   */
  void returnLines(Map<OrderLine, Long> returned) {
    if (kind != OrderKind.RETURN || !lines.isEmpty()) {
      throw new IllegalStateException("return lines are set once, on a return");
    }
    for (Map.Entry<OrderLine, Long> e : returned.entrySet()) {
      lines.add(new OrderLine(this, e.getKey(), e.getValue()));
      nextLineNo = Math.max(nextLineNo, e.getKey().getLineNo() + 1);
    }
    lines.sort((a, b) -> Integer.compare(a.getLineNo(), b.getLineNo()));
    recalculate();
  }

  public boolean isReturn() {
    return kind == OrderKind.RETURN;
  }

  /** The readable number, from the id: {@code CP-2026-000123}. */
  void assignNumber(int year) {
    this.number = OrderNumbers.format(year, id);
  }

  // --- lines ---------------------------------------------------------------------------------

  /**
   * The order's lines become {@code wanted}: a SKU already on the order keeps its line (number and
   * unit price) and takes the new quantity, warehouse and backorder; a new SKU gets a new line at
   * its price; a SKU left out is removed (its line number is not reused).
   */
  void replaceLines(List<PricedLine> wanted) {
    List<OrderLine> kept = new ArrayList<>();
    for (PricedLine line : wanted) {
      if (!line.unitPrice().currency().equals(currency)) {
        throw new ConflictException(
            "lines", "error.order.currency", line.sku(), line.unitPrice().currency(), currency);
      }
      OrderLine existing = lineFor(line.sku(), kept);
      if (existing != null) {
        existing.change(line);
        kept.add(existing);
      } else {
        OrderLine added = new OrderLine(this, nextLineNo++, line);
        lines.add(added);
        kept.add(added);
      }
    }
    for (Iterator<OrderLine> it = lines.iterator(); it.hasNext(); ) {
      if (!kept.contains(it.next())) {
        it.remove();
      }
    }
    lines.sort((a, b) -> Integer.compare(a.getLineNo(), b.getLineNo()));
    recalculate();
  }

  private OrderLine lineFor(String sku, List<OrderLine> taken) {
    for (OrderLine l : lines) {
      if (l.getSku().equals(sku) && !taken.contains(l)) {
        return l;
      }
    }
    return null;
  }

  /** The lines' totals added up. */
  void recalculate() {
    Money sum = Money.zero(currency);
    for (OrderLine l : lines) {
      sum = sum.plus(l.lineTotalMoney());
    }
    this.total = sum.rounded().amount();
  }

  /** The unit price the order holds for {@code sku}, or null when it has no line of it. */
  public Money priceOf(String sku) {
    for (OrderLine l : lines) {
      if (l.getSku().equals(sku)) {
        return l.unitPriceMoney();
      }
    }
    return null;
  }

  /** Changes the delivery date and note (with the lines, an edit). */
  void details(LocalDate requested, String newNote, Instant now) {
    this.requestedDelivery = requested;
    this.note = newNote;
    this.updatedAt = now;
  }

  // --- the portal's steps ----------------------------------------------------------------------

  /** Refuses changes to an order the ERP entered (offline) and to one past the edit steps. */
  public void requireEditable() {
    requirePortalOrder();
    if (isReturn()) {
      throw new ConflictException("status", "error.order.return.notEditable", number);
    }
    OrderStep.EDIT.require(status);
  }

  void requirePortalOrder() {
    if (origin == OrderOrigin.ERP) {
      throw new ConflictException("status", "error.order.readOnly", number);
    }
  }

  /**
   * Submits the cart: to the partner manager when {@code needsApproval}, else to the ERP (sync
   * state pending). {@code hold} is the credit hold the partner's account already calls for.
   */
  void submit(boolean needsApproval, Instant now) {
    requirePortalOrder();
    if (lines.isEmpty()) {
      throw new ConflictException("lines", "error.order.noLines");
    }
    OrderStep step = needsApproval ? OrderStep.SUBMIT_FOR_APPROVAL : OrderStep.SUBMIT;
    step.require(status);
    this.status = step.to();
    this.statusReason = null;
    this.submittedAt = now;
    this.syncState = SyncState.PENDING;
    this.updatedAt = now;
  }

  void approve(String by, Instant now) {
    OrderStep.APPROVE.require(status);
    this.status = OrderStatus.SUBMITTED;
    this.approvedBy = by;
    this.approvedAt = now;
    this.updatedAt = now;
  }

  void sendBack(String reason, Instant now) {
    OrderStep.RETURN.require(status);
    this.status = OrderStatus.DRAFT;
    this.statusReason = reason;
    this.submittedAt = null;
    this.updatedAt = now;
  }

  /** Cancels; true when the ERP has the order (or is about to) and must hear of it. */
  boolean cancel(String reason, Instant now) {
    requirePortalOrder();
    OrderStep.CANCEL.require(status);
    boolean tellErp = status.isWithErp();
    this.status = OrderStatus.CANCELLED;
    this.statusReason = reason;
    this.updatedAt = now;
    return tellErp;
  }

  /** The partner's account calls for a hold (over its credit limit, or on hold in the ERP). */
  void holdForCredit(String reason, Instant now) {
    this.creditHold = true;
    this.creditHoldReason = reason;
    this.updatedAt = now;
  }

  // --- what the ERP says -----------------------------------------------------------------------

  /** Whether a fact the ERP timed {@code at} is older than the last one applied. */
  public boolean isStale(Instant at) {
    return at != null && erpUpdatedAt != null && at.isBefore(erpUpdatedAt);
  }

  private void fromErp(Instant at, Instant now) {
    if (at != null && (erpUpdatedAt == null || at.isAfter(erpUpdatedAt))) {
      this.erpUpdatedAt = at;
    }
    this.updatedAt = now;
  }

  void confirmed(String erpNo, Instant at, Instant now) {
    OrderStep.CONFIRM.require(status);
    this.status = OrderStatus.CONFIRMED;
    if (erpNo != null) {
      this.erpNumber = erpNo;
    }
    this.creditHold = false;
    this.creditHoldReason = null;
    acknowledged();
    fromErp(at, now);
  }

  void rejected(String erpNo, String reason, Instant at, Instant now) {
    OrderStep.REJECT.require(status);
    this.status = OrderStatus.REJECTED;
    this.statusReason = reason;
    if (erpNo != null) {
      this.erpNumber = erpNo;
    }
    acknowledged();
    fromErp(at, now);
  }

  void heldByErp(String erpNo, String reason, Instant at, Instant now) {
    OrderStep.HOLD.require(status);
    this.creditHold = true;
    this.creditHoldReason = reason;
    if (erpNo != null) {
      this.erpNumber = erpNo;
    }
    acknowledged();
    fromErp(at, now);
  }

  /** released, delivered or cancelled, as the ERP says. */
  void erpStep(OrderStep step, String reason, Instant at, Instant now) {
    step.require(status);
    this.status = step.after(status);
    if (reason != null) {
      this.statusReason = reason;
    }
    fromErp(at, now);
  }

  /** A shipment arrived: partly shipped until every line's quantity has shipped. */
  void shipped(boolean complete, Instant at, Instant now) {
    OrderStep step = complete ? OrderStep.SHIP : OrderStep.SHIP_PART;
    if (status == OrderStatus.SHIPPED && !complete) {
      fromErp(at, now);
      return;
    }
    step.require(status);
    this.status = step.to();
    fromErp(at, now);
  }

  /** An accepted change (or the ERP's confirmation) touched the order. */
  void touchedByErp(Instant at, Instant now) {
    fromErp(at, now);
  }

  /** An offline order's status, set as the ERP reports it. */
  void offlineStatus(OrderStatus reported, String erpNo, Instant at, Instant now) {
    this.status = reported;
    this.erpNumber = erpNo;
    this.syncState = SyncState.ACKNOWLEDGED;
    fromErp(at, now);
  }

  void sent(Instant now) {
    if (syncState != SyncState.ACKNOWLEDGED) {
      this.syncState = SyncState.SENT;
    }
    this.syncError = null;
    this.syncNextAttemptAt = null;
    this.updatedAt = now;
  }

  void failed(String error, Instant nextAttempt, Instant now) {
    this.syncState = SyncState.FAILED;
    this.syncError = error == null ? null : error.substring(0, Math.min(error.length(), 2000));
    this.syncNextAttemptAt = nextAttempt;
    this.updatedAt = now;
  }

  /**
   * The ERP has this order (it answered for it, or reported on it), whatever the answer's effect on
   * the status: the sync state is acknowledged and the ERP's number known. An answer that lost the
   * race against the poller's newer report must still close the sync.
   */
  void answeredByErp(String erpNo) {
    if (erpNumber == null && erpNo != null && !erpNo.isBlank()) {
      this.erpNumber = erpNo;
    }
    acknowledged();
  }

  private void acknowledged() {
    this.syncState = SyncState.ACKNOWLEDGED;
    this.syncError = null;
    this.syncNextAttemptAt = null;
  }

  /** The line with {@code lineNo}, or null. */
  public OrderLine line(int lineNo) {
    for (OrderLine l : lines) {
      if (l.getLineNo() == lineNo) {
        return l;
      }
    }
    return null;
  }

  /** The first line of {@code sku}, or null. */
  public OrderLine lineOf(String sku) {
    for (OrderLine l : lines) {
      if (l.getSku().equals(sku)) {
        return l;
      }
    }
    return null;
  }

  // --- reading -------------------------------------------------------------------------------

  @Override
  public Long ownerPartnerId() {
    return partnerId;
  }

  @Override
  public long getVersion() {
    return version;
  }

  @Override
  public ConflictException staleConflict() {
    return Versioned.stale("error.order.stale", number);
  }

  @Override
  public String auditType() {
    return TYPE;
  }

  @Override
  public Object auditId() {
    return id;
  }

  @Override
  public Long auditPartnerId() {
    return partnerId;
  }

  @Override
  public Map<String, Object> auditState() {
    Map<String, Object> state = new LinkedHashMap<>();
    state.put("status", status);
    state.put("syncState", syncState);
    state.put("total", total);
    state.put("requestedDelivery", requestedDelivery);
    state.put("note", note);
    state.put("campaignCode", campaignCode);
    state.put("creditHold", creditHold);
    state.put("erpNumber", erpNumber);
    state.put("lines", lines.size());
    if (returnOf != null) {
      state.put("returnOf", returnOf);
    }
    return state;
  }

  public boolean isReadOnly() {
    return origin == OrderOrigin.ERP;
  }

  public Money totalMoney() {
    return Money.of(total, currency);
  }

  public Long getId() {
    return id;
  }

  public String getNumber() {
    return number;
  }

  public Long getPartnerId() {
    return partnerId;
  }

  public String getPlacedBy() {
    return placedBy;
  }

  public OrderKind getKind() {
    return kind;
  }

  public OrderOrigin getOrigin() {
    return origin;
  }

  public Long getCustomerId() {
    return customerId;
  }

  public Long getReturnOf() {
    return returnOf;
  }

  public String getReturnReason() {
    return returnReason;
  }

  public String getReturnKey() {
    return returnKey;
  }

  public String getPoNumber() {
    return poNumber;
  }

  public ShipTo getShipTo() {
    return shipTo;
  }

  public LocalDate getRequestedDelivery() {
    return requestedDelivery;
  }

  public String getNote() {
    return note;
  }

  public OrderStatus getStatus() {
    return status;
  }

  public String getStatusReason() {
    return statusReason;
  }

  public SyncState getSyncState() {
    return syncState;
  }

  public String getSyncError() {
    return syncError;
  }

  public Instant getSyncNextAttemptAt() {
    return syncNextAttemptAt;
  }

  public String getErpNumber() {
    return erpNumber;
  }

  public Instant getErpUpdatedAt() {
    return erpUpdatedAt;
  }

  public boolean isCreditHold() {
    return creditHold;
  }

  public String getCreditHoldReason() {
    return creditHoldReason;
  }

  public String getCurrency() {
    return currency;
  }

  public BigDecimal getTotal() {
    return total;
  }

  public Instant getSubmittedAt() {
    return submittedAt;
  }

  public String getApprovedBy() {
    return approvedBy;
  }

  public Instant getApprovedAt() {
    return approvedAt;
  }

  public LocalDate getOrderDate() {
    return orderDate;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getUpdatedAt() {
    return updatedAt;
  }

  /** The number the next new line gets (a removed line's number is never reused). */
  public int getNextLineNo() {
    return nextLineNo;
  }

  public List<OrderLine> getLines() {
    return Collections.unmodifiableList(lines);
  }
}
