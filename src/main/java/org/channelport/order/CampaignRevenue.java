package org.channelport.order;

import java.math.BigDecimal;

/**
 * What the orders credited to one campaign of one partner brought, in one currency: the placed
 * orders (submitted to the ERP and onwards; not drafts, orders awaiting the partner's approval,
 * cancelled or rejected ones, nor returns) and their total.
 */
public record CampaignRevenue(
    Long partnerId, String campaignCode, String currency, long orders, BigDecimal revenue) {}
