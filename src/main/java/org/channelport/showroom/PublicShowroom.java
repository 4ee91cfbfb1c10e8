package org.channelport.showroom;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Set;
import org.channelport.catalog.Catalog;

/**
 * What a visitor of a showroom may know: the partner's public face, the categories it shows (null:
 * all) and its public price rule. Never its net or contract prices.
 */
public record PublicShowroom(
    long partnerId,
    String slug,
    String partnerName,
    String country,
    String intro,
    String contactEmail,
    String contactPhone,
    BigDecimal priceAdjustmentPct,
    boolean hasLogo,
    Set<Long> shownCategoryIds,
    List<Catalog.CategoryNode> categories)
    implements Serializable {

  public BigDecimal publicPrice(BigDecimal basePrice) {
    return basePrice
        .multiply(BigDecimal.valueOf(100).add(priceAdjustmentPct))
        .divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP);
  }

  /** The highest base price whose public price is at most {@code max}. */
  public BigDecimal maxBasePrice(BigDecimal max) {
    return max.multiply(BigDecimal.valueOf(100))
        .divide(BigDecimal.valueOf(100).add(priceAdjustmentPct), 4, RoundingMode.DOWN);
  }

  /** The lowest base price whose public price is at least {@code min} (price range bounds). */
  public BigDecimal minBasePrice(BigDecimal min) {
    return min.multiply(BigDecimal.valueOf(100))
        .divide(BigDecimal.valueOf(100).add(priceAdjustmentPct), 4, RoundingMode.CEILING);
  }

  public String getSlug() {
    return slug;
  }

  public String getPartnerName() {
    return partnerName;
  }

  public String getIntro() {
    return intro;
  }

  public String getContactEmail() {
    return contactEmail;
  }

  public String getContactPhone() {
    return contactPhone;
  }

  public boolean isHasLogo() {
    return hasLogo;
  }

  public List<Catalog.CategoryNode> getCategories() {
    return categories;
  }
}
