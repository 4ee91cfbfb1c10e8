package org.channelport.order.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.channelport.customer.CustomerView;
import org.channelport.order.OrderRow;
import org.channelport.order.OrderService;
import org.channelport.order.OrderStatus;
import org.channelport.order.SyncState;
import org.channelport.partner.PartnerService;
import org.channelport.platform.web.ServiceLazyModel;
import org.channelport.shared.PageRequest;
import org.primefaces.component.datatable.DataTable;

/**
 * The order lists: a partner's orders (/partner/orders.xhtml), a channel manager's portfolio orders
 * (/channel/orders.xhtml) and the partner manager's approval inbox (/partner/approvals.xhtml, the
 * orders awaiting approval). The service scopes every row; the filters go into its one list query.
 */
@Named
@ViewScoped
public class OrderListBean implements Serializable {
  private static final long serialVersionUID = 1L;

  static final String[] TABLES = {"ordersForm:orders", "approvalsForm:approvals"};

  @Inject OrderService orders;
  @Inject OrderPages pages;
  @Inject PartnerService partners;

  private final OrderFilters filters = new OrderFilters();
  private String presetStatus;
  private String presetSync;
  private String presetCreditHold;
  private ServiceLazyModel<OrderRow> model;
  private ServiceLazyModel<OrderRow> approvals;
  private Map<Long, String> customerNames;
  private final Map<Long, String> partnerNames = new HashMap<>();
  private transient List<CustomerView> customerOptions;

  @PostConstruct
  void init() {
    model =
        ServiceLazyModel.of(
            r -> orders.count(filters.apply(r, Map.of())),
            r -> orders.rows(filters.apply(r, Map.of())),
            OrderRow::id);
    Map<String, String> awaiting = Map.of("status", OrderStatus.AWAITING_APPROVAL.code());
    approvals =
        ServiceLazyModel.of(
            r -> orders.count(oldestFirst(r, awaiting)),
            r -> orders.rows(oldestFirst(r, awaiting)),
            OrderRow::id);
  }

  /** The inbox: the orders waiting longest first, unless the user sorts. */
  static PageRequest oldestFirst(PageRequest r, Map<String, String> fixed) {
    return new PageRequest(
        r.first(),
        r.size(),
        r.sortField() == null ? "createdAt" : r.sortField(),
        r.sortField() == null || r.ascending(),
        fixed);
  }

  /** viewAction (first request only): a status named in the URL (from the home page). */
  public void applyPreset() {
    if (presetStatus != null && OrderStatus.parse(presetStatus).isPresent()) {
      filters.setStatus(presetStatus);
    }
    if (presetSync != null && SyncState.parse(presetSync).isPresent()) {
      filters.setSyncState(presetSync);
    }
    if ("true".equals(presetCreditHold)) {
      filters.setCreditHold(true);
    }
  }

  /** A filter changed: back to the first page. */
  public void filter() {
    for (String id : TABLES) {
      if (FacesContext.getCurrentInstance().getViewRoot().findComponent(id)
          instanceof DataTable table) {
        table.setFirst(0);
      }
    }
  }

  public void clearFilters() {
    filters.clear();
    filter();
  }

  public List<CustomerView> getCustomers() {
    if (customerOptions == null) {
      customerOptions = pages.customers();
    }
    return customerOptions;
  }

  /** The customer's company for a row (from the picker's list; "#id" beyond it). */
  public String customerName(Long id) {
    if (id == null) {
      return "";
    }
    if (customerNames == null) {
      customerNames = new HashMap<>();
      getCustomers().forEach(c -> customerNames.put(c.id(), c.company()));
    }
    return customerNames.getOrDefault(id, "#" + id);
  }

  /** The partner's name for a channel manager's row. */
  public String partnerName(Long id) {
    if (id == null) {
      return "";
    }
    return partnerNames.computeIfAbsent(id, partners::name);
  }

  public ServiceLazyModel<OrderRow> getModel() {
    return model;
  }

  public ServiceLazyModel<OrderRow> getApprovals() {
    return approvals;
  }

  public OrderFilters getFilters() {
    return filters;
  }

  public String getPresetStatus() {
    return presetStatus;
  }

  public void setPresetStatus(String presetStatus) {
    this.presetStatus = presetStatus;
  }

  public String getPresetSync() {
    return presetSync;
  }

  public void setPresetSync(String presetSync) {
    this.presetSync = presetSync;
  }

  public String getPresetCreditHold() {
    return presetCreditHold;
  }

  public void setPresetCreditHold(String presetCreditHold) {
    this.presetCreditHold = presetCreditHold;
  }
}
