package org.channelport.deal;

import java.math.BigDecimal;

/**
 * What the deal registrations credited to one campaign of one partner came to, in one currency: how
 * many were registered, how many of them are still waiting for a decision (submitted or returned)
 * and their estimated value. An approved registration becomes a lead that carries the campaign, so
 * its value counts with the leads' figures, not here.
 */
public record DealCampaignFigures(
    Long partnerId,
    String campaignCode,
    String currency,
    long registrations,
    long pending,
    BigDecimal pendingValue) {}
