package org.channelport.it;

import static org.channelport.it.PartnerAccessMatrixIT.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;
import org.channelport.it.support.Api;
import org.channelport.it.support.Db;
import org.channelport.it.support.Http;
import org.channelport.it.support.Leads;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The lead's life over the API: input rules, transitions, history, the single customer view. */
@ExtendWith(ArquillianExtension.class)
class LeadApiIT {

  @Test
  void createdLeadsStartInThePoolWithTheirCreationInTheHistory() {
    HttpResponse<String> created =
        Api.as("cm-all")
            .post(
                "/leads",
                "{\"company\":\"  Kestrel Freight GmbH \",\"contactName\":\"Kai Falk\","
                    + "\"email\":\"Kai.Falk@Kestrel-Freight.example\",\"phone\":\"+49 30 555 1\","
                    + "\"country\":\"de\",\"postcode\":\"10115\",\"need\":\"VPN for 40 trucks\","
                    + "\"category\":\"Security\",\"estimatedValue\":12500.50,\"currency\":\"eur\"}");
    assertEquals(201, created.statusCode(), created.body());
    JsonObject lead = Http.json(created);
    assertTrue(
        created
            .headers()
            .firstValue("Location")
            .orElseThrow()
            .endsWith("/leads/" + lead.getInt("id")));
    assertEquals("new", lead.getString("status"));
    assertEquals("channel_manager", lead.getString("source"));
    assertEquals("Kestrel Freight GmbH", lead.getString("company"));
    assertEquals("kai.falk@kestrel-freight.example", lead.getString("email"));
    assertEquals("DE", lead.getString("country"));
    assertEquals("security", lead.getString("category"));
    assertEquals("EUR", lead.getString("currency"));
    assertTrue(lead.isNull("partnerId"));
    JsonArray events =
        Http.parse(Api.as("cm-all").get("/leads/" + lead.getInt("id") + "/events").body())
            .asJsonArray();
    assertEquals(1, events.size());
    assertEquals("created", events.getJsonObject(0).getString("type"));
    assertEquals("cm-all", events.getJsonObject(0).getString("actor"));
  }

  @Test
  void aSearchMatchesBackslashPercentAndUnderscoreLiterally() {
    String tag = "Lit" + System.nanoTime();
    long backslash = Leads.create(tag + " a\\\\b", tag.toLowerCase() + "1@lit.example", "DE");
    Leads.create(tag + " ab", tag.toLowerCase() + "2@lit.example", "DE");
    long percent = Leads.create(tag + " 50% off", tag.toLowerCase() + "3@lit.example", "DE");
    Leads.create(tag + " 500 off", tag.toLowerCase() + "4@lit.example", "DE");
    long underscore = Leads.create(tag + " a_b", tag.toLowerCase() + "5@lit.example", "DE");
    Leads.create(tag + " axb", tag.toLowerCase() + "6@lit.example", "DE");
    assertEquals(List.of(backslash), search(tag + " a\\b"));
    assertEquals(List.of(percent), search(tag + " 50%"));
    assertEquals(List.of(underscore), search(tag + " a_b"));
  }

