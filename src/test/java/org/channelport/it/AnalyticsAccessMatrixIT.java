package org.channelport.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.channelport.it.support.Api;
import org.channelport.it.support.ErpTokens;
import org.channelport.it.support.Http;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The analytics API's access matrix: every demo user × every call × their own partner, another
 * partner and no partner. Checked by the numbers: what a caller gets equals the figures of exactly
 * the partners they may see, as cm-all (who sees all three) gets them partner by partner.
 */
@ExtendWith(ArquillianExtension.class)
class AnalyticsAccessMatrixIT {
  static final String PERIOD = "from=2020-01-01&to=2029-12-31";
  static final List<Long> DEMO = List.of(1L, 2L, 3L);

  /** Who sees which demo partners. */
  static final Map<String, Set<Long>> SCOPE =
      Map.of(
          "cm-all", Set.of(1L, 2L, 3L),
          "cm-danube", Set.of(3L),
          "pm-northwind", Set.of(1L),
          "pe-northwind", Set.of(1L),
          "pm-baltic", Set.of(2L),
          "pe-baltic", Set.of(2L),
          "pm-danube", Set.of(3L));

  static final List<String> CALLS =
      List.of("kpis", "top-customers", "top-partners", "top-products", "partners", "series");

  static boolean partnerUser(String user) {
    return user.startsWith("pm-") || user.startsWith("pe-");
  }

  /** The figures compared (counts and amounts), as plain strings. */
  static Map<String, String> figures(JsonObject kpis) {
    Map<String, String> f = new LinkedHashMap<>();
    for (String key :
        List.of(
            "leadsDispatched",
            "leadsAccepted",
            "leadsWon",
            "wonValue",
            "dealRegistrations",
            "orders",
            "orderRevenue",
            "mdfPaid",
            "issuesOpened",
            "issuesSolved")) {
      f.put(key, AnalyticsApiIT.plain(kpis.get(key).toString()));
    }
    return f;
  }

  static JsonObject kpis(String user, String query) {
    HttpResponse<String> r = Api.as(user).get("/analytics/kpis?" + PERIOD + query);
    assertEquals(200, r.statusCode(), user + " " + query + " -> " + r.body());
    return Http.json(r);
  }

  /** Repeats a comparison a few times: a background job (the lead recall) may move a figure. */
  static void eventually(Runnable check) throws InterruptedException {
    AssertionError last = null;
    for (int i = 0; i < 8; i++) {
      try {
        check.run();
        return;
      } catch (AssertionError e) {
        last = e;
        Thread.sleep(1000);
      }
    }
    throw last;
  }

  @Test
  void everyCallerGetsTheFiguresOfTheirScopeAndNotFoundForAnotherPartner()
      throws InterruptedException {
    for (String user : SCOPE.keySet()) {
      Set<Long> scope = SCOPE.get(user);
      for (long partner : DEMO) {
        for (String call : CALLS) {
          HttpResponse<String> r =
              Api.as(user).get("/analytics/" + call + "?" + PERIOD + "&partnerId=" + partner);
          int expected = partnerUser(user) || scope.contains(partner) ? 200 : 404;
          assertEquals(expected, r.statusCode(), user + " " + call + " partner " + partner);
        }
        if (partnerUser(user) || scope.contains(partner)) {
          // a partner user gets their own partner's figures whatever partner they ask for
          long shown = partnerUser(user) ? scope.iterator().next() : partner;
          eventually(
              () ->
                  assertEquals(
                      figures(kpis("cm-all", "&partnerId=" + shown)),
                      figures(kpis(user, "&partnerId=" + partner)),
                      user + " asking for partner " + partner));
        }
      }
    }
  }

  @Test
  void theDrillDownListsExactlyThePartnersOfTheScope() {
    for (String user : SCOPE.keySet()) {
      for (String query : List.of("", "&partnerId=3")) {
        if (!partnerUser(user) && !SCOPE.get(user).contains(3L) && !query.isEmpty()) {
          continue;
        }
        HttpResponse<String> r = Api.as(user).get("/analytics/partners?" + PERIOD + query);
        assertEquals(200, r.statusCode(), r.body());
        Set<Long> listed = new HashSet<>();
        for (JsonValue v : Http.parse(r.body()).asJsonArray()) {
          listed.add(v.asJsonObject().getJsonNumber("partnerId").longValue());
        }
        Set<Long> expected =
            partnerUser(user) ? SCOPE.get(user) : query.isEmpty() ? null : Set.of(3L);
        if (expected == null) {
          assertTrue(listed.containsAll(SCOPE.get(user)), user + " " + listed);
          if (user.equals("cm-danube")) {
            assertEquals(Set.of(3L), listed);
          }
        } else {
          assertEquals(expected, listed, user + query);
        }
        HttpResponse<String> top = Api.as(user).get("/analytics/top-partners?" + PERIOD + query);
        for (JsonValue v : Http.parse(top.body()).asJsonArray()) {
          long id = v.asJsonObject().getJsonNumber("partnerId").longValue();
          assertTrue(
              partnerUser(user) || user.equals("cm-all") || SCOPE.get(user).contains(id),
              user + " ranks partner " + id);
          if (partnerUser(user)) {
            assertEquals(SCOPE.get(user), Set.of(id), user + " ranks partner " + id);
          }
        }
      }
    }
  }

  @Test
  void aChannelManagersTotalsAreTheSumOfTheirPartnersAndTheSeriesAddsUpToThem()
      throws InterruptedException {
    for (String user : List.of("cm-danube", "pm-baltic")) {
      eventually(
          () -> {
            JsonObject total = kpis(user, "");
            HttpResponse<String> rows = Api.as(user).get("/analytics/partners?" + PERIOD);
            long orders = 0;
            long dispatched = 0;
            for (JsonValue v : Http.parse(rows.body()).asJsonArray()) {
              JsonObject f = v.asJsonObject().getJsonObject("figures");
              orders += f.getJsonNumber("orders").longValue();
              dispatched += f.getJsonNumber("leadsDispatched").longValue();
            }
            assertEquals(total.getJsonNumber("orders").longValue(), orders, user);
            assertEquals(total.getJsonNumber("leadsDispatched").longValue(), dispatched, user);
            HttpResponse<String> series =
                Api.as(user).get("/analytics/series?" + PERIOD + "&grain=month");
            assertEquals(200, series.statusCode(), series.body());
            long seriesOrders = 0;
            List<String> starts = new ArrayList<>();
            for (JsonValue v : Http.parse(series.body()).asJsonArray()) {
              seriesOrders +=
                  v.asJsonObject().getJsonObject("totals").getJsonNumber("orders").longValue();
              starts.add(v.asJsonObject().getString("start"));
            }
            assertEquals(total.getJsonNumber("orders").longValue(), seriesOrders, user);
            assertTrue(starts.stream().allMatch(s -> s.endsWith("-01")), starts.toString());
          });
    }
  }

  @Test
  void theErpServiceAccountAndAnonymousCallersGetNoFigures() {
    assertEquals(401, new Http().get(Api.url("/analytics/kpis?" + PERIOD)).statusCode());
    for (String call : CALLS) {
      HttpResponse<String> r =
          Api.withToken(ErpTokens.token()).get("/analytics/" + call + "?" + PERIOD);
      assertEquals(403, r.statusCode(), call + " -> " + r.body());
    }
  }
}
