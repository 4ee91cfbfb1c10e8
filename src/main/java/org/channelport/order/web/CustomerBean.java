package org.channelport.order.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.channelport.customer.CustomerService;
import org.channelport.customer.CustomerView;
import org.channelport.lead.LeadRow;
import org.channelport.lead.LeadService;
import org.channelport.order.OrderRow;
import org.channelport.order.OrderService;
import org.channelport.platform.ListFilters;
import org.channelport.shared.PageRequest;

/**
 * One customer (/partner/customer.xhtml, /channel/customer.xhtml) with the caller's leads and
 * orders about it — only those the caller may see, through {@link LeadService}'s own scope, so a
 * partner never sees another partner's lead, registration or order for the same customer. A
 * customer outside the caller's scope is not found (and the attempt audited by {@link
 * CustomerService#find}).
 */
@Named
@ViewScoped
public class CustomerBean implements Serializable {
  private static final long serialVersionUID = 1L;

  /** The most leads the page lists (newest first); the lead list filters for more. */
  static final int MAX_ROWS = 50;

  @Inject CustomerService customers;
  @Inject LeadService leads;
  @Inject OrderService orders;

  private String idParam;
  private Long id;
  // read again after a restart of the view rather than kept in the session
  private transient CustomerView customer;
  private transient List<LeadRow> customerLeads;
  private transient List<OrderRow> customerOrders;

  /** viewAction: the customer, or the not-found page. */
  public void load() {
    id = ListFilters.id(idParam);
    customer = customers.find(id);
  }

  public CustomerView getCustomer() {
    if (customer == null && id != null) {
      customer = customers.find(id);
    }
    return customer;
  }

  public List<LeadRow> getLeads() {
    if (customerLeads == null) {
      customerLeads =
          leads.rows(
              new PageRequest(
                  0, MAX_ROWS, "createdAt", false, Map.of("customerId", String.valueOf(id))));
    }
    return customerLeads;
  }

  /** The caller's orders for this customer (the order service's scope), newest first. */
  public List<OrderRow> getOrders() {
    if (customerOrders == null) {
      customerOrders = orders.customerOrders(id);
    }
    return customerOrders;
  }

  public Long getId() {
    return id;
  }

  public String getIdParam() {
    return idParam;
  }

  public void setIdParam(String idParam) {
    this.idParam = idParam;
  }
}
