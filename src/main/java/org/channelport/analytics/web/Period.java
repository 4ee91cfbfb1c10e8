package org.channelport.analytics.web;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Locale;
import org.channelport.analytics.AnalyticsFilter;
import org.channelport.shared.FieldError;
import org.channelport.shared.InvalidInputException;

/**
 * The period a dashboard shows, both days included: the whole calendar month, quarter or year that
 * holds today, the last 12 months up to today, or a custom range. It is compared with the period
 * just before it ({@link AnalyticsFilter#previous()}: as many whole months before when it is whole
 * months, else as many days).
 */
public record Period(Kind kind, LocalDate from, LocalDate to) {

  public enum Kind {
    MONTH,
    QUARTER,
    YEAR,
    LAST12,
    CUSTOM;

    public String code() {
      return name().toLowerCase(Locale.ROOT);
    }

    /** The kind of a code ({@code month}, {@code quarter} …); null or blank: {@code year}. */
    static Kind parse(String code) {
      if (code == null || code.isBlank()) {
        return YEAR;
      }
      for (Kind k : values()) {
        if (k.code().equals(code.strip())) {
          return k;
        }
      }
      throw new InvalidInputException(
          List.of(new FieldError("period", "error.param.oneOf", codes())));
    }

    static String codes() {
      return String.join(", ", java.util.Arrays.stream(values()).map(Kind::code).toList());
    }
  }

  /**
   * The period of a kind on a day; a custom range needs both days (checked like every filter: a
   * missing day, an end before the start and a range too long name their field).
   */
  public static Period of(String kind, LocalDate from, LocalDate to, LocalDate today) {
    Kind k = Kind.parse(kind);
    Period p =
        switch (k) {
          case MONTH ->
              new Period(
                  k, today.withDayOfMonth(1), today.with(TemporalAdjusters.lastDayOfMonth()));
          case QUARTER -> {
            LocalDate start =
                today.withDayOfMonth(1).withMonth((today.getMonthValue() - 1) / 3 * 3 + 1);
            yield new Period(k, start, start.plusMonths(3).minusDays(1));
          }
          case YEAR ->
              new Period(k, today.withDayOfYear(1), today.withMonth(12).withDayOfMonth(31));
          case LAST12 -> new Period(k, today.minusMonths(12).plusDays(1), today);
          case CUSTOM -> new Period(k, from, to);
        };
    p.filter(null, null, null, null); // validates the days
    return p;
  }

  /** The question of this period with the filters. */
  public AnalyticsFilter filter(Long partner, String tier, String country, String category) {
    return new AnalyticsFilter(from, to, partner, tier, country, category);
  }

  /** The period compared with: as long as this one, ending the day before it starts. */
  public Period previous() {
    AnalyticsFilter p = AnalyticsFilter.of(from, to).previous();
    return new Period(Kind.CUSTOM, p.from(), p.to());
  }

  public long days() {
    return ChronoUnit.DAYS.between(from, to) + 1;
  }
}
