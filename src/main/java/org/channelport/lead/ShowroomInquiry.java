package org.channelport.lead;

import java.math.BigDecimal;
import java.util.List;

/**
 * What an end customer asks for in a partner's public showroom; {@code campaignCode} is the
 * campaign whose showroom link brought the visitor (or null).
 */
public record ShowroomInquiry(
    String company,
    String contactName,
    String email,
    String phone,
    String country,
    String postcode,
    String message,
    String category,
    List<String> skus,
    BigDecimal estimatedValue,
    String currency,
    String campaignCode) {}
