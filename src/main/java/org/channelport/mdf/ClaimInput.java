package org.channelport.mdf;

import java.math.BigDecimal;

/**
 * A claim's figures as {@link MdfClaims#create} and {@link MdfClaims#update} take them: the request
 * it draws on (only on create), the claimed amount, the activity's actual cost, its results, and
 * whether it is the request's final claim (its approval releases what the request still reserves).
 */
public record ClaimInput(
    Long requestId,
    BigDecimal claimedAmount,
    BigDecimal actualCost,
    String results,
    Boolean finalClaim) {}
