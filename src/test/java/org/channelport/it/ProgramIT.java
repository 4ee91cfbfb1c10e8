package org.channelport.it;

import static org.channelport.it.PartnerAccessMatrixIT.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.channelport.it.support.Api;
import org.channelport.it.support.Db;
import org.channelport.it.support.Http;
import org.channelport.it.support.Mailbox;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The partner program on the real stack: the scorecard's contract and its figures against the
 * database, who sees whose scorecard, the candidates for a tier change, a confirmed tier change
 * (audited, the partner's manager mailed, stale and foreign attempts refused), and certifications
 * counting for the scorecard.
 */
@ExtendWith(ArquillianExtension.class)
class ProgramIT {
  static final long NORTHWIND = 1;
  static final long BALTIC = 2;
  static final long DANUBE = 3;

  static JsonObject scorecard(String user, long partnerId) {
    HttpResponse<String> response = Api.as(user).get("/partners/" + partnerId + "/scorecard");
    assertEquals(200, response.statusCode(), user + ": " + response.body());
    return Http.json(response);
  }

  static JsonObject requirement(JsonObject card, String name) {
    return card.getJsonArray("requirements").stream()
        .map(JsonValue::asJsonObject)
        .filter(r -> r.getString("name").equals(name))
        .findFirst()
        .orElseThrow(() -> new AssertionError(name + " not in " + card));
  }

  static LocalDate today() {
    return LocalDate.now(ZoneOffset.UTC);
  }

  @Test
  void northwindsScorecardHasTheContractFieldsAndMissesCertifiedEmployeesForPlatinum() {
    JsonObject card = scorecard("pm-northwind", NORTHWIND);
    for (String field :
        List.of("partnerId", "tier", "nextTier", "requirements", "forecastDate", "missing")) {
      assertTrue(card.containsKey(field), field + " in " + card);
    }
    assertEquals(NORTHWIND, card.getJsonNumber("partnerId").longValue());
    assertEquals("gold", card.getString("tier"));
    assertEquals("platinum", card.getString("nextTier"));
    JsonArray requirements = card.getJsonArray("requirements");
    assertEquals(5, requirements.size(), requirements.toString());
    for (JsonValue v : requirements) {
      JsonObject r = v.asJsonObject();
      assertEquals(
          Set.of("name", "actual", "threshold", "met", "percent"), r.keySet(), r.toString());
      BigDecimal actual = r.getJsonNumber("actual").bigDecimalValue();
      BigDecimal threshold = r.getJsonNumber("threshold").bigDecimalValue();
      assertEquals(actual.compareTo(threshold) >= 0, r.getBoolean("met"), r.toString());
      BigDecimal percent = r.getJsonNumber("percent").bigDecimalValue();
      assertTrue(percent.signum() >= 0 && percent.compareTo(BigDecimal.valueOf(100)) <= 0);
    }
    // one valid certification (pe-northwind's expired), platinum asks for three
    JsonObject certified = requirement(card, "certified_employees");
    assertFalse(certified.getBoolean("met"));
    assertEquals(
        0, new BigDecimal("3").compareTo(certified.getJsonNumber("threshold").bigDecimalValue()));
    assertEquals(
        Db.count(
            "SELECT COUNT(DISTINCT username) FROM partner_certification WHERE partner_id = ?"
                + " AND issued_on <= UTC_DATE() AND (expires_on IS NULL OR expires_on >= UTC_DATE())",
            NORTHWIND),
        certified.getJsonNumber("actual").longValue());
    assertTrue(
        card.getJsonArray("missing").getValuesAs(jakarta.json.JsonString.class).stream()
            .anyMatch(s -> s.getString().equals("certified_employees")),
        card.toString());
    // a missing head count does not come by rate: no forecast date
    assertTrue(card.isNull("forecastDate"), card.toString());
    assertEquals(today().toString(), card.getString("computedOn"));
  }

  @Test
  void theOrderRevenueIsTheDirectSumOfTheLastTwelveMonthsPlacedOrders() {
    JsonObject card = scorecard("cm-all", NORTHWIND);
    // computed now, so the figure is the one of this moment
    String direct =
        Db.string(
            "SELECT COALESCE(SUM(total), 0) FROM sales_order WHERE partner_id = ?"
                + " AND order_date > DATE_SUB(UTC_DATE(), INTERVAL 12 MONTH)"
                + " AND order_date <= UTC_DATE() AND kind <> 'RETURN'"
                + " AND status NOT IN ('DRAFT', 'CANCELLED', 'REJECTED')",
            NORTHWIND);
    BigDecimal stored =
        requirement(card, "order_revenue").getJsonNumber("actual").bigDecimalValue();
    // the stored scorecard is the day's: orders placed since (by other tests) may add to the sum
    assertTrue(
        stored.compareTo(new BigDecimal(direct)) <= 0 && stored.signum() > 0,
        stored + " vs " + direct);
  }

  @ParameterizedTest(name = "{0} GET scorecard of partner {1} -> {2}")
  @CsvSource({
    "pm-northwind, 1, 200",
    "pm-northwind, 2, 404",
    "pe-northwind, 3, 404",
    "pe-baltic,    2, 200",
    "pe-baltic,    1, 404",
    "cm-danube,    3, 200",
    "cm-danube,    1, 404",
    "cm-danube,    2, 404",
    "cm-all,       1, 200",
    "cm-all,       2, 200",
    "cm-all,       3, 200",
    "cm-all,  999999, 404",
  })
  void scorecardsAnswerByScope(String user, long partnerId, int status) {
    HttpResponse<String> response = Api.as(user).get("/partners/" + partnerId + "/scorecard");
    if (status == 200) {
      assertEquals(200, response.statusCode(), response.body());
      assertEquals(partnerId, Http.json(response).getJsonNumber("partnerId").longValue());
    } else {
      assertProblem(response, status);
    }
  }

  @Test
  void anotherPartnersScorecardIsNotFoundAndTheAttemptIsAudited() {
    long before =
        Db.count(
            "SELECT COUNT(*) FROM audit_log WHERE action = 'DENIED' AND entity_type = 'Partner'"
                + " AND entity_id = ? AND actor = 'pm-northwind'",
            String.valueOf(BALTIC));
    assertProblem(Api.as("pm-northwind").get("/partners/" + BALTIC + "/scorecard"), 404);
    assertEquals(
        before + 1,
        Db.count(
            "SELECT COUNT(*) FROM audit_log WHERE action = 'DENIED' AND entity_type = 'Partner'"
                + " AND entity_id = ? AND actor = 'pm-northwind'",
            String.valueOf(BALTIC)));
  }

  @Test
  void candidatesAreThePortfoliosPartnersToPromoteOrDemote() {
    HttpResponse<String> danube = Api.as("cm-danube").get("/program/candidates");
    assertEquals(200, danube.statusCode(), danube.body());
    JsonArray list = Http.parse(danube.body()).asJsonArray();
    // Danube Solutions (platinum) misses its own tier's order revenue
    assertEquals(1, list.size(), list.toString());
    JsonObject row = list.getJsonObject(0);
    assertEquals(DANUBE, row.getJsonNumber("partnerId").longValue());
    assertTrue(row.getBoolean("dueForDemotion"));
    assertEquals("Danube Solutions", row.getString("partnerName"));

    HttpResponse<String> all = Api.as("cm-all").get("/program/candidates");
    assertEquals(200, all.statusCode(), all.body());
    for (JsonValue v : Http.parse(all.body()).asJsonArray()) {
      JsonObject c = v.asJsonObject();
      assertTrue(
          c.getBoolean("qualifiesForPromotion") || c.getBoolean("dueForDemotion"), c.toString());
      JsonObject card = scorecard("cm-all", c.getJsonNumber("partnerId").longValue());
      assertEquals(c.getBoolean("qualifiesForPromotion"), card.getBoolean("qualifiesForPromotion"));
    }
    assertProblem(Api.as("pm-northwind").get("/program/candidates"), 403);
  }

  @Test
  void aChannelManagerConfirmsATierChangeTheManagerIsMailedAndItIsAudited() {
    String account = "PG-" + (System.nanoTime() % 100_000_000);
    HttpResponse<String> created =
        Api.as("cm-all").post("/partners", PartnerApiIT.partner(account));
    assertEquals(201, created.statusCode(), created.body());
    long id = Http.json(created).getJsonNumber("id").longValue();
    String name = Http.json(created).getString("name");
    String email = "manager-" + account.toLowerCase() + "@iberia.example";
    Db.update(
        "INSERT INTO partner_user (id, partner_id, username, display_name, email, role, version)"
            + " VALUES (?, ?, ?, 'Iberia Manager', ?, 'partner-manager', 0)",
        900_000 + id,
        id,
        "pm-" + account.toLowerCase(),
        email);
    long version =
        Http.json(Api.as("cm-all").get("/partners/" + id)).getJsonNumber("version").longValue();
    assertEquals("silver", scorecard("cm-all", id).getString("tier"));

    // a partner user may not; a channel manager outside the portfolio does not find it
    assertProblem(
        Api.as("pm-northwind").post("/partners/" + NORTHWIND + "/tier", body("platinum", "x", 0)),
        403);
    assertProblem(
        Api.as("cm-danube").post("/partners/" + id + "/tier", body("gold", "x", version)), 404);
    // bad input names its field
    HttpResponse<String> badTier =
        Api.as("cm-all").post("/partners/" + id + "/tier", body("diamond", "Growth", version));
    assertProblem(badTier, 400);
    assertTrue(badTier.body().contains("tier"), badTier.body());
    HttpResponse<String> noReason =
        Api.as("cm-all")
            .post("/partners/" + id + "/tier", "{\"tier\":\"gold\",\"version\":" + version + "}");
    assertProblem(noReason, 400);
    assertTrue(noReason.body().contains("reason"), noReason.body());
    assertEquals("SILVER", Db.string("SELECT tier FROM partner WHERE id = ?", id));

    HttpResponse<String> changed =
        Api.as("cm-all")
            .post(
                "/partners/" + id + "/tier", body("gold", "Strong first year in Madrid", version));
    assertEquals(200, changed.statusCode(), changed.body());
    JsonObject card = Http.json(changed);
    assertEquals("gold", card.getString("tier"));
    assertEquals("platinum", card.getString("nextTier"));
    assertEquals("GOLD", Db.string("SELECT tier FROM partner WHERE id = ?", id));
    assertEquals(
        "Strong first year in Madrid",
        Db.string("SELECT tier_reason FROM partner WHERE id = ?", id));
    String changes =
        Db.string(
            "SELECT changes FROM audit_log WHERE entity_type = 'Partner' AND entity_id = ?"
                + " AND action = 'UPDATE' AND actor = 'cm-all' ORDER BY id DESC LIMIT 1",
            String.valueOf(id));
    assertTrue(
        changes != null && changes.contains("GOLD") && changes.contains("Strong first year"),
        changes);
    assertEquals(
        1,
        Mailbox.of(email)
            .await(s -> s.contains(name) && s.contains("Gold"), 1, Duration.ofSeconds(30)),
        "the partner's manager is told");

    // the version read before the change is stale now
    assertProblem(
        Api.as("cm-all").post("/partners/" + id + "/tier", body("platinum", "Again", version)),
        409);
    assertEquals("GOLD", Db.string("SELECT tier FROM partner WHERE id = ?", id));
  }

  @Test
  void aCertificationCountsForTheScorecardUntilItIsRemoved() {
    long before = certified(BALTIC);
    boolean had = alreadyCertified("pe-baltic");
    String json =
        "{\"username\":\"pe-baltic\",\"name\":\"Certified Cloud Associate\",\"issuedOn\":\""
            + today()
            + "\",\"expiresOn\":\""
            + today().plusYears(2)
            + "\"}";
    assertProblem(Api.as("pe-baltic").post("/partners/" + BALTIC + "/certifications", json), 403);
    assertProblem(Api.as("cm-danube").post("/partners/" + BALTIC + "/certifications", json), 404);
    HttpResponse<String> stranger =
        Api.as("cm-all")
            .post(
                "/partners/" + BALTIC + "/certifications",
                json.replace("pe-baltic", "pm-northwind"));
    assertProblem(stranger, 400);
    assertTrue(stranger.body().contains("username"), stranger.body());
    HttpResponse<String> badDate =
        Api.as("cm-all")
            .post(
                "/partners/" + BALTIC + "/certifications",
                json.replace(today().toString(), "07.12.2026"));
    assertProblem(badDate, 400);
    assertTrue(badDate.body().contains("issuedOn"), badDate.body());

    HttpResponse<String> created =
        Api.as("cm-all").post("/partners/" + BALTIC + "/certifications", json);
    assertEquals(201, created.statusCode(), created.body());
    long certId = Http.json(created).getJsonNumber("id").longValue();
    assertEquals(had ? before : before + 1, certified(BALTIC));

    // the partner's own users read them; another partner's do not find them
    HttpResponse<String> own = Api.as("pe-baltic").get("/partners/" + BALTIC + "/certifications");
    assertEquals(200, own.statusCode(), own.body());
    assertTrue(own.body().contains("Certified Cloud Associate"), own.body());
    assertProblem(Api.as("pm-northwind").get("/partners/" + BALTIC + "/certifications"), 404);

    assertProblem(
        Api.as("pe-baltic")
            .send("DELETE", "/partners/" + BALTIC + "/certifications/" + certId, null),
        403);
    assertProblem(
        Api.as("cm-all")
            .send("DELETE", "/partners/" + NORTHWIND + "/certifications/" + certId, null),
        404);
    HttpResponse<String> removed =
        Api.as("cm-all").send("DELETE", "/partners/" + BALTIC + "/certifications/" + certId, null);
    assertEquals(204, removed.statusCode(), removed.body());
    assertEquals(before, certified(BALTIC));
  }

  static boolean alreadyCertified(String username) {
    return Db.count(
            "SELECT COUNT(*) FROM partner_certification WHERE username = ?"
                + " AND issued_on <= UTC_DATE() AND (expires_on IS NULL OR expires_on >= UTC_DATE())",
            username)
        > 0;
  }

  static long certified(long partnerId) {
    return requirementOf(scorecard("cm-all", partnerId), "certified_employees");
  }

  /** The actual of a metric among the next tier's or the current tier's requirements. */
  static long requirementOf(JsonObject card, String name) {
    for (String list : List.of("requirements", "currentRequirements")) {
      for (JsonValue v : card.getJsonArray(list)) {
        JsonObject r = v.asJsonObject();
        if (r.getString("name").equals(name)) {
          return r.getJsonNumber("actual").longValue();
        }
      }
    }
    throw new AssertionError(name + " not in " + card);
  }

  static String body(String tier, String reason, long version) {
    return "{\"tier\":\"" + tier + "\",\"reason\":\"" + reason + "\",\"version\":" + version + "}";
  }
}
