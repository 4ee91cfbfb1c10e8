package org.channelport.mdf.api;

import jakarta.json.bind.annotation.JsonbProperty;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.channelport.mdf.AllocationView;
import org.channelport.mdf.ClaimView;
import org.channelport.mdf.EntryView;
import org.channelport.mdf.EventView;
import org.channelport.mdf.MdfActivityType;
import org.channelport.mdf.ProgramView;
import org.channelport.mdf.ProofRuleView;
import org.channelport.mdf.RequestView;
import org.channelport.shared.Codes;

/** The MDF API's JSON: codes in lower case, amounts at two decimals. */
public final class MdfJson {
  private MdfJson() {}

  static BigDecimal money(BigDecimal amount) {
    return amount == null ? null : amount.setScale(2, RoundingMode.HALF_UP);
  }

  /** A percentage as written: 50, 12.5 (never 5E+1). */
  static BigDecimal plain(BigDecimal value) {
    return value == null ? null : new BigDecimal(value.stripTrailingZeros().toPlainString());
  }

  static String code(Enum<?> value) {
    return value == null ? null : Codes.of(value);
  }

  // --- bodies ------------------------------------------------------------------------------

  public record ProgramBody(
      String name,
      String period,
      String currency,
      BigDecimal budget,
      LocalDate startsOn,
      LocalDate endsOn,
      LocalDate requestDeadline,
      LocalDate claimDeadline,
      BigDecimal reimbursementPct,
      BigDecimal coopPct,
      BigDecimal overdraftLimit,
      String glCode,
      String paymentMethod,
      List<String> activityTypes) {}

  public record AllocationBody(Long programId, Long partnerId, BigDecimal amount) {}

  public record BulkBody(Long programId, String tier, BigDecimal amount) {}

  public record RequestBody(
      Long programId,
      String activityType,
      String title,
      String description,
      LocalDate plannedStart,
      LocalDate plannedEnd,
      BigDecimal plannedCost,
      BigDecimal requestedAmount,
      Integer expectedLeads,
      BigDecimal expectedPipeline,
      String campaignCode) {}

  /**
   * A claim's figures; {@code proofKinds}: the kind of each proof part, in their order (optional: a
   * file without a kind counts for the first required proof still missing).
   */
  public record ClaimBody(
      Long requestId,
      BigDecimal claimedAmount,
      BigDecimal actualCost,
      String results,
      @JsonbProperty("final") Boolean finalClaim,
      List<String> proofKinds,
      Long version) {}

  public record ApproveBody(BigDecimal approvedAmount, String reason, Long version) {}

  public record ReasonBody(String reason, Long version) {}

  public record VersionBody(Long version) {}

  // --- answers -----------------------------------------------------------------------------

  public record ProgramJson(
      long id,
      String name,
      String period,
      String currency,
      BigDecimal budget,
      BigDecimal unallocated,
      LocalDate startsOn,
      LocalDate endsOn,
      LocalDate requestDeadline,
      LocalDate claimDeadline,
      BigDecimal reimbursementPct,
      BigDecimal coopPct,
      BigDecimal overdraftLimit,
      String glCode,
      String paymentMethod,
      List<String> activityTypes,
      long version) {
    static ProgramJson of(ProgramView p) {
      return new ProgramJson(
          p.id(),
          p.name(),
          p.period(),
          p.currency(),
          money(p.budget()),
          money(p.unallocated()),
          p.startsOn(),
          p.endsOn(),
          p.requestDeadline(),
          p.claimDeadline(),
          plain(p.reimbursementPct()),
          plain(p.coopPct()),
          money(p.overdraftLimit()),
          p.glCode(),
          p.paymentMethod(),
          p.activityTypes().stream().map(MdfActivityType::code).toList(),
          p.version());
    }
  }

  public record AllocationJson(
      long id,
      long programId,
      String programName,
      long partnerId,
      String currency,
      BigDecimal allocated,
      BigDecimal reserved,
      BigDecimal payable,
      BigDecimal paid,
      BigDecimal forfeited,
      BigDecimal available,
      LocalDate expiresOn,
      long daysToExpiry) {
    static AllocationJson of(AllocationView a) {
      return new AllocationJson(
          a.id(),
          a.programId(),
          a.programName(),
          a.partnerId(),
          a.currency(),
          money(a.allocated()),
          money(a.reserved()),
          money(a.payable()),
          money(a.paid()),
          money(a.forfeited()),
          money(a.available()),
          a.expiresOn(),
          a.daysToExpiry());
    }
  }

