package org.channelport.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.function.Supplier;
import org.channelport.it.support.Api;
import org.channelport.it.support.Db;
import org.channelport.it.support.Http;
import org.channelport.it.support.Stack;
import org.channelport.it.support.Tokens;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Dispatch by rules, the acceptance SLA and races, over the API. Every test makes its own partners
 * in a country no other test uses, so demo data and other tests do not change the outcome.
 */
@ExtendWith(ArquillianExtension.class)
class RuleDispatchIT {

  static long partner(String user, String name, String tier, String country, String... specs) {
    String specialisations =
        String.join(",", List.of(specs).stream().map(s -> "\"" + s + "\"").toList());
    String body =
        "{\"name\":\""
            + name
            + "\",\"accountNumber\":\""
            + PartnerApiIT.account()
            + "\",\"tier\":\""
            + tier
            + "\",\"country\":\""
            + country
            + "\",\"specialisations\":["
            + specialisations
            + "],\"primaryContact\":{\"name\":\"Test Contact\",\"email\":\"c@example.com\"}}";
    HttpResponse<String> created = Api.as(user).post("/partners", body);
    assertEquals(201, created.statusCode(), created.body());
    return Http.json(created).getJsonNumber("id").longValue();
  }

  static JsonObject lead(String user, String country, String category) {
    String body =
        "{\"company\":\"Rule Test "
            + System.nanoTime()
            + "\",\"email\":\"buyer@rules.example\",\"country\":\""
            + country
            + "\""
            + (category == null ? "" : ",\"category\":\"" + category + "\"")
            + "}";
    HttpResponse<String> created = Api.as(user).post("/leads", body);
    assertEquals(201, created.statusCode(), created.body());
    return Http.json(created);
  }

  static HttpResponse<String> byRules(String user, long leadId) {
    return Api.as(user).post("/leads/" + leadId + "/dispatch", "{\"byRules\":true}");
  }

  static JsonObject dispatchedByRules(String user, long leadId) {
    HttpResponse<String> response = byRules(user, leadId);
    assertEquals(200, response.statusCode(), response.body());
    return Http.json(response);
  }

  static JsonObject explanation(JsonObject lead) {
    return Json.createReader(new StringReader(lead.getString("dispatchExplanation"))).readObject();
  }

  static long id(JsonObject json) {
    return json.getJsonNumber("id").longValue();
  }

  static long chosen(JsonObject lead) {
    return explanation(lead).getJsonObject("chosen").getJsonNumber("partnerId").longValue();
  }

  @Test
  void byRulesPicksAPartnerOfTheTerritoryAndSpecialisationAndExplainsWhy() {
    long networking = partner("cm-all", "Malta Networks", "gold", "MT", "networking");
    long storage = partner("cm-all", "Malta Storage", "platinum", "MT", "storage");
    JsonObject lead = lead("cm-all", "MT", "networking");

    JsonObject dispatched = dispatchedByRules("cm-all", id(lead));
    assertEquals("dispatched", dispatched.getString("status"));
    assertEquals(networking, dispatched.getJsonNumber("partnerId").longValue());
    assertFalse(dispatched.getBoolean("noPartnerAvailable"));
    JsonObject why = explanation(dispatched);
    assertEquals("rules", why.getString("mode"));
    assertEquals("Malta Networks", why.getJsonObject("chosen").getString("partnerName"));
    assertEquals(3, why.getJsonObject("chosen").getJsonObject("parts").getInt("tierWeight"));
    assertEquals(
        List.of("territory", "specialisation", "active", "capacity", "notExcluded"),
        why.getJsonArray("filters").getValuesAs(JsonString::getString));
    assertEquals(1, why.getJsonObject("removedBy").getInt("specialisation"));
    assertNotEquals(storage, chosen(dispatched));
    // a gold partner has 48 hours to accept
    Instant due = Instant.parse(dispatched.getString("acceptDueAt"));
    Duration left = Duration.between(Instant.now(), due);
    assertTrue(left.toHours() >= 47 && left.toHours() <= 48, left.toString());
    assertEquals(
        1,
        Db.count(
            "SELECT COUNT(*) FROM lead_event WHERE lead_id = ? AND type = 'DISPATCHED'"
                + " AND partner_id = ? AND detail LIKE '%\"mode\":\"rules\"%'",
            id(lead), networking));
    assertEquals(
        1,
        Db.count(
            "SELECT COUNT(*) FROM audit_log WHERE entity_type = 'Lead' AND entity_id = ?"
                + " AND action = 'UPDATE' AND actor = 'cm-all' AND partner_id = ?",
            String.valueOf(id(lead)),
            networking));
  }

