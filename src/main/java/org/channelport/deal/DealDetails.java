package org.channelport.deal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** The checked description of a registered deal, and the campaign (code) that found it, if any. */
public record DealDetails(
    String company,
    String contactName,
    String email,
    String phone,
    String country,
    List<String> categories,
    String products,
    BigDecimal estimatedValue,
    String currency,
    LocalDate expectedClose,
    String description,
    String campaignCode) {}