  public record RequestJson(
      long id,
      String number,
      long programId,
      String programName,
      long partnerId,
      String activityType,
      String title,
      String description,
      LocalDate plannedStart,
      LocalDate plannedEnd,
      BigDecimal plannedCost,
      BigDecimal requestedAmount,
      BigDecimal approvedAmount,
      String currency,
      Integer expectedLeads,
      BigDecimal expectedPipeline,
      String campaignCode,
      String status,
      String statusReason,
      BigDecimal reserved,
      LocalDate claimDeadline,
      String submittedBy,
      Instant submittedAt,
      String firstApprover,
      BigDecimal firstApprovedAmount,
      Instant firstApprovedAt,
      String approvedBy,
      Instant approvedAt,
      Instant decidedAt,
      long version) {
    static RequestJson of(RequestView r) {
      return new RequestJson(
          r.id(),
          r.number(),
          r.programId(),
          r.programName(),
          r.partnerId(),
          code(r.activityType()),
          r.title(),
          r.description(),
          r.plannedStart(),
          r.plannedEnd(),
          money(r.plannedCost()),
          money(r.requestedAmount()),
          money(r.approvedAmount()),
          r.currency(),
          r.expectedLeads(),
          money(r.expectedPipeline()),
          r.campaignCode(),
          code(r.status()),
          r.statusReason(),
          money(r.reserved()),
          r.claimDeadline(),
          r.submittedBy(),
          r.submittedAt(),
          r.firstApprover(),
          money(r.firstApprovedAmount()),
          r.firstApprovedAt(),
          r.approvedBy(),
          r.approvedAt(),
          r.decidedAt(),
          r.version());
    }
  }

  public record ProofJson(
      long id,
      String kind,
      String name,
      String contentType,
      long size,
      String createdBy,
      Instant createdAt) {}

  public record ClaimJson(
      long id,
      String number,
      long requestId,
      String requestNumber,
      long programId,
      long partnerId,
      String activityType,
      BigDecimal claimedAmount,
      BigDecimal approvedAmount,
      BigDecimal actualCost,
      String currency,
      String results,
      @JsonbProperty("final") boolean finalClaim,
      String status,
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
      Instant paymentSentAt,
      String paymentError,
      String erpReference,
      Instant bookedAt,
      Instant paidAt,
      List<ProofJson> proofs,
      long version) {
    static ClaimJson of(ClaimView c) {
      return new ClaimJson(
          c.id(),
          c.number(),
          c.requestId(),
          c.requestNumber(),
          c.programId(),
          c.partnerId(),
          code(c.activityType()),
          money(c.claimedAmount()),
          money(c.approvedAmount()),
          money(c.actualCost()),
          c.currency(),
          c.results(),
          c.finalClaim(),
          code(c.status()),
          c.statusReason(),
          c.createdBy(),
          c.createdAt(),
          c.submittedBy(),
          c.submittedAt(),
          c.submissions(),
          c.lastChanges(),
          c.firstApprover(),
          money(c.firstApprovedAmount()),
          c.firstApprovedAt(),
          c.approvedBy(),
          c.approvedAt(),
          c.paymentSentAt(),
          c.paymentError(),
          c.erpReference(),
          c.bookedAt(),
          c.paidAt(),
          c.proofs().stream()
              .map(
                  p ->
                      new ProofJson(
                          p.id(),
                          code(p.kind()),
                          p.name(),
                          p.contentType(),
                          p.size(),
                          p.createdBy(),
                          p.createdAt()))
              .toList(),
          c.version());
    }
  }

  public record ProofRuleJson(String kind, String label, boolean required) {
    static ProofRuleJson of(ProofRuleView r) {
      return new ProofRuleJson(code(r.kind()), r.label(), r.required());
    }
  }

  public record EventJson(Instant at, String actor, String kind, BigDecimal amount, String detail) {
    static EventJson of(EventView e) {
      return new EventJson(e.at(), e.actor(), e.kind(), money(e.amount()), e.detail());
    }
  }

  public record EntryJson(
      long id,
      long entryNo,
      long programId,
      Long partnerId,
      long debitAccountId,
      String debitAccount,
      long creditAccountId,
      String creditAccount,
      BigDecimal amount,
      String currency,
      String reason,
      String note,
      String actor,
      Long requestId,
      Long claimId,
      Long reversesEntryId,
      Instant createdAt) {
    static EntryJson of(EntryView e) {
      return new EntryJson(
          e.id(),
          e.entryNo(),
          e.programId(),
          e.partnerId(),
          e.debitAccountId(),
          code(e.debitKind()),
          e.creditAccountId(),
          code(e.creditKind()),
          money(e.amount()),
          e.currency(),
          e.reason(),
          e.note(),
          e.actor(),
          e.requestId(),
          e.claimId(),
          e.reversesEntryId(),
          e.createdAt());
    }
  }
}