  @Test
  void aPartnerThatRejectedTheLeadIsNotOfferedItAgain() {
    long estonian = partner("cm-all", "Tallinn Tech", "registered", "EE");
    // other tests fill Baltic Tech's demo capacity; here only the exclusion may rule it out
    Db.update("UPDATE partner_routing SET max_open_leads = 1000000 WHERE partner_id = 2");
    JsonObject lead = lead("cm-all", "EE", null);
    HttpResponse<String> manual =
        Api.as("cm-all").post("/leads/" + id(lead) + "/dispatch", "{\"partnerId\":2}");
    assertEquals(200, manual.statusCode(), manual.body());
    HttpResponse<String> rejected =
        Api.as("pm-baltic")
            .post("/leads/" + id(lead) + "/reject", "{\"reason\":\"No capacity in Estonia\"}");
    assertEquals(200, rejected.statusCode(), rejected.body());

    JsonObject again = dispatchedByRules("cm-all", id(lead));
    assertEquals(estonian, again.getJsonNumber("partnerId").longValue());
    JsonObject why = explanation(again);
    assertEquals(1, why.getJsonObject("removedBy").getInt("notExcluded"));
    for (JsonValue runnerUp : why.getJsonArray("runnersUp")) {
      assertNotEquals(2, runnerUp.asJsonObject().getJsonNumber("partnerId").longValue());
    }
  }

  @Test
  void aSuspendedPartnerIsNeverPicked() {
    long suspended = partner("cm-all", "Cyprus Platinum", "platinum", "CY");
    long active = partner("cm-all", "Cyprus Registered", "registered", "CY");
    HttpResponse<String> suspend =
        Api.as("cm-all")
            .put(
                "/partners/" + suspended,
                "{\"status\":\"suspended\",\"statusReason\":\"Contract under review\"}");
    assertEquals(200, suspend.statusCode(), suspend.body());
    for (int i = 0; i < 4; i++) {
      JsonObject dispatched = dispatchedByRules("cm-all", id(lead("cm-all", "CY", null)));
      assertEquals(active, dispatched.getJsonNumber("partnerId").longValue());
      assertEquals(1, explanation(dispatched).getJsonObject("removedBy").getInt("active"));
    }
  }

  @Test
  void withNoMatchingPartnerTheLeadStaysInThePoolTaggedNoPartner() {
    JsonObject lead = lead("cm-all", "AQ", "networking");
    JsonObject after = dispatchedByRules("cm-all", id(lead));
    assertEquals("new", after.getString("status"));
    assertTrue(after.getBoolean("noPartnerAvailable"));
    assertTrue(after.isNull("partnerId"));
    JsonObject why = explanation(after);
    assertTrue(why.isNull("chosen"));
    assertTrue(why.getJsonObject("removedBy").getInt("territory") >= 3);
    assertEquals(
        1,
        Db.count(
            "SELECT COUNT(*) FROM lead_event WHERE lead_id = ? AND type = 'NO_PARTNER_AVAILABLE'"
                + " AND internal = TRUE",
            id(lead)));
    HttpResponse<String> tagged = Api.as("cm-all").get("/leads?pool=true&status=new&q=Rule+Test");
    assertTrue(tagged.body().contains("\"id\":" + id(lead)), tagged.body());
  }

  @Test
  void aChannelManagerDispatchesOnlyIntoTheirOwnPortfolio() {
    long liechtenstein = partner("cm-all", "Vaduz Systems", "gold", "LI");
    JsonObject lead = lead("cm-danube", "LI", null);
    JsonObject byDanube = dispatchedByRules("cm-danube", id(lead));
    assertEquals("new", byDanube.getString("status"));
    assertTrue(byDanube.getBoolean("noPartnerAvailable"));
    // cm-danube's portfolio is Danube Solutions alone: one partner considered, outside LI
    JsonObject removed = explanation(byDanube).getJsonObject("removedBy");
    assertEquals(1, removed.values().stream().mapToInt(v -> ((JsonNumber) v).intValue()).sum());

    JsonObject byAll = dispatchedByRules("cm-all", id(lead));
    assertEquals(liechtenstein, byAll.getJsonNumber("partnerId").longValue());
    assertFalse(byAll.getBoolean("noPartnerAvailable"));
  }

  @Test
  void aPartnerRoleCannotDispatchAndAStaleVersionIsAConflict() {
    JsonObject lead = lead("cm-all", "AQ", null);
    assertEquals(403, byRules("pm-northwind", id(lead)).statusCode());
    HttpResponse<String> stale =
        Api.as("cm-all")
            .post("/leads/" + id(lead) + "/dispatch", "{\"byRules\":true,\"version\":99}");
    assertEquals(409, stale.statusCode(), stale.body());
  }

