package org.channelport.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.text.NumberFormat;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.channelport.it.support.Api;
import org.channelport.it.support.Db;
import org.channelport.it.support.Http;
import org.channelport.it.support.Mailbox;
import org.channelport.it.support.PortalSession;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The weekly digest on the real stack: pm-northwind subscribes through the API, and the leased job
 * (every 2 s in the test run) puts exactly one mail a week into the outbox, which GreenMail
 * receives — Northwind's figures of last week (the same numbers the analytics API gives
 * pm-northwind) and Northwind's open work, never another partner's; more rounds send nothing more;
 * unsubscribed, nothing comes even when a week is due. The job acts as the subscriber: the scope is
 * theirs, not the system's. When the run falls on a Monday before 07:00 UTC, the portal's clock is
 * moved to 07:00 and back afterwards.
 */
@ExtendWith(ArquillianExtension.class)
class DigestIT {
  static final Duration WAIT = Duration.ofSeconds(60);
  static final Predicate<String> DIGEST = s -> s.startsWith("Your Channelport week ");
  static final Pattern ISSUE_NUMBER = Pattern.compile("SI-\\d{4}-\\d{5}");

  static JsonObject digest(String user, String body) {
    HttpResponse<String> answer = Api.as(user).put("/me/digest", body);
    assertEquals(200, answer.statusCode(), answer.body());
    return Http.json(answer);
  }

  /** The portal's time now (its clock may run ahead of the machine's in a test run). */
  static Instant portalNow() {
    HttpResponse<String> clock =
        Api.as("cm-all").post("/integration/clock", "{\"advanceSeconds\": 0}");
    assertEquals(200, clock.statusCode(), clock.body());
    return Instant.parse(Http.json(clock).getString("now"));
  }

  static long advance(long seconds) {
    HttpResponse<String> clock =
        Api.as("cm-all").post("/integration/clock", "{\"advanceSeconds\": " + seconds + "}");
    assertEquals(200, clock.statusCode(), clock.body());
    return seconds;
  }

  /** A Northwind issue the service now waits for the partner to answer. */
  static String northwindIssueWaitingForThePartner() {
    String subject = "Digest: display flickers " + UUID.randomUUID().toString().substring(0, 8);
    HttpResponse<String> created =
        Api.as("pe-northwind")
            .post(
                "/service-issues",
                "{\"customerId\": 20, \"sku\": \"NET-SW24\", \"serialNumber\": \"SN-DIG-1\","
                    + " \"subject\": \""
                    + subject
                    + "\", \"description\": \"The status display flickers.\","
                    + " \"priority\": \"urgent\", \"category\": \"defect\"}");
    assertEquals(201, created.statusCode(), created.body());
    JsonObject issue = Http.json(created);
    long id = issue.getJsonNumber("id").longValue();
    assertEquals(200, Api.as("cm-all").post("/service-issues/" + id + "/take", "{}").statusCode());
    HttpResponse<String> waiting =
        Api.as("cm-all")
            .post(
                "/service-issues/" + id + "/wait",
                "{\"for\": \"partner\", \"reason\": \"Which firmware runs on it?\"}");
    assertEquals(200, waiting.statusCode(), waiting.body());
    return issue.getString("number");
  }

  static long total(HttpResponse<String> list) {
    assertEquals(200, list.statusCode(), list.body());
    return Long.parseLong(list.headers().firstValue("X-Total-Count").orElseThrow());
  }

  static String money(BigDecimal amount) {
    NumberFormat n = NumberFormat.getNumberInstance(Locale.ENGLISH);
    n.setMinimumFractionDigits(2);
    n.setMaximumFractionDigits(2);
    return n.format(amount) + " EUR";
  }

