package org.channelport.mdf;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;

/**
 * A new fund program as {@link MdfPrograms#create} takes it (checked there). {@code coopPct},
 * {@code overdraftLimit}, {@code glCode} and {@code paymentMethod} are optional (0, 0, the default
 * GL code, credit note).
 */
public record ProgramInput(
    String name,
    String period,
    String currency,
    BigDecimal budget,
    LocalDate startsOn,
    LocalDate endsOn,
    LocalDate requestDeadline,
    LocalDate claimDeadline,
    BigDecimal reimbursementPct,
    BigDecimal coopPct,
    BigDecimal overdraftLimit,
    String glCode,
    String paymentMethod,
    Set<MdfActivityType> activityTypes) {}
