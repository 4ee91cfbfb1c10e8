package org.channelport.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.channelport.it.support.Api;
import org.channelport.it.support.Db;
import org.channelport.it.support.Http;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every demo user against every demo partner, over the API: read and update answer exactly 200, 403
 * or 404 as the access rules say. Northwind = 1, Baltic Tech = 2, Danube Solutions = 3.
 */
@ExtendWith(ArquillianExtension.class)
class PartnerAccessMatrixIT {
  static final long NORTHWIND = 1, BALTIC = 2, DANUBE = 3;

  /** Who sees which demo partner. */
  static final Map<String, Set<Long>> SCOPE =
      Map.of(
          "cm-all", Set.of(NORTHWIND, BALTIC, DANUBE),
          "cm-danube", Set.of(DANUBE),
          "pm-northwind", Set.of(NORTHWIND),
          "pe-northwind", Set.of(NORTHWIND),
          "pm-baltic", Set.of(BALTIC),
          "pe-baltic", Set.of(BALTIC),
          "pm-danube", Set.of(DANUBE));

  /** Who may change a partner they see (a partner employee may not). */
  static final Set<String> MAY_UPDATE =
      Set.of("cm-all", "cm-danube", "pm-northwind", "pm-baltic", "pm-danube");

  static Stream<Arguments> everyUserAndPartner() {
    List<Arguments> cases = new ArrayList<>();
    SCOPE.keySet().stream()
        .sorted()
        .forEach(
            user ->
                Stream.of(NORTHWIND, BALTIC, DANUBE)
                    .forEach(p -> cases.add(Arguments.of(user, p))));
    return cases.stream();
  }

  @ParameterizedTest(name = "{0} reads partner {1}")
  @MethodSource("everyUserAndPartner")
  void readAnswersOnlyWithinTheCallersScope(String user, long partnerId) {
    HttpResponse<String> response = Api.as(user).get("/partners/" + partnerId);
    int expected = SCOPE.get(user).contains(partnerId) ? 200 : 404;
    assertEquals(
        expected,
        response.statusCode(),
        user + " GET partner " + partnerId + ": " + response.body());
    if (expected == 200) {
      assertEquals(partnerId, Http.json(response).getJsonNumber("id").longValue());
    } else {
      assertProblem(response, 404);
    }
  }

  @ParameterizedTest(name = "{0} updates the contact of partner {1}")
  @MethodSource("everyUserAndPartner")
  void updateAnswersByScopeThenRole(String user, long partnerId) {
    String body = "{\"primaryContact\":{\"phone\":\"+49 89 555 " + (1000 + user.length()) + "\"}}";
    HttpResponse<String> response = Api.as(user).put("/partners/" + partnerId, body);
    int expected;
    if (!SCOPE.get(user).contains(partnerId)) {
      expected = 404;
    } else {
      expected = MAY_UPDATE.contains(user) ? 200 : 403;
    }
    assertEquals(
        expected,
        response.statusCode(),
        user + " PUT partner " + partnerId + ": " + response.body());
    if (expected != 200) {
      assertProblem(response, expected);
    }
  }

  @ParameterizedTest(name = "{0} lists exactly their partners")
  @MethodSource("users")
  void theListHoldsExactlyTheCallersPartners(String user) {
    HttpResponse<String> response = Api.as(user).get("/partners?limit=200");
    assertEquals(200, response.statusCode());
    Set<Long> ids =
        Http.parse(response.body()).asJsonArray().stream()
            .map(v -> v.asJsonObject().getJsonNumber("id").longValue())
            .collect(Collectors.toSet());
    if (user.equals("cm-all")) {
      assertTrue(ids.containsAll(SCOPE.get(user)), ids.toString()); // plus partners cm-all created
    } else {
      assertEquals(SCOPE.get(user), ids);
    }
  }

  static Stream<String> users() {
    return SCOPE.keySet().stream().sorted();
  }

  @ParameterizedTest(name = "{0} cannot create partners")
  @MethodSource("partnerUsers")
  void partnerUsersCannotCreatePartners(String user) {
    HttpResponse<String> response =
        Api.as(user)
            .post(
                "/partners",
                "{\"name\":\"Sneaky\",\"accountNumber\":\"SN-"
                    + user.hashCode()
                    + "\",\"tier\":\"gold\",\"country\":\"DE\"}");
    assertProblem(response, 403);
  }

  static Stream<String> partnerUsers() {
    return users().filter(u -> !u.startsWith("cm-"));
  }

  @Test
  void aPartnerManagerMayNotChangeMoreThanTheContact() {
    assertProblem(Api.as("pm-northwind").put("/partners/1", "{\"tier\":\"platinum\"}"), 403);
    assertProblem(
        Api.as("pm-northwind").put("/partners/1", "{\"name\":\"Northwind Global\"}"), 403);
    assertEquals("GOLD", Db.string("SELECT tier FROM partner WHERE id = 1"));
  }

  @Test
  void anAttemptOnAnotherPartnersRecordIsAudited() {
    long before =
        Db.count(
            "SELECT COUNT(*) FROM audit_log WHERE actor = 'pe-baltic' AND action = 'DENIED' AND entity_id = '3'");
    assertProblem(Api.as("pe-baltic").get("/partners/3"), 404);
    long after =
        Db.count(
            "SELECT COUNT(*) FROM audit_log WHERE actor = 'pe-baltic' AND action = 'DENIED' AND entity_id = '3'");
    assertEquals(before + 1, after);
  }

  @Test
  void aMissingRecordAndAForeignRecordLookTheSame() {
    HttpResponse<String> foreign = Api.as("pm-baltic").get("/partners/1");
    HttpResponse<String> missing = Api.as("pm-baltic").get("/partners/999999");
    assertEquals(404, foreign.statusCode());
    assertEquals(404, missing.statusCode());
    assertEquals(Http.json(foreign).getString("title"), Http.json(missing).getString("title"));
  }

  @ParameterizedTest(name = "/me for {0}")
  @MethodSource("users")
  void meTellsWhoTheCallerIs(String user) {
    HttpResponse<String> response = Api.as(user).get("/me");
    assertEquals(200, response.statusCode());
    JsonObject me = Http.json(response);
    assertEquals(user, me.getString("username"));
    if (user.startsWith("cm-")) {
      assertEquals(JsonValue.ValueType.NULL, me.get("partnerId").getValueType());
      assertTrue(
          me.getJsonArray("roles").getValuesAs(JsonString.class).stream()
              .anyMatch(s -> s.getString().equals("channel-manager")));
    } else {
      assertEquals(SCOPE.get(user).iterator().next(), me.getJsonNumber("partnerId").longValue());
    }
  }

  static void assertProblem(HttpResponse<String> response, int status) {
    assertEquals(status, response.statusCode(), response.body());
    assertTrue(
        response
            .headers()
            .firstValue("Content-Type")
            .orElse("")
            .startsWith("application/problem+json"),
        "problem+json, not " + response.headers().firstValue("Content-Type"));
    assertEquals(status, Http.json(response).getInt("status"));
  }
}
