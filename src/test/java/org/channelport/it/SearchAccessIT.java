package org.channelport.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.channelport.it.support.Api;
import org.channelport.it.support.Db;
import org.channelport.it.support.Http;
import org.channelport.it.support.PortalSession;
import org.channelport.it.support.Uploads;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The search's access rules on the real stack, with the index answering: an inactive product is
 * found by channel managers only (not in a showroom's results, facets or suggestions, not by
 * partners), markup in a product's name or description is shown as text in the marked results, the
 * net prices of a keyword search are the caller's own, a showroom of a suspended partner is not
 * found, and bad search values in an address are ignored (showroom) or answered 400 naming them
 * (API), never 500.
 */
@ExtendWith(ArquillianExtension.class)
class SearchAccessIT {
  static final String SHOWROOM = "/showroom/northwind-systems";

  @BeforeEach
  void theIndexIsReady() {
    new ShowroomSearchIT().theIndexIsReady();
  }

  static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  static String upload(String csvRow, String header) {
    JsonObject done = Uploads.finished("cm-all", "", "text/csv", header + "\n" + csvRow + "\n");
    assertEquals("done", done.getString("status"), done.toString());
    return csvRow.substring(0, csvRow.indexOf(','));
  }

  static HttpResponse<String> api(String user, String query) {
    return Api.as(user).get("/catalog/products?" + query);
  }

  static JsonArray rows(HttpResponse<String> r) {
    assertEquals(200, r.statusCode(), r.body());
    return (JsonArray) Http.parse(r.body());
  }

  @Test
  void anInactiveProductIsFoundByChannelManagersOnly() {
    String word = ShowroomSearchIT.word();
    String sku =
        upload(
            "OFF-"
                + System.nanoTime() % 1_000_000_000L
                + ",Switch "
                + word
                + ",Gone from sale,networking,Offcorp,80,EUR,5,false",
            "sku,name,description,category,manufacturer,base_price,currency,stock:main,active");
    // the channel manager's keyword search finds it through the index (a typo: not MariaDB)
    String typo = word.substring(0, 3) + word.charAt(4) + word.charAt(3) + word.substring(5);
    long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
    HttpResponse<String> manager = api("cm-all", "q=" + typo);
    while (!manager.body().contains(sku) && System.nanoTime() < deadline) {
      ShowroomSearchIT.sleep(100);
      manager = api("cm-all", "q=" + typo);
    }
    assertTrue(manager.body().contains(sku), "indexed: " + manager.body());
    // partners do not find it, by the word, the typo or its SKU
    for (String q : List.of(word, typo, sku)) {
      HttpResponse<String> partner = api("pe-baltic", "q=" + enc(q));
      assertEquals(0, rows(partner).size(), q + ": " + partner.body());
      assertEquals("0", partner.headers().firstValue("X-Total-Count").orElse(""));
    }
    // nor the showroom: not in its results, its facets or its suggestions
    String page = ShowroomSearchIT.search("northwind-systems", word);
    assertFalse(page.contains(sku), page);
    assertFalse(page.contains("Offcorp"), "no manufacturer facet of it: " + page);
    String byMaker = ShowroomSearchIT.page(SHOWROOM + "?maker=Offcorp");
    assertFalse(byMaker.contains(sku), byMaker);
    assertFalse(byMaker.contains("Offcorp ("), byMaker);
    HttpResponse<String> suggest =
        PortalSession.anonymous().get(SHOWROOM + "/suggest?q=" + word.substring(0, 6));
    assertEquals(200, suggest.statusCode());
    assertFalse(suggest.body().contains(sku), suggest.body());
    assertEquals(404, PortalSession.anonymous().get(SHOWROOM + "/p/" + sku).statusCode());
  }

  @Test
  void markupInANameOrDescriptionIsShownAsTextInMarkedResults() {
    String word = ShowroomSearchIT.word();
    String sku =
        upload(
            "XSS-"
                + System.nanoTime() % 1_000_000_000L
                + ",\"<script>alert(1)</script> Rack "
                + word
                + "\",\"<img src=x onerror=alert(2)> fits "
                + word
                + " & more\",networking,\"Evil<b>Corp\",90,EUR,5",
            "sku,name,description,category,manufacturer,base_price,currency,stock:main");
    String page =
        ShowroomSearchIT.within(
            Duration.ofSeconds(5), SHOWROOM + "?q=" + word, b -> b.contains(sku));
    assertTrue(page.contains(sku), page);
    assertTrue(page.contains("<mark>" + word + "</mark>"), "marked: " + page);
    assertFalse(page.contains("<script>alert(1)"), page);
    assertFalse(page.contains("<img src=x"), page);
    assertFalse(page.contains("Evil<b>Corp"), "the manufacturer facet is text too: " + page);
    assertTrue(page.contains("&lt;script&gt;"), page);
    // the suggestions are JSON strings (the script puts them in as text)
    HttpResponse<String> suggest =
        PortalSession.anonymous().get(SHOWROOM + "/suggest?q=" + word.substring(0, 6));
    JsonObject found = Http.json(suggest);
    assertEquals(
        "<script>alert(1)</script> Rack " + word,
        found.getJsonArray("products").getJsonObject(0).getString("name"));
    // a partner finds it too (the API answers JSON)
    HttpResponse<String> api = api("pe-baltic", "q=" + word);
    assertEquals(1, rows(api).size(), api.body());
  }

