package org.channelport.partner;

import java.util.SortedSet;

/** Validated details of a partner organisation (see {@link PartnerInput#validate}). */
public record PartnerDetails(
    String name,
    String accountNumber,
    PartnerTier tier,
    String country,
    String region,
    SortedSet<String> specialisations,
    Contact primaryContact,
    String billingPostcode) {}
