package org.channelport.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.channelport.it.support.PortalSession;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The page door, signed in through the real Keycloak login form: who sees which page and record.
 */
@ExtendWith(ArquillianExtension.class)
class PageAccessIT {
  static final Map<String, PortalSession> SESSIONS = new ConcurrentHashMap<>();

  static PortalSession as(String user) {
    return SESSIONS.computeIfAbsent(user, PortalSession::signIn);
  }

  @ParameterizedTest(name = "{0} GET {1} -> {2}")
  @CsvSource({
    "cm-all,       /channel/partners.xhtml,        200",
    "cm-all,       /channel/applications.xhtml,    200",
    "cm-all,       /channel/audit.xhtml,           200",
    "cm-all,       /channel/portfolio.xhtml,       200",
    "cm-all,       /channel/partner.xhtml?id=2,    200",
    "cm-all,       /partner/profile.xhtml,         403",
    "cm-danube,    /channel/partner.xhtml?id=3,    200",
    "cm-danube,    /channel/partner.xhtml?id=1,    404",
    "cm-danube,    /channel/partner.xhtml?id=999999, 404",
    "cm-danube,    /channel/portfolio.xhtml,       403",
    "pm-northwind, /partner/profile.xhtml,         200",
    "pm-northwind, /channel/partners.xhtml,        403",
    "pm-northwind, /channel/partner.xhtml?id=1,    403",
    "pm-northwind, /channel/audit.xhtml,           403",
    "pe-northwind, /partner/profile.xhtml,         200",
    "pe-northwind, /channel/partner.xhtml?id=2,    403",
    "pm-baltic,    /partner/profile.xhtml,         200",
    "pm-danube,    /index.xhtml,                   200",
    // support: the solutions knowledge base (kb); demo solution 1 is published, 7 a draft
    "cm-all,       /channel/solutions.xhtml,       200",
    "cm-all,       /channel/solutions.xhtml?id=7,  200",
    "cm-danube,    /channel/solution.xhtml,        200",
    "cm-all,       /channel/solution.xhtml?id=7,   200",
    "cm-all,       /channel/solution.xhtml?id=999999, 404",
    "cm-all,       /partner/solutions.xhtml,       403",
    "pe-northwind, /partner/solutions.xhtml,       200",
    "pe-northwind, /partner/solutions.xhtml?id=1,  200",
    "pe-northwind, /partner/solutions.xhtml?id=7,  404",
    "pm-baltic,    /partner/solutions.xhtml?id=7,  404",
    "pe-northwind, /channel/solutions.xhtml,       403",
    "pm-baltic,    /channel/solution.xhtml?id=1,   403",
    // service issues: 101-103 Northwind's, 104-105 Baltic Tech's, 106-107 Danube's (demo data)
    "cm-all,       /channel/issues.xhtml,          200",
    "cm-all,       /channel/issue.xhtml?id=101,    200",
    "cm-all,       /channel/issue.xhtml?id=104,    200",
    "cm-all,       /channel/issue-routing.xhtml,   200",
    "cm-all,       /partner/issues.xhtml,          403",
    "cm-all,       /partner/issue-new.xhtml,       403",
    "cm-danube,    /channel/issues.xhtml,          200",
    "cm-danube,    /channel/issue.xhtml?id=106,    200",
    "cm-danube,    /channel/issue.xhtml?id=101,    404",
    "cm-danube,    /channel/issue.xhtml?id=999999, 404",
    "cm-danube,    /channel/issue.xhtml?id=abc,    404",
    "cm-danube,    /channel/issue-routing.xhtml,   403",
    "pm-northwind, /partner/issues.xhtml,          200",
    "pm-northwind, /partner/issue-new.xhtml,       200",
    "pm-northwind, /partner/issue.xhtml?id=102,    200",
    "pm-northwind, /partner/issue.xhtml?id=104,    404",
    "pm-northwind, /channel/issues.xhtml,          403",
    "pm-northwind, /channel/issue.xhtml?id=102,    403",
    "pm-northwind, /channel/issue-routing.xhtml,   403",
    "pe-northwind, /partner/issues.xhtml,          200",
    "pe-northwind, /partner/issue-new.xhtml,       200",
    "pe-northwind, /partner/issue.xhtml?id=101,    200",
    "pe-northwind, /partner/issue.xhtml?id=106,    404",
    "pm-baltic,    /partner/issue.xhtml?id=104,    200",
    "pm-baltic,    /partner/issue.xhtml?id=101,    404",
    "pe-baltic,    /partner/issue.xhtml?id=105,    200",
    "pe-baltic,    /partner/issue.xhtml?id=102,    404",
    "pm-danube,    /partner/issue.xhtml?id=107,    200",
    "pm-danube,    /partner/issue.xhtml?id=103,    404",
    // mdf: the fund pages
    "cm-all,       /channel/mdf-programs.xhtml,    200",
    "cm-all,       /channel/mdf-program.xhtml?id=1, 200",
    "cm-all,       /channel/mdf-program.xhtml?id=999999, 404",
    "cm-all,       /channel/mdf-review.xhtml,      200",
    "cm-all,       /channel/mdf-ledger.xhtml,      200",
    "cm-all,       /partner/mdf.xhtml,             403",
    "cm-danube,    /channel/mdf-program.xhtml?id=1, 200",
    "cm-danube,    /channel/mdf-review.xhtml,      200",
    "cm-danube,    /channel/mdf-ledger.xhtml,      200",
    "pm-baltic,    /partner/mdf.xhtml,             200",
    "pm-baltic,    /partner/mdf-request-new.xhtml, 200",
    "pm-baltic,    /partner/mdf-request.xhtml?id=999999, 404",
    "pm-baltic,    /partner/mdf-request.xhtml?id=abc, 404",
    "pm-baltic,    /partner/mdf-claim.xhtml?id=999999, 404",
    "pm-baltic,    /partner/mdf-claim.xhtml?requestId=999999, 404",
    "pm-baltic,    /channel/mdf-review.xhtml,      403",
    "pe-baltic,    /partner/mdf.xhtml,             200",
    "pe-baltic,    /partner/mdf-request-new.xhtml, 403",
    "pe-northwind, /channel/mdf-ledger.xhtml,      403",
    // program: the partner's scorecard; the portfolio's scorecards
    "pm-northwind, /partner/program.xhtml,         200",
    "pe-baltic,    /partner/program.xhtml,         200",
    "cm-all,       /partner/program.xhtml,         403",
    "pm-northwind, /channel/program.xhtml,         403",
    "cm-all,       /channel/program.xhtml,         200",
    "cm-all,       /channel/program.xhtml?partner=1, 200",
    "cm-danube,    /channel/program.xhtml?partner=3, 200",
    "cm-danube,    /channel/program.xhtml?partner=1, 404",
    "cm-danube,    /channel/program.xhtml?partner=abc, 404",
    // analytics: the dashboards (a partner outside the portfolio is not found)
    "cm-all,       /channel/analytics.xhtml,       200",
    "cm-danube,    /channel/analytics.xhtml?period=quarter, 200",
    "cm-danube,    /channel/analytics.xhtml?partnerId=3, 200",
    "cm-danube,    /channel/analytics.xhtml?partnerId=1, 404",
    "cm-danube,    /channel/analytics.xhtml?partnerId=999999, 404",
    "cm-all,       /partner/analytics.xhtml,       403",
    "pm-northwind, /partner/analytics.xhtml,       200",
    "pe-northwind, /partner/analytics.xhtml,       200",
    "pm-northwind, /channel/analytics.xhtml,       403",
    "pe-baltic,    /channel/analytics.xhtml,       403",
  })
  void pagesAnswerByRoleAndScope(String user, String path, int status) {
    HttpResponse<String> response = as(user).get(path);
    assertEquals(status, response.statusCode(), user + " " + path);
  }

