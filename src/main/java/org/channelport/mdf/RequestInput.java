package org.channelport.mdf;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A fund request as {@link MdfRequests#submit} takes it (checked there). */
public record RequestInput(
    Long programId,
    MdfActivityType activityType,
    String title,
    String description,
    LocalDate plannedStart,
    LocalDate plannedEnd,
    BigDecimal plannedCost,
    BigDecimal requestedAmount,
    Integer expectedLeads,
    BigDecimal expectedPipeline,
    String campaignCode) {}
