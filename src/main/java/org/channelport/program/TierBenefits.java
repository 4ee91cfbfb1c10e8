package org.channelport.program;

import java.io.Serializable;
import java.math.BigDecimal;
import org.channelport.partner.PartnerTier;

/**
 * What a tier gives a partner, read where each benefit works: the price lists' tier discount, the
 * program's MDF percentage, the lead dispatch's weight and acceptance time.
 */
public record TierBenefits(
    PartnerTier tier,
    BigDecimal discountPct,
    BigDecimal mdfPct,
    Integer dispatchWeight,
    Integer acceptSlaHours)
    implements Serializable {}
