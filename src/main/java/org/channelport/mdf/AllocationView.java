package org.channelport.mdf;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A partner's allocation of a program ({@code id}: its allocation account): {@code allocated} is
 * what the budget (or co-op accruals) gave it, net of reversals; {@code available} what it may
 * still request; {@code expiresOn} the program's end, after which what is available is forfeited,
 * {@code daysToExpiry} how many days from today (negative once over).
 */
public record AllocationView(
    long id,
    long programId,
    String programName,
    long partnerId,
    String currency,
    BigDecimal allocated,
    BigDecimal reserved,
    BigDecimal paid,
    BigDecimal forfeited,
    BigDecimal available,
    LocalDate expiresOn,
    long daysToExpiry,
    BigDecimal payable) {}
