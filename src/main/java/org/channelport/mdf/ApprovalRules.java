package org.channelport.mdf;

import java.math.BigDecimal;
import java.util.List;
import org.channelport.shared.AccessDeniedException;
import org.channelport.shared.FieldError;
import org.channelport.shared.InvalidInputException;

/**
 * Who may approve what, free of any database: the approved amount is at most what was asked (400 on
 * {@code approvedAmount}) and a lower one needs a reason (400 on {@code reason}); the submitter
 * never approves, nor the first approver a second time (403); an amount within the approver's limit
 * is approved, one above it waits for a second approver (a first approval) — and a second approver
 * whose limit does not cover it is refused (403 naming the limit).
 */
public final class ApprovalRules {
  private ApprovalRules() {}

  public enum Outcome {
    /** Approved: the money moves. */
    APPROVED,
    /** Recorded as the first approval: a second approver must finish it. */
    FIRST_APPROVAL
  }

  /**
   * @param approver the caller's user name
   * @param limit the caller's approval limit in the currency (zero when they have none)
   * @param submitter who submitted the request or claim
   * @param firstApprover who gave the first approval, or null
   * @param amount the amount to approve
   * @param asked what was asked for (requested or claimed)
   * @param reason the reason given, or null
   */
  public static Outcome decide(
      String approver,
      BigDecimal limit,
      String submitter,
      String firstApprover,
      BigDecimal amount,
      BigDecimal asked,
      String currency,
      String reason) {
    if (approver.equals(submitter)) {
      throw new AccessDeniedException("error.mdf.approverIsSubmitter");
    }
    if (approver.equals(firstApprover)) {
      throw new AccessDeniedException("error.mdf.sameApprover");
    }
    LedgerRules.requirePositive(amount, "approvedAmount");
    if (amount.compareTo(asked) > 0) {
      throw new InvalidInputException(
          List.of(
              new FieldError(
                  "approvedAmount",
                  "error.mdf.aboveAsked",
                  InsufficientFundsException.format(asked),
                  currency)));
    }
    if (amount.compareTo(asked) < 0 && (reason == null || reason.isBlank())) {
      throw new InvalidInputException(List.of(new FieldError("reason", "error.mdf.reasonForLess")));
    }
    boolean covered = limit != null && amount.compareTo(limit) <= 0;
    if (covered) {
      return Outcome.APPROVED;
    }
    if (firstApprover == null) {
      return Outcome.FIRST_APPROVAL;
    }
    throw new AccessDeniedException(
        "error.mdf.overLimit",
        InsufficientFundsException.format(limit == null ? BigDecimal.ZERO : limit),
        currency,
        InsufficientFundsException.format(amount));
  }
}
