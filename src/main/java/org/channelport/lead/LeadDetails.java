package org.channelport.lead;

import java.math.BigDecimal;

/**
 * The checked description of a lead: who the end customer is and what they need, and the campaign
 * (code, upper case) that brought it in, if any.
 */
public record LeadDetails(
    String company,
    String contactName,
    String email,
    String phone,
    String country,
    String region,
    String postcode,
    String need,
    String category,
    String products,
    BigDecimal estimatedValue,
    String currency,
    String campaignCode) {}