  @Test
  void anOverdueLeadIsRecalledByTheJobAndItsPartnerExcluded() throws Exception {
    long partner = partner("cm-all", "Luxembourg Data", "silver", "LU");
    JsonObject lead = lead("cm-all", "LU", null);
    assertEquals(
        partner, dispatchedByRules("cm-all", id(lead)).getJsonNumber("partnerId").longValue());
    Db.update(
        "UPDATE sales_lead SET accept_due_at = UTC_TIMESTAMP(6) - INTERVAL 1 MINUTE WHERE id = ?",
        id(lead));

    JsonObject recalled = awaitStatus(id(lead), "new", Duration.ofSeconds(15));
    assertTrue(recalled.isNull("partnerId"));
    assertEquals(
        1,
        Db.count(
            "SELECT COUNT(*) FROM lead_event WHERE lead_id = ? AND type = 'RECALLED'"
                + " AND actor = 'system' AND partner_id = ?",
            id(lead),
            partner));
    assertEquals(
        "LAPSED",
        Db.string(
            "SELECT reason FROM lead_exclusion WHERE lead_id = ? AND partner_id = ?",
            id(lead),
            partner));
    assertTrue(
        Db.count(
                "SELECT COUNT(*) FROM audit_log WHERE entity_type = 'Lead' AND entity_id = ?"
                    + " AND actor = 'system'",
                String.valueOf(id(lead)))
            >= 1);

    JsonObject again = dispatchedByRules("cm-all", id(lead));
    assertTrue(again.getBoolean("noPartnerAvailable"), again.toString());
    assertEquals(1, explanation(again).getJsonObject("removedBy").getInt("notExcluded"));
  }

  @Test
  void twoManagersAcceptingTheSameLeadAtOnceGiveOneSuccessAndOneConflict() throws Exception {
    JsonObject lead = lead("cm-all", "DE", null);
    HttpResponse<String> manual =
        Api.as("cm-all").post("/leads/" + id(lead) + "/dispatch", "{\"partnerId\":1}");
    assertEquals(200, manual.statusCode(), manual.body());
    long version = Http.json(manual).getJsonNumber("version").longValue();
    String realm = Stack.realmUrl();
    Api first = Api.withToken(Tokens.from(realm, "channelport-cli", "pm-northwind", "demo"));
    Api second = Api.withToken(Tokens.from(realm, "channelport-cli", "pm-northwind", "demo"));
    CountDownLatch start = new CountDownLatch(1);
    String body = "{\"version\":" + version + "}";
    CompletableFuture<Integer> a =
        CompletableFuture.supplyAsync(
            () -> await(start, () -> first.post("/leads/" + id(lead) + "/accept", body)));
    CompletableFuture<Integer> b =
        CompletableFuture.supplyAsync(
            () -> await(start, () -> second.post("/leads/" + id(lead) + "/accept", body)));
    start.countDown();
    List<Integer> codes = List.of(a.get(), b.get()).stream().sorted().toList();
    assertEquals(List.of(200, 409), codes);
    JsonObject after = Http.json(Api.as("pm-northwind").get("/leads/" + id(lead)));
    assertEquals("accepted", after.getString("status"));
    assertEquals(version + 1, after.getJsonNumber("version").longValue());
    assertEquals(
        1,
        Db.count(
            "SELECT COUNT(*) FROM lead_event WHERE lead_id = ? AND type = 'ACCEPTED'", id(lead)));
  }

  @Test
  void aRecallRacingAnAcceptHasExactlyOneOutcome() throws Exception {
    JsonObject lead = lead("cm-all", "DE", null);
    HttpResponse<String> manual =
        Api.as("cm-all").post("/leads/" + id(lead) + "/dispatch", "{\"partnerId\":1}");
    assertEquals(200, manual.statusCode(), manual.body());
    Db.update(
        "UPDATE sales_lead SET accept_due_at = UTC_TIMESTAMP(6) - INTERVAL 1 SECOND WHERE id = ?",
        id(lead));
    // the job runs every 3 s: let it come close, then accept
    Thread.sleep((System.currentTimeMillis() % 3000));
    HttpResponse<String> accept =
        Api.as("pm-northwind").post("/leads/" + id(lead) + "/accept", "{}");
    Thread.sleep(4000); // one more tick of the job, which must not undo an accept
    long accepted =
        Db.count(
            "SELECT COUNT(*) FROM lead_event WHERE lead_id = ? AND type = 'ACCEPTED'", id(lead));
    long recalled =
        Db.count(
            "SELECT COUNT(*) FROM lead_event WHERE lead_id = ? AND type = 'RECALLED'", id(lead));
    String status = Db.string("SELECT status FROM sales_lead WHERE id = ?", id(lead));
    if (accept.statusCode() == 200) {
      assertEquals("ACCEPTED", status);
      assertEquals(1, accepted);
      assertEquals(0, recalled);
    } else {
      assertTrue(List.of(404, 409).contains(accept.statusCode()), accept.body());
      assertEquals("NEW", status);
      assertEquals(0, accepted);
      assertEquals(1, recalled);
    }
  }

  private static JsonObject awaitStatus(long id, String status, Duration max) throws Exception {
    Instant until = Instant.now().plus(max);
    JsonObject lead;
    do {
      lead = Http.json(Api.as("cm-all").get("/leads/" + id));
      if (status.equals(lead.getString("status"))) {
        return lead;
      }
      Thread.sleep(500);
    } while (Instant.now().isBefore(until));
    throw new AssertionError("lead " + id + " still " + lead.getString("status") + " after " + max);
  }

  private static int await(CountDownLatch start, Supplier<HttpResponse<String>> call) {
    try {
      start.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return call.get().statusCode();
  }
}
