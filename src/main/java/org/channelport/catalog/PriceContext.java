package org.channelport.catalog;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;

/**
 * Whose prices a list shows: a partner's net prices (its contract price where one is valid that
 * day, else the base price less its tier discount), or none (base prices only).
 */
public record PriceContext(Long partnerId, BigDecimal tierDiscountPct, LocalDate day) {
  public static final PriceContext NONE = new PriceContext(null, null, null);

  public boolean forPartner() {
    return partnerId != null;
  }

  public BigDecimal net(BigDecimal basePrice, BigDecimal contractPrice) {
    if (!forPartner()) {
      return null;
    }
    if (contractPrice != null) {
      return contractPrice.setScale(2, RoundingMode.HALF_UP);
    }
    BigDecimal pct = tierDiscountPct == null ? BigDecimal.ZERO : tierDiscountPct;
    return basePrice
        .multiply(BigDecimal.valueOf(100).subtract(pct))
        .divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP);
  }
}
