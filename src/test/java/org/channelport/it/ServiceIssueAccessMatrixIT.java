package org.channelport.it;

import static org.channelport.it.PartnerAccessMatrixIT.assertProblem;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.channelport.it.support.Api;
import org.channelport.it.support.Db;
import org.channelport.it.support.Http;
import org.channelport.it.support.Issues;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every demo user × an issue of each demo partner × read, comment, internal note, each step and
 * attachments over the API: exactly 200/201, 403 (a role that does not take the step), 404 (not the
 * caller's partner or portfolio, audited) or 409 — and a refused step changes nothing. A partner's
 * users (its employees too) see and comment on its issues, its manager also closes and reopens;
 * channel managers of the portfolio see and work them (cm-danube only Danube's).
 */
@ExtendWith(ArquillianExtension.class)
class ServiceIssueAccessMatrixIT {
  static final Map<String, Set<Long>> SCOPE = PartnerAccessMatrixIT.SCOPE;
  static final Set<String> CHANNEL = Set.of("cm-all", "cm-danube");
  static final Set<String> MANAGERS = Set.of("pm-northwind", "pm-baltic", "pm-danube");

  static Stream<Arguments> everyUserAndPartner() {
    List<Arguments> cases = new ArrayList<>();
    SCOPE.keySet().stream()
        .sorted()
        .forEach(user -> Stream.of(1L, 2L, 3L).forEach(p -> cases.add(Arguments.of(user, p))));
    return cases.stream();
  }

  private static boolean sees(String user, long partner) {
    return SCOPE.get(user).contains(partner);
  }

  /** A step of the service (take, wait, solve): channel managers of the portfolio only. */
  private static int serviceStep(String user, long partner) {
    if (!CHANNEL.contains(user)) {
      return 403;
    }
    return sees(user, partner) ? 200 : 404;
  }

  /** Close and reopen: the partner's manager and the portfolio's channel managers. */
  private static int managerStep(String user, long partner) {
    if (!CHANNEL.contains(user) && !MANAGERS.contains(user)) {
      return 403;
    }
    return sees(user, partner) ? 200 : 404;
  }

  private static void assertStatus(int expected, HttpResponse<String> response) {
    if (expected >= 400) {
      assertProblem(response, expected);
    } else {
      assertEquals(expected, response.statusCode(), response.body());
    }
  }

  private static long denials(long issue, String user) {
    return Db.count(
        "SELECT COUNT(*) FROM audit_log WHERE action = 'DENIED' AND entity_type = 'ServiceIssue'"
            + " AND entity_id = ? AND actor = ?",
        String.valueOf(issue),
        user);
  }

  @ParameterizedTest(name = "{0} reads an issue of partner {1}")
  @MethodSource("everyUserAndPartner")
  void read(String user, long partner) {
    JsonObject logged = Issues.log(partner);
    long issue = logged.getJsonNumber("id").longValue();
    HttpResponse<String> response = Api.as(user).get("/service-issues/" + issue);
    assertStatus(sees(user, partner) ? 200 : 404, response);
    assertEquals(
        sees(user, partner) ? 0 : 1,
        denials(issue, user),
        "another partner's issue is not found, and the attempt is audited");
    if (sees(user, partner)) {
      assertEquals(partner, Http.json(response).getJsonNumber("partnerId").longValue());
    }
    long listed =
        Http.parse(
                Api.as(user)
                    .get("/service-issues?limit=200&q=" + logged.getString("number"))
                    .body())
            .asJsonArray()
            .size();
    assertEquals(sees(user, partner) ? 1 : 0, listed, "the list shows what a read shows");
    for (String part : List.of("/comments", "/events", "/attachments")) {
      assertStatus(
          sees(user, partner) ? 200 : 404, Api.as(user).get("/service-issues/" + issue + part));
    }
  }

  @ParameterizedTest(name = "{0} comments on an issue of partner {1}")
  @MethodSource("everyUserAndPartner")
  void comment(String user, long partner) {
    long issue = Issues.logged(partner);
    int expected = sees(user, partner) ? 201 : 404;
    assertStatus(
        expected,
        Api.as(user)
            .post(
                "/service-issues/" + issue + "/comments",
                "{\"text\":\"A word from " + user + "\"}"));
    assertEquals(
        expected == 201 ? 1 : 0,
        Db.count("SELECT COUNT(*) FROM service_issue_comment WHERE issue_id = ?", issue));
  }

  @ParameterizedTest(name = "{0} writes an internal note on an issue of partner {1}")
  @MethodSource("everyUserAndPartner")
  void internalNote(String user, long partner) {
    long issue = Issues.logged(partner);
    long version = Issues.version(issue);
    String publicUpdate =
        Db.string("SELECT public_updated_at FROM service_issue WHERE id = ?", issue);
    int expected = CHANNEL.contains(user) ? (sees(user, partner) ? 201 : 404) : 403;
    assertStatus(
        expected,
        Api.as(user)
            .post(
                "/service-issues/" + issue + "/comments",
                "{\"text\":\"Internal: known fault of batch 7\",\"internal\":true}"));
    assertEquals(
        expected == 201 ? 1 : 0,
        Db.count(
            "SELECT COUNT(*) FROM service_issue_comment WHERE issue_id = ? AND internal = TRUE",
            issue));
    assertEquals(version, Issues.version(issue), "a note leaves the issue's version");
    assertEquals(
        publicUpdate,
        Db.string("SELECT public_updated_at FROM service_issue WHERE id = ?", issue),
        "a note is no news for the partner");
    // whatever was written, the partner's own users never read it
    String partnerUser = Issues.loggerOf(partner);
    for (String part : List.of("", "/comments", "/events")) {
      String body = Api.as(partnerUser).get("/service-issues/" + issue + part).body();
      assertFalse(body.contains("known fault"), part + " shows the note: " + body);
      assertFalse(body.contains("\"internal\":true"), part + ": " + body);
      assertFalse(body.contains("\"note\""), part + ": " + body);
    }
  }

  @ParameterizedTest(name = "{0} takes an issue of partner {1}")
  @MethodSource("everyUserAndPartner")
  void take(String user, long partner) {
    long issue = Issues.logged(partner);
    int expected = serviceStep(user, partner);
    assertStatus(expected, Api.as(user).post("/service-issues/" + issue + "/take", "{}"));
    assertEquals(expected == 200 ? "IN_PROGRESS" : "NEW", Issues.status(issue));
    if (expected == 200) {
      assertEquals(user, Db.string("SELECT assignee FROM service_issue WHERE id = ?", issue));
    }
  }

  @ParameterizedTest(name = "{0} waits for the partner on an issue of partner {1}")
  @MethodSource("everyUserAndPartner")
  void waitFor(String user, long partner) {
    long issue = Issues.inProgress(partner);
    int expected = serviceStep(user, partner);
    assertStatus(
        expected,
        Api.as(user)
            .post(
                "/service-issues/" + issue + "/wait",
                "{\"for\":\"partner\",\"reason\":\"Please send the serial number.\"}"));
    assertEquals(expected == 200 ? "WAITING_PARTNER" : "IN_PROGRESS", Issues.status(issue));
  }

  @ParameterizedTest(name = "{0} solves an issue of partner {1}")
  @MethodSource("everyUserAndPartner")
  void solve(String user, long partner) {
    long issue = Issues.inProgress(partner);
    int expected = serviceStep(user, partner);
    assertStatus(
        expected,
        Api.as(user)
            .post(
                "/service-issues/" + issue + "/solve",
                "{\"solution\":\"Update the firmware to 7.2.\"}"));
    assertEquals(expected == 200 ? "SOLVED" : "IN_PROGRESS", Issues.status(issue));
  }

  @ParameterizedTest(name = "{0} closes an issue of partner {1}")
  @MethodSource("everyUserAndPartner")
  void close(String user, long partner) {
    long issue = Issues.solved(partner);
    int expected = managerStep(user, partner);
    assertStatus(expected, Api.as(user).post("/service-issues/" + issue + "/close", "{}"));
    assertEquals(expected == 200 ? "CLOSED" : "SOLVED", Issues.status(issue));
  }

  @ParameterizedTest(name = "{0} reopens an issue of partner {1}")
  @MethodSource("everyUserAndPartner")
  void reopen(String user, long partner) {
    long issue = Issues.solved(partner);
    int expected = managerStep(user, partner);
    assertStatus(
        expected,
        Api.as(user)
            .post("/service-issues/" + issue + "/reopen", "{\"reason\":\"It failed again.\"}"));
    assertEquals(expected == 200 ? "IN_PROGRESS" : "SOLVED", Issues.status(issue));
  }

  @ParameterizedTest(name = "{0} attaches and downloads a file on an issue of partner {1}")
  @MethodSource("everyUserAndPartner")
  void attachments(String user, long partner) {
    long issue = Issues.logged(partner);
    HttpResponse<String> attached =
        Issues.multipart(
            user,
            issue,
            Issues.Part.json("comment", "{\"text\":\"A photo of the LEDs\"}"),
            Issues.Part.file("leds.png", "image/png", Issues.PNG));
    int expected = sees(user, partner) ? 201 : 404;
    assertStatus(expected, attached);
    assertEquals(
        expected == 201 ? 1 : 0,
        Db.count("SELECT COUNT(*) FROM service_issue_attachment WHERE issue_id = ?", issue));

    // a file the partner's logger attached: downloaded by those who see the issue, by nobody else
    JsonObject own =
        Http.json(
            Issues.multipart(
                Issues.loggerOf(partner),
                issue,
                Issues.Part.json("comment", "{\"text\":\"The label\"}"),
                Issues.Part.file("label.png", "image/png", Issues.PNG)));
    long file = own.getJsonArray("attachments").getJsonObject(0).getJsonNumber("id").longValue();
    HttpResponse<byte[]> download = Issues.download(user, issue, file);
    assertEquals(sees(user, partner) ? 200 : 404, download.statusCode());
    if (sees(user, partner)) {
      assertArrayEquals(Issues.PNG, download.body());
      assertEquals(
          "image/png",
          download.headers().firstValue("Content-Type").orElse("").split(";")[0].strip());
    }

    // the same file asked for through an issue the caller does see (any other issue): not found,
    // and the probe audited
    Long mine = SCOPE.get(user).stream().sorted().findFirst().orElse(null);
    if (mine != null) {
      long other = Issues.logged(mine);
      assertEquals(404, Issues.download(user, other, file).statusCode());
      assertEquals(
          1,
          Db.count(
              "SELECT COUNT(*) FROM audit_log WHERE action = 'DENIED'"
                  + " AND entity_type = 'IssueAttachment' AND entity_id = ? AND actor = ?",
              String.valueOf(file),
              user),
          "another issue's file through this one is audited");
    }
  }

  @ParameterizedTest(name = "{0} reads the timeline of an issue of partner {1}")
  @MethodSource("everyUserAndPartner")
  void events(String user, long partner) {
    long issue = Issues.inProgress(partner);
    Api.as("cm-all")
        .post(
            "/service-issues/" + issue + "/comments",
            "{\"text\":\"Internal: check batch\",\"internal\":true}");
    HttpResponse<String> response = Api.as(user).get("/service-issues/" + issue + "/events");
    assertStatus(sees(user, partner) ? 200 : 404, response);
    if (!sees(user, partner)) {
      return;
    }
    JsonArray events = Http.parse(response.body()).asJsonArray();
    boolean anyInternal =
        events.stream().map(JsonValue::asJsonObject).anyMatch(e -> e.getBoolean("internal"));
    assertEquals(CHANNEL.contains(user), anyInternal, "internal entries for the service only");
    assertEquals(
        "created", events.getJsonObject(0).getString("kind"), "the timeline starts at creation");
  }
}
