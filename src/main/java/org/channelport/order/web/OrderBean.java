package org.channelport.order.web;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.channelport.customer.CustomerService;
import org.channelport.order.OrderActions;
import org.channelport.order.OrderChange;
import org.channelport.order.OrderEvent;
import org.channelport.order.OrderService;
import org.channelport.order.OrderStatus;
import org.channelport.order.SalesOrder;
import org.channelport.order.ShipmentView;
import org.channelport.order.SyncState;
import org.channelport.partner.PartnerService;
import org.channelport.platform.ListFilters;
import org.channelport.platform.web.FacesMessages;
import org.channelport.security.CurrentCaller;
import org.channelport.shared.InvalidInputException;
import org.channelport.shared.Messages;
import org.channelport.shared.RecordNotFoundException;

/**
 * One order (/partner/order.xhtml, /channel/order.xhtml): the business status and the ERP sync
 * state side by side, lines with promised dates and backorders, pending changes, shipments with
 * tracking links, the timeline, and the steps the caller may take ({@link OrderService#actions});
 * the service checks each step again. Partner users can make the signed status link for the end
 * customer.
 */
@Named
@ViewScoped
public class OrderBean implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject OrderService orders;
  @Inject CustomerService customers;
  @Inject PartnerService partners;
  @Inject StatusLinks links;
  @Inject CurrentCaller currentCaller;

  private String idParam;
  private Long id;
  private Long version;
  private String cancelReason;
  private String sendBackReason;
  private String customerLink;
  private Instant customerLinkExpires;

  // read again after a restart of the view rather than kept in the session
  private transient SalesOrder order;
  private transient OrderActions actions;
  private transient List<OrderEvent> timeline;
  private transient List<OrderChange> changes;
  private transient List<ShipmentView> shipments;
  private transient Map<String, String> warehouses;
  private transient String customerName;

  /** viewAction: the order, or the not-found page if the caller may not see it. */
  public void load() {
    id = ListFilters.id(idParam);
    order = orders.find(id);
    version = order.getVersion();
  }

  public SalesOrder getOrder() {
    if (order == null && id != null) {
      order = orders.find(id);
    }
    return order;
  }

  public OrderActions getActions() {
    if (actions == null) {
      actions = orders.actions(getOrder());
    }
    return actions;
  }

  // --- steps -------------------------------------------------------------------------------

  public String submit() {
    return step(() -> orders.submit(id, version), null);
  }

  public String approve() {
    return step(() -> orders.approve(id, version), "orderPage.approved");
  }

  public String sendBack() {
    return step(() -> orders.sendBack(id, sendBackReason, version), "orderPage.sentBack");
  }

  public String cancel() {
    return step(() -> orders.cancel(id, cancelReason, version), "orderPage.cancelled");
  }

  /** A new draft with this order's products and quantities at today's prices, in the cart. */
  public String reorder() {
    SalesOrder draft = orders.reorder(id);
    FacesMessages.info("orderPage.reordered", getOrder().getNumber(), draft.getNumber());
    return "/partner/cart?faces-redirect=true&id=" + draft.getId();
  }

  /** The signed link to the order's status page, for the end customer. */
  public void createLink() {
    if (!isCanLink()) {
      return;
    }
    StatusLinks.Link link = links.create(id);
    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
    String base =
        external.getRequestScheme()
            + "://"
            + external.getRequestServerName()
            + (isDefaultPort(external.getRequestScheme(), external.getRequestServerPort())
                ? ""
                : ":" + external.getRequestServerPort())
            + external.getRequestContextPath();
    customerLink = base + link.path();
    customerLinkExpires = link.expiresAt();
  }

  private static boolean isDefaultPort(String scheme, int port) {
    return ("http".equals(scheme) && port == 80) || ("https".equals(scheme) && port == 443);
  }

  /**
   * Takes a step; bad input is shown at the top of the page, a conflict (another step came first, a
   * stale version) by the portal's exception handler as a message on the page.
   */
  private String step(Supplier<SalesOrder> action, String doneKey) {
    SalesOrder after;
    try {
      after = action.get();
    } catch (InvalidInputException invalid) {
      FacesContext faces = FacesContext.getCurrentInstance();
      invalid
          .errors()
          .forEach(
              e ->
                  faces.addMessage(
                      null,
                      new jakarta.faces.application.FacesMessage(
                          jakarta.faces.application.FacesMessage.SEVERITY_ERROR,
                          OrderPages.label(OrderPages.locale(), e.field())
                              + ": "
                              + e.message(OrderPages.locale()),
                          null)));
      faces.validationFailed();
      return null;
    }
    String key = doneKey;
    if (key == null) {
      key =
          after.getStatus() == OrderStatus.AWAITING_APPROVAL
              ? "orderPage.saved.awaitingApproval"
              : "orderPage.saved.submitted";
    }
    FacesMessages.info(key, after.getNumber());
    return FacesContext.getCurrentInstance().getViewRoot().getViewId().replace(".xhtml", "")
        + "?faces-redirect=true&id="
        + id;
  }

  // --- what the page shows -----------------------------------------------------------------

  public boolean isChannelView() {
    return currentCaller.get().isChannelManager();
  }

  /** Partner users give their customer a status link for an order that has left the cart. */
  public boolean isCanLink() {
    return currentCaller.get().isPartnerUser()
        && links.isAvailable()
        && getOrder().getStatus() != OrderStatus.DRAFT;
  }

  /**
   * Submitted but the ERP has not acknowledged it yet: "saved — goes to the ERP when reachable".
   */
  public boolean isWaitingForErp() {
    SalesOrder o = getOrder();
    return !o.isReadOnly()
        && o.getSyncState() != SyncState.ACKNOWLEDGED
        && o.getStatus() != OrderStatus.DRAFT
        && o.getStatus() != OrderStatus.AWAITING_APPROVAL
        && o.getStatus() != OrderStatus.CANCELLED;
  }

  public List<OrderEvent> getTimeline() {
    if (timeline == null) {
      timeline = orders.timeline(id);
    }
    return timeline;
  }

  public List<OrderChange> getChanges() {
    if (changes == null) {
      changes = orders.changes(id);
    }
    return changes;
  }

  public List<ShipmentView> getShipments() {
    if (shipments == null) {
      shipments = orders.shipments(id);
    }
    return shipments;
  }

  public String warehouseName(String code) {
    if (code == null) {
      return "";
    }
    if (warehouses == null) {
      warehouses = orders.warehouses();
    }
    return warehouses.getOrDefault(code, code);
  }

  /** The on-behalf order's customer, by company (a customer outside the caller's view: "#id"). */
  public String getCustomerName() {
    Long customerId = getOrder().getCustomerId();
    if (customerId == null) {
      return "";
    }
    if (customerName == null) {
      try {
        customerName = customers.find(customerId).company();
      } catch (RecordNotFoundException e) {
        customerName = "#" + customerId;
      }
    }
    return customerName;
  }

  public String getPartnerName() {
    return partners.name(getOrder().getPartnerId());
  }

  /** A timeline step in words ({@code orderPage.event.<step>}), or the step's code. */
  public String stepName(String step) {
    String key = "orderPage.event." + step;
    String text = Messages.text(OrderPages.locale(), key);
    return text.equals(key) ? step : text;
  }

  public String changeStatus(OrderChange change) {
    return change.getStatus().name().toLowerCase(java.util.Locale.ROOT);
  }

  // --- bound values ------------------------------------------------------------------------

  public String getIdParam() {
    return idParam;
  }

  public void setIdParam(String idParam) {
    this.idParam = idParam;
  }

  public Long getId() {
    return id;
  }

  public Long getVersion() {
    return version;
  }

  public String getCancelReason() {
    return cancelReason;
  }

  public void setCancelReason(String cancelReason) {
    this.cancelReason = cancelReason;
  }

  public String getSendBackReason() {
    return sendBackReason;
  }

  public void setSendBackReason(String sendBackReason) {
    this.sendBackReason = sendBackReason;
  }

  public String getCustomerLink() {
    return customerLink;
  }

  public Instant getCustomerLinkExpires() {
    return customerLinkExpires;
  }
}
