package org.channelport.order.web;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.channelport.platform.ListFilters;
import org.channelport.shared.PageRequest;

/**
 * The filter bar above an order list: status, ERP sync state, customer, order date from/to, text.
 * Its values join the table's paging and sorting in one {@link PageRequest} with the names the API
 * uses, so the service filters in SQL.
 */
public class OrderFilters implements Serializable {
  private static final long serialVersionUID = 1L;

  private String status;
  private String syncState;
  private Long customerId;
  private String customerLabel;
  private LocalDate from;
  private LocalDate to;
  private String q;

  /** Only orders on credit hold (set from the home page's link; the filter bar has no field). */
  private boolean creditHold;

  /** The table's request with these filters added, and fixed ones that win (an inbox). */
  public PageRequest apply(PageRequest table, Map<String, String> fixed) {
    Map<String, String> filters = new HashMap<>(table.filters());
    ListFilters.put(filters, "status", status);
    ListFilters.put(filters, "syncState", syncState);
    ListFilters.put(filters, "customerId", customerId == null ? null : customerId.toString());
    ListFilters.put(filters, "from", from == null ? null : from.toString());
    ListFilters.put(filters, "to", to == null ? null : to.toString());
    ListFilters.put(filters, "q", q);
    ListFilters.put(filters, "creditHold", creditHold ? "true" : null);
    filters.putAll(fixed);
    return new PageRequest(
        table.first(), table.size(), table.sortField(), table.ascending(), filters);
  }

  public void clear() {
    status = null;
    syncState = null;
    customerId = null;
    customerLabel = null;
    from = null;
    to = null;
    q = null;
    creditHold = false;
  }

  public boolean isCreditHold() {
    return creditHold;
  }

  public void setCreditHold(boolean creditHold) {
    this.creditHold = creditHold;
  }

  public String getStatus() {
    return status;
  }

  public void setStatus(String status) {
    this.status = status;
  }

  public String getSyncState() {
    return syncState;
  }

  public void setSyncState(String syncState) {
    this.syncState = syncState;
  }

  public Long getCustomerId() {
    return customerId;
  }

  public void setCustomerId(Long customerId) {
    this.customerId = customerId;
  }

  public String getCustomerLabel() {
    return customerLabel;
  }

  public void setCustomerLabel(String customerLabel) {
    this.customerLabel = customerLabel;
  }

  public LocalDate getFrom() {
    return from;
  }

  public void setFrom(LocalDate from) {
    this.from = from;
  }

  public LocalDate getTo() {
    return to;
  }

  public void setTo(LocalDate to) {
    this.to = to;
  }

  public String getQ() {
    return q;
  }

  public void setQ(String q) {
    this.q = q;
  }
}
