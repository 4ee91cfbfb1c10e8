package org.channelport.support;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.channelport.shared.ConflictException;
import org.channelport.shared.Versioned;

/**
 * Who gets a new issue: issues of {@code category} (null: any) of {@code partnerId} (null: any
 * partner) go to {@code assignee}; the lowest {@code priorityOrder} that matches wins, and only if
 * the assignee is a channel manager of the partner's portfolio.
 */
@Entity
@Table(name = "issue_routing_rule")
public class IssueRoutingRule implements Versioned {
  @Id
  @GeneratedValue(strategy = GenerationType.TABLE, generator = "issue_routing_rule_ids")
  private Long id;

  @Enumerated(EnumType.STRING)
  private IssueCategory category;

  @Column(name = "partner_id")
  private Long partnerId;

  private String assignee;

  @Column(name = "priority_order")
  private int priorityOrder;

  @Column(name = "created_by")
  private String createdBy;

  @Column(name = "created_at")
  private Instant createdAt;

  @Version private long version;

  protected IssueRoutingRule() {}

  IssueRoutingRule(
      IssueCategory category,
      Long partnerId,
      String assignee,
      int priorityOrder,
      String createdBy,
      Instant createdAt) {
    change(category, partnerId, assignee, priorityOrder);
    this.createdBy = createdBy;
    this.createdAt = createdAt;
  }

  void change(IssueCategory category, Long partnerId, String assignee, int priorityOrder) {
    this.category = category;
    this.partnerId = partnerId;
    this.assignee = assignee;
    this.priorityOrder = priorityOrder;
  }

  /** Whether the rule applies to an issue of {@code partner} in {@code issueCategory}. */
  boolean matches(long partner, IssueCategory issueCategory) {
    return (category == null || category == issueCategory)
        && (partnerId == null || partnerId == partner);
  }

  @Override
  public long getVersion() {
    return version;
  }

  @Override
  public ConflictException staleConflict() {
    return Versioned.stale("error.issue.routing.stale", id);
  }

  public Long getId() {
    return id;
  }

  public IssueCategory getCategory() {
    return category;
  }

  public Long getPartnerId() {
    return partnerId;
  }

  public String getAssignee() {
    return assignee;
  }

  public int getPriorityOrder() {
    return priorityOrder;
  }

  public String getCreatedBy() {
    return createdBy;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }
}
