package org.channelport.it;

import static org.channelport.it.PartnerAccessMatrixIT.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.channelport.it.support.Api;
import org.channelport.it.support.Db;
import org.channelport.it.support.Http;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The solutions knowledge base over the API, on the real stack: channel managers write and publish,
 * partner users find published solutions best first while they type (drafts never), "this solved
 * it" is counted, partners cannot write, bad input is refused naming the field.
 */
@ExtendWith(ArquillianExtension.class)
class SolutionsIT {
  /** A made-up word per run, so this run's solutions are the only ones that match it. */
  static final String WORD =
      "zq" + UUID.randomUUID().toString().replace("-", "").substring(0, 8).toLowerCase(Locale.ROOT);

  static JsonObject create(String user, String json) {
    HttpResponse<String> created = Api.as(user).post("/solutions", json);
    assertEquals(201, created.statusCode(), created.body());
    JsonObject solution = Http.json(created);
    assertTrue(
        created
            .headers()
            .firstValue("Location")
            .orElseThrow()
            .endsWith("/api/v1/solutions/" + solution.getJsonNumber("id")),
        created.headers().toString());
    return solution;
  }

  static String body(String title, String symptoms, String steps, boolean published) {
    return "{\"title\":\""
        + title
        + "\",\"symptoms\":"
        + (symptoms == null ? "null" : "\"" + symptoms + "\"")
        + ",\"steps\":\""
        + steps
        + "\",\"categories\":[\"switches\"],\"skus\":[\"net-sw24\"],\"published\":"
        + published
        + "}";
  }

  static JsonArray search(String user, String query) {
    HttpResponse<String> found = Api.as(user).get("/solutions?" + query);
    assertEquals(200, found.statusCode(), found.body());
    return (JsonArray) Http.parse(found.body());
  }

  static String q(String text) {
    return "q=" + URLEncoder.encode(text, StandardCharsets.UTF_8);
  }

  static List<Long> ids(JsonArray hits) {
    return hits.stream().map(v -> ((JsonObject) v).getJsonNumber("id").longValue()).toList();
  }

  static long id(JsonObject o) {
    return o.getJsonNumber("id").longValue();
  }

  @Test
  void aChannelManagerPublishesAndAPartnerFindsItBestFirstWhileTyping() {
    String word = WORD + "a";
    JsonObject inSteps =
        create(
            "cm-all",
            body(
                "Fan noise on the rack switch",
                "The fans are loud.",
                "Clean the " + word + " filter; check the fan tray.",
                true));
    JsonObject inTitle =
        create(
            "cm-all",
            body(
                "Switch " + word + " stays dark",
                "No power LED after the firmware update.",
                "Hold reset for 15 seconds while powering on.",
                true));
    assertTrue(inTitle.getBoolean("published"), inTitle.toString());
    assertEquals(
        List.of("switches"),
        inTitle.getJsonArray("categories").getValuesAs(jakarta.json.JsonString::getString));
    // the SKU as the catalog spells it
    assertEquals("NET-SW24", inTitle.getJsonArray("skus").getString(0));
    assertEquals(0, inTitle.getInt("solvedCount"));

    // the word in the title weighs more than in the steps
    JsonArray hits = search("pe-northwind", q(word));
    assertEquals(List.of(id(inTitle), id(inSteps)), ids(hits), hits.toString());
    JsonObject best = hits.getJsonObject(0);
    for (String field : List.of("id", "title", "symptoms", "steps", "score", "solvedCount")) {
      assertTrue(best.containsKey(field), field + " in " + best);
    }
    assertTrue(
        best.getJsonNumber("score").doubleValue()
            > hits.getJsonObject(1).getJsonNumber("score").doubleValue(),
        hits.toString());

    assertEquals(id(inTitle), ids(search("pe-northwind", q(word + " power"))).get(0));
    // while typing: the last word half written
    String half = word.substring(0, word.length() - 2);
    assertEquals(id(inTitle), ids(search("pe-baltic", q("switch " + half))).get(0));
    assertEquals(id(inTitle), ids(search("pe-baltic", q(word + " does not pow"))).get(0));

    // operators typed by the user change nothing and break nothing
    for (String text :
        List.of(
            "+" + word + " -power",
            "\"" + word + "\" power*",
            word + ") (power ~firmware",
            word + " @3 <up >down",
            word + "' OR 1=1 --")) {
      assertEquals(id(inTitle), ids(search("pm-northwind", q(text))).get(0), text);
    }
    // only stop words and short words: nothing to look for, no error
    assertEquals(200, Api.as("pe-northwind").get("/solutions?" + q("it is on")).statusCode());

    JsonObject read = Http.json(Api.as("pe-northwind").get("/solutions/" + id(inTitle)));
    assertEquals("Switch " + word + " stays dark", read.getString("title"));
  }

