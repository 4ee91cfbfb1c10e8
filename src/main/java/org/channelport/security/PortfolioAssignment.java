package org.channelport.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A partner in a channel manager's portfolio: the manager sees that partner's data. */
@Entity
@Table(name = "portfolio_assignment")
public class PortfolioAssignment {
  @Id
  @GeneratedValue(strategy = GenerationType.TABLE, generator = "portfolio_ids") // META-INF/orm.xml
  private Long id;

  @Column(name = "manager_username")
  private String managerUsername;

  @Column(name = "partner_id")
  private Long partnerId;

  @Column(name = "assigned_at")
  private Instant assignedAt;

  @Column(name = "assigned_by")
  private String assignedBy;

  protected PortfolioAssignment() {}

  public PortfolioAssignment(String managerUsername, Long partnerId, Instant at, String by) {
    this.managerUsername = managerUsername;
    this.partnerId = partnerId;
    this.assignedAt = at;
    this.assignedBy = by;
  }

  public Long getId() {
    return id;
  }

  public String getManagerUsername() {
    return managerUsername;
  }

  public Long getPartnerId() {
    return partnerId;
  }

  public Instant getAssignedAt() {
    return assignedAt;
  }

  public String getAssignedBy() {
    return assignedBy;
  }
}
