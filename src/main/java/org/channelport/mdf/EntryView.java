package org.channelport.mdf;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A journal entry as lists and the API show it, with the kinds of the accounts it moves between.
 */
public record EntryView(
    long id,
    long entryNo,
    long programId,
    Long partnerId,
    long debitAccountId,
    MdfAccountKind debitKind,
    long creditAccountId,
    MdfAccountKind creditKind,
    BigDecimal amount,
    String currency,
    String reason,
    String note,
    String actor,
    Long requestId,
    Long claimId,
    Long reversesEntryId,
    Instant createdAt) {}