  @Test
  void theIssuesProductLiftsItsSolutionsAndWithoutWordsLimitsTheList() {
    String word = WORD + "b";
    JsonObject forSwitch =
        create("cm-all", body("Reset " + word, "LEDs blink " + word, "Press reset.", true));
    JsonObject forNas =
        create(
            "cm-all",
            "{\"title\":\"Reset "
                + word
                + "\",\"symptoms\":\"LEDs blink "
                + word
                + "\",\"steps\":\"Press reset.\",\"categories\":[\"storage\"],"
                + "\"skus\":[\"STO-NAS4\"],\"published\":true}");
    assertEquals(id(forNas), ids(search("pe-northwind", q(word) + "&sku=STO-NAS4")).get(0));
    assertEquals(id(forSwitch), ids(search("pe-northwind", q(word) + "&sku=NET-SW24")).get(0));
    assertEquals(id(forNas), ids(search("pe-northwind", q(word) + "&category=storage")).get(0));
    List<Long> nas = ids(search("pe-northwind", "sku=STO-NAS4&limit=200"));
    assertTrue(nas.contains(id(forNas)) && !nas.contains(id(forSwitch)), nas.toString());
    // the demo solution about the switch that does not power up, for the browser test
    JsonArray demo = search("pe-baltic", q("switch does not power"));
    assertEquals(
        "Switch does not power up after a firmware update",
        demo.getJsonObject(0).getString("title"),
        demo.toString());
  }

  @Test
  void draftsAreInvisibleToPartnersAndVisibleToChannelManagers() {
    String word = WORD + "c";
    JsonObject draft =
        create("cm-all", body("Draft " + word, null, "Steps of a draft " + word, false));
    assertFalse(draft.getBoolean("published"));
    assertTrue(draft.isNull("symptoms"));
    for (String user : List.of("pe-northwind", "pm-northwind", "pm-baltic", "pe-baltic")) {
      assertEquals(List.of(), ids(search(user, q(word))), user);
      assertFalse(ids(search(user, "limit=200&sort=updatedAt")).contains(id(draft)), user);
      // even when asking for drafts
      assertEquals(List.of(), ids(search(user, q(word) + "&published=false")), user);
      assertProblem(Api.as(user).get("/solutions/" + id(draft)), 404);
    }
    assertEquals(List.of(id(draft)), ids(search("cm-danube", q(word))));
    assertEquals(List.of(id(draft)), ids(search("cm-all", q(word) + "&published=false")));
    assertEquals(List.of(), ids(search("cm-all", q(word) + "&published=true")));
    assertEquals(200, Api.as("cm-danube").get("/solutions/" + id(draft)).statusCode());
    // published later (with symptoms now): partners find it
    HttpResponse<String> published =
        Api.as("cm-all")
            .put(
                "/solutions/" + id(draft),
                "{\"title\":\"Draft "
                    + word
                    + "\",\"symptoms\":\"Now with symptoms\",\"steps\":\"Steps "
                    + word
                    + "\",\"published\":true,\"version\":"
                    + draft.getJsonNumber("version")
                    + "}");
    assertEquals(200, published.statusCode(), published.body());
    assertEquals(List.of(id(draft)), ids(search("pe-baltic", q(word))));
    // and withdrawn again: gone for partners
    JsonObject now = Http.json(published);
    assertEquals(
        200,
        Api.as("cm-all")
            .put(
                "/solutions/" + id(draft),
                "{\"title\":\"Draft "
                    + word
                    + "\",\"steps\":\"Steps "
                    + word
                    + "\",\"published\":false,\"version\":"
                    + now.getJsonNumber("version")
                    + "}")
            .statusCode());
    assertEquals(List.of(), ids(search("pe-baltic", q(word))));
  }

