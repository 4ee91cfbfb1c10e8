package org.channelport.mdf;

import java.math.BigDecimal;

/**
 * One funded activity as ROI reads it: the fund request, whose partner and program, the campaign
 * code its results carry (or null), the program's currency and what has been paid out for it
 * (entries credited to the partner's paid account for this request, less their reversals).
 */
public record RoiInput(
    long requestId,
    String title,
    long partnerId,
    long programId,
    String programName,
    String campaignCode,
    String currency,
    BigDecimal paid) {}
