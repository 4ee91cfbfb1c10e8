package org.channelport.catalog;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.channelport.shared.Money;

/**
 * Whose prices a list shows: a partner's net prices (its contract price where one is valid that
 * day, else the base price less its tier discount), or none (base prices only).
 */
public record PriceContext(Long partnerId, BigDecimal tierDiscountPct, LocalDate day) {
  public static final PriceContext NONE = new PriceContext(null, null, null);

  public boolean forPartner() {
    return partnerId != null;
  }

  /**
   * The partner's net price, rounded half up to the currency's minor unit; null without a partner.
   * A contract price is in the product's currency (a price list refuses any other).
   */
  public Money net(Money basePrice, Money contractPrice) {
    if (!forPartner()) {
      return null;
    }
    if (contractPrice != null) {
      return contractPrice.rounded();
    }
    BigDecimal pct = tierDiscountPct == null ? BigDecimal.ZERO : tierDiscountPct;
    return basePrice.lessPercent(pct).rounded();
  }
}