  @Test
  void partnerUsersCannotWriteSolutions() {
    String word = WORD + "d";
    JsonObject solution = create("cm-all", body("Written " + word, "S", "Steps", true));
    for (String user : List.of("pe-northwind", "pm-northwind", "pm-baltic")) {
      assertProblem(Api.as(user).post("/solutions", body("Mine " + word, "S", "T", true)), 403);
      assertProblem(
          Api.as(user).put("/solutions/" + id(solution), body("Changed " + word, "S", "T", true)),
          403);
    }
    assertEquals(
        0, Db.count("SELECT COUNT(*) FROM solution WHERE title LIKE ?", "%Mine " + word + "%"));
    assertEquals(
        "Written " + word, Db.string("SELECT title FROM solution WHERE id = ?", id(solution)));
    assertEquals(401, Api.withToken("not-a-token").get("/solutions").statusCode());
  }

  @Test
  void thisSolvedItCountsADeflectedIssueOncePerUserAndClick() {
    String word = WORD + "e";
    JsonObject solution = create("cm-all", body("Deflect " + word, "S", "Steps", true));
    long id = id(solution);
    long northwindBefore =
        Db.count("SELECT COUNT(*) FROM solution_deflection WHERE partner_id = 1");
    HttpResponse<String> first =
        Api.as("pe-northwind").post("/solutions/" + id + "/deflect", "{\"sku\":\"NET-SW24\"}");
    assertEquals(200, first.statusCode(), first.body());
    assertEquals(1, Http.json(first).getInt("solvedCount"));
    // a double click counts once
    assertEquals(
        1,
        Http.json(Api.as("pe-northwind").post("/solutions/" + id + "/deflect", "{}"))
            .getInt("solvedCount"));
    // another partner's user, no body
    assertEquals(
        2,
        Http.json(Api.as("pe-baltic").post("/solutions/" + id + "/deflect", null))
            .getInt("solvedCount"));
    assertEquals(
        northwindBefore + 1,
        Db.count("SELECT COUNT(*) FROM solution_deflection WHERE partner_id = 1"));
    assertEquals(
        1,
        Db.count(
            "SELECT COUNT(*) FROM solution_deflection WHERE solution_id = ? AND partner_id = 1"
                + " AND sku = 'NET-SW24'",
            id));
    JsonArray found = search("pe-northwind", q(word));
    assertEquals(1, found.size(), found.toString());
    assertEquals(2, found.getJsonObject(0).getInt("solvedCount"));
    // channel managers log no issues: nothing to deflect
    assertProblem(Api.as("cm-all").post("/solutions/" + id + "/deflect", "{}"), 403);
    // a draft cannot be clicked
    JsonObject draft = create("cm-all", body("Deflect draft " + word, null, "Steps", false));
    assertProblem(Api.as("pe-northwind").post("/solutions/" + id(draft) + "/deflect", "{}"), 404);
    assertProblem(Api.as("pe-northwind").post("/solutions/999999999/deflect", "{}"), 404);
    assertEquals(2, Db.count("SELECT solved_count FROM solution WHERE id = ?", id));
  }

