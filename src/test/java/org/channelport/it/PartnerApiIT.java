package org.channelport.it;

import static org.channelport.it.PartnerAccessMatrixIT.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.concurrent.atomic.AtomicInteger;
import org.channelport.it.support.Api;
import org.channelport.it.support.Db;
import org.channelport.it.support.Http;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Creating and changing partners over the API: bad input changes nothing and says why. */
@ExtendWith(ArquillianExtension.class)
class PartnerApiIT {
  static final AtomicInteger SEQ = new AtomicInteger((int) (System.nanoTime() % 90000) + 10000);

  static String account() {
    return "IT-" + SEQ.incrementAndGet();
  }

  static String partner(String account) {
    return "{\"name\":\"Iberia Components\",\"accountNumber\":\""
        + account
        + "\",\"tier\":\"silver\","
        + "\"country\":\"ES\",\"region\":\"Madrid\",\"specialisations\":[\"storage\"],"
        + "\"primaryContact\":{\"name\":\"Inés Ruiz\",\"email\":\"ines@iberia.example\",\"phone\":\"+34 91 555 0505\"},"
        + "\"billingPostcode\":\"28001\"}";
  }

  static long partners() {
    return Db.count("SELECT COUNT(*) FROM partner");
  }

  @Test
  void aChannelManagerCreatesAPartnerThatJoinsTheirPortfolioAndIsAudited() {
    String account = account();
    HttpResponse<String> created = Api.as("cm-all").post("/partners", partner(account));
    assertEquals(201, created.statusCode(), created.body());
    JsonObject json = Http.json(created);
    long id = json.getJsonNumber("id").longValue();
    assertEquals("silver", json.getString("tier"));
    assertEquals("active", json.getString("status"));
    assertTrue(
        created.headers().firstValue("Location").orElse("").endsWith("/api/v1/partners/" + id));

    assertEquals(200, Api.as("cm-all").get("/partners/" + id).statusCode());
    assertEquals(404, Api.as("cm-danube").get("/partners/" + id).statusCode());
    assertEquals(
        1,
        Db.count(
            "SELECT COUNT(*) FROM audit_log WHERE entity_type = 'Partner' AND entity_id = ? AND action = 'CREATE' AND actor = 'cm-all'",
            String.valueOf(id)));
  }

  @Test
  void missingFieldsAreNamedAndNothingIsStored() {
    long before = partners();
    HttpResponse<String> response = Api.as("cm-all").post("/partners", "{\"name\":\"No Account\"}");
    assertProblem(response, 400);
    String body = response.body();
    assertTrue(
        body.contains("accountNumber") && body.contains("tier") && body.contains("country"), body);
    assertEquals(before, partners());
  }

  @Test
  void aBadTierIsRefusedNamingTheField() {
    long before = partners();
    HttpResponse<String> response =
        Api.as("cm-all").post("/partners", partner(account()).replace("\"silver\"", "\"diamond\""));
    assertProblem(response, 400);
    assertEquals("tier", Http.json(response).getString("field"));
    assertEquals(before, partners());
  }

  @Test
  void tooLongStringsAreRefused() {
    long before = partners();
    HttpResponse<String> response =
        Api.as("cm-all")
            .post("/partners", partner(account()).replace("Iberia Components", "x".repeat(300)));
    assertProblem(response, 400);
    assertEquals("name", Http.json(response).getString("field"));
    assertEquals(before, partners());
  }

  @Test
  void malformedJsonIs400() {
    long before = partners();
    assertProblem(Api.as("cm-all").post("/partners", "{\"name\": \"Broken\", "), 400);
    assertProblem(Api.as("cm-all").post("/partners", "[1,2,3]"), 400);
    assertProblem(Api.as("cm-all").post("/partners", ""), 400);
    assertEquals(before, partners());
  }

  @Test
  void aDuplicateAccountNumberIs409() {
    long before = partners();
    HttpResponse<String> response = Api.as("cm-all").post("/partners", partner("nw-10001"));
    assertProblem(response, 409);
    assertEquals("accountNumber", Http.json(response).getString("field"));
    assertEquals(before, partners());
  }