  @Test
  void aKeywordSearchShowsTheCallersOwnNetPrices() {
    JsonObject northwind = rows(api("pm-northwind", "q=NET-SW24")).getJsonObject(0);
    assertEquals("NET-SW24", northwind.getString("sku"));
    assertEquals("contract", northwind.getString("netPriceSource"));
    assertEquals("700.00", northwind.getJsonNumber("netPrice").bigDecimalValue().toPlainString());
    JsonObject baltic = rows(api("pe-baltic", "q=NET-SW24")).getJsonObject(0);
    assertEquals("tier", baltic.getString("netPriceSource"), baltic.toString());
    assertEquals("854.05", baltic.getJsonNumber("netPrice").bigDecimalValue().toPlainString());
    // a partner user cannot ask for another partner's prices
    JsonObject tried = rows(api("pm-baltic", "q=NET-SW24&partner=1")).getJsonObject(0);
    assertEquals("854.05", tried.getJsonNumber("netPrice").bigDecimalValue().toPlainString());
    // nor can the showroom: its prices are the public ones, never a contract price
    String page = ShowroomSearchIT.search("northwind-systems", "NET-SW24");
    assertFalse(page.contains("700.00"), page);
  }

  @Test
  void aSuspendedPartnersShowroomIsNotFound() {
    long baltic = Db.count("SELECT partner_id FROM showroom WHERE slug = 'baltic-tech'");
    String status = Db.string("SELECT status FROM partner WHERE id = ?", baltic);
    assertEquals(
        200, PortalSession.anonymous().get("/showroom/baltic-tech?q=gigabit").statusCode());
    try {
      Db.update("UPDATE partner SET status = 'SUSPENDED' WHERE id = ?", baltic);
      for (String path :
          List.of(
              "/showroom/baltic-tech?q=gigabit",
              "/showroom/baltic-tech?q=gigabit&maker=x",
              "/showroom/baltic-tech/suggest?q=gig",
              "/showroom/baltic-tech/p/NET-SW24")) {
        HttpResponse<String> r = PortalSession.anonymous().get(path);
        assertEquals(404, r.statusCode(), path);
        assertFalse(r.body().contains("NET-SW24"), path + ": " + r.body());
      }
    } finally {
      Db.update("UPDATE partner SET status = ? WHERE id = ?", status, baltic);
    }
  }

  @Test
  void badValuesInAShowroomsAddressAreIgnored() {
    String all = ShowroomSearchIT.search("northwind-systems", "gigabit");
    for (String query :
        List.of(
            "min=abc",
            "max=1e999999999",
            "below=1E%2B99999999",
            "min=-5",
            "max=99999999999999999999999",
            "page=abc",
            "page=99999999999",
            "page=-3",
            "stock=maybe",
            "category=no-such-category",
            "category=" + enc("<script>x</script>"),
            "maker=" + enc("<script>alert(1)</script>"),
            "maker=" + "m".repeat(300),
            "sort=drop",
            "q=" + enc("gigabit ".repeat(80)))) {
      String path = SHOWROOM + "?q=gigabit&" + query;
      long started = System.nanoTime();
      HttpResponse<String> r = PortalSession.anonymous().get(path);
      double seconds = (System.nanoTime() - started) / 1e9;
      assertEquals(200, r.statusCode(), path + ": " + r.body());
      assertTrue(seconds < 5, path + " took " + seconds + " s");
      assertFalse(r.body().contains("<script>alert(1)"), path);
      assertFalse(r.body().contains("<script>x"), path);
    }
    // an ignored price is no filter: the same products as without it
    String ignored = ShowroomSearchIT.page(SHOWROOM + "?q=gigabit&max=1e3");
    assertEquals(ShowroomSearchIT.cards(all), ShowroomSearchIT.cards(ignored));
  }

  @Test
  void badSearchValuesOfTheApiAreAnswered400NamingThem() {
    for (String[] bad :
        List.of(
            new String[] {"minPrice=1e3", "minPrice"},
            new String[] {"maxPrice=-1", "maxPrice"},
            new String[] {"minPrice=abc", "minPrice"},
            new String[] {"category=no-such-category", "category"},
            new String[] {"minPrice=10&maxPrice=5", "maxPrice"},
            new String[] {"manufacturer=x", "manufacturer"})) {
      HttpResponse<String> r = api("pe-baltic", "q=gigabit&" + bad[0]);
      assertEquals(400, r.statusCode(), bad[0] + ": " + r.body());
      assertTrue(r.body().contains(bad[1]), bad[0] + ": " + r.body());
    }
    // a bound beyond any price filters (it used to fail in the index and close it)
    long all = rows(api("pe-baltic", "q=gigabit")).size();
    assertTrue(all >= 1);
    assertEquals(0, rows(api("pe-baltic", "q=gigabit&minPrice=999999999999999.999999")).size());
    assertEquals(all, rows(api("pe-baltic", "q=gigabit&maxPrice=999999999999999.999999")).size());
    // and the index still answers (a typo: not MariaDB)
    assertTrue(api("pe-baltic", "q=swtich").body().contains("NET-SW24"));
  }
}
