package org.channelport.it;

import static org.channelport.it.PartnerAccessMatrixIT.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.channelport.it.support.Api;
import org.channelport.it.support.Db;
import org.channelport.it.support.Http;
import org.channelport.it.support.Leads;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every demo user × a lead of each demo partner × each lead action over the API: exactly 200/201,
 * 403 (wrong role) or 404 (not the caller's) — and a refused action changes nothing.
 */
@ExtendWith(ArquillianExtension.class)
class LeadAccessMatrixIT {
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

  /** Expected status of a partner-side action: role first (403), then scope (404). */
  private static int partnerAction(String user, long partner, boolean employeeMay) {
    if (CHANNEL.contains(user)) {
      return 403;
    }
    boolean manager = MANAGERS.contains(user);
    if (!manager && !employeeMay) {
      return 403;
    }
    if (!sees(user, partner)) {
      return 404;
    }
    return 200;
  }

  private static void assertStatus(int expected, HttpResponse<String> response, String what) {
    if (expected >= 400) {
      assertProblem(response, expected);
    } else {
      assertEquals(expected, response.statusCode(), what + ": " + response.body());
    }
  }

  private static String status(long lead) {
    return Db.string("SELECT status FROM sales_lead WHERE id = ?", lead);
  }

  @ParameterizedTest(name = "{0} reads an assigned lead of partner {1}")
  @MethodSource("everyUserAndPartner")
  void read(String user, long partner) {
    long lead = Leads.assigned("Read", partner);
    HttpResponse<String> response = Api.as(user).get("/leads/" + lead);
    boolean employee = user.startsWith("pe-");
    boolean visible = sees(user, partner) && (!employee || user.equals(Leads.employeeOf(partner)));
    assertStatus(visible ? 200 : 404, response, user + " GET lead");
    HttpResponse<String> events = Api.as(user).get("/leads/" + lead + "/events");
    assertStatus(visible ? 200 : 404, events, user + " GET events");
  }

  @Test
  void anEmployeeDoesNotSeeTheLeadsOfColleagues() {
    long mine = Leads.assigned("Mine", 1);
    long unassigned = Leads.accepted("Unassigned", 1);
    assertProblem(Api.as("pe-northwind").get("/leads/" + unassigned), 404);
    assertEquals(200, Api.as("pe-northwind").get("/leads/" + mine).statusCode());
    String list = Api.as("pe-northwind").get("/leads?limit=200").body();
    assertTrue(list.contains("\"id\":" + mine), list);
    assertFalse(list.contains("\"id\":" + unassigned), list);
    assertEquals(200, Api.as("pm-northwind").get("/leads/" + unassigned).statusCode());
  }

  @ParameterizedTest(name = "{0} accepts a lead dispatched to partner {1}")
  @MethodSource("everyUserAndPartner")
  void accept(String user, long partner) {
    long lead = Leads.dispatched("Accept", partner);
    int expected = partnerAction(user, partner, false);
    assertStatus(expected, Api.as(user).post("/leads/" + lead + "/accept", "{}"), user);
    assertEquals(expected == 200 ? "ACCEPTED" : "DISPATCHED", status(lead));
  }

  @ParameterizedTest(name = "{0} rejects a lead dispatched to partner {1}")
  @MethodSource("everyUserAndPartner")
  void reject(String user, long partner) {
    long lead = Leads.dispatched("Reject", partner);
    int expected = partnerAction(user, partner, false);
    assertStatus(
        expected,
        Api.as(user).post("/leads/" + lead + "/reject", "{\"reason\":\"not our region\"}"),
        user);
    assertEquals(expected == 200 ? "REJECTED" : "DISPATCHED", status(lead));
  }

  @ParameterizedTest(name = "{0} assigns an accepted lead of partner {1}")
  @MethodSource("everyUserAndPartner")
  void assign(String user, long partner) {
    long lead = Leads.accepted("Assign", partner);
    int expected = partnerAction(user, partner, false);
    String body = "{\"username\":\"" + Leads.employeeOf(partner) + "\"}";
    assertStatus(expected, Api.as(user).post("/leads/" + lead + "/assign", body), user);
    String assignee = Db.string("SELECT assigned_username FROM sales_lead WHERE id = ?", lead);
    assertEquals(expected == 200 ? Leads.employeeOf(partner) : null, assignee);
  }

  @ParameterizedTest(name = "{0} qualifies an assigned lead of partner {1}")
  @MethodSource("everyUserAndPartner")
  void qualify(String user, long partner) {
    long lead = Leads.assigned("Qualify", partner);
    int expected = partnerAction(user, partner, true);
    if (expected == 200 && user.startsWith("pe-") && !user.equals(Leads.employeeOf(partner))) {
      expected = 404;
    }
    assertStatus(
        expected, Api.as(user).post("/leads/" + lead + "/qualify", Leads.QUALIFICATION), user);
    assertEquals(expected == 200 ? "QUALIFIED" : "ACCEPTED", status(lead));
  }

  @ParameterizedTest(name = "{0} closes a qualified lead of partner {1}")
  @MethodSource("everyUserAndPartner")
  void close(String user, long partner) {
    long lead = Leads.qualified("Close", partner);
    int expected = partnerAction(user, partner, true);
    assertStatus(
        expected,
        Api.as(user).post("/leads/" + lead + "/close", "{\"outcome\":\"won\",\"value\":980.50}"),
        user);
    assertEquals(expected == 200 ? "WON" : "QUALIFIED", status(lead));
  }

  @ParameterizedTest(name = "{0} dispatches a lead of the pool to partner {1}")
  @MethodSource("everyUserAndPartner")
  void dispatch(String user, long partner) {
    long lead = Leads.inPool("Dispatch");
    int expected = CHANNEL.contains(user) ? (sees(user, partner) ? 200 : 404) : 403;
    if (!CHANNEL.contains(user)) {
      // partner users do not even see the pool
      assertProblem(Api.as(user).get("/leads/" + lead), 404);
    }
    assertStatus(
        expected,
        Api.as(user).post("/leads/" + lead + "/dispatch", "{\"partnerId\":" + partner + "}"),
        user);
    assertEquals(expected == 200 ? "DISPATCHED" : "NEW", status(lead));
  }

  @ParameterizedTest(name = "{0} adds a note to an assigned lead of partner {1}")
  @MethodSource("everyUserAndPartner")
  void note(String user, long partner) {
    long lead = Leads.assigned("Note", partner);
    boolean employee = user.startsWith("pe-");
    boolean visible = sees(user, partner) && (!employee || user.equals(Leads.employeeOf(partner)));
    HttpResponse<String> response =
        Api.as(user).post("/leads/" + lead + "/notes", "{\"text\":\"called the customer\"}");
    assertStatus(visible ? 201 : 404, response, user);
    long notes =
        Db.count("SELECT COUNT(*) FROM lead_event WHERE lead_id = ? AND type = 'NOTE'", lead);
    assertEquals(visible ? 1 : 0, notes);
  }

  @Test
  void onlyChannelManagersCreateLeads() {
    String body =
        "{\"company\":\"Refused Ltd\",\"email\":\"a@refused.example\",\"country\":\"DE\"}";
    for (String user : List.of("pm-northwind", "pe-northwind", "pm-danube")) {
      assertProblem(Api.as(user).post("/leads", body), 403);
    }
    assertEquals(0, Db.count("SELECT COUNT(*) FROM sales_lead WHERE company = 'Refused Ltd'"));
    assertEquals(201, Api.as("cm-danube").post("/leads", body).statusCode());
  }

  @ParameterizedTest(name = "{0} lists only leads in scope")
  @MethodSource("users")
  void listsHoldOnlyTheCallersLeads(String user) {
    Leads.assigned("List", 1);
    Leads.assigned("List", 2);
    Leads.assigned("List", 3);
    HttpResponse<String> response = Api.as(user).get("/leads?limit=200&sort=createdAt");
    assertEquals(200, response.statusCode());
    Http.parse(response.body()).asJsonArray().stream()
        .map(v -> v.asJsonObject())
        .forEach(
            lead -> {
              boolean pool = lead.isNull("partnerId");
              if (pool) {
                assertTrue(CHANNEL.contains(user), user + " sees a pool lead " + lead);
              } else {
                long owner = lead.getJsonNumber("partnerId").longValue();
                assertTrue(sees(user, owner), user + " sees lead of partner " + owner);
                if (user.startsWith("pe-")) {
                  assertEquals(user, lead.getString("assignedTo"));
                }
                if (!CHANNEL.contains(user)) {
                  assertTrue(lead.isNull("dispatchExplanation"), "explanation hidden: " + lead);
                }
              }
            });
    long total = Long.parseLong(response.headers().firstValue("X-Total-Count").orElseThrow());
    assertTrue(total > 0, user + " has leads");
  }

  static Stream<String> users() {
    return SCOPE.keySet().stream().sorted();
  }

  @Test
  void refusedAttemptsOnAnotherPartnersLeadAreAudited() {
    long lead = Leads.dispatched("Audited", 1);
    assertProblem(Api.as("pm-baltic").post("/leads/" + lead + "/accept", "{}"), 404);
    assertEquals(
        1,
        Db.count(
            "SELECT COUNT(*) FROM audit_log WHERE action = 'DENIED' AND entity_type = 'Lead'"
                + " AND entity_id = ? AND actor = 'pm-baltic'",
            String.valueOf(lead)));
  }
}