  @Test
  void aSubscriberGetsOneDigestAWeekWithTheirOwnFiguresAndWorkUntilTheyUnsubscribe()
      throws Exception {
    digest("pm-northwind", "{\"subscribed\": false}");
    Db.update(
        "UPDATE digest_subscription SET last_sent_week = NULL WHERE username = ?", "pm-northwind");
    String northwindIssue = northwindIssueWaitingForThePartner();
    List<String> balticWaiting =
        Http.parse(
                Api.as("cm-all")
                    .get("/service-issues?status=waiting_partner&partnerId=2&limit=200")
                    .body())
            .asJsonArray()
            .stream()
            .map(JsonValue::asJsonObject)
            .map(i -> i.getString("number"))
            .toList();
    assertFalse(balticWaiting.isEmpty(), "the demo data's Baltic Tech issue waits for its partner");

    long moved = 0;
    try {
      Instant now = portalNow();
      LocalDate monday =
          now.atOffset(ZoneOffset.UTC)
              .toLocalDate()
              .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
      Instant sendFrom = monday.atTime(7, 0).toInstant(ZoneOffset.UTC);
      if (now.isBefore(sendFrom)) {
        moved = advance(Duration.between(now, sendFrom).toSeconds() + 5);
      }

      JsonObject subscribed = digest("pm-northwind", "{\"subscribed\": true, \"locale\": \"en\"}");
      assertTrue(subscribed.getBoolean("subscribed"), subscribed.toString());
      String address = subscribed.getString("email");
      Mailbox mailbox = Mailbox.of(address);
      long before = mailbox.count(DIGEST);
      assertEquals(
          before + 1,
          mailbox.await(DIGEST, before + 1, WAIT),
          "the digest arrives: " + mailbox.subjects());

      List<String> texts = mailbox.texts(DIGEST);
      String text = texts.get(texts.size() - 1);
      LocalDate from = monday.minusWeeks(1);
      JsonObject week =
          Http.json(
              Api.as("pm-northwind")
                  .get("/analytics/kpis?from=" + from + "&to=" + from.plusDays(6)));
      JsonObject weekBefore =
          Http.json(
              Api.as("pm-northwind")
                  .get("/analytics/kpis?from=" + from.minusWeeks(1) + "&to=" + from.minusDays(1)));
      assertTrue(
          text.contains(
              "- Leads accepted: "
                  + week.getJsonNumber("leadsAccepted").longValue()
                  + " (week before: "
                  + weekBefore.getJsonNumber("leadsAccepted").longValue()),
          text);
      assertTrue(
          text.contains(
              "- Order revenue: "
                  + money(week.getJsonNumber("orderRevenue").bigDecimalValue())
                  + " (week before: "
                  + money(weekBefore.getJsonNumber("orderRevenue").bigDecimalValue())),
          text);

      long waiting =
          total(Api.as("pm-northwind").get("/service-issues?status=waiting_partner&limit=1"));
      assertTrue(
          text.contains("- Service issues waiting for your answer: " + waiting + "\n"), text);
      assertTrue(
          text.contains("/partner/issues.xhtml?status=waiting_partner"), "links to the list");
      Matcher numbers = ISSUE_NUMBER.matcher(text);
      int named = 0;
      while (numbers.find()) {
        named++;
        assertEquals(
            "1",
            Db.string("SELECT partner_id FROM service_issue WHERE number = ?", numbers.group()),
            numbers.group() + " is Northwind's");
      }
      assertTrue(named > 0, "the mail names the issues waiting: " + text);
      for (String baltic : balticWaiting) {
        assertFalse(text.contains(baltic), "no issue of Baltic Tech: " + baltic);
      }
      if (waiting <= 5) {
        assertTrue(text.contains(northwindIssue), "the issue waiting for Northwind: " + text);
      }

      Thread.sleep(7_000);
      assertEquals(before + 1, mailbox.count(DIGEST), "one digest a week, whatever the rounds");

      JsonObject off = digest("pm-northwind", "{\"subscribed\": false}");
      assertFalse(off.getBoolean("subscribed"));
      // as if a week had passed: the digest would be due again
      Db.update(
          "UPDATE digest_subscription SET last_sent_week = last_sent_week - 1 WHERE username = ?",
          "pm-northwind");
      Thread.sleep(7_000);
      assertEquals(before + 1, mailbox.count(DIGEST), "unsubscribed: no digest");

      digest("pm-northwind", "{\"subscribed\": true}");
      assertEquals(
          before + 2,
          mailbox.await(DIGEST, before + 2, WAIT),
          "subscribed again with a week due, it comes again");
    } finally {
      digest("pm-northwind", "{\"subscribed\": false}");
      if (moved > 0) {
        advance(-moved);
      }
    }
  }

  @Test
  void onlyTheCallerSubscribesAndTheBodyIsChecked() {
    HttpResponse<String> missing = Api.as("pe-northwind").put("/me/digest", "{}");
    assertEquals(400, missing.statusCode(), missing.body());
    assertTrue(missing.body().contains("subscribed"), missing.body());
    HttpResponse<String> locale =
        Api.as("pe-northwind").put("/me/digest", "{\"subscribed\": true, \"locale\": \"fr\"}");
    assertEquals(400, locale.statusCode(), locale.body());
    assertTrue(locale.body().contains("locale"), locale.body());

    JsonObject on = digest("pe-northwind", "{\"subscribed\": true, \"locale\": \"pl\"}");
    assertEquals("pl", on.getString("locale"));
    assertTrue(Http.json(Api.as("pe-northwind").get("/me/digest")).getBoolean("subscribed"));
    digest("pe-northwind", "{\"subscribed\": false}");
    assertFalse(Http.json(Api.as("pe-northwind").get("/me/digest")).getBoolean("subscribed"));
  }

  @Test
  void theHomePageShowsWhatWaitsForThePersonWithinTheirScope() {
    String issue = northwindIssueWaitingForThePartner();
    String home = PortalSession.signIn("pm-northwind").get("/index.xhtml").body();
    assertTrue(home.contains("id=\"myWork\""), home);
    assertTrue(home.contains("id=\"work-issuesWaitingPartner\""), "the list of issues waiting");
    assertTrue(home.contains("/partner/issues.xhtml?status=waiting_partner"), "a link to the list");
    assertTrue(home.contains("id=\"myFigures\""), "the month's figures");
    assertTrue(home.contains("Send me a weekly digest"), "the digest's checkbox");
    assertAllIssuesOf(home, "partner_id = 1");
    if (total(Api.as("pm-northwind").get("/service-issues?status=waiting_partner&limit=1")) <= 5) {
      assertTrue(home.contains(issue), "the new issue waiting for Northwind");
    }

    String danube = PortalSession.signIn("cm-danube").get("/index.xhtml").body();
    assertTrue(danube.contains("id=\"myWork\""), danube);
    assertFalse(danube.contains(issue), "not Northwind's issue on cm-danube's page");
    assertAllIssuesOf(
        danube,
        "partner_id IN (SELECT partner_id FROM portfolio_assignment"
            + " WHERE manager_username = 'cm-danube')");
  }

  /** Every service issue number the page names matches {@code scope}. */
  static void assertAllIssuesOf(String page, String scope) {
    Matcher numbers = ISSUE_NUMBER.matcher(page);
    while (numbers.find()) {
      assertEquals(
          1,
          Db.count(
              "SELECT COUNT(*) FROM service_issue WHERE number = ? AND " + scope, numbers.group()),
          numbers.group() + " is in the viewer's scope");
    }
  }
}
