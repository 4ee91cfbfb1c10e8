package org.channelport.analytics.web;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.channelport.analytics.Analytics;
import org.channelport.analytics.Totals;

/**
 * The Chart.js configurations of the dashboards ({@code p:chart value}), built with jakarta.json so
 * every text is escaped as JSON, and then made safe inside the page's {@code <script>} (PrimeFaces
 * writes the configuration into one): {@code < > &} become {@code \u003c \u003e \u0026}, so a name
 * like {@code </script>} stays text.
 */
public final class Charts {
  static final String REVENUE = "#2563eb";
  static final String WON = "#16a34a";
  static final List<String> PALETTE =
      List.of("#2563eb", "#f59e0b", "#16a34a", "#dc2626", "#7c3aed", "#0891b2", "#64748b");

  private Charts() {}

  /** The labels of a chart's series, in the page's language. */
  public record Labels(String revenue, String wonValue) {}

  /**
   * Revenue (bars) and won value (a line) per day, week or month of the period; a bucket without
   * figures is a zero, not a gap.
   */
  public static String overTime(
      List<Analytics.Point> points,
      Analytics.Grain grain,
      LocalDate from,
      LocalDate to,
      Labels labels) {
    Map<LocalDate, Totals> byStart = new HashMap<>();
    points.forEach(p -> byStart.put(p.start(), p.totals()));
    JsonArrayBuilder names = Json.createArrayBuilder();
    JsonArrayBuilder revenue = Json.createArrayBuilder();
    JsonArrayBuilder won = Json.createArrayBuilder();
    for (LocalDate start : buckets(grain, from, to)) {
      Totals t = byStart.getOrDefault(start, Totals.ZERO);
      names.add(label(grain, start));
      revenue.add(t.orderRevenue());
      won.add(t.wonValue());
    }
    JsonObject data =
        Json.createObjectBuilder()
            .add("labels", names)
            .add(
                "datasets",
                Json.createArrayBuilder()
                    .add(dataset(labels.revenue(), revenue, REVENUE).add("type", "bar"))
                    .add(
                        dataset(labels.wonValue(), won, WON)
                            .add("type", "line")
                            .add("fill", false)
                            .add("tension", 0.2)))
            .build();
    return config("bar", data, true);
  }

  /** The leads of each stage now. */
  public static String leadsByStage(
      List<Analytics.Stage> stages, Function<String, String> stageName, String label) {
    JsonArrayBuilder names = Json.createArrayBuilder();
    JsonArrayBuilder counts = Json.createArrayBuilder();
    JsonArrayBuilder colours = Json.createArrayBuilder();
    for (int i = 0; i < stages.size(); i++) {
      names.add(stageName.apply(stages.get(i).status()));
      counts.add(stages.get(i).leads());
      colours.add(PALETTE.get(i % PALETTE.size()));
    }
    JsonObject data =
        Json.createObjectBuilder()
            .add("labels", names)
            .add(
                "datasets",
                Json.createArrayBuilder()
                    .add(
                        Json.createObjectBuilder()
                            .add("label", label)
                            .add("data", counts)
                            .add("backgroundColor", colours)))
            .build();
    return config("bar", data, false);
  }

  /** A slice of a doughnut: its name and amount. */
  public record Slice(String name, BigDecimal amount) {}

  /** MDF by state (allocated, reserved, paid, forfeited in the period). */
  public static String doughnut(List<Slice> slices) {
    JsonArrayBuilder names = Json.createArrayBuilder();
    JsonArrayBuilder amounts = Json.createArrayBuilder();
    JsonArrayBuilder colours = Json.createArrayBuilder();
    for (int i = 0; i < slices.size(); i++) {
      names.add(slices.get(i).name());
      amounts.add(slices.get(i).amount());
      colours.add(PALETTE.get(i % PALETTE.size()));
    }
    JsonObject data =
        Json.createObjectBuilder()
            .add("labels", names)
            .add(
                "datasets",
                Json.createArrayBuilder()
                    .add(
                        Json.createObjectBuilder()
                            .add("data", amounts)
                            .add("backgroundColor", colours)))
            .build();
    return scriptSafe(
        Json.createObjectBuilder()
            .add("type", "doughnut")
            .add("data", data)
            .add(
                "options",
                Json.createObjectBuilder()
                    .add("responsive", true)
                    .add("aspectRatio", 2)
                    .add("animation", false))
            .build()
            .toString());
  }

  /** The first day of each day, week (from Monday) or month of the period that it touches. */
  static List<LocalDate> buckets(Analytics.Grain grain, LocalDate from, LocalDate to) {
    List<LocalDate> out = new ArrayList<>();
    LocalDate start =
        switch (grain) {
          case DAY -> from;
          case WEEK -> from.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
          case MONTH -> from.withDayOfMonth(1);
        };
    for (LocalDate d = start; !d.isAfter(to); d = next(grain, d)) {
      out.add(d);
    }
    return out;
  }

  private static LocalDate next(Analytics.Grain grain, LocalDate d) {
    return switch (grain) {
      case DAY -> d.plusDays(1);
      case WEEK -> d.plusWeeks(1);
      case MONTH -> d.plusMonths(1);
    };
  }

  /** A bucket as the axis shows it: 2026-03-14 (a day, a week's Monday) or 2026-03 (a month). */
  static String label(Analytics.Grain grain, LocalDate start) {
    return grain == Analytics.Grain.MONTH ? start.toString().substring(0, 7) : start.toString();
  }

  private static JsonObjectBuilder dataset(String label, JsonArrayBuilder values, String colour) {
    return Json.createObjectBuilder()
        .add("label", label)
        .add("data", values)
        .add("backgroundColor", colour)
        .add("borderColor", colour);
  }

  private static String config(String type, JsonObject data, boolean legend) {
    JsonObject options =
        Json.createObjectBuilder()
            .add("responsive", true)
            .add("aspectRatio", 2.5)
            .add("animation", false)
            .add(
                "plugins",
                Json.createObjectBuilder()
                    .add("legend", Json.createObjectBuilder().add("display", legend)))
            .add(
                "scales",
                Json.createObjectBuilder()
                    .add("y", Json.createObjectBuilder().add("beginAtZero", true)))
            .build();
    return scriptSafe(
        Json.createObjectBuilder()
            .add("type", type)
            .add("data", data)
            .add("options", options)
            .build()
            .toString());
  }

  /**
   * JSON that stays JSON inside an HTML {@code <script>}: the characters that could end the script
   * or start markup only occur inside strings there, where their {@code \\u} escapes mean the same.
   */
  static String scriptSafe(String json) {
    return json.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
  }
}
