package org.channelport.support;

import java.io.Serializable;

/** A routing rule as the admin page lists it (category and partner null: any). */
public record RoutingRuleView(
    long id,
    IssueCategory category,
    Long partnerId,
    String assignee,
    int priorityOrder,
    long version)
    implements Serializable {
  static RoutingRuleView of(IssueRoutingRule r) {
    return new RoutingRuleView(
        r.getId(),
        r.getCategory(),
        r.getPartnerId(),
        r.getAssignee(),
        r.getPriorityOrder(),
        r.getVersion());
  }
}
