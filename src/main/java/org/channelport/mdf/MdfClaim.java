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
import java.util.LinkedHashMap;
import java.util.Map;
import org.channelport.audit.AuditedEntity;
import org.channelport.security.PartnerOwned;
import org.channelport.shared.ConflictException;
import org.channelport.shared.Versioned;

/**
 * A claim after the activity, drawing on one approved request: the claimed amount, the actual cost,
 * the results and the proof files ({@link MdfClaimProof}). Approved, it is payable (reserved →
 * payable) and goes to the ERP; paid when the ERP confirms. Steps in {@link MdfClaimStep}.
 */
@Entity
@Table(name = "mdf_claim")
public class MdfClaim extends AuditedEntity implements PartnerOwned, Versioned {
  static final String TYPE = "MdfClaim";

  @Id
  @GeneratedValue(strategy = GenerationType.TABLE, generator = "mdf_claim_ids")
  private Long id;

  private String number;

  @Column(name = "request_id")
  private Long requestId;

  @Column(name = "program_id")
  private Long programId;

  @Column(name = "partner_id")
  private Long partnerId;

  @Column(name = "claimed_amount")
  private BigDecimal claimedAmount;

  @Column(name = "approved_amount")
  private BigDecimal approvedAmount;

  @Column(name = "actual_cost")
  private BigDecimal actualCost;

  private String currency;
  private String results;

  @Column(name = "final_claim")
  private boolean finalClaim;

  @Convert(converter = MdfCodes.ClaimStatuses.class)
  private MdfClaimStatus status;

  @Column(name = "status_reason")
  private String statusReason;

  @Column(name = "created_by")
  private String createdBy;

  @Column(name = "created_at")
  private Instant createdAt;

  @Column(name = "submitted_by")
  private String submittedBy;

  @Column(name = "submitted_at")
  private Instant submittedAt;

  private int submissions;

  @Column(name = "submitted_snapshot")
  private String submittedSnapshot;

  @Column(name = "last_changes")
  private String lastChanges;

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

  @Column(name = "payment_message_id")
  private String paymentMessageId;

  @Column(name = "payment_sent_at")
  private Instant paymentSentAt;

  @Column(name = "payment_error")
  private String paymentError;

  @Column(name = "erp_reference")
  private String erpReference;

  @Column(name = "booked_at")
  private Instant bookedAt;

  @Column(name = "paid_at")
  private Instant paidAt;

  @Column(name = "updated_at")
  private Instant updatedAt;

  @Version private long version;

  protected MdfClaim() {}

  MdfClaim(String number, MdfRequest request, ClaimInput in, String createdBy, Instant now) {
    this.number = number;
    this.requestId = request.getId();
    this.programId = request.getProgramId();
    this.partnerId = request.getPartnerId();
    this.currency = request.getCurrency();
    this.status = MdfClaimStatus.DRAFT;
    this.createdBy = createdBy;
    this.createdAt = now;
    change(in, now);
  }

  void change(ClaimInput in, Instant now) {
    this.claimedAmount = in.claimedAmount();
    this.actualCost = in.actualCost();
    this.results = in.results();
    this.finalClaim = Boolean.TRUE.equals(in.finalClaim());
    this.updatedAt = now;
  }

  void submit(String by, String snapshot, String changes, Instant now) {
    MdfClaimStep.SUBMIT.require(status);
    this.status = MdfClaimStep.SUBMIT.to();
    this.submittedBy = by;
    this.submittedAt = now;
    this.submissions++;
    this.submittedSnapshot = snapshot;
    this.lastChanges = changes;
    this.firstApprover = null;
    this.firstApprovedAmount = null;
    this.firstApprovedAt = null;
    this.updatedAt = now;
  }

  void firstApproval(String approver, BigDecimal amount, Instant now) {
    MdfClaimStep.FIRST_APPROVE.require(status);
    this.status = MdfClaimStep.FIRST_APPROVE.to();
    this.firstApprover = approver;
    this.firstApprovedAmount = amount;
    this.firstApprovedAt = now;
    this.updatedAt = now;
  }

