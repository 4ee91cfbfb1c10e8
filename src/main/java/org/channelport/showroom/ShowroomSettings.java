package org.channelport.showroom;

import java.math.BigDecimal;
import java.util.List;

/** A partner manager's showroom settings. */
public record ShowroomSettings(
    String intro,
    String contactEmail,
    String contactPhone,
    BigDecimal priceAdjustmentPct,
    List<Long> shownCategoryIds,
    List<String> featuredSkus,
    Long version) {}
