package org.channelport.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;
import java.util.function.Predicate;
import org.channelport.it.support.Api;
import org.channelport.it.support.Db;
import org.channelport.it.support.Http;
import org.channelport.it.support.Mailbox;
import org.channelport.it.support.PortalSession;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The SLA escalation on the real stack: an issue whose clock runs past its due is flagged as
 * breached by the scheduled job (every 2 s in the test run), once — one internal {@code breached}
 * timeline entry and one mail to the service lead and the assignee, however many rounds follow —
 * and a paused clock is never escalated. The dues are moved into the past in the database (the
 * portal's clock stays where it is, so no other record of the shared test database breaches); the
 * job and the mail path (outbox, GreenMail) are the portal's own. Also the mails of a step: the
 * partner's users are told when the service takes their issue; a sign-in records whom mails reach.
 */
@ExtendWith(ArquillianExtension.class)
class SlaBreachIT {
  static final String LEAD = "service-lead@channelport.local";
  static final String CM_ALL = "cm-all@channelport.example";
  static final Duration WAIT = Duration.ofSeconds(60);

  record Issue(long id, String number) {}

  static Issue create(String priority) {
    String subject = "Switch reboots every hour " + UUID.randomUUID().toString().substring(0, 8);
    HttpResponse<String> created =
        Api.as("pe-northwind")
            .post(
                "/service-issues",
                "{\"customerId\": 20, \"sku\": \"NET-SW24\", \"serialNumber\": \"SN-SLA-1\","
                    + " \"subject\": \""
                    + subject
                    + "\", \"description\": \"The switch restarts by itself.\","
                    + " \"priority\": \""
                    + priority
                    + "\", \"category\": \"defect\"}");
    assertEquals(201, created.statusCode(), created.body());
    JsonObject issue = Http.json(created);
    assertEquals("new", issue.getString("status"));
    assertFalse(issue.isNull("resolutionDue"), issue.toString());
    return new Issue(issue.getJsonNumber("id").longValue(), issue.getString("number"));
  }

  static void take(Issue issue) {
    HttpResponse<String> taken =
        Api.as("cm-all").post("/service-issues/" + issue.id() + "/take", "{}");
    assertEquals(200, taken.statusCode(), taken.body());
  }

  static Predicate<String> breach(Issue issue) {
    return s -> s.startsWith(issue.number() + ":") && s.contains("SLA");
  }

  static long breachedEvents(Issue issue) {
    return Db.count(
        "SELECT COUNT(*) FROM service_issue_event WHERE issue_id = ? AND kind = 'breached'",
        issue.id());
  }

  static String column(Issue issue, String column) {
    return Db.string("SELECT " + column + " FROM service_issue WHERE id = ?", issue.id());
  }

  /** Three rounds of the job (2 s each) and of the outbox relay. */
  static void someRounds() throws InterruptedException {
    Thread.sleep(7_000);
  }

  @Test
  void aResolutionPastItsDueIsEscalatedOnceToTheLeadAndTheAssignee() throws Exception {
    Issue issue = create("urgent");
    // the demo data's address until pm-northwind signs in, then the one Keycloak gives
    String pm = Db.string("SELECT email FROM partner_user WHERE username = 'pm-northwind'");
    take(issue);
    // the partner's users hear of the step (the actor, cm-all, does not)
    assertEquals(
        1,
        Mailbox.of(pm).await(s -> s.equals(issue.number() + ": taken by cm-all"), 1, WAIT),
        "the partner manager is told the service took the issue");

    int moved =
        Db.update(
            "UPDATE service_issue SET resolution_risk_at = UTC_TIMESTAMP(6) - INTERVAL 2 MINUTE,"
                + " resolution_due = UTC_TIMESTAMP(6) - INTERVAL 1 MINUTE WHERE id = ?",
            issue.id());
    assertEquals(1, moved);

    Mailbox lead = Mailbox.of(LEAD);
    assertEquals(
        1, lead.await(breach(issue), 1, WAIT), "the service lead is told: " + lead.subjects());
    assertTrue(
        lead.subjects().contains(issue.number() + ": SLA breached (resolution)"),
        lead.subjects()::toString);
    Mailbox assignee = Mailbox.of(CM_ALL);
    assertEquals(1, assignee.await(breach(issue), 1, WAIT), "the assignee is told");
    assertEquals("1", column(issue, "resolution_breached"));
    assertEquals("0", column(issue, "first_response_breached"), "cm-all answered in time");
    assertNotNull(column(issue, "escalated_at"));
    assertEquals(1, breachedEvents(issue));

    someRounds();
    assertEquals(1, lead.count(breach(issue)), "escalated once, whatever the rounds that follow");
    assertEquals(1, assignee.count(breach(issue)));
    assertEquals(1, breachedEvents(issue), "one timeline entry");

    JsonObject seen = Http.json(Api.as("cm-all").get("/service-issues/" + issue.id()));
    assertEquals("breached", seen.getString("slaState"), seen.toString());
    assertTrue(seen.getBoolean("resolutionBreached"));
    String partnerEvents =
        Api.as("pe-northwind").get("/service-issues/" + issue.id() + "/events").body();
    assertFalse(
        partnerEvents.contains("breached"),
        "the breach entry is the service's own: " + partnerEvents);
    String serviceEvents = Api.as("cm-all").get("/service-issues/" + issue.id() + "/events").body();
    assertTrue(serviceEvents.contains("\"breached\""), serviceEvents);
  }

  @Test
  void anUnansweredIssueBreachesItsFirstResponse() throws Exception {
    Issue issue = create("normal");
    Db.update(
        "UPDATE service_issue SET first_response_risk_at = UTC_TIMESTAMP(6) - INTERVAL 2 MINUTE,"
            + " first_response_due = UTC_TIMESTAMP(6) - INTERVAL 1 MINUTE WHERE id = ?",
        issue.id());
    Mailbox lead = Mailbox.of(LEAD);
    assertEquals(1, lead.await(breach(issue), 1, WAIT), lead.subjects()::toString);
    assertTrue(
        lead.subjects().contains(issue.number() + ": SLA breached (first response)"),
        lead.subjects()::toString);
    assertEquals("1", column(issue, "first_response_breached"));
    assertEquals("0", column(issue, "resolution_breached"), "the resolution is not due yet");
    JsonObject listed = Http.json(Api.as("cm-all").get("/service-issues/" + issue.id()));
    assertEquals("breached", listed.getString("slaState"));
    assertTrue(
        Api.as("cm-all")
            .get("/service-issues?slaState=breached&q=" + issue.number())
            .body()
            .contains("\"" + issue.number() + "\""),
        "the list filter finds it");
    assertFalse(
        Api.as("cm-all")
            .get("/service-issues?slaState=on_track&q=" + issue.number())
            .body()
            .contains("\"" + issue.number() + "\""),
        "and no longer among the issues on track");
  }

  @Test
  void aTakeAfterTheDueEscalatesTheBreachItFlagsOnce() throws Exception {
    Issue issue = create("normal");
    // due a minute ago; the take comes before the job's next round (every 2 s) in nearly every
    // run — either way there is exactly one breach entry and one mail
    Db.update(
        "UPDATE service_issue SET first_response_risk_at = UTC_TIMESTAMP(6) - INTERVAL 2 MINUTE,"
            + " first_response_due = UTC_TIMESTAMP(6) - INTERVAL 1 MINUTE WHERE id = ?",
        issue.id());
    take(issue);
    assertEquals("1", column(issue, "first_response_breached"), "the late answer is a breach");
    Mailbox lead = Mailbox.of(LEAD);
    assertEquals(1, lead.await(breach(issue), 1, WAIT), lead.subjects()::toString);
    assertTrue(
        lead.subjects().contains(issue.number() + ": SLA breached (first response)"),
        lead.subjects()::toString);
    assertNotNull(column(issue, "escalated_at"));
    Mailbox assignee = Mailbox.of(CM_ALL);
    assertEquals(1, assignee.await(breach(issue), 1, WAIT), "the assignee is told");
    someRounds();
    assertEquals(1, lead.count(breach(issue)), "told once");
    assertEquals(1, assignee.count(breach(issue)), "the assignee too, once");
    assertEquals(1, breachedEvents(issue));
  }

  @Test
  void aPausedClockIsNotEscalated() throws Exception {
    Issue issue = create("urgent");
    take(issue);
    HttpResponse<String> waiting =
        Api.as("cm-all")
            .post(
                "/service-issues/" + issue.id() + "/wait",
                "{\"for\": \"partner\", \"reason\": \"Which firmware runs on it?\"}");
    assertEquals(200, waiting.statusCode(), waiting.body());
    assertTrue(Http.json(waiting).getBoolean("slaPaused"));
    Db.update(
        "UPDATE service_issue SET resolution_due = UTC_TIMESTAMP(6) - INTERVAL 1 MINUTE"
            + " WHERE id = ?",
        issue.id());
    someRounds();
    assertEquals(0, Mailbox.of(LEAD).count(breach(issue)), "waiting for the partner: no breach");
    assertEquals("0", column(issue, "resolution_breached"));
    assertEquals(0, breachedEvents(issue));
    JsonObject seen = Http.json(Api.as("cm-all").get("/service-issues/" + issue.id()));
    assertEquals("paused", seen.getString("slaState"));
    assertTrue(
        Api.as("cm-all")
            .get("/service-issues?slaState=paused&q=" + issue.number())
            .body()
            .contains("\"" + issue.number() + "\""),
        "the list filter finds it among the paused ones");
    assertEquals(JsonValue.ValueType.STRING, seen.get("resolutionDue").getValueType());
  }

  @Test
  void aSignInRecordsWhomTheServiceMailsReach() {
    String before = Db.string("SELECT UTC_TIMESTAMP(6) - INTERVAL 1 SECOND");
    PortalSession.signIn("pe-baltic");
    assertEquals(
        "pe-baltic@baltictech.example",
        Db.string(
            "SELECT email FROM support_contact WHERE username = 'pe-baltic' AND partner_id = 2"
                + " AND last_seen_at >= ?",
            before),
        "the address Keycloak gives, with the user's partner");
  }
}
