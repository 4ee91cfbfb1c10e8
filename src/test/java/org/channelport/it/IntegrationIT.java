package org.channelport.it;

import static org.channelport.it.PartnerAccessMatrixIT.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;
import java.util.function.Predicate;
import org.channelport.it.support.Api;
import org.channelport.it.support.Db;
import org.channelport.it.support.Http;
import org.channelport.it.support.Mailbox;
import org.channelport.it.support.PortalSession;
import org.channelport.it.support.Stack;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The ERP connector's administration on the real stack: the settings API and the integration page
 * only for channel admins (cm-all; cm-danube is a channel manager without the admin role), the
 * event log API, replay of a parked message, the adjustable clock, /health, and an alert mail
 * received by GreenMail when the selected ERP stays unreachable longer than the threshold (the test
 * run sets 1 minute and moves the portal's clock), with one more mail when it clears.
 */
@ExtendWith(ArquillianExtension.class)
class IntegrationIT {
  static final String OPS = "ops@channelport.local";

  static JsonObject settings() {
    HttpResponse<String> response = Api.as("cm-all").get("/integration/settings");
    assertEquals(200, response.statusCode(), response.body());
    return Http.json(response);
  }

  static HttpResponse<String> putSettings(String json) {
    return Api.as("cm-all").put("/integration/settings", json);
  }

  /** Puts the settings back as they were (the other tests expect the configured adapter). */
  static void restore(JsonObject before) {
    select(before, before.getString("adapter"));
  }

  /** Selects an adapter (none: messages wait in the outbox), keeping the other settings. */
  static void select(JsonObject before, String adapter) {
    JsonObject now = settings();
    String endpoint = before.isNull("protocolEndpoint") ? "" : before.getString("protocolEndpoint");
    HttpResponse<String> response =
        putSettings(
            "{\"adapter\":\""
                + adapter
                + "\",\"protocolEndpoint\":\""
                + endpoint
                + "\",\"pacePerSecond\":"
                + before.getInt("pacePerSecond")
                + ",\"version\":"
                + now.getJsonNumber("version").longValue()
                + "}");
    assertEquals(200, response.statusCode(), response.body());
  }

  @Test
  void onlyChannelAdminsReadAndChangeTheSettings() {
    JsonObject before = settings();
    assertTrue(
        java.util.List.of("tryton", "protocol", "none").contains(before.getString("adapter")));
    for (String user : new String[] {"cm-danube", "pm-northwind", "pe-northwind"}) {
      assertProblem(Api.as(user).get("/integration/settings"), 403);
      assertProblem(Api.as(user).put("/integration/settings", "{\"adapter\":\"none\"}"), 403);
    }
    assertEquals(before, settings(), "nothing changed by the refused calls");

    long version = before.getJsonNumber("version").longValue();
    try {
      HttpResponse<String> changed =
          putSettings("{\"pacePerSecond\": 40, \"version\": " + version + "}");
      assertEquals(200, changed.statusCode(), changed.body());
      JsonObject after = Http.json(changed);
      assertEquals(40, after.getInt("pacePerSecond"));
      assertEquals(before.getString("adapter"), after.getString("adapter"), "left out: kept");
      assertEquals("cm-all", after.getString("updatedBy"));
      assertEquals(version + 1, after.getJsonNumber("version").longValue());
      assertProblem(putSettings("{\"pacePerSecond\": 41, \"version\": " + version + "}"), 409);

      HttpResponse<String> badAdapter = putSettings("{\"adapter\":\"sap\"}");
      assertProblem(badAdapter, 400);
      assertTrue(badAdapter.body().contains("adapter"), badAdapter.body());
      HttpResponse<String> badEndpoint =
          putSettings("{\"protocolEndpoint\":\"ftp://erp.example\"}");
      assertProblem(badEndpoint, 400);
      assertTrue(badEndpoint.body().contains("protocolEndpoint"), badEndpoint.body());
      assertProblem(putSettings("{\"pacePerSecond\": -1}"), 400);
      assertEquals(40, settings().getInt("pacePerSecond"), "bad input changed nothing");
    } finally {
      restore(before);
    }
  }

  @Test
  void theIntegrationPageIsForChannelAdminsWithItsMenuEntry() {
    HttpResponse<String> admin = PortalSession.signIn("cm-all").get("/channel/integration.xhtml");
    assertEquals(200, admin.statusCode());
    assertTrue(admin.body().contains("Integration event log"), "the page's title");
    assertTrue(admin.body().contains("settingsForm"));
    assertTrue(
        PortalSession.signIn("cm-all").get("/index.xhtml").body().contains("/channel/integration"));
    PortalSession manager = PortalSession.signIn("cm-danube");
    assertEquals(403, manager.get("/channel/integration.xhtml").statusCode());
    assertFalse(manager.get("/index.xhtml").body().contains("/channel/integration"));
    assertEquals(
        403, PortalSession.signIn("pm-northwind").get("/channel/integration.xhtml").statusCode());
  }

  @Test
  void aParkedMessageIsReplayedByAChannelAdminAndTheReplayIsLogged() {
    String id = UUID.randomUUID().toString();
    String number = "CP-IT-" + id.substring(0, 8);
    Db.update(
        "INSERT INTO outbox_message (message_id, topic, msg_key, payload, status, attempts,"
            + " next_attempt_at, created_at, retry_from, last_error, last_answer, parked_at)"
            + " VALUES (?, 'erp.order', ?, ?, 'PARKED', 3, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6),"
            + " UTC_TIMESTAMP(6), 'RejectedMessage: unknown product', '{\"sku\":\"X\"}',"
            + " UTC_TIMESTAMP(6))",
        id,
        number,
        "{\"type\":\"order.placed\",\"number\":\"" + number + "\"}");
    try {
      String health = new Http().get(Stack.portalUrl() + "/health").body();
      assertTrue(health.contains("\"erp\""), health);
      assertTrue(health.contains("\"parked\""), health);
      assertTrue(health.contains("\"oldestPendingSeconds\""), health);
      assertTrue(
          PortalSession.signIn("cm-all").get("/index.xhtml").body().contains("Integration ("),
          "the menu counts the messages needing attention");

      assertProblem(Api.as("cm-danube").post("/integration/messages/" + id + "/replay", "{}"), 403);
      assertProblem(
          Api.as("pm-northwind").post("/integration/messages/" + id + "/replay", "{}"), 403);
      assertEquals(
          "PARKED", Db.string("SELECT status FROM outbox_message WHERE message_id = ?", id));

      HttpResponse<String> replayed =
          Api.as("cm-all").post("/integration/messages/" + id + "/replay", "{}");
      assertEquals(200, replayed.statusCode(), replayed.body());
      JsonObject message = Http.json(replayed);
      assertEquals("pending", message.getString("status"));
      assertEquals(3, message.getInt("attempts"), "the attempt counter is kept");
      // the relay must not take the test's fake order to an ERP
      Db.update("UPDATE outbox_message SET status = 'DELIVERED' WHERE message_id = ?", id);

      HttpResponse<String> events = Api.as("cm-all").get("/integration/events?messageId=" + id);
      assertEquals(200, events.statusCode(), events.body());
      assertEquals("1", events.headers().firstValue("X-Total-Count").orElse(null));
      JsonObject event = Http.parse(events.body()).asJsonArray().getJsonObject(0);
      assertEquals("out", event.getString("direction"));
      assertEquals("order.placed", event.getString("kind"));
      assertEquals(number, event.getString("orderNumber"));
      assertEquals("replayed by cm-all", event.getString("error"));

      assertProblem(Api.as("cm-all").post("/integration/messages/" + id + "/replay", "{}"), 409);
      assertProblem(
          Api.as("cm-all").post("/integration/messages/" + UUID.randomUUID() + "/replay", "{}"),
          404);
    } finally {
      Db.update("DELETE FROM outbox_message WHERE message_id = ?", id);
    }
  }

  @Test
  void theEventLogIsForChannelAdminsPagedAndFiltered() {
    HttpResponse<String> all = Api.as("cm-all").get("/integration/events?limit=5");
    assertEquals(200, all.statusCode(), all.body());
    assertTrue(all.headers().firstValue("X-Total-Count").isPresent());
    assertTrue(Http.parse(all.body()).asJsonArray().size() <= 5);
    HttpResponse<String> parked =
        Api.as("cm-all")
            .get("/integration/events?status=parked,failed&direction=out&from=2026-01-01");
    assertEquals(200, parked.statusCode(), parked.body());
    for (var v : Http.parse(parked.body()).asJsonArray()) {
      assertTrue(
          java.util.List.of("parked", "failed").contains(v.asJsonObject().getString("status")));
    }
    assertProblem(Api.as("cm-all").get("/integration/events?status=lost"), 400);
    assertProblem(Api.as("cm-all").get("/integration/events?from=yesterday"), 400);
    assertProblem(Api.as("cm-danube").get("/integration/events"), 403);
    assertProblem(Api.as("pm-northwind").get("/integration/events"), 403);
    assertProblem(Api.as("pm-northwind").get("/integration/reconciliation"), 403);
    HttpResponse<String> reconciliation = Api.as("cm-all").get("/integration/reconciliation");
    assertEquals(200, reconciliation.statusCode(), reconciliation.body());
    assertTrue(Http.json(reconciliation).get("differences") instanceof JsonArray);
  }

  @Test
  void theClockMovesOnlyForChannelAdmins() {
    assertProblem(Api.as("cm-danube").post("/integration/clock", "{\"advanceSeconds\": 60}"), 403);
    assertProblem(
        Api.as("pm-northwind").post("/integration/clock", "{\"advanceSeconds\": 60}"), 403);
    assertProblem(Api.as("cm-all").post("/integration/clock", "{}"), 400);
    HttpResponse<String> moved =
        Api.as("cm-all").post("/integration/clock", "{\"advanceSeconds\": 60}");
    assertEquals(200, moved.statusCode(), moved.body());
    long offset = Http.json(moved).getJsonNumber("offsetSeconds").longValue();
    assertTrue(offset >= 60, moved.body());
    HttpResponse<String> back =
        Api.as("cm-all").post("/integration/clock", "{\"advanceSeconds\": -60}");
    assertEquals(200, back.statusCode(), back.body());
    assertEquals(offset - 60, Http.json(back).getJsonNumber("offsetSeconds").longValue());
  }

  @Test
  void anErpUnreachableLongerThanTheThresholdSendsOneAlertMailAndOneWhenItClears()
      throws InterruptedException {
    Mailbox ops = Mailbox.of(OPS);
    Predicate<String> opened = s -> s.startsWith("[Channelport] ERP unreachable");
    Predicate<String> cleared = s -> s.startsWith("[Channelport] Cleared: ERP unreachable");
    long openedBefore = ops.count(opened);
    long clearedBefore = ops.count(cleared);
    JsonObject before = settings();
    long moved = 0;
    try {
      // nothing listens on port 9: the ERP behind the protocol is away
      HttpResponse<String> away =
          putSettings("{\"adapter\":\"protocol\",\"protocolEndpoint\":\"http://127.0.0.1:9/erp\"}");
      assertEquals(200, away.statusCode(), away.body());
      long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
      while (Db.count(
                  "SELECT COUNT(*) FROM alert_condition WHERE alert_type = 'erp_unreachable'"
                      + " AND failing_since IS NOT NULL")
              == 0
          && System.nanoTime() < deadline) {
        Thread.sleep(500);
      }
      Thread.sleep(3000);
      assertEquals(openedBefore, ops.count(opened), "under the threshold (1 min): no mail yet");

      HttpResponse<String> later =
          Api.as("cm-all").post("/integration/clock", "{\"advanceSeconds\": 120}");
      assertEquals(200, later.statusCode(), later.body());
      moved = 120;
      assertEquals(openedBefore + 1, ops.await(opened, openedBefore + 1, Duration.ofSeconds(30)));
      Thread.sleep(5000);
      assertEquals(openedBefore + 1, ops.count(opened), "one mail per incident, not per round");
      assertEquals(clearedBefore, ops.count(cleared));

      restore(before);
      if (!"none".equals(before.getString("adapter"))) {
        putSettings("{\"adapter\":\"none\"}");
      }
      assertEquals(
          clearedBefore + 1, ops.await(cleared, clearedBefore + 1, Duration.ofSeconds(30)));
    } finally {
      restore(before);
      if (moved != 0) {
        Api.as("cm-all").post("/integration/clock", "{\"advanceSeconds\": -" + moved + "}");
      }
    }
  }
}
