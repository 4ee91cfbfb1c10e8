package org.channelport.analytics.web;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.channelport.analytics.Kpis;
import org.channelport.analytics.Totals;
import org.channelport.shared.Messages;

/**
 * The figures of a dashboard's sections, each with the previous period's value and the change, as
 * people read them in the page's language: amounts with their currency, rates as percentages (their
 * change in percentage points), hours and days with one decimal. A figure without a value (a rate
 * of nothing) reads "–".
 */
public final class Figures {
  static final String NONE = "–";

  private Figures() {}

  /** How a figure reads. */
  public enum Kind {
    COUNT,
    MONEY,
    RATE,
    HOURS,
    DAYS,
    RATIO
  }

  /** One figure: its key ({@code analytics.figure.<key>}), the texts and the change's direction. */
  public record Figure(String key, String value, String previous, String change, String direction)
      implements Serializable {}

  record Def(String key, Kind kind, Function<Kpis, BigDecimal> of) {}

  static Def count(String key, Function<Totals, Long> of) {
    return new Def(key, Kind.COUNT, k -> BigDecimal.valueOf(of.apply(k.totals())));
  }

  static Def money(String key, Function<Totals, BigDecimal> of) {
    return new Def(key, Kind.MONEY, k -> of.apply(k.totals()));
  }

  static final List<Def> PIPELINE =
      List.of(
          count("leadsDispatched", Totals::leadsDispatched),
          count("leadsAccepted", Totals::leadsAccepted),
          new Def("acceptanceRate", Kind.RATE, Kpis::acceptanceRate),
          new Def("medianHoursToAccept", Kind.HOURS, Kpis::medianHoursToAccept),
          new Def("recallRate", Kind.RATE, Kpis::recallRate),
          count("leadsWon", Totals::leadsWon),
          new Def("conversionRate", Kind.RATE, Kpis::conversionRate),
          money("wonValue", Totals::wonValue));

  static final List<Def> DEALS =
      List.of(
          count("dealRegistrations", Totals::dealsSubmitted),
          new Def("dealApprovalRate", Kind.RATE, Kpis::dealApprovalRate),
          new Def("medianHoursToDecision", Kind.HOURS, Kpis::medianHoursToDecision),
          new Def("dealConflictRate", Kind.RATE, Kpis::dealConflictRate));

  static final List<Def> ORDERS =
      List.of(
          money("orderRevenue", Totals::orderRevenue),
          count("orders", Totals::orders),
          new Def("averageOrderValue", Kind.MONEY, Kpis::averageOrderValue),
          new Def("backorderRate", Kind.RATE, Kpis::backorderRate),
          new Def("medianDaysToShip", Kind.DAYS, Kpis::medianDaysToShip));

  static final List<Def> MDF =
      List.of(
          money("mdfAllocated", Totals::mdfAllocated),
          money("mdfReserved", Totals::mdfReserved),
          money("mdfPaid", Totals::mdfPaid),
          money("mdfForfeited", Totals::mdfForfeited),
          new Def("mdfUtilisation", Kind.RATE, Kpis::mdfUtilisation),
          new Def("mdfRoi", Kind.RATIO, Kpis::mdfRoi),
          new Def("medianDaysClaimToPaid", Kind.DAYS, Kpis::medianDaysClaimToPaid));

  static final List<Def> SERVICE =
      List.of(
          count("issuesOpened", Totals::issuesOpened),
          count("issuesSolved", Totals::issuesSolved),
          new Def("firstResponseAttainment", Kind.RATE, Kpis::firstResponseAttainment),
          new Def("resolutionAttainment", Kind.RATE, Kpis::resolutionAttainment),
          new Def("slaAttainment", Kind.RATE, Kpis::slaAttainment),
          new Def("deflectionRate", Kind.RATE, Kpis::deflectionRate));

  static List<Figure> of(List<Def> defs, Kpis current, Kpis previous, Locale locale) {
    return defs.stream()
        .map(d -> figure(d, d.of().apply(current), d.of().apply(previous), locale))
        .toList();
  }

  static Figure figure(Def d, BigDecimal current, BigDecimal previous, Locale locale) {
    BigDecimal delta = delta(d.kind(), current, previous);
    String direction =
        delta == null ? "none" : delta.signum() > 0 ? "up" : delta.signum() < 0 ? "down" : "same";
    return new Figure(
        d.key(),
        format(d.kind(), current, locale),
        format(d.kind(), previous, locale),
        change(d.kind(), delta, current, previous, locale),
        direction);
  }

  /**
   * The change from the previous period: for a rate its difference in percentage points, for
   * anything else the relative change in percent; null when there is nothing to compare (no value
   * now or before, or a relative change from zero).
   */
  static BigDecimal delta(Kind kind, BigDecimal current, BigDecimal previous) {
    if (current == null || previous == null) {
      return null;
    }
    if (kind == Kind.RATE) {
      return current.subtract(previous).movePointRight(2).setScale(1, RoundingMode.HALF_UP);
    }
    if (previous.signum() == 0) {
      return null;
    }
    return current
        .subtract(previous)
        .movePointRight(2)
        .divide(previous.abs(), 1, RoundingMode.HALF_UP);
  }

  static String change(
      Kind kind, BigDecimal delta, BigDecimal current, BigDecimal previous, Locale locale) {
    if (delta == null) {
      boolean fromZero =
          current != null && current.signum() > 0 && previous != null && previous.signum() == 0;
      return fromZero ? Messages.text(locale, "analytics.change.new") : "";
    }
    String arrow = delta.signum() > 0 ? "▲ " : delta.signum() < 0 ? "▼ " : "= ";
    String amount = decimal(delta.abs(), 1, locale);
    return arrow
        + Messages.text(
            locale,
            kind == Kind.RATE ? "analytics.change.points" : "analytics.change.percent",
            amount);
  }

  static String format(Kind kind, BigDecimal value, Locale locale) {
    if (value == null) {
      return NONE;
    }
    return switch (kind) {
      case COUNT -> decimal(value, 0, locale);
      case MONEY -> money(value, locale);
      case RATE -> percent(value, locale);
      case HOURS -> Messages.text(locale, "analytics.unit.hours", decimal(value, 1, locale));
      case DAYS -> Messages.text(locale, "analytics.unit.days", decimal(value, 1, locale));
      case RATIO -> decimal(value, 2, locale) + "×";
    };
  }

  /** An amount in EUR with two decimals: "1,234.50 EUR"; "–" for none. */
  public static String money(BigDecimal amount, Locale locale) {
    return amount == null ? NONE : decimal(amount, 2, locale) + " " + Kpis.CURRENCY;
  }

  /** A rate as a percentage with one decimal: 0.2512 → "25.1 %"; "–" for none. */
  public static String percent(BigDecimal rate, Locale locale) {
    return rate == null ? NONE : decimal(rate.movePointRight(2), 1, locale) + " %";
  }

  static String decimal(BigDecimal value, int digits, Locale locale) {
    NumberFormat f = NumberFormat.getNumberInstance(locale);
    f.setMinimumFractionDigits(digits);
    f.setMaximumFractionDigits(digits);
    f.setRoundingMode(RoundingMode.HALF_UP);
    return f.format(value);
  }
}
