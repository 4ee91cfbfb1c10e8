package org.channelport.lead;

import java.math.BigDecimal;

/**
 * What the leads credited to one campaign of one partner brought, in one currency (leads without a
 * value have none): how many leads, the estimated value of those still open (the pipeline), how
 * many were won and what they were worth. {@code partnerId} is null for leads in the channel's
 * pool.
 */
public record CampaignFigures(
    Long partnerId,
    String campaignCode,
    String currency,
    long leads,
    BigDecimal pipeline,
    long won,
    BigDecimal wonValue) {}
