package org.channelport.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.channelport.it.support.Leads;
import org.channelport.it.support.PortalSession;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The lead pages, signed in through Keycloak as every demo role: who gets which list and which lead
 * (200), which page the role may not open (403), and whose lead does not exist for them (404).
 */
@ExtendWith(ArquillianExtension.class)
class LeadPageAccessIT {
  static final Map<String, PortalSession> SESSIONS = new ConcurrentHashMap<>();
  static final String TAG = String.valueOf(System.nanoTime() % 1_000_000);

  /** Northwind's, accepted and assigned to pe-northwind. */
  static final String NORTHWIND = "Nordlicht Probe " + TAG;

  /** Northwind's, dispatched and waiting for an answer. */
  static final String WAITING = "Ulmenhof Probe " + TAG;

  /** Baltic Tech's; the same customer as NORTHWIND (same e-mail). */
  static final String BALTIC = "Bernstein Probe " + TAG;

  /** In the pool. */
  static final String POOL = "Poolhaus Probe " + TAG;

  static long northwind;
  static long waiting;
  static long baltic;
  static long pool;

  @BeforeAll
  static void leads() {
    String buyer = "buyer@probe" + TAG + ".example";
    northwind = Leads.create(NORTHWIND, buyer, "DE");
    Leads.dispatch(northwind, 1);
    Leads.accept("pm-northwind", northwind);
    Leads.assign("pm-northwind", northwind, "pe-northwind");
    waiting = Leads.create(WAITING, "u@probe" + TAG + ".example", "DE");
    Leads.dispatch(waiting, 1);
    baltic = Leads.create(BALTIC, buyer, "LT");
    Leads.dispatch(baltic, 2);
    pool = Leads.create(POOL, "p@probe" + TAG + ".example", "AT");
  }

  static PortalSession as(String user) {
    return SESSIONS.computeIfAbsent(user, PortalSession::signIn);
  }

  static String path(String template) {
    return template
        .replace("{N}", String.valueOf(northwind))
        .replace("{W}", String.valueOf(waiting))
        .replace("{B}", String.valueOf(baltic))
        .replace("{P}", String.valueOf(pool));
  }

  static String page(String user, String template) {
    HttpResponse<String> response = as(user).get(path(template));
    assertEquals(200, response.statusCode(), user + " " + template);
    return response.body();
  }

  @ParameterizedTest(name = "{0} GET {1} -> {2}")
  @CsvSource({
    "cm-all,       /channel/leads.xhtml,              200",
    "cm-all,       /channel/lead-new.xhtml,           200",
    "cm-all,       /channel/lead.xhtml?id={N},        200",
    "cm-all,       /channel/lead.xhtml?id={W},        200",
    "cm-all,       /channel/lead.xhtml?id={B},        200",
    "cm-all,       /channel/lead.xhtml?id={P},        200",
    "cm-all,       /partner/leads.xhtml,              403",
    "cm-all,       /partner/lead.xhtml?id={N},        403",
    "cm-danube,    /channel/leads.xhtml,              200",
    "cm-danube,    /channel/lead.xhtml?id={P},        200",
    "cm-danube,    /channel/lead.xhtml?id={N},        404",
    "cm-danube,    /channel/lead.xhtml?id={B},        404",
    "cm-danube,    /channel/lead.xhtml?id=999999999,  404",
    "cm-danube,    /channel/lead.xhtml?id=abc,        404",
    "cm-danube,    /channel/lead.xhtml,               404",
    "pm-northwind, /partner/leads.xhtml,              200",
    "pm-northwind, /partner/lead.xhtml?id={N},        200",
    "pm-northwind, /partner/lead.xhtml?id={W},        200",
    "pm-northwind, /partner/lead.xhtml?id={B},        404",
    "pm-northwind, /partner/lead.xhtml?id={P},        404",
    "pm-northwind, /channel/leads.xhtml,              403",
    "pm-northwind, /channel/lead-new.xhtml,           403",
    "pm-northwind, /channel/lead.xhtml?id={N},        403",
    "pe-northwind, /partner/leads.xhtml,              200",
    "pe-northwind, /partner/lead.xhtml?id={N},        200",
    "pe-northwind, /partner/lead.xhtml?id={W},        404",
    "pe-northwind, /partner/lead.xhtml?id={B},        404",
    "pe-northwind, /partner/lead.xhtml?id={P},        404",
    "pe-northwind, /channel/lead.xhtml?id={N},        403",
    "pm-baltic,    /partner/leads.xhtml,              200",
    "pm-baltic,    /partner/lead.xhtml?id={B},        200",
    "pm-baltic,    /partner/lead.xhtml?id={N},        404",
    "pm-baltic,    /partner/lead.xhtml?id={W},        404",
    "pm-baltic,    /partner/lead.xhtml?id={P},        404",
    "pe-baltic,    /partner/leads.xhtml,              200",
    "pe-baltic,    /partner/lead.xhtml?id={B},        404",
    "pe-baltic,    /partner/lead.xhtml?id={N},        404",
    "pm-danube,    /partner/leads.xhtml,              200",
    "pm-danube,    /partner/lead.xhtml?id={N},        404",
    "pm-danube,    /partner/lead.xhtml?id={B},        404",
    "pm-danube,    /channel/leads.xhtml,              403",
  })
  void leadPagesAnswerByRoleAndScope(String user, String template, int status) {
    HttpResponse<String> response = as(user).get(path(template));
    assertEquals(status, response.statusCode(), user + " " + template);
    if (status != 200) {
      for (String company : new String[] {NORTHWIND, WAITING, BALTIC, POOL}) {
        assertFalse(response.body().contains(company), user + " " + template + ": " + company);
      }
    }
  }