  @Test
  void eachPartnerUserSeesOnlyTheirOwnPartner() {
    String northwind = as("pm-northwind").get("/partner/profile.xhtml").body();
    assertTrue(northwind.contains("Northwind Systems"));
    assertFalse(northwind.contains("Baltic Tech"));
    assertFalse(northwind.contains("Danube Solutions"));
    String baltic = as("pe-baltic").get("/partner/profile.xhtml").body();
    assertTrue(baltic.contains("Baltic Tech"));
    assertFalse(baltic.contains("Northwind Systems"));
  }

  @Test
  void aChannelManagerSeesOnlyTheirPortfolioInTheList() {
    String danube = as("cm-danube").get("/channel/partners.xhtml").body();
    assertTrue(danube.contains("Danube Solutions"));
    assertFalse(danube.contains("Northwind Systems"));
    assertFalse(danube.contains("Baltic Tech"));
    String all = as("cm-all").get("/channel/partners.xhtml").body();
    assertTrue(
        all.contains("Northwind Systems")
            && all.contains("Baltic Tech")
            && all.contains("Danube Solutions"));
  }

  @Test
  void theHomePageCountsTheCallersPartners() {
    String home = as("cm-danube").get("/index.xhtml").body();
    assertTrue(home.contains("id=\"activeCount\">1</div>"), home);
  }