  @Test
  void aStaleVersionIsRefusedWithAClearMessage() {
    String account = account();
    JsonObject created = Http.json(Api.as("cm-all").post("/partners", partner(account)));
    long id = created.getJsonNumber("id").longValue();
    long version = created.getJsonNumber("version").longValue();

    HttpResponse<String> first =
        Api.as("cm-all").put("/partners/" + id, "{\"tier\":\"gold\",\"version\":" + version + "}");
    assertEquals(200, first.statusCode(), first.body());
    assertEquals(version + 1, Http.json(first).getJsonNumber("version").longValue());

    HttpResponse<String> stale =
        Api.as("cm-all")
            .put("/partners/" + id, "{\"tier\":\"platinum\",\"version\":" + version + "}");
    assertProblem(stale, 409);
    assertTrue(Http.json(stale).getString("detail").contains("changed by someone else"));
    assertEquals("GOLD", Db.string("SELECT tier FROM partner WHERE id = ?", id));
  }

  @Test
  void updatesAreAuditedWithWhatChanged() {
    JsonObject created = Http.json(Api.as("cm-all").post("/partners", partner(account())));
    long id = created.getJsonNumber("id").longValue();
    assertEquals(
        200, Api.as("cm-all").put("/partners/" + id, "{\"region\":\"Catalonia\"}").statusCode());
    String changes =
        Db.string(
            "SELECT changes FROM audit_log WHERE entity_type = 'Partner' AND entity_id = ? AND action = 'UPDATE' ORDER BY id DESC",
            String.valueOf(id));
    assertTrue(changes.contains("\"region\":{\"from\":\"Madrid\",\"to\":\"Catalonia\"}"), changes);
  }

  @Test
  void aChannelManagerSuspendsAndReactivatesThroughStatus() {
    long id =
        Http.json(Api.as("cm-all").post("/partners", partner(account())))
            .getJsonNumber("id")
            .longValue();
    HttpResponse<String> suspended =
        Api.as("cm-all")
            .put(
                "/partners/" + id,
                "{\"status\":\"suspended\",\"statusReason\":\"overdue invoices\"}");
    assertEquals("suspended", Http.json(suspended).getString("status"));
    assertProblem(Api.as("cm-all").put("/partners/" + id, "{\"status\":\"dormant\"}"), 400);
    assertEquals(
        "active",
        Http.json(Api.as("cm-all").put("/partners/" + id, "{\"status\":\"active\"}"))
            .getString("status"));
  }

  @Test
  void listsArePagedFilteredAndSortedOnTheServer() {
    HttpResponse<String> response =
        Api.as("cm-all").get("/partners?limit=2&sort=name&order=desc&status=active");
    assertEquals(200, response.statusCode());
    JsonArray page = Http.parse(response.body()).asJsonArray();
    assertEquals(2, page.size());
    long total = Long.parseLong(response.headers().firstValue("X-Total-Count").orElseThrow());
    assertTrue(total >= 3, "total " + total);
    String first = page.getJsonObject(0).getString("name");
    String second = page.getJsonObject(1).getString("name");
    assertTrue(first.compareToIgnoreCase(second) >= 0, first + " before " + second);
    HttpResponse<String> next =
        Api.as("cm-all").get("/partners?limit=2&offset=2&sort=name&order=desc&status=active");
    assertFalse(next.body().contains("\"name\":\"" + second + "\""), "the next page goes on");
    assertProblem(Api.as("cm-all").get("/partners?limit=100000"), 400);
    assertProblem(Api.as("cm-all").get("/partners?offset=-1"), 400);
  }

  @Test
  void unknownPathsAnswerProblemJsonWithoutStackTraces() {
    HttpResponse<String> response = Api.as("cm-all").get("/partners/not-a-number");
    assertEquals(404, response.statusCode());
    assertFalse(response.body().contains("at org."), response.body());
    HttpResponse<String> broken = Api.as("cm-all").post("/partners", "{\"version\":\"abc\"");
    assertFalse(broken.body().contains("at org."), broken.body());
  }
}
