package org.channelport.mdf;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * A claim with its proof files, what a resubmission changed ({@code lastChanges}) and the dates of
 * the reimbursement clock: submitted, approved, sent to the ERP, booked, paid.
 */
public record ClaimView(
    long id,
    String number,
    long requestId,
    String requestNumber,
    long programId,
    long partnerId,
    MdfActivityType activityType,
    BigDecimal claimedAmount,
    BigDecimal approvedAmount,
    BigDecimal actualCost,
    String currency,
    String results,
    boolean finalClaim,
    MdfClaimStatus status,
    String statusReason,
    String createdBy,
    Instant createdAt,
    String submittedBy,
    Instant submittedAt,
    int submissions,
    String lastChanges,
    String firstApprover,
    BigDecimal firstApprovedAmount,
    Instant firstApprovedAt,
    String approvedBy,
    Instant approvedAt,
    Instant decidedAt,
    Instant paymentSentAt,
    String paymentError,
    String erpReference,
    Instant bookedAt,
    Instant paidAt,
    List<ProofView> proofs,
    long version) {

  /** A proof file of the claim. */
  public record ProofView(
      long id,
      MdfProofKind kind,
      String name,
      String contentType,
      long size,
      String createdBy,
      Instant createdAt) {}
}
