package org.channelport.analytics.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.channelport.analytics.Analytics;
import org.channelport.analytics.Totals;
import org.junit.jupiter.api.Test;

class ChartsTest {
  static JsonObject parse(String json) {
    try (var reader = Json.createReader(new StringReader(json))) {
      return reader.readObject();
    }
  }

  static Totals revenue(String revenue, String won) {
    Totals z = Totals.ZERO;
    return new Totals(
        0,
        0,
        0,
        0,
        0,
        0,
        new BigDecimal(won),
        z.campaignWonValue(),
        0,
        0,
        0,
        0,
        1,
        new BigDecimal(revenue),
        z.campaignRevenue(),
        0,
        0,
        z.mdfAllocated(),
        z.mdfReserved(),
        z.mdfPaid(),
        z.mdfForfeited(),
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0);
  }

  @Test
  void revenueAndWonValueHaveAPointForEveryMonthAlsoTheEmptyOnes() {
    List<Analytics.Point> points =
        List.of(
            new Analytics.Point(LocalDate.of(2026, 1, 1), revenue("1200.50", "0")),
            new Analytics.Point(LocalDate.of(2026, 3, 1), revenue("300", "5000")));
    JsonObject chart =
        parse(
            Charts.overTime(
                points,
                Analytics.Grain.MONTH,
                LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 12, 31),
                new Charts.Labels("Revenue", "Won value")));
    assertEquals("bar", chart.getString("type"));
    JsonObject data = chart.getJsonObject("data");
    JsonArray labels = data.getJsonArray("labels");
    assertEquals(12, labels.size());
    assertEquals("2026-01", labels.getString(0));
    assertEquals("2026-12", labels.getString(11));
    JsonArray datasets = data.getJsonArray("datasets");
    assertEquals("Revenue", datasets.getJsonObject(0).getString("label"));
    JsonArray revenue = datasets.getJsonObject(0).getJsonArray("data");
    assertEquals(new BigDecimal("1200.50"), revenue.getJsonNumber(0).bigDecimalValue());
    assertEquals(0, revenue.getJsonNumber(1).bigDecimalValue().signum());
    assertEquals(new BigDecimal("300"), revenue.getJsonNumber(2).bigDecimalValue());
    JsonObject won = datasets.getJsonObject(1);
    assertEquals("line", won.getString("type"));
    assertEquals(
        new BigDecimal("5000"), won.getJsonArray("data").getJsonNumber(2).bigDecimalValue());
  }

  @Test
  void weeksStartOnTheMondayOnOrBeforeTheFirstDay() {
    // 2026-10-01 is a Thursday
    List<LocalDate> weeks =
        Charts.buckets(Analytics.Grain.WEEK, LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 31));
    assertEquals(LocalDate.of(2026, 9, 28), weeks.get(0));
    assertEquals(LocalDate.of(2026, 10, 26), weeks.get(weeks.size() - 1));
    assertEquals(5, weeks.size());
    assertEquals(
        31,
        Charts.buckets(Analytics.Grain.DAY, LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 31))
            .size());
  }

  @Test
  void aNameThatLooksLikeMarkupStaysTextInsideThePagesScript() {
    String evil = "Acme</script><script>alert(1)</script> & \"Co\"";
    String json =
        Charts.leadsByStage(
            List.of(new Analytics.Stage("WON", 3, BigDecimal.TEN)), s -> evil, "Leads");
    assertFalse(json.contains("<"), json);
    assertFalse(json.contains(">"), json);
    assertFalse(json.contains("&"), json);
    JsonObject chart = parse(json);
    assertEquals(evil, chart.getJsonObject("data").getJsonArray("labels").getString(0));
    assertEquals(
        3,
        chart
            .getJsonObject("data")
            .getJsonArray("datasets")
            .getJsonObject(0)
            .getJsonArray("data")
            .getInt(0));
  }

  @Test
  void theFundsDoughnutHasASliceForEachState() {
    JsonObject chart =
        parse(
            Charts.doughnut(
                List.of(
                    new Charts.Slice("Allocated", new BigDecimal("10000.00")),
                    new Charts.Slice("Paid", new BigDecimal("1500.00")))));
    assertEquals("doughnut", chart.getString("type"));
    JsonObject data = chart.getJsonObject("data");
    assertEquals(
        List.of("Allocated", "Paid"),
        data.getJsonArray("labels").getValuesAs(jakarta.json.JsonString::getString));
    JsonArray amounts = data.getJsonArray("datasets").getJsonObject(0).getJsonArray("data");
    assertEquals(new BigDecimal("1500.00"), amounts.getJsonNumber(1).bigDecimalValue());
    assertTrue(data.getJsonArray("datasets").getJsonObject(0).containsKey("backgroundColor"));
  }
}
