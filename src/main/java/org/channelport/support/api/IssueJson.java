package org.channelport.support.api;

import java.time.Duration;
import java.time.Instant;
import org.channelport.support.IssueView;

/**
 * An issue as the API shows it: the contract's fields (id, number, partnerId, customerId, sku,
 * serialNumber, orderId, orderLineNo, subject, description, priority, category, status, assignee,
 * firstResponseDue, resolutionDue, slaPaused, slaState, firstResponseBreached, resolutionBreached,
 * solution, solutionId, createdAt, updatedAt, version) and what a caller needs to follow it (names,
 * the business minutes left, the wait's reason). For partner users {@code updatedAt} is the last
 * change partners see.
 */
public record IssueJson(
    long id,
    String number,
    long partnerId,
    long customerId,
    String customerName,
    String sku,
    String productName,
    String serialNumber,
    Long orderId,
    String orderNumber,
    Integer orderLineNo,
    String subject,
    String description,
    String priority,
    String category,
    String status,
    String assignee,
    String createdBy,
    Instant firstResponseDue,
    Instant resolutionDue,
    Instant firstRespondedAt,
    boolean slaPaused,
    String slaState,
    boolean firstResponseBreached,
    boolean resolutionBreached,
    Long firstResponseLeftMinutes,
    Long resolutionLeftMinutes,
    String waitReason,
    String solution,
    Long solutionId,
    Instant solvedAt,
    Instant closedAt,
    int reopenCount,
    Instant createdAt,
    Instant updatedAt,
    long version) {

  static IssueJson of(IssueView i) {
    return new IssueJson(
        i.id(),
        i.number(),
        i.partnerId(),
        i.customerId(),
        i.customerName(),
        i.sku(),
        i.productName(),
        i.serialNumber(),
        i.orderId(),
        i.orderNumber(),
        i.orderLineNo(),
        i.subject(),
        i.description(),
        i.priority().code(),
        i.category().code(),
        i.status().code(),
        i.assignee(),
        i.createdBy(),
        i.firstResponseDue(),
        i.resolutionDue(),
        i.firstRespondedAt(),
        i.slaPaused(),
        i.slaState() == null ? null : i.slaState().code(),
        i.firstResponseBreached(),
        i.resolutionBreached(),
        minutes(i.firstResponseLeft()),
        minutes(i.resolutionLeft()),
        i.waitReason(),
        i.solution(),
        i.solutionId(),
        i.solvedAt(),
        i.closedAt(),
        i.reopenCount(),
        i.createdAt(),
        i.updatedAt(),
        i.version());
  }

  static Long minutes(Duration d) {
    return d == null ? null : d.toMinutes();
  }
}
