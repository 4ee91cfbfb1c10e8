package org.channelport.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.channelport.it.support.Api;
import org.channelport.it.support.Browser;
import org.channelport.it.support.Http;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * The dashboards in the browser show the caller's scope's figures, the same as the analytics API
 * gives that caller: cm-danube sees Danube Solutions' only (and never another partner's name), a
 * click on Danube in a by-partner table narrows the view to it; pm-northwind sees Northwind's
 * figures and no partner filter.
 */
@ExtendWith(ArquillianExtension.class)
class AnalyticsBrowserIT {
  static final long NORTHWIND = 1;
  static final long DANUBE = 3;

  /** The figures the test compares, by their key on the page and in the API. */
  static final String[] KEYS = {
    "orders", "orderRevenue", "leadsDispatched", "leadsWon", "wonValue"
  };

  @Test
  void aChannelManagerSeesTheFiguresOfTheirPortfolioOnly() throws InterruptedException {
    try (Browser cm = new Browser()) {
      cm.signIn("cm-danube");
      cm.open("/channel/analytics.xhtml?period=year");
      // this year of the portal's clock (which tests may move on)
      int year = LocalDate.parse(cm.text(By.id("rangeFrom"))).getYear();
      assertEquals(year + "-01-01", cm.text(By.id("rangeFrom")));
      assertEquals(year + "-12-31", cm.text(By.id("rangeTo")));
      assertEquals((year - 1) + "-01-01", cm.text(By.id("previousFrom")));
      assertPageEqualsApi(cm, "cm-danube", DANUBE);

      String page = cm.pageText();
      assertTrue(page.contains("Danube Solutions"), "the partner's name is on the page");
      assertFalse(page.contains("Northwind"), "no other partner's name");
      assertFalse(page.contains("Baltic"), "no other partner's name");
      assertTrue(cm.isPresent(By.id("filterForm:partner")), "the partner filter");
      assertTrue(cm.text(By.id("periodShown")).contains("Partners: 1"), "one partner in scope");
      assertTrue(
          cm.isPresent(By.cssSelector("[id='dashForm:overTimeChart'] canvas")),
          "the revenue chart is drawn");

      // the drill-down: Danube's row narrows the dashboard to Danube, the period kept
      cm.clickInRow(
          By.cssSelector("[id='dashForm:ordersByPartner_data'] > tr"),
          "Danube Solutions",
          By.cssSelector("a.cp-drill"));
      cm.waitFor(By.id("rangeFrom"));
      String url = cm.currentUrl();
      assertTrue(url.contains("partnerId=" + DANUBE), url);
      assertTrue(url.contains("period=year"), url);
      assertPageEqualsApi(cm, "cm-danube", DANUBE);
    }
  }

  @Test
  void aPartnerManagerSeesTheirOwnPartnersFiguresAndNoPartnerFilter() throws InterruptedException {
    try (Browser pm = new Browser()) {
      pm.signIn("pm-northwind");
      pm.open("/partner/analytics.xhtml?period=year");
      assertPageEqualsApi(pm, "pm-northwind", NORTHWIND);
      assertFalse(pm.isPresent(By.id("filterForm:partner")), "no partner filter");
      assertFalse(pm.isPresent(By.id("dashForm:ordersByPartner")), "no by-partner table");
      assertFalse(pm.isPresent(By.id("dashForm:topPartners")), "no partner ranking");
      assertTrue(pm.isPresent(By.id("dashForm:topCustomers")), "the customer ranking");
      String page = pm.pageText();
      assertFalse(page.contains("Baltic"), "no other partner's name");
      assertFalse(page.contains("Danube"), "no other partner's name");
    }
  }

  /**
   * The page's figures equal the API's for the partner over the page's period. The roll-up job runs
   * every few seconds, so a difference is read again (page and API) before it counts.
   */
  static void assertPageEqualsApi(Browser b, String user, long partner)
      throws InterruptedException {
    Map<String, BigDecimal> page = null;
    Map<String, BigDecimal> api = null;
    for (int attempt = 0; attempt < 5; attempt++) {
      if (attempt > 0) {
        Thread.sleep(1000);
        b.open(pathAndQuery(b.currentUrl()));
      }
      page = pageFigures(b);
      api = apiFigures(user, partner, b.text(By.id("rangeFrom")), b.text(By.id("rangeTo")));
      if (page.equals(api)) {
        return;
      }
    }
    assertEquals(api, page, user + ": the page's figures vs GET /analytics/kpis");
  }

  static Map<String, BigDecimal> pageFigures(Browser b) {
    Map<String, BigDecimal> f = new LinkedHashMap<>();
    for (String key : KEYS) {
      f.put(key, number(b.text(By.id("fig-" + key + "-value"))));
    }
    return f;
  }

  static Map<String, BigDecimal> apiFigures(String user, long partner, String from, String to) {
    HttpResponse<String> r =
        Api.as(user).get("/analytics/kpis?from=" + from + "&to=" + to + "&partnerId=" + partner);
    assertEquals(200, r.statusCode(), r.body());
    JsonObject kpis = Http.json(r);
    Map<String, BigDecimal> f = new LinkedHashMap<>();
    for (String key : KEYS) {
      f.put(key, kpis.getJsonNumber(key).bigDecimalValue().stripTrailingZeros());
    }
    return f;
  }

  /** "1,354.64 EUR" or "12" as a number. */
  static BigDecimal number(String text) {
    return new BigDecimal(text.replace("EUR", "").replace(",", "").strip()).stripTrailingZeros();
  }

  static String pathAndQuery(String url) {
    java.net.URI u = java.net.URI.create(url);
    return u.getRawPath() + (u.getRawQuery() == null ? "" : "?" + u.getRawQuery());
  }
}
