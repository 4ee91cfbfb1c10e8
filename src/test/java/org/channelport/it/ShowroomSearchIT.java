package org.channelport.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
 * The product search index on the real stack: what an upload changes is found in the showroom
 * within seconds, each showroom's categories filter its own search, facets count what the search
 * finds, suggestions come from the showroom's products and categories.
 */
@ExtendWith(ArquillianExtension.class)
class ShowroomSearchIT {

  static String page(String path) {
    HttpResponse<String> r = PortalSession.anonymous().get(path);
    assertEquals(200, r.statusCode(), path + ": " + r.body());
    return r.body();
  }

  static String search(String slug, String q) {
    return page("/showroom/" + slug + "?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8));
  }

  /** The page until it passes, at most this long; the last page when it never does. */
  static String within(Duration limit, String path, Predicate<String> passes) {
    long deadline = System.nanoTime() + limit.toNanos();
    String body = page(path);
    while (!passes.test(body) && System.nanoTime() < deadline) {
      sleep(100);
      body = page(path);
    }
    return body;
  }

  static void sleep(long ms) {
    try {
      Thread.sleep(ms);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Only the index answers with facets, and only it forgives a typo ("gigabti"). */
  @BeforeEach
  void theIndexIsReady() {
    String body =
        within(
            Duration.ofSeconds(90),
            "/showroom/northwind-systems?q=swtich",
            b -> b.contains("id=\"facets\"") && b.contains("NET-SW24"));
    assertTrue(body.contains("NET-SW24"), "the index answers (a typo is forgiven): " + body);
  }

  static String upload(String sku, String name, String category, String price) {
    JsonObject done =
        Uploads.finished(
            "cm-all",
            "",
            "text/csv",
            "sku,name,description,category,manufacturer,base_price,currency,stock:main\n"
                + sku
                + ","
                + name
                + ",Found by the search index,"
                + category
                + ",Searchcorp,"
                + price
                + ",EUR,5\n");
    assertEquals("done", done.getString("status"), done.toString());
    return sku;
  }

  static String word() {
    // letters only, one word the catalog holds nowhere else
    String digits = Long.toString(System.nanoTime() % 1_000_000_000L);
    StringBuilder w = new StringBuilder("quorbel");
    for (char c : digits.toCharArray()) {
      w.append((char) ('a' + (c - '0')));
    }
    return w.toString();
  }

  @Test
  void anUploadedProductIsFoundInTheShowroomWithinFiveSeconds() {
    String word = word();
    String sku =
        upload("IDX-" + System.nanoTime() % 1_000_000_000L, "Router " + word, "networking", "120");
    long uploaded = System.nanoTime();
    // a typo in the new word: MariaDB's FULLTEXT would not find it, only the index
    String typo = word.substring(0, 3) + word.charAt(4) + word.charAt(3) + word.substring(5);
    String path = "/showroom/northwind-systems?q=" + typo;
    String body = within(Duration.ofSeconds(5), path, b -> b.contains(sku));
    double seconds = (System.nanoTime() - uploaded) / 1e9;
    assertTrue(body.contains(sku), "found within 5 s: " + body);
    assertTrue(seconds <= 5.5, "found after " + seconds + " s");
    String exact = search("northwind-systems", word);
    assertTrue(exact.contains("<mark>" + word + "</mark>"), "the match is marked: " + exact);
    // the API's search goes the same way
    HttpResponse<String> api = Api.as("pe-baltic").get("/catalog/products?q=" + typo);
    assertEquals(200, api.statusCode(), api.body());
    assertTrue(api.body().contains(sku), api.body());
    assertEquals("1", api.headers().firstValue("X-Total-Count").orElse(""));
  }

  @Test
  void aProductLeftOutOfAShowroomsCategoriesIsFoundOnlyInTheOtherShowrooms() {
    String word = word();
    String sku =
        upload("IDX-" + System.nanoTime() % 1_000_000_000L, "NAS " + word, "storage", "300");
    String found =
        within(
            Duration.ofSeconds(5), "/showroom/northwind-systems?q=" + word, b -> b.contains(sku));
    assertTrue(found.contains(sku), found);
    long northwind = 1;
    try {
      // Northwind shows security only from now on
      Db.update("DELETE FROM showroom_category WHERE partner_id = ?", northwind);
      Db.update(
          "INSERT INTO showroom_category (partner_id, category_id)"
              + " SELECT ?, id FROM catalog_category WHERE code = 'security'",
          northwind);
      String there = search("northwind-systems", word);
      assertTrue(there.contains("id=\"facets\""), "the index answered");
      assertFalse(there.contains(sku), there);
      assertTrue(search("northwind-systems", "firewall").contains("SEC-FW100"));
      String elsewhere = search("baltic-tech", word);
      assertTrue(elsewhere.contains(sku), elsewhere);
      assertFalse(suggest("northwind-systems", word).contains(sku), "nor suggested there");
      assertTrue(suggest("baltic-tech", word).contains(sku));
    } finally {
      Db.update("DELETE FROM showroom_category WHERE partner_id = ?", northwind);
    }
  }

  static String suggest(String slug, String typed) {
    HttpResponse<String> r =
        PortalSession.anonymous()
            .get(
                "/showroom/"
                    + slug
                    + "/suggest?q="
                    + URLEncoder.encode(typed, StandardCharsets.UTF_8));
    assertEquals(200, r.statusCode(), r.body());
    assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
    return r.body();
  }

  @Test
  void suggestionsOfferProductsAndCategoriesAsTheVisitorTypes() {
    JsonObject found =
        Http.json(PortalSession.anonymous().get("/showroom/baltic-tech/suggest?q=swi"));
    assertTrue(found.getJsonArray("products").toString().contains("NET-SW24"), found.toString());
    assertTrue(
        found.getJsonArray("categories").toString().contains("\"switches\""), found.toString());
    assertTrue(suggest("baltic-tech", "zzzzqqq").contains("\"products\":[]"));
    assertEquals(
        400,
        PortalSession.anonymous()
            .get("/showroom/baltic-tech/suggest?q=" + "x".repeat(101))
            .statusCode());
    assertEquals(
        404, PortalSession.anonymous().get("/showroom/no-such-partner/suggest?q=sw").statusCode());
  }

  record Count(String label, long count, String href) {}

  static List<Count> facet(String body, String id) {
    List<Count> counts = new ArrayList<>();
    int at = body.indexOf("id=\"" + id + "\"");
    if (at < 0) {
      return counts;
    }
    String list = body.substring(at, body.indexOf("</ul>", at));
    Matcher m =
        Pattern.compile(
                // the page leaves an empty class attribute out
                "<li(?: class=\"([^\"]*)\")?>\\s*<a href=\"([^\"]+)\"[^>]*>\\s*([^<]*?)\\s*</a>"
                    + "\\s*<span class=\"sr-count\">(\\d+)</span>")
            .matcher(list);
    while (m.find()) {
      counts.add(
          new Count(
              (m.group(1) == null ? "" : m.group(1)) + " " + m.group(3),
              Long.parseLong(m.group(4)),
              m.group(2).replace("&amp;", "&")));
    }
    return counts;
  }

  static long total(String body) {
    Matcher m = Pattern.compile("id=\"totalCount\">(\\d+)<").matcher(body);
    assertTrue(m.find(), body);
    return Long.parseLong(m.group(1));
  }

  static int cards(String body) {
    return body.split("class=\"sr-card\"", -1).length - 1;
  }

  @Test
  void facetCountsAreWhatTheSearchFinds() {
    String body = search("baltic-tech", "gigabit");
    long total = total(body);
    assertEquals(cards(body), total, "one page holds them all");
    assertTrue(total >= 2, body);
    List<Count> makers = facet(body, "makerFacet");
    assertEquals(total, makers.stream().mapToLong(Count::count).sum(), makers.toString());
    List<Count> categories = facet(body, "categoryFacet");
    long topLevel =
        categories.stream()
            .filter(c -> c.label().startsWith("sr-depth-0"))
            .mapToLong(Count::count)
            .sum();
    assertEquals(total, topLevel, categories.toString());
    List<Count> prices = facet(body, "priceFacet");
    assertEquals(total, prices.stream().mapToLong(Count::count).sum(), prices.toString());
    // each value's link finds as many products as it counted
    List<Count> all = new ArrayList<>(makers);
    all.addAll(categories);
    all.addAll(prices);
    all.addAll(facet(body, "stockFacet"));
    for (Count c : all) {
      String narrowed = page(c.href().replaceFirst("^.*?/showroom/", "/showroom/"));
      assertEquals(c.count(), total(narrowed), c + ": " + narrowed);
      assertEquals(c.count(), cards(narrowed), c.toString());
    }
  }

  @Test
  void theChosenFacetsStayChosenWhenTheKeywordsChange() {
    String body = page("/showroom/baltic-tech?q=gigabit&min=50&below=100&maker=Acme&stock=yes");
    int form = body.indexOf("id=\"search\"");
    String search = body.substring(form, body.indexOf("</form>", form));
    for (String hidden :
        List.of(
            "name=\"min\" value=\"50\"",
            "name=\"below\" value=\"100\"",
            "name=\"maker\" value=\"Acme\"",
            "name=\"stock\" value=\"yes\"")) {
      assertTrue(search.contains(hidden), hidden + " in " + search);
    }
    // nothing chosen: no hidden fields
    String plain = search("baltic-tech", "gigabit");
    int at = plain.indexOf("id=\"search\"");
    assertFalse(plain.substring(at, plain.indexOf("</form>", at)).contains("type=\"hidden\""));
  }
}
