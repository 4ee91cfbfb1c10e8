package org.channelport.support;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.channelport.audit.AuditedEntity;
import org.channelport.security.PartnerOwned;
import org.channelport.shared.ConflictException;
import org.channelport.shared.Versioned;

/**
 * What a partner's customer ran into with a product: the customer, the product (and the order and
 * line it came with), the partner's account of it, and the brand owner's service answer within an
 * SLA ({@link SlaClock}). The steps ({@link IssueStep}) guard themselves here; the service checks
 * who takes them. {@code publicUpdatedAt} is the last change partners see: what only the service
 * sees (an internal note, an escalation) never moves it.
 */
@Entity
@Table(name = "service_issue")
public class ServiceIssue extends AuditedEntity implements PartnerOwned, Versioned {
  static final String TYPE = "ServiceIssue";

  @Id
  @GeneratedValue(strategy = GenerationType.TABLE, generator = "service_issue_ids") // orm.xml
  private Long id;

  private String number;

  @Column(name = "partner_id")
  private Long partnerId;

  @Column(name = "customer_id")
  private Long customerId;

  @Column(name = "customer_name")
  private String customerName;

  private String sku;

  @Column(name = "product_name")
  private String productName;

  @Column(name = "serial_number")
  private String serialNumber;

  @Column(name = "order_id")
  private Long orderId;

  @Column(name = "order_number")
  private String orderNumber;

  @Column(name = "order_line_no")
  private Integer orderLineNo;

  private String subject;
  private String description;

  @Enumerated(EnumType.STRING)
  private IssuePriority priority;

  @Enumerated(EnumType.STRING)
  private IssueCategory category;

  @Enumerated(EnumType.STRING)
  private IssueStatus status;

  private String assignee;

  @Column(name = "created_by")
  private String createdBy;

  @Column(name = "created_at")
  private Instant createdAt;

  @Column(name = "updated_at")
  private Instant updatedAt;

  @Column(name = "public_updated_at")
  private Instant publicUpdatedAt;

  @Column(name = "solution_text")
  private String solutionText;

  @Column(name = "solution_id")
  private Long solutionId;

  @Column(name = "solved_at")
  private Instant solvedAt;

  @Column(name = "closed_at")
  private Instant closedAt;

  @Column(name = "reopen_count")
  private int reopenCount;

  @Column(name = "wait_reason")
  private String waitReason;

  @Embedded private SlaClock sla = new SlaClock();

  @Version private long version;

  protected ServiceIssue() {}

  /** A new issue of a partner, its SLA clocks started at {@code now}. */
  ServiceIssue(
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
      String createdBy,
      Instant now,
      SlaTargets targets,
      BusinessCalendar calendar) {
    this.number = number;
    this.partnerId = partnerId;
    this.customerId = customerId;
    this.customerName = customerName;
    this.sku = sku;
    this.productName = productName;
    this.serialNumber = serialNumber;
    this.orderId = orderId;
    this.orderNumber = orderNumber;
    this.orderLineNo = orderLineNo;
    this.subject = subject;
    this.description = description;
    this.priority = priority;
    this.category = category;
    this.status = IssueStatus.NEW;
    this.createdBy = createdBy;
    this.createdAt = now;
    this.updatedAt = now;
    this.publicUpdatedAt = now;
    this.sla.start(now, targets, calendar);
  }

  // --- steps -----------------------------------------------------------------------------------

  /**
   * The service takes the issue (or hands it to {@code to}): in progress, the first response given;
   * out of a wait the clock runs again.
   */
  void take(String to, Instant now, BusinessCalendar calendar) {
    IssueStep.TAKE.require(status);
    if (status.isWaiting()) {
      sla.resume(now, calendar);
      waitReason = null;
    }
    sla.respond(now);
    assignee = to;
    status = IssueStatus.IN_PROGRESS;
    touch(now, true);
  }

  /** Routed to {@code to} (a new issue, by a routing rule): assigned, not taken yet. */
  void assign(String to) {
    assignee = to;
  }

  /** The service waits for the partner or the customer: the SLA clock pauses. */
  void waitFor(IssueStep step, String reason, Instant now, BusinessCalendar calendar) {
    if (step != IssueStep.WAIT_FOR_PARTNER && step != IssueStep.WAIT_FOR_CUSTOMER) {
      throw new IllegalArgumentException("not a wait: " + step);
    }
    step.require(status);
    sla.pause(now, calendar);
    status = step.to();
    waitReason = reason;
    touch(now, true);
  }