  private static List<Long> search(String q) {
    HttpResponse<String> found =
        Api.as("cm-all").get("/leads?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8));
    assertEquals(200, found.statusCode(), found.body());
    return Http.parse(found.body()).asJsonArray().stream()
        .map(v -> v.asJsonObject().getJsonNumber("id").longValue())
        .toList();
  }

  @Test
  void badInputNamesEveryFieldAndCreatesNothing() {
    long before = Db.count("SELECT COUNT(*) FROM sales_lead");
    HttpResponse<String> response =
        Api.as("cm-all")
            .post(
                "/leads",
                "{\"company\":\"\",\"email\":\"not-an-address\",\"country\":\"XX\","
                    + "\"category\":\"Bad Category!\",\"estimatedValue\":-5,\"currency\":\"EURO\"}");
    assertProblem(response, 400);
    String body = response.body();
    for (String field :
        new String[] {"company", "email", "country", "category", "estimatedValue", "currency"}) {
      assertTrue(body.contains("\"" + field + "\""), field + " named in " + body);
    }
    assertEquals(before, Db.count("SELECT COUNT(*) FROM sales_lead"));
    assertProblem(Api.as("cm-all").post("/leads", "{\"company\":"), 400);
    assertProblem(Api.as("cm-all").post("/leads", ""), 400);
    assertEquals(before, Db.count("SELECT COUNT(*) FROM sales_lead"));
  }

  @Test
  void aDispatchedLeadHasAnAcceptanceDeadlineByTier() {
    long lead = Leads.dispatched("Deadline", 3);
    JsonObject json = Http.json(Api.as("pm-danube").get("/leads/" + lead));
    assertEquals("dispatched", json.getString("status"));
    Instant due = Instant.parse(json.getString("acceptDueAt"));
    Instant dispatched = Instant.parse(json.getString("dispatchedAt"));
    // Danube Solutions is platinum: 24 hours
    assertEquals(Duration.ofHours(24), Duration.between(dispatched, due));
  }

  @Test
  void invalidTransitionsAreConflictsThatChangeNothing() {
    long lead = Leads.inPool("Transition");
    HttpResponse<String> early = Api.as("cm-all").post("/leads/" + lead + "/accept", "{}");
    assertProblem(early, 403);
    long dispatched = Leads.dispatched("Transition", 1);
    HttpResponse<String> qualifyTooEarly =
        Api.as("pm-northwind").post("/leads/" + dispatched + "/qualify", Leads.QUALIFICATION);
    assertProblem(qualifyTooEarly, 409);
    assertTrue(
        Http.json(qualifyTooEarly).getString("detail").contains("dispatched"),
        qualifyTooEarly.body());
    HttpResponse<String> winTooEarly =
        Api.as("pm-northwind")
            .post("/leads/" + dispatched + "/close", "{\"outcome\":\"won\",\"value\":1}");
    assertProblem(winTooEarly, 409);
    assertProblem(
        Api.as("cm-all").post("/leads/" + dispatched + "/dispatch", "{\"partnerId\":2}"), 409);
    Leads.ok(Api.as("pm-northwind").post("/leads/" + dispatched + "/accept", "{}"));
    assertProblem(Api.as("pm-northwind").post("/leads/" + dispatched + "/accept", "{}"), 409);
    assertProblem(
        Api.as("pm-northwind").post("/leads/" + dispatched + "/reject", "{\"reason\":\"late\"}"),
        409);
    assertEquals("ACCEPTED", Db.string("SELECT status FROM sales_lead WHERE id = ?", dispatched));
  }

  @Test
  void aStaleVersionIsAConflict() {
    long lead = Leads.dispatched("Stale", 1);
    long version =
        Http.json(Api.as("pm-northwind").get("/leads/" + lead))
            .getJsonNumber("version")
            .longValue();
    // a colleague's note changes the lead meanwhile
    assertEquals(
        201,
        Api.as("pm-northwind")
            .post("/leads/" + lead + "/notes", "{\"text\":\"first look\"}")
            .statusCode());
    HttpResponse<String> stale =
        Api.as("pm-northwind").post("/leads/" + lead + "/accept", "{\"version\":" + version + "}");
    assertProblem(stale, 409);
    assertTrue(
        Http.json(stale).getString("detail").contains("changed by someone else"), stale.body());
    assertEquals("DISPATCHED", Db.string("SELECT status FROM sales_lead WHERE id = ?", lead));
  }

  @Test
  void aRejectedLeadGoesBackToThePoolAndThePartnerIsExcluded() {
    long lead = Leads.dispatched("Rejected", 1);
    HttpResponse<String> rejected =
        Api.as("pm-northwind")
            .post("/leads/" + lead + "/reject", "{\"reason\":\"outside our area\"}");
    Leads.ok(rejected);
    assertEquals("rejected", Http.json(rejected).getString("status"));
    // no longer Northwind's
    assertProblem(Api.as("pm-northwind").get("/leads/" + lead), 404);
    JsonObject pool = Http.json(Api.as("cm-all").get("/leads/" + lead));
    assertTrue(pool.isNull("partnerId"));
    assertEquals("outside our area", pool.getString("statusReason"));
    HttpResponse<String> again =
        Api.as("cm-all").post("/leads/" + lead + "/dispatch", "{\"partnerId\":1}");
    assertProblem(again, 409);
    assertTrue(Http.json(again).getString("detail").contains("Northwind"), again.body());
    Leads.ok(Api.as("cm-all").post("/leads/" + lead + "/dispatch", "{\"partnerId\":2}"));
    assertEquals(200, Api.as("pm-baltic").get("/leads/" + lead).statusCode());
  }

  @Test
  void partnersSeeOnlyTheirOwnPartOfTheHistory() {
    long lead = Leads.dispatched("History", 1);
    Leads.ok(Api.as("pm-northwind").post("/leads/" + lead + "/reject", "{\"reason\":\"busy\"}"));
    Api.as("cm-all").post("/leads/" + lead + "/notes", "{\"text\":\"internal: try Baltic\"}");
    Leads.ok(Api.as("cm-all").post("/leads/" + lead + "/dispatch", "{\"partnerId\":2}"));
    String baltic = Api.as("pm-baltic").get("/leads/" + lead + "/events").body();
    assertFalse(baltic.contains("busy"), baltic);
    assertFalse(baltic.contains("internal"), baltic);
    assertFalse(baltic.contains("\"partnerId\":1"), baltic);
    assertFalse(baltic.contains("mode"), "no dispatch reasoning for partners: " + baltic);
    String types =
        Http.parse(baltic).asJsonArray().stream()
            .map(e -> e.asJsonObject().getString("type"))
            .collect(Collectors.joining(","));
    assertEquals("created,dispatched", types);
    String channel = Api.as("cm-all").get("/leads/" + lead + "/events").body();
    assertTrue(channel.contains("busy") && channel.contains("internal: try Baltic"), channel);
  }

  @Test
  void theFullLifeEndsWonWithItsValue() {
    long lead = Leads.qualified("Won", 1);
    JsonObject qualified = Http.json(Api.as("pe-northwind").get("/leads/" + lead));
    assertEquals("CIO signs", qualified.getJsonObject("qualification").getString("authority"));
    assertProblem(
        Api.as("pe-northwind").post("/leads/" + lead + "/close", "{\"outcome\":\"won\"}"), 400);
    assertProblem(
        Api.as("pe-northwind").post("/leads/" + lead + "/close", "{\"outcome\":\"maybe\"}"), 400);
    JsonObject won =
        Http.json(
            Leads.ok(
                Api.as("pe-northwind")
                    .post("/leads/" + lead + "/close", "{\"outcome\":\"won\",\"value\":43000}")));
    assertEquals("won", won.getString("status"));
    assertEquals(
        0, won.getJsonNumber("wonValue").bigDecimalValue().compareTo(new BigDecimal("43000")));
    assertNotNull(won.getString("closedAt"));
    long lost = Leads.accepted("Lost", 2);
    assertProblem(
        Api.as("pm-baltic").post("/leads/" + lost + "/close", "{\"outcome\":\"lost\"}"), 400);
    JsonObject closed =
        Http.json(
            Leads.ok(
                Api.as("pm-baltic")
                    .post(
                        "/leads/" + lost + "/close",
                        "{\"outcome\":\"lost\",\"reason\":\"price\"}")));
    assertEquals("lost", closed.getString("status"));
    assertEquals("price", closed.getString("statusReason"));
  }

  @Test
  void assigningOnlyToColleagues() {
    long lead = Leads.accepted("Colleague", 1);
    assertProblem(
        Api.as("pm-northwind").post("/leads/" + lead + "/assign", "{\"username\":\"pe-baltic\"}"),
        400);
    assertProblem(
        Api.as("pm-northwind").post("/leads/" + lead + "/assign", "{\"username\":\"nobody\"}"),
        400);
    assertEquals(null, Db.string("SELECT assigned_username FROM sales_lead WHERE id = ?", lead));
  }

  @Test
  void oneCustomerRecordForEveryMentionOfTheSameCustomer() {
    String a =
        "{\"company\":\"Polaris Maritime Sp. z o.o.\",\"email\":\"it@polaris-maritime.example\",\"country\":\"PL\"}";
    String b = "{\"company\":\"POLARIS MARITIME\",\"phone\":\"+48 58 555 1\",\"country\":\"PL\"}";
    String c =
        "{\"company\":\"Other Name\",\"email\":\"IT@polaris-maritime.example\",\"country\":\"PL\"}";
    long first =
        Http.json(Api.as("cm-all").post("/leads", a)).getJsonNumber("customerId").longValue();
    long second =
        Http.json(Api.as("cm-all").post("/leads", b)).getJsonNumber("customerId").longValue();
    long third =
        Http.json(Api.as("cm-all").post("/leads", c)).getJsonNumber("customerId").longValue();
    assertEquals(first, second);
    assertEquals(first, third);
    HttpResponse<String> list = Api.as("cm-all").get("/leads?customerId=" + first);
    assertEquals("3", list.headers().firstValue("X-Total-Count").orElseThrow());
  }

  @Test
  void listsFilterByStatusAndPageWithATotal() {
    Leads.dispatched("Paging", 2);
    Leads.dispatched("Paging", 2);
    Leads.dispatched("Paging", 2);
    HttpResponse<String> page =
        Api.as("pm-baltic").get("/leads?status=dispatched&limit=2&sort=acceptDueAt&order=asc");
    assertEquals(200, page.statusCode());
    JsonArray rows = Http.parse(page.body()).asJsonArray();
    assertEquals(2, rows.size());
    assertTrue(Long.parseLong(page.headers().firstValue("X-Total-Count").orElseThrow()) >= 3);
    rows.forEach(r -> assertEquals("dispatched", r.asJsonObject().getString("status")));
    assertProblem(Api.as("pm-baltic").get("/leads?limit=1000"), 400);
    // an unknown status is bad input naming the parameter (it used to list no leads)
    HttpResponse<String> nonsense = Api.as("pm-baltic").get("/leads?status=nonsense");
    assertProblem(nonsense, 400);
    assertEquals("status", Http.json(nonsense).getString("field"));
  }
}
