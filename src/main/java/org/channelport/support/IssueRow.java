package org.channelport.support;

import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;

/**
 * An issue as the lists show it: for a partner user {@code updatedAt} is the last change partners
 * see. The getters are for the pages' tables.
 */
public record IssueRow(
    long id,
    String number,
    long partnerId,
    long customerId,
    String customerName,
    String sku,
    String productName,
    String subject,
    IssuePriority priority,
    IssueCategory category,
    IssueStatus status,
    String assignee,
    Instant createdAt,
    Instant updatedAt,
    Instant firstResponseDue,
    Instant resolutionDue,
    boolean slaPaused,
    SlaState slaState,
    Duration resolutionLeft,
    long version)
    implements Serializable {

  static IssueRow of(ServiceIssue i, boolean forPartner, Instant now, BusinessCalendar calendar) {
    SlaClock sla = i.getSla();
    return new IssueRow(
        i.getId(),
        i.getNumber(),
        i.getPartnerId(),
        i.getCustomerId(),
        i.getCustomerName(),
        i.getSku(),
        i.getProductName(),
        i.getSubject(),
        i.getPriority(),
        i.getCategory(),
        i.getStatus(),
        i.getAssignee(),
        i.getCreatedAt(),
        forPartner ? i.getPublicUpdatedAt() : i.getUpdatedAt(),
        sla.getFirstResponseDue(),
        sla.getResolutionDue(),
        sla.paused(),
        sla.state(now, calendar),
        sla.resolutionLeft(now, calendar),
        i.getVersion());
  }

  public long getId() {
    return id;
  }

  public String getNumber() {
    return number;
  }

  public long getPartnerId() {
    return partnerId;
  }

  public long getCustomerId() {
    return customerId;
  }

  public String getCustomerName() {
    return customerName;
  }

  public String getSku() {
    return sku;
  }

  public String getProductName() {
    return productName;
  }

  public String getSubject() {
    return subject;
  }

  public IssuePriority getPriority() {
    return priority;
  }

  public IssueCategory getCategory() {
    return category;
  }

  public IssueStatus getStatus() {
    return status;
  }

  public String getAssignee() {
    return assignee;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getUpdatedAt() {
    return updatedAt;
  }

  public Instant getFirstResponseDue() {
    return firstResponseDue;
  }

  public Instant getResolutionDue() {
    return resolutionDue;
  }

  public boolean isSlaPaused() {
    return slaPaused;
  }

  public SlaState getSlaState() {
    return slaState;
  }

  public Duration getResolutionLeft() {
    return resolutionLeft;
  }
}