  /** A reply ends the wait: in progress again, the clock runs. */
  void resume(Instant now, BusinessCalendar calendar) {
    IssueStep.RESUME.require(status);
    sla.resume(now, calendar);
    status = IssueStatus.IN_PROGRESS;
    waitReason = null;
    touch(now, true);
  }

  /** The service's answer: solved, both clocks stop. */
  void solve(String solution, Long fromSolution, String by, Instant now) {
    IssueStep.SOLVE.require(status);
    sla.resolve(now);
    solutionText = solution;
    if (fromSolution != null) {
      // solved again without naming one: the solution it came from stays linked
      solutionId = fromSolution;
    }
    solvedAt = now;
    if (assignee == null) {
      assignee = by;
    }
    status = IssueStatus.SOLVED;
    waitReason = null;
    touch(now, true);
  }

  /** Confirmed (or closed by the portal after the auto-close days). */
  void close(IssueStep step, Instant now) {
    if (step != IssueStep.CLOSE && step != IssueStep.AUTO_CLOSE) {
      throw new IllegalArgumentException("not a close: " + step);
    }
    step.require(status);
    closedAt = now;
    status = IssueStatus.CLOSED;
    touch(now, true);
  }

  /**
   * Not solved after all: in progress again, the resolution clock runs with the time it had left;
   * only within {@code reopenDays} of the solution.
   */
  void reopen(Instant now, int reopenDays, BusinessCalendar calendar) {
    IssueStep.REOPEN.require(status);
    if (solvedAt != null && now.isAfter(solvedAt.plus(java.time.Duration.ofDays(reopenDays)))) {
      throw new ConflictException("status", "error.issue.reopenTooLate", reopenDays);
    }
    sla.reopen(now, calendar);
    reopenCount++;
    closedAt = null;
    status = IssueStatus.IN_PROGRESS;
    touch(now, true);
  }

  /** The service answered in the conversation: the first response, if it was not given yet. */
  void answered(Instant now) {
    sla.respond(now);
  }

  /** A change the partner sees (a step, a public comment) or only the service does. */
  void touch(Instant now, boolean visibleToPartner) {
    updatedAt = now;
    if (visibleToPartner) {
      publicUpdatedAt = now;
    }
  }

  @Override
  public Long ownerPartnerId() {
    return partnerId;
  }

  @Override
  public String auditType() {
    return TYPE;
  }

  @Override
  public Object auditId() {
    return id;
  }

  @Override
  public Long auditPartnerId() {
    return partnerId;
  }

  @Override
  public Map<String, Object> auditState() {
    Map<String, Object> state = new LinkedHashMap<>();
    state.put("status", status);
    state.put("priority", priority);
    state.put("category", category);
    state.put("assignee", assignee);
    state.put("subject", subject);
    state.put("solutionId", solutionId);
    state.put("reopenCount", reopenCount);
    return state;
  }

  @Override
  public long getVersion() {
    return version;
  }

  @Override
  public ConflictException staleConflict() {
    return Versioned.stale("error.issue.stale", number);
  }

  // --- reading ---------------------------------------------------------------------------------

  public Long getId() {
    return id;
  }

  public String getNumber() {
    return number;
  }

  public Long getPartnerId() {
    return partnerId;
  }

  public Long getCustomerId() {
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

  public String getSerialNumber() {
    return serialNumber;
  }

  public Long getOrderId() {
    return orderId;
  }

  public String getOrderNumber() {
    return orderNumber;
  }

  public Integer getOrderLineNo() {
    return orderLineNo;
  }

  public String getSubject() {
    return subject;
  }

  public String getDescription() {
    return description;
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

  public String getCreatedBy() {
    return createdBy;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getUpdatedAt() {
    return updatedAt;
  }

  public Instant getPublicUpdatedAt() {
    return publicUpdatedAt;
  }

  public String getSolutionText() {
    return solutionText;
  }

  public Long getSolutionId() {
    return solutionId;
  }

  public Instant getSolvedAt() {
    return solvedAt;
  }

  public Instant getClosedAt() {
    return closedAt;
  }

  public int getReopenCount() {
    return reopenCount;
  }

  public String getWaitReason() {
    return waitReason;
  }

  public SlaClock getSla() {
    return sla;
  }
}
