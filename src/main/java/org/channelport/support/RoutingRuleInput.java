package org.channelport.support;

/**
 * A routing rule as an admin writes it: {@code category} a code or null (any), {@code partnerId}
 * null (any partner), the assignee's user name, the order (lowest first; default 100); {@code id}
 * and {@code version} null for a new rule.
 */
public record RoutingRuleInput(
    Long id,
    String category,
    Long partnerId,
    String assignee,
    Integer priorityOrder,
    Long version) {}
