package org.channelport.analytics;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.channelport.shared.FieldError;
import org.channelport.shared.InvalidInputException;

/**
 * What a figure is asked for: the period (both days included) and the filters (a partner, a tier, a
 * country, a catalog category — the category narrows the product and category figures).
 */
public record AnalyticsFilter(
    LocalDate from, LocalDate to, Long partnerId, String tier, String country, String category) {

  /** The longest period asked for at once (ten years). */
  static final long MAX_DAYS = 3660;

  public AnalyticsFilter {
    List<FieldError> errors = new ArrayList<>();
    if (from == null) {
      errors.add(new FieldError("from", "error.analytics.dateRequired"));
    }
    if (to == null) {
      errors.add(new FieldError("to", "error.analytics.dateRequired"));
    }
    if (from != null && to != null) {
      if (to.isBefore(from)) {
        errors.add(new FieldError("to", "error.analytics.toBeforeFrom"));
      } else if (ChronoUnit.DAYS.between(from, to) > MAX_DAYS) {
        errors.add(new FieldError("to", "error.analytics.periodTooLong", String.valueOf(MAX_DAYS)));
      }
    }
    if (tier != null && !List.of("REGISTERED", "SILVER", "GOLD", "PLATINUM").contains(tier)) {
      errors.add(new FieldError("tier", "error.param.oneOf", "REGISTERED, SILVER, GOLD, PLATINUM"));
    }
    if (country != null && !country.matches("[A-Z]{2}")) {
      errors.add(new FieldError("country", "error.param.country"));
    }
    if (category != null && (category.isBlank() || category.length() > 64)) {
      errors.add(new FieldError("category", "error.param.text", "64"));
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
  }

  public static AnalyticsFilter of(LocalDate from, LocalDate to) {
    return new AnalyticsFilter(from, to, null, null, null, null);
  }

  /**
   * The period just before this one, for comparisons: as many whole months before when the period
   * is whole calendar months (a quarter is compared with the quarter before), else as many days.
   */
  public AnalyticsFilter previous() {
    if (from.getDayOfMonth() == 1 && to.plusDays(1).getDayOfMonth() == 1) {
      long months = ChronoUnit.MONTHS.between(from, to.plusDays(1));
      return new AnalyticsFilter(
          from.minusMonths(months), from.minusDays(1), partnerId, tier, country, category);
    }
    long days = ChronoUnit.DAYS.between(from, to) + 1;
    return new AnalyticsFilter(
        from.minusDays(days), from.minusDays(1), partnerId, tier, country, category);
  }

  public AnalyticsFilter withPartner(Long partner) {
    return new AnalyticsFilter(from, to, partner, tier, country, category);
  }
}
