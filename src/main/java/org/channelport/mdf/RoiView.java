package org.channelport.mdf;

import java.math.BigDecimal;

/**
 * The return on one funded activity, or the sum over a partner's or a program's activities ({@code
 * requestId} and {@code campaignCode} then null): leads and deal registrations credited to the
 * campaign, the pipeline (open leads and registrations awaiting a decision, estimated value), won
 * value of won leads, revenue of placed orders, what was paid, and ROI = (won value + order
 * revenue) / paid — null when nothing has been paid or no campaign code says what to count. Money
 * in {@code currency} (the program's); figures in other currencies are not mixed in (their leads
 * are counted).
 */
public record RoiView(
    Long requestId,
    String title,
    Long programId,
    Long partnerId,
    String campaignCode,
    long leads,
    long deals,
    BigDecimal pipeline,
    BigDecimal wonValue,
    BigDecimal orderRevenue,
    BigDecimal paid,
    BigDecimal roi,
    String currency) {}
