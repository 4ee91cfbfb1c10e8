package org.channelport.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.channelport.it.support.Api;
import org.channelport.it.support.Db;
import org.channelport.it.support.Http;
import org.channelport.it.support.Orders;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The analytics API on the real stack: the roll-ups equal the same figures computed by direct SQL
 * on the raw records, a new order counts once and its cancellation takes it back, and the access
 * matrix — every figure is the caller's scope's, checked by the numbers, not only by status codes.
 */
@ExtendWith(ArquillianExtension.class)
class AnalyticsApiIT {
  static final long NORTHWIND = 1;
  static final long BALTIC = 2;
  static final long DANUBE = 3;
  static final String ALL_TIME = "from=2020-01-01&to=2029-12-31";

  /** The figures of one partner straight from the raw tables, as the roll-ups define them. */
  static Map<String, String> raw(long partner) {
    Map<String, String> f = new LinkedHashMap<>();
    String range = " AND at >= '2020-01-01' AND at < '2030-01-01'";
    f.put(
        "leadsDispatched",
        Db.string(
            "SELECT COUNT(*) FROM lead_event WHERE type = 'DISPATCHED' AND partner_id = ?" + range,
            partner));
    f.put(
        "leadsAccepted",
        Db.string(
            "SELECT COUNT(*) FROM lead_event WHERE type = 'ACCEPTED' AND partner_id = ?" + range,
            partner));
    f.put(
        "leadsWon",
        Db.string(
            "SELECT COUNT(*) FROM lead_event WHERE type = 'WON' AND partner_id = ?" + range,
            partner));
    f.put(
        "wonValue",
        Db.string(
            "SELECT COALESCE(SUM(l.won_value), 0) FROM lead_event e JOIN sales_lead l"
                + " ON l.id = e.lead_id WHERE e.type = 'WON' AND e.partner_id = ?"
                + " AND l.currency = 'EUR' AND e.at >= '2020-01-01' AND e.at < '2030-01-01'",
            partner));
    f.put(
        "dealRegistrations",
        Db.string(
            "SELECT COUNT(*) FROM deal_registration WHERE partner_id = ?"
                + " AND submitted_at >= '2020-01-01' AND submitted_at < '2030-01-01'",
            partner));
    String placed =
        " FROM sales_order WHERE partner_id = ? AND kind <> 'RETURN'"
            + " AND status NOT IN ('DRAFT', 'CANCELLED', 'REJECTED')"
            + " AND order_date BETWEEN '2020-01-01' AND '2029-12-31'";
    f.put("orders", Db.string("SELECT COUNT(*)" + placed, partner));
    f.put(
        "orderRevenue",
        Db.string(
            "SELECT COALESCE(SUM(CASE WHEN currency = 'EUR' THEN total END), 0)" + placed,
            partner));
    f.put(
        "issuesOpened",
        Db.string(
            "SELECT COUNT(*) FROM service_issue WHERE partner_id = ?"
                + " AND created_at >= '2020-01-01' AND created_at < '2030-01-01'",
            partner));
    f.put(
        "issuesSolved",
        Db.string(
            "SELECT COUNT(*) FROM service_issue WHERE partner_id = ?"
                + " AND solved_at >= '2020-01-01' AND solved_at < '2030-01-01'",
            partner));
    f.put(
        "mdfPaid",
        Db.string(
            "SELECT COALESCE(SUM(CASE WHEN ca.kind = 'paid' THEN j.amount WHEN da.kind = 'paid'"
                + " THEN -j.amount ELSE 0 END), 0) FROM mdf_journal_entry j"
                + " JOIN mdf_account da ON da.id = j.debit_account_id"
                + " JOIN mdf_account ca ON ca.id = j.credit_account_id"
                + " WHERE j.partner_id = ? AND j.currency = 'EUR'",
            partner));
    return f;
  }

  /** The same figures as the API gives them. */
  static Map<String, String> api(JsonObject kpis) {
    Map<String, String> f = new LinkedHashMap<>();
    for (String key : raw(NORTHWIND).keySet()) {
      JsonValue v = kpis.get(key);
      assertTrue(v != null, key + " missing in " + kpis);
      f.put(key, plain(v.toString()));
    }
    return f;
  }

