package org.channelport.lead;

import java.math.BigDecimal;

/** The checked description of a lead: who the end customer is and what they need. */
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
    String currency) {}
