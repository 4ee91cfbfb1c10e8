package org.channelport.support.web;

import java.io.Serializable;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.channelport.platform.ListFilters;
import org.channelport.shared.PageRequest;
import org.channelport.support.IssueService;
import org.channelport.support.IssueStatus;

/**
 * The filter bar above a service-issue list: status (or a group of them), priority, SLA state,
 * product, customer and — in the service queue — the assignee (mine, unassigned). Its values join
 * the table's paging and sorting in one {@link PageRequest} with the names the API uses, so the
 * service filters in SQL. A partner's list starts with every issue not closed (solved ones wait for
 * the partner's confirmation), the service queue with the open ones (new, in progress, waiting).
 */
public class IssueFilters implements Serializable {
  private static final long serialVersionUID = 1L;

  /** The status filter's value for the issues the service still owes an answer. */
  static final String OPEN = "open";

  /** The status filter's value for every issue but the closed ones. */
  static final String NOT_CLOSED = "not_closed";

  /** The assignee filter's value for the caller's own issues. */
  static final String MINE = "mine";

  /** The assignee filter's value for issues nobody took yet. */
  static final String UNASSIGNED = "unassigned";

  static final String OPEN_CODES =
      IssueStatus.OPEN.stream().map(IssueStatus::code).collect(Collectors.joining(","));

  static final String NOT_CLOSED_CODES =
      Arrays.stream(IssueStatus.values())
          .filter(s -> s != IssueStatus.CLOSED)
          .map(IssueStatus::code)
          .collect(Collectors.joining(","));

  /** Whether this is the service queue (else a partner's list). */
  private boolean channel;

  private String status = NOT_CLOSED;
  private String priority;
  private String slaState;
  private String sku;
  private Long customerId;
  private String assignee;
  private String text;

  /** Whether a status filter value is one the bar offers. */
  static boolean isGroup(String status) {
    return OPEN.equals(status) || NOT_CLOSED.equals(status);
  }

  /** The table's request with these filters added; {@code me} is the caller (the "mine" filter). */
  public PageRequest apply(PageRequest table, String me) {
    Map<String, String> filters = new HashMap<>(table.filters());
    ListFilters.put(filters, "status", statusCodes());
    ListFilters.put(filters, "priority", priority);
    ListFilters.put(filters, "slaState", slaState);
    ListFilters.put(filters, "sku", sku);
    ListFilters.put(filters, "q", text);
    ListFilters.put(filters, "customerId", customerId == null ? null : customerId.toString());
    ListFilters.put(
        filters,
        "assignee",
        MINE.equals(assignee) ? me : UNASSIGNED.equals(assignee) ? IssueService.UNASSIGNED : null);
    return new PageRequest(
        table.first(), table.size(), table.sortField(), table.ascending(), filters);
  }

  private String statusCodes() {
    if (OPEN.equals(status)) {
      return OPEN_CODES;
    }
    if (NOT_CLOSED.equals(status)) {
      return NOT_CLOSED_CODES;
    }
    return status;
  }

  public void clear() {
    status = channel ? OPEN : NOT_CLOSED;
    priority = null;
    slaState = null;
    sku = null;
    customerId = null;
    assignee = null;
    text = null;
  }

  void setChannel(boolean channel) {
    this.channel = channel;
    clear();
  }

  public boolean isChannel() {
    return channel;
  }

  public String getStatus() {
    return status;
  }

  public void setStatus(String status) {
    this.status = status;
  }

  /** Words of the number or subject. */
  public String getText() {
    return text;
  }

  public void setText(String text) {
    this.text = text;
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
