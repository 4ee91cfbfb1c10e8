package org.channelport.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.channelport.it.support.Api;
import org.channelport.it.support.Http;
import org.channelport.it.support.PortalSession;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The service-issue pages, signed in through Keycloak as the demo roles: whose lists hold which
 * issues, which steps each role is offered, the service's internal notes never on a partner's page,
 * and the counts and menu entries of the home page. (Which role may open which page: {@link
 * PageAccessIT}.)
 */
@ExtendWith(ArquillianExtension.class)
class SupportPageAccessIT {
  static final Map<String, PortalSession> SESSIONS = new ConcurrentHashMap<>();
  static final String TAG = UUID.randomUUID().toString().substring(0, 8);

  /** pe-northwind's new issue. */
  static JsonObject fresh;

  /** pm-northwind's issue, solved by cm-all. */
  static JsonObject solved;

  /** pm-baltic's new issue. */
  static JsonObject baltic;

  /** The text of cm-all's internal note on the solved one. */
  static final String NOTE = "Internal only: batch " + TAG + " has a weak power supply";

  @BeforeAll
  static void issues() {
    fresh = create("pe-northwind", 20, "NET-AP6", "Access point reboots " + TAG);
    solved = create("pm-northwind", 20, "NET-AP6", "Access point loses its settings " + TAG);
    long id = id(solved);
    ok(Api.as("cm-all").post("/service-issues/" + id + "/take", "{}"));
    ok(
        Api.as("cm-all")
            .post(
                "/service-issues/" + id + "/comments",
                "{\"text\":\"" + NOTE + "\",\"internal\":true}"));
    ok(
        Api.as("cm-all")
            .post(
                "/service-issues/" + id + "/solve",
                "{\"solution\":\"Update to firmware 1.8; it keeps the settings.\"}"));
    baltic = create("pm-baltic", 3, "STO-NAS4", "NAS fan is loud " + TAG);
  }

  static JsonObject create(String user, long customerId, String sku, String subject) {
    HttpResponse<String> created =
        Api.as(user)
            .post(
                "/service-issues",
                "{\"customerId\":"
                    + customerId
                    + ",\"sku\":\""
                    + sku
                    + "\",\"subject\":\""
                    + subject
                    + "\",\"description\":\"Seen at the customer since Monday.\","
                    + "\"priority\":\"normal\",\"category\":\"defect\"}");
    assertEquals(201, created.statusCode(), user + ": " + created.body());
    return Http.json(created);
  }

  static void ok(HttpResponse<String> response) {
    assertTrue(response.statusCode() / 100 == 2, response.statusCode() + " " + response.body());
  }

  static long id(JsonObject issue) {
    return issue.getJsonNumber("id").longValue();
  }

  static String number(JsonObject issue) {
    return issue.getString("number");
  }

  static PortalSession as(String user) {
    return SESSIONS.computeIfAbsent(user, PortalSession::signIn);
  }

  static String page(String user, String path) {
    HttpResponse<String> response = as(user).get(path);
    assertEquals(200, response.statusCode(), user + " " + path);
    return response.body();
  }

  static String issuePage(String user, String area, JsonObject issue) {
    return page(user, "/" + area + "/issue.xhtml?id=" + id(issue));
  }

  @Test
  void eachListHoldsOnlyTheIssuesOfThePartnersTheCallerSees() {
    // other tests' issues fill the lists: these are found by the tag in their subjects
    String northwind = page("pe-northwind", "/partner/issues.xhtml?q=" + TAG);
    assertTrue(northwind.contains(number(fresh)), "a colleague's issue is the team's too");
    assertTrue(northwind.contains(number(solved)), "solved, to confirm");
    assertFalse(northwind.contains(number(baltic)));
    String balticList = page("pm-baltic", "/partner/issues.xhtml?q=" + TAG);
    assertTrue(balticList.contains(number(baltic)));
    assertFalse(balticList.contains(number(fresh)) || balticList.contains(number(solved)));
    String queue = page("cm-all", "/channel/issues.xhtml?q=" + TAG);
    assertTrue(queue.contains(number(fresh)) && queue.contains(number(baltic)));
    assertFalse(queue.contains(number(solved)), "the queue holds the open ones");
    String danube = page("cm-danube", "/channel/issues.xhtml?q=" + TAG);
    assertFalse(danube.contains(number(fresh)) || danube.contains(number(baltic)));
  }

