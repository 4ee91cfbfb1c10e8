package org.channelport.support;

import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;

/**
 * A service issue as the caller may see it (no entity): for a partner user {@code updatedAt} is the
 * last change partners see, never moved by the service's internal notes. SLA: the dues, the state
 * now and the business time left ({@code null} when the clock never started; negative when overdue;
 * what was left when it stopped while paused or solved).
 */
public record IssueView(
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
    IssuePriority priority,
    IssueCategory category,
    IssueStatus status,
    String assignee,
    String createdBy,
    Instant createdAt,
    Instant updatedAt,
    Instant firstResponseDue,
    Instant resolutionDue,
    Instant firstRespondedAt,
    boolean slaPaused,
    SlaState slaState,
    boolean firstResponseBreached,
    boolean resolutionBreached,
    Duration firstResponseLeft,
    Duration resolutionLeft,
    String solution,
    Long solutionId,
    Instant solvedAt,
    Instant closedAt,
    int reopenCount,
    String waitReason,
    long version)
    implements Serializable {

  /**
   * {@code solutionShown}: whether the caller may follow the link to the knowledge-base solution (a
   * partner user only to a published one; a draft's id is the service's own).
   */
  static IssueView of(
      ServiceIssue i,
      boolean forPartner,
      boolean solutionShown,
      Instant now,
      BusinessCalendar calendar) {
    SlaClock sla = i.getSla();
    return new IssueView(
        i.getId(),
        i.getNumber(),
        i.getPartnerId(),
        i.getCustomerId(),
        i.getCustomerName(),
        i.getSku(),
        i.getProductName(),
        i.getSerialNumber(),
        i.getOrderId(),
        i.getOrderNumber(),
        i.getOrderLineNo(),
        i.getSubject(),
        i.getDescription(),
        i.getPriority(),
        i.getCategory(),
        i.getStatus(),
        i.getAssignee(),
        i.getCreatedBy(),
        i.getCreatedAt(),
        forPartner ? i.getPublicUpdatedAt() : i.getUpdatedAt(),
        sla.getFirstResponseDue(),
        sla.getResolutionDue(),
        sla.getFirstRespondedAt(),
        sla.paused(),
        sla.state(now, calendar),
        sla.isFirstResponseBreached(),
        sla.isResolutionBreached(),
        sla.firstResponseLeft(now, calendar),
        sla.resolutionLeft(now, calendar),
        i.getSolutionText(),
        solutionShown ? i.getSolutionId() : null,
        i.getSolvedAt(),
        i.getClosedAt(),
        i.getReopenCount(),
        i.getWaitReason(),
        i.getVersion());
  }
}