  static Map<String, String> normalised(Map<String, String> figures) {
    Map<String, String> out = new LinkedHashMap<>();
    figures.forEach((k, v) -> out.put(k, plain(v)));
    return out;
  }

  static String plain(String number) {
    return new BigDecimal(number).stripTrailingZeros().toPlainString();
  }

  static JsonObject kpis(String user, String query) {
    HttpResponse<String> r = Api.as(user).get("/analytics/kpis?" + query);
    assertEquals(200, r.statusCode(), r.body());
    return Http.json(r);
  }

  /** Waits (at most 30 s: the roll-up runs every 2 s here) until the API shows the raw figures. */
  static void assertRollupMatchesRaw(String user, long partner) throws InterruptedException {
    Map<String, String> expected = null;
    Map<String, String> actual = null;
    for (int i = 0; i < 60; i++) {
      expected = normalised(raw(partner));
      actual = api(kpis(user, ALL_TIME + "&partnerId=" + partner));
      if (expected.equals(actual)) {
        return;
      }
      Thread.sleep(500);
    }
    assertEquals(expected, actual, "roll-up of partner " + partner + " vs raw SQL");
  }

  @Test
  void theRollupsEqualTheFiguresComputedFromTheRawRecords() throws InterruptedException {
    for (long partner : List.of(NORTHWIND, BALTIC, DANUBE)) {
      assertRollupMatchesRaw("cm-all", partner);
    }
    JsonObject all = kpis("cm-all", ALL_TIME);
    assertEquals(
        Db.count("SELECT COUNT(*) FROM portfolio_assignment WHERE manager_username = 'cm-all'"),
        all.getJsonNumber("partners").longValue());
    for (String field :
        List.of(
            "from",
            "to",
            "partners",
            "leadsDispatched",
            "leadsAccepted",
            "acceptanceRate",
            "medianHoursToAccept",
            "leadsWon",
            "wonValue",
            "dealRegistrations",
            "dealApprovalRate",
            "orders",
            "orderRevenue",
            "mdfAllocated",
            "mdfPaid",
            "mdfRoi",
            "issuesOpened",
            "issuesSolved",
            "slaAttainment",
            "currency")) {
      assertTrue(all.containsKey(field), field + " in " + all);
    }
    assertEquals("EUR", all.getString("currency"));
    assertEquals("2020-01-01", all.getString("from"));
  }

  @Test
  void aNewOrderCountsOnceAndItsCancellationTakesItBack() throws InterruptedException {
    assertRollupMatchesRaw("cm-all", BALTIC);
    long before = kpis("pm-baltic", ALL_TIME).getJsonNumber("orders").longValue();
    // Baltic Tech is over its credit limit: its order waits on credit hold and can be cancelled
    JsonObject order = Orders.place("pe-baltic", "NET-AP6", 2, true);
    long id = order.getJsonNumber("id").longValue();
    assertRollupMatchesRaw("cm-all", BALTIC);
    // several rounds later it still counts once
    Thread.sleep(4500);
    assertRollupMatchesRaw("cm-all", BALTIC);
    assertEquals(before + 1, kpis("pm-baltic", ALL_TIME).getJsonNumber("orders").longValue());

    HttpResponse<String> cancelled =
        Api.as("pm-baltic").post("/orders/" + id + "/cancel", "{\"reason\":\"ordered twice\"}");
    assertEquals(200, cancelled.statusCode(), cancelled.body());
    assertRollupMatchesRaw("cm-all", BALTIC);
    assertEquals(before, kpis("pm-baltic", ALL_TIME).getJsonNumber("orders").longValue());
  }

  @Test
  void partnerUsersGetTheirOwnPartnersFiguresWhateverPartnerTheyAskFor()
      throws InterruptedException {
    assertRollupMatchesRaw("cm-all", NORTHWIND);
    Map<String, String> own = api(kpis("cm-all", ALL_TIME + "&partnerId=" + NORTHWIND));
    for (String user : List.of("pm-northwind", "pe-northwind")) {
      assertEquals(own, api(kpis(user, ALL_TIME)), user);
      JsonObject asked = kpis(user, ALL_TIME + "&partnerId=" + DANUBE);
      assertEquals(own, api(asked), user + " asking for Danube");
      assertEquals(1, asked.getJsonNumber("partners").longValue());
    }
  }

