package org.channelport.support.web;

import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.channelport.platform.ListFilters;
import org.channelport.shared.PageRequest;
import org.channelport.support.IssueStatus;

/**
 * The filter bar above a service-issue list: status (or all open ones), priority, SLA state,
 * product, customer and — in the service queue — the assignee (mine, unassigned). Its values join
 * the table's paging and sorting in one {@link PageRequest} with the names the API uses, so the
 * service filters in SQL.
 */
public class IssueFilters implements Serializable {
  private static final long serialVersionUID = 1L;

  /** The status filter's value for every status but closed (the lists' default). */
  static final String OPEN = "open";

  /** What "open" asks the service for: every status but closed (solved ones wait to be confirmed). */
  static final String NOT_CLOSED =
      Arrays.stream(IssueStatus.values())
          .filter(s -> s != IssueStatus.CLOSED)
          .map(IssueStatus::code)
          .collect(Collectors.joining(","));

  private String status = OPEN;
  private String priority;
  private String slaState;
  private String sku;
  private Long customerId;
  private String assignee;

  /** The table's request with these filters added. */
  public PageRequest apply(PageRequest table) {
    Map<String, String> filters = new HashMap<>(table.filters());
    ListFilters.put(filters, "status", OPEN.equals(status) ? NOT_CLOSED : status);
    ListFilters.put(filters, "priority", priority);
    ListFilters.put(filters, "slaState", slaState);
    ListFilters.put(filters, "sku", sku == null ? null : sku.strip());
    ListFilters.put(filters, "customerId", customerId == null ? null : customerId.toString());
    ListFilters.put(filters, "assignee", assignee);
    return new PageRequest(
        table.first(), table.size(), table.sortField(), table.ascending(), filters);
  }

  public void clear() {
    status = OPEN;
    priority = null;
    slaState = null;
    sku = null;
    customerId = null;
    assignee = null;
  }

  public String getStatus() {
    return status;
  }

  public void setStatus(String status) {
    this.status = status;
  }

  public String getPriority() {
    return priority;
  }

  public void setPriority(String priority) {
    this.priority = priority;
  }

  public String getSlaState() {
    return slaState;
  }

  public void setSlaState(String slaState) {
    this.slaState = slaState;
  }

  public String getSku() {
    return sku;
  }

  public void setSku(String sku) {
    this.sku = sku;
  }

  public Long getCustomerId() {
    return customerId;
  }

  public void setCustomerId(Long customerId) {
    this.customerId = customerId;
  }

  public String getAssignee() {
    return assignee;
  }

  public void setAssignee(String assignee) {
    this.assignee = assignee;
  }
}
