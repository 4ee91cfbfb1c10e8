package org.channelport.mdf;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** A fund program with what its budget still holds (not allocated yet). */
public record ProgramView(
    long id,
    String name,
    String period,
    String currency,
    BigDecimal budget,
    BigDecimal unallocated,
    LocalDate startsOn,
    LocalDate endsOn,
    LocalDate requestDeadline,
    LocalDate claimDeadline,
    BigDecimal reimbursementPct,
    BigDecimal coopPct,
    BigDecimal overdraftLimit,
    String glCode,
    String paymentMethod,
    List<MdfActivityType> activityTypes,
    long version) {}