  @Test
  void onlyThePartnerManagerGetsTheContactForm() {
    assertTrue(
        as("pm-northwind")
            .get("/partner/profile.xhtml")
            .body()
            .contains("contactForm:saveContact"));
    assertFalse(
        as("pe-northwind")
            .get("/partner/profile.xhtml")
            .body()
            .contains("contactForm:saveContact"));
  }

  @Test
  void theMenuFollowsTheRole() {
    String cm = as("cm-danube").get("/index.xhtml").body();
    assertTrue(cm.contains("/channel/partners.xhtml"));
    assertFalse(cm.contains("/channel/portfolio.xhtml"));
    String pe = as("pe-northwind").get("/index.xhtml").body();
    assertFalse(pe.contains("/channel/partners.xhtml"));
    assertTrue(pe.contains("/partner/profile.xhtml"));
  }

  @Test
  void eachRolesMenuLeadsToItsOwnAnalytics() {
    String cm = as("cm-danube").get("/index.xhtml").body();
    assertTrue(cm.contains("/channel/analytics.xhtml"));
    assertFalse(cm.contains("/partner/analytics.xhtml"));
    String pe = as("pe-northwind").get("/index.xhtml").body();
    assertTrue(pe.contains("/partner/analytics.xhtml"));
    assertFalse(pe.contains("/channel/analytics.xhtml"));
  }

  @Test
  void aPartnerUsersAnalyticsAreTheirOwnWhateverPartnerTheAddressNames() {
    String page = as("pm-northwind").get("/partner/analytics.xhtml?partnerId=2").body();
    assertTrue(page.contains("id=\"fig-orders-value\""), "the figures are shown");
    assertFalse(page.contains("Baltic Tech"));
    String danube = as("cm-danube").get("/channel/analytics.xhtml").body();
    assertTrue(danube.contains("Danube Solutions"));
    assertFalse(danube.contains("Northwind Systems"));
    assertFalse(danube.contains("Baltic Tech"));
  }

  @Test
  void aBadPeriodOnTheAnalyticsPageIsNamedNotFailed() {
    HttpResponse<String> reversed =
        as("cm-danube").get("/channel/analytics.xhtml?period=custom&from=2026-05-01&to=2026-04-01");
    assertEquals(200, reversed.statusCode());
    assertTrue(reversed.body().contains("To: must not be before from"), reversed.body());
    assertFalse(reversed.body().contains("id=\"fig-orders-value\""), "no figures");
    HttpResponse<String> garbled =
        as("cm-danube").get("/channel/analytics.xhtml?period=custom&from=yesterday&to=2026-04-01");
    assertEquals(200, garbled.statusCode());
    assertTrue(garbled.body().contains("From: is not a date like 2026-12-31"), garbled.body());
    HttpResponse<String> unknown = as("cm-danube").get("/channel/analytics.xhtml?period=decade");
    assertEquals(200, unknown.statusCode());
    assertTrue(unknown.body().contains("Period: must be one of"), unknown.body());
  }

  @Test
  void pagesSpeakPolishWhenTheBrowserAsksForIt() {
    PortalSession session = PortalSession.anonymous();
    HttpResponse<String> polish = session.getWithLanguage("/apply.xhtml", "pl-PL,pl;q=0.9");
    assertTrue(polish.body().contains("Zostań partnerem"), "Polish title");
    HttpResponse<String> english =
        PortalSession.anonymous().getWithLanguage("/apply.xhtml", "en-GB");
    assertTrue(english.body().contains("Become a partner"));
  }
}