  /** Approved: payable at once (the payment goes to the ERP in the same transaction). */
  void approve(String approver, BigDecimal amount, String reason, Instant now) {
    MdfClaimStep.APPROVE.require(status);
    this.status = MdfClaimStep.APPROVE.to();
    this.approvedAmount = amount;
    this.approvedBy = approver;
    this.approvedAt = now;
    this.decidedAt = now;
    this.statusReason = reason;
    this.updatedAt = now;
  }

  void reject(String reason, Instant now) {
    MdfClaimStep.REJECT.require(status);
    this.status = MdfClaimStep.REJECT.to();
    this.statusReason = reason;
    this.decidedAt = now;
    this.updatedAt = now;
  }

  void returnForCorrection(String reason, Instant now) {
    MdfClaimStep.RETURN.require(status);
    this.status = MdfClaimStep.RETURN.to();
    this.statusReason = reason;
    this.updatedAt = now;
  }

  void paymentQueued(String messageId) {
    this.paymentMessageId = messageId;
  }

  void paymentSent(Instant at) {
    this.paymentSentAt = at;
    this.paymentError = null;
  }

  void paymentFailed(String error) {
    this.paymentError = error == null ? null : error.substring(0, Math.min(error.length(), 2000));
  }

  void booked(String reference, Instant at) {
    this.erpReference = reference;
    this.bookedAt = at;
    this.paymentError = null;
  }

  void paid(String reference, Instant at, Instant now) {
    MdfClaimStep.PAY.require(status);
    this.status = MdfClaimStep.PAY.to();
    if (reference != null) {
      this.erpReference = reference;
    }
    if (bookedAt == null) {
      this.bookedAt = at;
    }
    this.paidAt = at;
    this.paymentError = null;
    this.updatedAt = now;
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

  public Long getRequestId() {
    return requestId;
  }

  public Long getProgramId() {
    return programId;
  }

  public Long getPartnerId() {
    return partnerId;
  }

  public BigDecimal getClaimedAmount() {
    return claimedAmount;
  }

  public BigDecimal getApprovedAmount() {
    return approvedAmount;
  }

  public BigDecimal getActualCost() {
    return actualCost;
  }

  public String getCurrency() {
    return currency;
  }

  public String getResults() {
    return results;
  }

  public boolean isFinalClaim() {
    return finalClaim;
  }

  public MdfClaimStatus getStatus() {
    return status;
  }

  public String getStatusReason() {
    return statusReason;
  }

  public String getCreatedBy() {
    return createdBy;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public String getSubmittedBy() {
    return submittedBy;
  }

  public Instant getSubmittedAt() {
    return submittedAt;
  }

  public int getSubmissions() {
    return submissions;
  }

  public String getSubmittedSnapshot() {
    return submittedSnapshot;
  }

  public String getLastChanges() {
    return lastChanges;
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

  public String getPaymentMessageId() {
    return paymentMessageId;
  }

  public Instant getPaymentSentAt() {
    return paymentSentAt;
  }

  public String getPaymentError() {
    return paymentError;
  }

  public String getErpReference() {
    return erpReference;
  }

  public Instant getBookedAt() {
    return bookedAt;
  }

  public Instant getPaidAt() {
    return paidAt;
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
    return Versioned.stale("error.mdf.claim.stale", number);
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
    s.put("requestId", requestId);
    s.put("claimedAmount", claimedAmount);
    s.put("approvedAmount", approvedAmount);
    s.put("actualCost", actualCost);
    s.put("finalClaim", finalClaim);
    s.put("status", status);
    s.put("statusReason", statusReason);
    s.put("firstApprover", firstApprover);
    s.put("approvedBy", approvedBy);
    s.put("erpReference", erpReference);
    s.put("paidAt", paidAt);
    return s;
  }
}