  @Test
  void eachRoleIsOfferedOnlyTheStepsItMayTake() {
    String queued = issuePage("cm-all", "channel", fresh);
    assertTrue(queued.contains("stepsForm:take"), "the service takes a new issue");
    assertFalse(queued.contains("stepsForm:openSolve"), "not before taking it");
    assertTrue(queued.contains("commentForm:internal"), "the service writes internal notes");
    String own = issuePage("pe-northwind", "partner", fresh);
    assertTrue(own.contains("commentForm:send"));
    for (String step :
        new String[] {
          "stepsForm:take",
          "stepsForm:openWait",
          "stepsForm:openSolve",
          "stepsForm:close",
          "commentForm:internal"
        }) {
      assertFalse(own.contains(step), "partner employee: " + step);
    }
    String manager = issuePage("pm-northwind", "partner", solved);
    assertTrue(manager.contains("stepsForm:close") && manager.contains("stepsForm:openReopen"));
    assertFalse(manager.contains("stepsForm:openPublish"));
    String employee = issuePage("pe-northwind", "partner", solved);
    assertFalse(employee.contains("stepsForm:close") || employee.contains("stepsForm:openReopen"));
    String service = issuePage("cm-all", "channel", solved);
    assertTrue(service.contains("stepsForm:openPublish"), "the answer may become a solution");
  }

  @Test
  void anInternalNoteIsMarkedForTheServiceAndNeverOnAPartnersPage() {
    String service = issuePage("cm-all", "channel", solved);
    assertTrue(service.contains(NOTE) && service.contains("Internal note"), "marked");
    for (String user : new String[] {"pm-northwind", "pe-northwind"}) {
      String partner = issuePage(user, "partner", solved);
      assertFalse(partner.contains(TAG + " has a weak"), user);
      assertFalse(partner.contains("Internal note"), user);
      assertTrue(partner.contains("Update to firmware 1.8"), user + " reads the answer");
    }
  }

  @Test
  void theHomePageCountsTheCallersIssues() {
    String partner = page("pe-northwind", "/index.xhtml");
    assertTrue(partner.contains("id=\"issuesOpen\"") && partner.contains("id=\"issuesSolved\""));
    assertTrue(partner.contains("/partner/issues.xhtml?status=solved"), partner);
    String channel = page("cm-all", "/index.xhtml");
    for (String id : new String[] {"issuesNew", "issuesMine", "issuesBreached", "issuesAtRisk"}) {
      assertTrue(channel.contains("id=\"" + id + "\""), id);
    }
  }

  @Test
  void theMenuFollowsTheRole() {
    String employee = page("pe-northwind", "/index.xhtml");
    assertTrue(employee.contains("/partner/issues.xhtml"));
    assertFalse(employee.contains("/channel/issues.xhtml"));
    String manager = page("cm-danube", "/index.xhtml");
    assertTrue(manager.contains("/channel/issues.xhtml"));
    assertFalse(manager.contains("/channel/issue-routing.xhtml"), "admins only");
    assertTrue(page("cm-all", "/index.xhtml").contains("/channel/issue-routing.xhtml"));
  }

  @Test
  void theNewIssueFormOffersThePartnersOwnOrdersAndCustomersOnly() {
    // the demo orders are older than the orders other tests place: they are searched for
    String northwind = page("pe-northwind", "/partner/issue-new.xhtml?order=CP-2026-00010");
    assertTrue(northwind.contains("CP-2026-000101") && northwind.contains("CP-2026-000103"));
    assertFalse(northwind.contains("CP-2026-000104"), "Baltic Tech's order");
    assertTrue(northwind.contains("Brauhaus Technik GmbH"));
    String balticForm = page("pm-baltic", "/partner/issue-new.xhtml?order=CP-2026-00010");
    assertTrue(balticForm.contains("CP-2026-000104"));
    assertFalse(balticForm.contains("CP-2026-000101") || balticForm.contains("Brauhaus Technik"));
    // named by the order page's "Report a problem": the only match is chosen, its line offered
    String named = page("pe-northwind", "/partner/issue-new.xhtml?order=CP-2026-000101");
    assertTrue(
        named.contains("selected=\"selected\" value=\"101\"")
            || named.contains("value=\"101\" selected=\"selected\""),
        "order 101 chosen");
    assertTrue(named.contains("NET-SW24"), "its line");
    String foreign = page("pe-northwind", "/partner/issue-new.xhtml?order=CP-2026-000104");
    // (the search field shows what was typed; the picker offers nothing of it)
    assertFalse(
        foreign.matches("(?s).*<option[^>]*value=\"104\".*"),
        "another partner's order is not found");
    assertTrue(foreign.contains("CP-2026-000104"), "the search keeps what was typed");
  }
}