  @Test
  void aChannelManagerSeesTheirPortfolioOnlyAndAnotherPartnerIsNotFound()
      throws InterruptedException {
    assertRollupMatchesRaw("cm-all", DANUBE);
    Map<String, String> danube = api(kpis("cm-all", ALL_TIME + "&partnerId=" + DANUBE));
    JsonObject whole = kpis("cm-danube", ALL_TIME);
    assertEquals(1, whole.getJsonNumber("partners").longValue());
    assertEquals(danube, api(whole), "cm-danube's whole scope is Danube");
    for (long other : List.of(NORTHWIND, BALTIC, 999_999L)) {
      HttpResponse<String> r =
          Api.as("cm-danube").get("/analytics/kpis?" + ALL_TIME + "&partnerId=" + other);
      assertEquals(404, r.statusCode(), r.body());
      assertFalse(r.body().contains("leadsDispatched"), r.body());
    }
    assertEquals(
        404,
        Api.as("cm-danube")
            .get("/analytics/top-customers?" + ALL_TIME + "&partnerId=" + NORTHWIND)
            .statusCode());
  }

  @Test
  void rankingsCountOnlyThePartnersOfTheCallersScope() {
    for (String user : List.of("cm-danube", "pm-danube")) {
      HttpResponse<String> r =
          Api.as(user).get("/analytics/top-customers?" + ALL_TIME + "&limit=50");
      assertEquals(200, r.statusCode(), r.body());
      JsonArray customers = Http.parse(r.body()).asJsonArray();
      for (JsonValue v : customers) {
        JsonObject c = v.asJsonObject();
        long customer = c.getJsonNumber("customerId").longValue();
        String revenue =
            Db.string(
                "SELECT COALESCE(SUM(total), 0) FROM sales_order WHERE partner_id = ?"
                    + " AND customer_id = ? AND kind <> 'RETURN' AND currency = 'EUR'"
                    + " AND status NOT IN ('DRAFT', 'CANCELLED', 'REJECTED')",
                DANUBE,
                customer);
        assertEquals(plain(revenue), plain(c.get("orderRevenue").toString()), c.toString());
        assertTrue(
            Db.count(
                        "SELECT COUNT(*) FROM sales_order WHERE partner_id = ? AND customer_id = ?",
                        DANUBE,
                        customer)
                    + Db.count(
                        "SELECT COUNT(*) FROM sales_lead WHERE partner_id = ? AND customer_id = ?",
                        DANUBE,
                        customer)
                > 0,
            "a customer of Danube's: " + c);
      }
      HttpResponse<String> partners = Api.as(user).get("/analytics/top-partners?" + ALL_TIME);
      assertEquals(200, partners.statusCode(), partners.body());
      List<Long> ids = new ArrayList<>();
      for (JsonValue v : Http.parse(partners.body()).asJsonArray()) {
        ids.add(v.asJsonObject().getJsonNumber("partnerId").longValue());
      }
      assertEquals(List.of(DANUBE), ids, user);
    }
    HttpResponse<String> all = Api.as("cm-all").get("/analytics/top-partners?" + ALL_TIME);
    assertTrue(Http.parse(all.body()).asJsonArray().size() >= 3, all.body());
  }

  @Test
  void badQueriesAreRefusedNamingTheParameter() {
    for (Map.Entry<String, String> bad :
        Map.of(
                "to=2026-12-31",
                "from",
                "from=2026-13-01&to=2026-12-31",
                "from",
                "from=2026-12-31&to=2026-01-01",
                "to",
                ALL_TIME + "&tier=gilded",
                "tier",
                ALL_TIME + "&colour=red",
                "colour",
                ALL_TIME + "&partnerId=abc",
                "partnerId")
            .entrySet()) {
      HttpResponse<String> r = Api.as("cm-all").get("/analytics/kpis?" + bad.getKey());
      assertEquals(400, r.statusCode(), bad.getKey() + " -> " + r.body());
      assertTrue(r.body().contains(bad.getValue()), bad.getKey() + " -> " + r.body());
    }
    HttpResponse<String> r =
        Api.as("cm-all").get("/analytics/top-customers?" + ALL_TIME + "&limit=0");
    assertEquals(400, r.statusCode(), r.body());
    assertEquals(
        LocalDate.parse("2026-01-01").toString(),
        kpis("cm-all", "from=2026-01-01&to=2026-12-31").getString("from"));
  }
}
