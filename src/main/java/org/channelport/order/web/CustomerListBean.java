package org.channelport.order.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;
import org.channelport.customer.CustomerService;
import org.channelport.customer.CustomerView;
import org.channelport.platform.web.ServiceLazyModel;
import org.channelport.shared.PageRequest;
import org.primefaces.component.datatable.DataTable;

/**
 * The caller's customers (/partner/customers.xhtml, /channel/customers.xhtml): those of the leads,
 * deal registrations and orders the caller sees, as {@link CustomerService} scopes them; which
 * other partners work with a customer is never part of a row.
 */
@Named
@ViewScoped
public class CustomerListBean implements Serializable {
  private static final long serialVersionUID = 1L;

  static final String TABLE = "customersForm:customers";

  @Inject CustomerService customers;

  private String q;
  private String country;
  private ServiceLazyModel<CustomerView> model;

  @PostConstruct
  void init() {
    model =
        ServiceLazyModel.of(
            r -> customers.count(filtered(r)), r -> customers.rows(filtered(r)), CustomerView::id);
  }

  PageRequest filtered(PageRequest table) {
    Map<String, String> filters = new HashMap<>(table.filters());
    if (q != null && !q.isBlank()) {
      filters.put("q", q.strip());
    }
    if (country != null && !country.isBlank()) {
      filters.put("country", country.strip());
    }
    // the customer list has no default sort of its own: by company unless the user sorts
    String sort = table.sortField() == null ? "company" : table.sortField();
    boolean ascending = table.sortField() == null || table.ascending();
    return new PageRequest(table.first(), table.size(), sort, ascending, filters);
  }

  /** A filter changed: back to the first page. */
  public void filter() {
    if (FacesContext.getCurrentInstance().getViewRoot().findComponent(TABLE)
        instanceof DataTable table) {
      table.setFirst(0);
    }
  }

  public void clearFilters() {
    q = null;
    country = null;
    filter();
  }

  public ServiceLazyModel<CustomerView> getModel() {
    return model;
  }

  public String getQ() {
    return q;
  }

  public void setQ(String q) {
    this.q = q;
  }

  public String getCountry() {
    return country;
  }

  public void setCountry(String country) {
    this.country = country;
  }
}
