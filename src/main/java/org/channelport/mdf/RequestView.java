package org.channelport.mdf;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** A fund request with what it still reserves. */
public record RequestView(
    long id,
    String number,
    long programId,
    String programName,
    long partnerId,
    MdfActivityType activityType,
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
    MdfRequestStatus status,
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
    long version) {}