  @Test
  void aPartnerManagersListsHoldOnlyTheirPartnersLeads() {
    String northwindList = page("pm-northwind", "/partner/leads.xhtml");
    assertTrue(northwindList.contains(NORTHWIND) && northwindList.contains(WAITING));
    assertFalse(northwindList.contains(BALTIC));
    assertFalse(northwindList.contains(POOL));
    String balticList = page("pm-baltic", "/partner/leads.xhtml");
    assertTrue(balticList.contains(BALTIC));
    assertFalse(balticList.contains(NORTHWIND) || balticList.contains(WAITING));
    assertFalse(balticList.contains(POOL));
    String danubeList = page("pm-danube", "/partner/leads.xhtml");
    assertFalse(danubeList.contains(NORTHWIND) || danubeList.contains(BALTIC));
  }

  @Test
  void theInboxShowsWaitingLeadsWithTheTimeLeft() {
    String inbox = page("pm-northwind", "/partner/leads.xhtml");
    int start = inbox.indexOf("id=\"tabs:inboxForm:inbox\"");
    int end = inbox.indexOf("id=\"tabs:leadsForm\"");
    assertTrue(start > 0 && end > start, "the inbox tab comes first");
    String inboxTab = inbox.substring(start, end);
    assertTrue(inboxTab.contains(WAITING), "a dispatched lead waits in the inbox");
    assertFalse(inboxTab.contains(NORTHWIND), "an accepted lead is no longer in the inbox");
    assertTrue(inboxTab.matches("(?s).*\\d+ h left.*"), "with the time left");
  }

  @Test
  void anEmployeeListsOnlyTheLeadsAssignedToThem() {
    String mine = page("pe-northwind", "/partner/leads.xhtml");
    assertTrue(mine.contains(NORTHWIND));
    assertFalse(mine.contains(WAITING), "not assigned to them");
    assertFalse(mine.contains(BALTIC) || mine.contains(POOL));
    String balticEmployee = page("pe-baltic", "/partner/leads.xhtml");
    assertFalse(balticEmployee.contains(BALTIC), "not assigned to them");
  }

  @Test
  void aChannelManagerListsThePoolAndTheirPortfolioOnly() {
    String all = page("cm-all", "/channel/leads.xhtml");
    assertTrue(all.contains(POOL) && all.contains(NORTHWIND) && all.contains(BALTIC));
    String danube = page("cm-danube", "/channel/leads.xhtml");
    assertTrue(danube.contains(POOL), "the pool is every channel manager's");
    assertFalse(danube.contains(NORTHWIND) || danube.contains(BALTIC) || danube.contains(WAITING));
  }

