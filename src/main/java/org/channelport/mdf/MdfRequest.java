package org.channelport.mdf;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.channelport.audit.AuditedEntity;
import org.channelport.security.PartnerOwned;
import org.channelport.shared.ConflictException;
import org.channelport.shared.Versioned;

/**
 * A partner's fund request (pre-approval) for one activity. Approval reserves the approved amount
 * (the ledger's reserved account, entries naming this request); what it still reserves is the sum
 * of those entries. Steps in {@link MdfRequestStep}.
 */
@Entity
@Table(name = "mdf_request")
public class MdfRequest extends AuditedEntity implements PartnerOwned, Versioned {
  static final String TYPE = "MdfRequest";

  @Id
  @GeneratedValue(strategy = GenerationType.TABLE, generator = "mdf_request_ids")
  private Long id;

  private String number;

  @Column(name = "program_id")
  private Long programId;

  @Column(name = "partner_id")
  private Long partnerId;

  @Convert(converter = MdfCodes.ActivityTypes.class)
  @Column(name = "activity_type")
  private MdfActivityType activityType;

  private String title;
  private String description;

  @Column(name = "planned_start")
  private LocalDate plannedStart;

  @Column(name = "planned_end")
  private LocalDate plannedEnd;

  @Column(name = "planned_cost")
  private BigDecimal plannedCost;

  @Column(name = "requested_amount")
  private BigDecimal requestedAmount;

  @Column(name = "approved_amount")
  private BigDecimal approvedAmount;

  private String currency;

  @Column(name = "expected_leads")
  private Integer expectedLeads;

  @Column(name = "expected_pipeline")
  private BigDecimal expectedPipeline;

  @Column(name = "campaign_code")
  private String campaignCode;

  @Convert(converter = MdfCodes.RequestStatuses.class)
  private MdfRequestStatus status;

  @Column(name = "status_reason")
  private String statusReason;

  @Column(name = "submitted_by")
  private String submittedBy;

  @Column(name = "submitted_at")
  private Instant submittedAt;

  @Column(name = "first_approver")
  private String firstApprover;

  @Column(name = "first_approved_amount")
  private BigDecimal firstApprovedAmount;

  @Column(name = "first_approved_at")
  private Instant firstApprovedAt;

  @Column(name = "approved_by")
  private String approvedBy;

  @Column(name = "approved_at")
  private Instant approvedAt;

  @Column(name = "decided_at")
  private Instant decidedAt;

  @Column(name = "claim_deadline")
  private LocalDate claimDeadline;

  @Column(name = "updated_at")
  private Instant updatedAt;

  @Version private long version;

  protected MdfRequest() {}

  MdfRequest(
      String number,
      MdfProgram program,
      long partnerId,
      RequestInput in,
      String submittedBy,
      Instant now) {
    this.number = number;
    this.programId = program.getId();
    this.partnerId = partnerId;
    this.activityType = in.activityType();
    this.title = in.title();
    this.description = in.description();
    this.plannedStart = in.plannedStart();
    this.plannedEnd = in.plannedEnd();
    this.plannedCost = in.plannedCost();
    this.requestedAmount = in.requestedAmount();
    this.currency = program.getCurrency();
    this.expectedLeads = in.expectedLeads();
    this.expectedPipeline = in.expectedPipeline();
    this.campaignCode = in.campaignCode();
    this.status = MdfRequestStatus.SUBMITTED;
    this.submittedBy = submittedBy;
    this.submittedAt = now;
    this.claimDeadline = program.getClaimDeadline();
    this.updatedAt = now;
  }

  void firstApproval(String approver, BigDecimal amount, Instant now) {
    MdfRequestStep.FIRST_APPROVE.require(status);
    this.status = MdfRequestStep.FIRST_APPROVE.to();
    this.firstApprover = approver;
    this.firstApprovedAmount = amount;
    this.firstApprovedAt = now;
    this.updatedAt = now;
  }

  void approve(String approver, BigDecimal amount, String reason, Instant now) {
    MdfRequestStep.APPROVE.require(status);
    this.status = MdfRequestStep.APPROVE.to();
    this.approvedAmount = amount;
    this.approvedBy = approver;
    this.approvedAt = now;
    this.decidedAt = now;
    if (reason != null) {
      this.statusReason = reason;
    }
    this.updatedAt = now;
  }

  void reject(String reason, Instant now) {
    MdfRequestStep.REJECT.require(status);
    this.status = MdfRequestStep.REJECT.to();
    this.statusReason = reason;
    this.decidedAt = now;
    this.updatedAt = now;
  }

  void expire(Instant now) {
    MdfRequestStep.EXPIRE.require(status);
    this.status = MdfRequestStep.EXPIRE.to();
    this.updatedAt = now;
  }

  void close(Instant now) {
    MdfRequestStep.CLOSE.require(status);
    this.status = MdfRequestStep.CLOSE.to();
    this.updatedAt = now;
  }

  /** Whether the claim deadline passed by {@code day}. */
  public boolean pastClaimDeadline(LocalDate day) {
    return day.isAfter(claimDeadline);
  }

  @Override
  public Long ownerPartnerId() {
    return partnerId;
  }

  public Long getId() {
    return id;
  }

  public String getNumber() {
    return number;
  }

  public Long getProgramId() {
    return programId;
  }

  public Long getPartnerId() {
    return partnerId;
  }

  public MdfActivityType getActivityType() {
    return activityType;
  }

  public String getTitle() {
    return title;
  }

  public String getDescription() {
    return description;
  }

  public LocalDate getPlannedStart() {
    return plannedStart;
  }

  public LocalDate getPlannedEnd() {
    return plannedEnd;
  }

  public BigDecimal getPlannedCost() {
    return plannedCost;
  }

  public BigDecimal getRequestedAmount() {
    return requestedAmount;
  }

  public BigDecimal getApprovedAmount() {
    return approvedAmount;
  }

  public String getCurrency() {
    return currency;
  }

  public Integer getExpectedLeads() {
    return expectedLeads;
  }

  public BigDecimal getExpectedPipeline() {
    return expectedPipeline;
  }

  public String getCampaignCode() {
    return campaignCode;
  }

  public MdfRequestStatus getStatus() {
    return status;
  }

  public String getStatusReason() {
    return statusReason;
  }

  public String getSubmittedBy() {
    return submittedBy;
  }

  public Instant getSubmittedAt() {
    return submittedAt;
  }

  public String getFirstApprover() {
    return firstApprover;
  }

  public BigDecimal getFirstApprovedAmount() {
    return firstApprovedAmount;
  }

  public Instant getFirstApprovedAt() {
    return firstApprovedAt;
  }

  public String getApprovedBy() {
    return approvedBy;
  }

  public Instant getApprovedAt() {
    return approvedAt;
  }

  public Instant getDecidedAt() {
    return decidedAt;
  }

  public LocalDate getClaimDeadline() {
    return claimDeadline;
  }

  public Instant getUpdatedAt() {
    return updatedAt;
  }

  @Override
  public long getVersion() {
    return version;
  }

  @Override
  public ConflictException staleConflict() {
    return Versioned.stale("error.mdf.request.stale", number);
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
    Map<String, Object> s = new LinkedHashMap<>();
    s.put("number", number);
    s.put("programId", programId);
    s.put("activityType", activityType);
    s.put("title", title);
    s.put("requestedAmount", requestedAmount);
    s.put("approvedAmount", approvedAmount);
    s.put("status", status);
    s.put("statusReason", statusReason);
    s.put("firstApprover", firstApprover);
    s.put("approvedBy", approvedBy);
    s.put("campaignCode", campaignCode);
    return s;
  }
}