  @Test
  void parallelClicksAndParallelTurnsIntoASolutionWriteOnce() throws Exception {
    String word = WORD + "j";
    long id = id(create("cm-all", body("Parallel " + word, "S", "Steps", true)));
    ExecutorService pool = Executors.newFixedThreadPool(6);
    try {
      List<Future<HttpResponse<String>>> clicks = new ArrayList<>();
      for (int i = 0; i < 6; i++) {
        clicks.add(
            pool.submit(() -> Api.as("pe-northwind").post("/solutions/" + id + "/deflect", "{}")));
      }
      for (Future<HttpResponse<String>> click : clicks) {
        assertEquals(200, click.get().statusCode(), click.get().body());
      }
      assertEquals(1, Db.count("SELECT solved_count FROM solution WHERE id = ?", id));
      assertEquals(
          1, Db.count("SELECT COUNT(*) FROM solution_deflection WHERE solution_id = ?", id));

      long issue = solvedIssue("Parallel issue " + word, "d", "Answer " + word, null);
      List<Future<HttpResponse<String>>> turns = new ArrayList<>();
      for (int i = 0; i < 4; i++) {
        turns.add(
            pool.submit(
                () ->
                    Api.as("cm-all")
                        .post(
                            "/service-issues/" + issue + "/solution",
                            "{\"title\":\"Parallel " + word + "\"}")));
      }
      List<Integer> codes = new ArrayList<>();
      for (Future<HttpResponse<String>> turn : turns) {
        codes.add(turn.get().statusCode());
      }
      assertEquals(1, codes.stream().filter(c -> c == 201).count(), codes.toString());
      assertEquals(3, codes.stream().filter(c -> c == 409).count(), codes.toString());
      assertEquals(1, Db.count("SELECT COUNT(*) FROM solution WHERE source_issue_id = ?", issue));
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void aStaleVersionIsRefusedAndNothingChanges() {
    String word = WORD + "f";
    JsonObject solution = create("cm-all", body("Versioned " + word, "S", "Steps", true));
    long version = solution.getJsonNumber("version").longValue();
    HttpResponse<String> first =
        Api.as("cm-all")
            .put(
                "/solutions/" + id(solution),
                "{\"title\":\"First "
                    + word
                    + "\",\"symptoms\":\"S\",\"steps\":\"One\",\"version\":"
                    + version
                    + "}");
    assertEquals(200, first.statusCode(), first.body());
    HttpResponse<String> second =
        Api.as("cm-danube")
            .put(
                "/solutions/" + id(solution),
                "{\"title\":\"Second "
                    + word
                    + "\",\"symptoms\":\"S\",\"steps\":\"Two\",\"version\":"
                    + version
                    + "}");
    assertProblem(second, 409);
    assertEquals("version", Http.json(second).getString("field"));
    assertEquals(
        "First " + word, Db.string("SELECT title FROM solution WHERE id = ?", id(solution)));
    assertProblem(Api.as("cm-all").put("/solutions/999999999", body("X", "S", "T", true)), 404);
  }

  @Test
  void badInputIsRefusedNamingTheFieldAndNothingIsStored() {
    String word = WORD + "g";
    long before = Db.count("SELECT COUNT(*) FROM solution");
    assertField(Api.as("cm-all").post("/solutions", "{}"), "title");
    assertField(
        Api.as("cm-all").post("/solutions", "{\"title\":\"Only a title " + word + "\"}"), "steps");
    assertField(
        Api.as("cm-all")
            .post("/solutions", "{\"title\":\"" + "x".repeat(201) + "\",\"steps\":\"s\"}"),
        "title");
    assertField(
        Api.as("cm-all")
            .post(
                "/solutions", "{\"title\":\"T " + word + "\",\"steps\":\"s\",\"published\":true}"),
        "symptoms");
    assertField(
        Api.as("cm-all")
            .post(
                "/solutions",
                "{\"title\":\"T "
                    + word
                    + "\",\"steps\":\"s\",\"categories\":[\"switches\","
                    + "\"no-such-category\"]}"),
        "categories[1]");
    assertField(
        Api.as("cm-all")
            .post(
                "/solutions",
                "{\"title\":\"T " + word + "\",\"steps\":\"s\",\"skus\":[\"NO-SUCH-SKU\"]}"),
        "skus[0]");
    assertField(
        Api.as("cm-all")
            .post(
                "/solutions",
                "{\"title\":\"T " + word + "\",\"steps\":\"s\",\"skus\":\"NET-SW24\"}"),
        "skus");
    assertField(
        Api.as("cm-all")
            .post("/solutions", "{\"title\":\"T\\u0007 " + word + "\",\"steps\":\"s\"}"),
        "title");
    assertField(
        Api.as("cm-all").post("/solutions", "{\"title\":\"T\",\"published\":\"yes\"}"),
        "published");
    assertField(Api.as("cm-all").post("/solutions", ""), "body");
    assertEquals(before, Db.count("SELECT COUNT(*) FROM solution"));
    assertField(Api.as("pe-northwind").get("/solutions?limit=0"), "limit");
    assertField(Api.as("pe-northwind").get("/solutions?sort=price"), "sort");
    assertField(Api.as("pe-northwind").get("/solutions?published=maybe"), "published");
    assertField(Api.as("pe-northwind").get("/solutions?query=switch"), "query");
    assertField(Api.as("pe-northwind").get("/solutions?" + q("x".repeat(201))), "q");
    assertField(
        Api.as("pe-northwind").post("/solutions/1/deflect", "{\"sku\":\"" + "x".repeat(65) + "\"}"),
        "sku");
  }

  /** A new issue of pe-northwind about a switch, taken and solved by cm-all. */
  static long solvedIssue(String subject, String description, String solution, Long solutionId) {
    JsonArray customers =
        (JsonArray) Http.parse(Api.as("pe-northwind").get("/customers?limit=1").body());
    long customer = customers.getJsonObject(0).getJsonNumber("id").longValue();
    HttpResponse<String> created =
        Api.as("pe-northwind")
            .post(
                "/service-issues",
                "{\"customerId\":"
                    + customer
                    + ",\"sku\":\"NET-SW24\",\"serialNumber\":\"SN-"
                    + WORD
                    + "\",\"subject\":\""
                    + subject
                    + "\",\"description\":\""
                    + description
                    + "\",\"priority\":\"normal\",\"category\":\"defect\"}");
    assertEquals(201, created.statusCode(), created.body());
    long id = id(Http.json(created));
    HttpResponse<String> taken = Api.as("cm-all").post("/service-issues/" + id + "/take", "{}");
    assertEquals(200, taken.statusCode(), taken.body());
    HttpResponse<String> solved =
        Api.as("cm-all")
            .post(
                "/service-issues/" + id + "/solve",
                "{\"solution\":\""
                    + solution
                    + "\""
                    + (solutionId == null ? "" : ",\"solutionId\":" + solutionId)
                    + "}");
    assertEquals(200, solved.statusCode(), solved.body());
    return id;
  }

  @Test
  void aSolvedIssuesAnswerBecomesASolutionInOneStep() {
    String word = WORD + "h";
    long issue =
        solvedIssue(
            "Switch " + word + " dark after update",
            "Customer Brauhaus: the switch stays dark since the update.",
            "Hold reset for 15 seconds while powering on " + word + ".",
            null);
    assertProblem(Api.as("pe-northwind").post("/service-issues/" + issue + "/solution", "{}"), 403);
    assertProblem(Api.as("cm-danube").post("/service-issues/" + issue + "/solution", "{}"), 404);
    // no title given: the partner's subject is not taken for one unless asked for
    assertField(Api.as("cm-all").post("/service-issues/" + issue + "/solution", "{}"), "title");
    assertEquals(0, Db.count("SELECT COUNT(*) FROM solution WHERE source_issue_id = ?", issue));
    HttpResponse<String> made =
        Api.as("cm-all")
            .post(
                "/service-issues/" + issue + "/solution",
                "{\"title\":\"Switch " + word + " dark after update\"}");
    assertEquals(201, made.statusCode(), made.body());
    JsonObject solution = Http.json(made);
    assertTrue(
        made.headers()
            .firstValue("Location")
            .orElseThrow()
            .endsWith("/api/v1/solutions/" + id(solution)));
    assertEquals("Switch " + word + " dark after update", solution.getString("title"));
    // the partner's description (its customer's name in it) only when the channel manager says so
    assertTrue(solution.isNull("symptoms"), solution.toString());
    assertEquals(
        "Hold reset for 15 seconds while powering on " + word + ".", solution.getString("steps"));
    assertFalse(solution.getBoolean("published"));
    assertEquals("NET-SW24", solution.getJsonArray("skus").getString(0));
    assertEquals(issue, solution.getJsonNumber("sourceIssueId").longValue());
    assertEquals(1, solution.getInt("solvedCount"));
    assertEquals(
        id(solution), Db.count("SELECT solution_id FROM service_issue WHERE id = ?", issue));
    // a draft: its id is the service's own, a partner asking for it is audited
    JsonObject partnersView = Http.json(Api.as("pe-northwind").get("/service-issues/" + issue));
    assertTrue(partnersView.isNull("solutionId"), partnersView.toString());
    assertEquals(
        id(solution),
        Http.json(Api.as("cm-all").get("/service-issues/" + issue))
            .getJsonNumber("solutionId")
            .longValue());
    assertProblem(Api.as("pe-northwind").get("/solutions/" + id(solution)), 404);
    assertEquals(
        1,
        Db.count(
            "SELECT COUNT(*) FROM audit_log WHERE action = 'DENIED' AND entity_type = 'Solution'"
                + " AND entity_id = ? AND actor = 'pe-northwind'",
            String.valueOf(id(solution))));
    HttpResponse<String> again =
        Api.as("cm-all").post("/service-issues/" + issue + "/solution", "{\"title\":\"T\"}");
    assertProblem(again, 409);
    assertEquals("solutionId", Http.json(again).getString("field"));
    assertEquals(List.of(), ids(search("pe-baltic", q(word))));

    // published at once, the description confirmed as symptoms: another partner finds it
    String other = WORD + "i";
    long second =
        solvedIssue(
            "Access point " + other + " reboots",
            "It reboots every few minutes " + other + ".",
            "Move it to a PoE+ port.",
            null);
    HttpResponse<String> published =
        Api.as("cm-all")
            .post(
                "/service-issues/" + second + "/solution",
                "{\"useDescription\":true,\"published\":true,\"skus\":[\"NET-AP6\"],\"categories\":[\"wireless\"]}");
    assertEquals(201, published.statusCode(), published.body());
    JsonObject kb = Http.json(published);
    assertTrue(kb.getBoolean("published"));
    assertEquals("It reboots every few minutes " + other + ".", kb.getString("symptoms"));
    assertEquals(
        List.of(id(kb)),
        ids(search("pe-baltic", q("access point " + other.substring(0, 6)))).subList(0, 1));

    // an issue solved with a solution of the knowledge base counts as one more solve of it
    long again2 =
        solvedIssue("Again " + other, "Same again " + other, "As the solution says.", id(kb));
    assertEquals(2, Db.count("SELECT solved_count FROM solution WHERE id = ?", id(kb)));
    // reopened and solved with it again: the same issue, counted once
    reopen(again2);
    assertEquals(200, solve(again2, "Again as the solution says.", id(kb)).statusCode());
    assertEquals(2, Db.count("SELECT solved_count FROM solution WHERE id = ?", id(kb)));
    // solved again without naming one: the link stays
    reopen(again2);
    assertEquals(200, solve(again2, "Once more.", null).statusCode());
    assertEquals(id(kb), Db.count("SELECT solution_id FROM service_issue WHERE id = ?", again2));
    assertEquals(2, Db.count("SELECT solved_count FROM solution WHERE id = ?", id(kb)));
    // only a published solution answers an issue: the draft above is refused, nothing counted
    reopen(again2);
    assertField(solve(again2, "With the draft.", id(solution)), "solutionId");
    assertEquals("IN_PROGRESS", Db.string("SELECT status FROM service_issue WHERE id = ?", again2));
    assertEquals(1, Db.count("SELECT solved_count FROM solution WHERE id = ?", id(solution)));

    // not solved (yet): nothing to turn into a solution
    JsonArray customers =
        (JsonArray) Http.parse(Api.as("pe-northwind").get("/customers?limit=1").body());
    HttpResponse<String> open =
        Api.as("pe-northwind")
            .post(
                "/service-issues",
                "{\"customerId\":"
                    + customers.getJsonObject(0).getJsonNumber("id")
                    + ",\"sku\":\"NET-SW24\",\"subject\":\"Open "
                    + word
                    + "\",\"description\":\"d\",\"priority\":\"low\",\"category\":\"question\"}");
    assertEquals(201, open.statusCode(), open.body());
    assertProblem(
        Api.as("cm-all").post("/service-issues/" + id(Http.json(open)) + "/solution", "{}"), 409);
  }

  static void reopen(long issue) {
    HttpResponse<String> reopened =
        Api.as("cm-all")
            .post("/service-issues/" + issue + "/reopen", "{\"reason\":\"Not solved after all\"}");
    assertEquals(200, reopened.statusCode(), reopened.body());
  }

  static HttpResponse<String> solve(long issue, String text, Long solutionId) {
    return Api.as("cm-all")
        .post(
            "/service-issues/" + issue + "/solve",
            "{\"solution\":\""
                + text
                + "\""
                + (solutionId == null ? "" : ",\"solutionId\":" + solutionId)
                + "}");
  }

  static void assertField(HttpResponse<String> response, String field) {
    assertProblem(response, 400);
    JsonObject problem = Http.json(response);
    assertEquals(field, problem.getString("field"), response.body());
    assertFalse(response.body().contains("org.channelport"), response.body());
    assertTrue(problem.get("errors") == null || problem.get("errors") != JsonValue.NULL);
  }
}