  @Test
  void theCustomersOtherLeadsAreThoseTheCallerMaySee() {
    String channel = page("cm-all", "/channel/lead.xhtml?id={N}");
    assertTrue(channel.contains(BALTIC), "cm-all sees the same customer's lead at Baltic Tech");
    assertTrue(channel.contains("/channel/lead.xhtml?id=" + baltic));
    String partner = page("pm-northwind", "/partner/lead.xhtml?id={N}");
    assertTrue(partner.contains(NORTHWIND));
    assertFalse(partner.contains(BALTIC), "Baltic Tech's lead never shows at Northwind");
    assertFalse(partner.contains("id=" + baltic + "\""));
    assertTrue(partner.contains("No other leads of this customer that you may see."));
  }

  @Test
  void onlyChannelManagersSeeWhyThePartnerWasChosen() {
    String channel = page("cm-all", "/channel/lead.xhtml?id={N}");
    assertTrue(channel.contains("Why this partner"));
    assertTrue(channel.contains("Dispatched by hand by"));
    String partner = page("pm-northwind", "/partner/lead.xhtml?id={N}");
    assertFalse(partner.contains("Why this partner"));
    assertFalse(partner.contains("&quot;mode&quot;") || partner.contains("\"mode\""));
  }

  @Test
  void eachRoleGetsOnlyTheStepsItMayTake() {
    String waitingForManager = page("pm-northwind", "/partner/lead.xhtml?id={W}");
    assertTrue(waitingForManager.contains("acceptForm:accept"));
    assertTrue(
        waitingForManager.matches("(?s).*id=\"timeLeft\"[^>]*>(\\d+ days? )?\\d+ h left.*"),
        "the time left to accept");
    assertFalse(waitingForManager.contains("qualifyForm"));
    String accepted = page("pm-northwind", "/partner/lead.xhtml?id={N}");
    assertTrue(accepted.contains("assignForm:assign") && accepted.contains("qualifyForm:qualify"));
    assertFalse(accepted.contains("acceptForm"));
    String employee = page("pe-northwind", "/partner/lead.xhtml?id={N}");
    assertTrue(employee.contains("qualifyForm:qualify"));
    assertFalse(employee.contains("assignForm") || employee.contains("acceptForm"));
    String channelPool = page("cm-danube", "/channel/lead.xhtml?id={P}");
    assertTrue(channelPool.contains("dispatchForm:dispatchByHand"));
    assertFalse(channelPool.contains("qualifyForm") || channelPool.contains("acceptForm"));
    String channelDispatched = page("cm-all", "/channel/lead.xhtml?id={W}");
    assertFalse(
        channelDispatched.contains("dispatchForm"), "only a lead in the pool is dispatched");
  }

  @Test
  void theHomePageCountsLeadsByStatusAndLinksToTheList() {
    String channel = page("cm-all", "/index.xhtml");
    assertTrue(channel.contains("Leads by status"));
    assertTrue(channel.contains("/channel/leads.xhtml?status=new"));
    String partner = page("pm-northwind", "/index.xhtml");
    assertTrue(partner.contains("/partner/leads.xhtml?status=dispatched"));
    assertFalse(partner.contains("status=new"), "partners never see the pool");
    String filtered = page("pm-northwind", "/partner/leads.xhtml?status=accepted");
    int all = filtered.indexOf("id=\"tabs:leadsForm:leads\"");
    assertTrue(all > 0);
    assertTrue(filtered.substring(all).contains(NORTHWIND));
    assertFalse(filtered.substring(all).contains(WAITING), "the status from the link filters");
  }

  @Test
  void theLeadMenuFollowsTheRole() {
    assertTrue(page("cm-danube", "/index.xhtml").contains("/channel/leads.xhtml"));
    String employee = page("pe-northwind", "/index.xhtml");
    assertTrue(employee.contains("/partner/leads.xhtml"));
    assertFalse(employee.contains("/channel/leads.xhtml"));
  }
}
