package org.channelport.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import org.channelport.it.support.Api;
import org.channelport.it.support.Http;
import org.channelport.it.support.MdfApi;
import org.channelport.it.support.MdfApi.Part;
import org.channelport.it.support.PortalSession;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The MDF pages by role and partner: each list holds only what its viewer may see, another
 * partner's request or claim is not found, the steps offered follow the role (an employee prepares
 * a claim, only the manager submits; partners never decide), and the menu shows each role its own
 * entries.
 */
@ExtendWith(ArquillianExtension.class)
class MdfPageAccessIT {
  static final long DEMO_PROGRAM = 1;

  static PortalSession as(String user) {
    return PageAccessIT.as(user);
  }

  @Test
  void eachRoleSeesItsOwnFundsAndStepsOnly() {
    // Northwind asks for funds; cm-all approves; pe-northwind prepares a claim
    JsonObject request =
        Http.json(
            Api.as("pm-northwind")
                .post("/mdf/requests", MdfApiIT.request(DEMO_PROGRAM, "webinar", "1000")));
    long requestId = request.getJsonNumber("id").longValue();
    String requestNumber = request.getString("number");

    // the review queue: cm-all (Northwind in its portfolio) sees it, cm-danube does not (the
    // search field shows what was typed: a row is the number as a cell's text)
    String row = ">" + requestNumber + "<";
    String forAll = as("cm-all").get("/channel/mdf-review.xhtml?q=" + requestNumber).body();
    assertTrue(forAll.contains(row), "cm-all's queue lists the request");
    String forDanube = as("cm-danube").get("/channel/mdf-review.xhtml?q=" + requestNumber).body();
    assertFalse(forDanube.contains(row), "cm-danube's queue does not");
    assertTrue(forDanube.contains("No fund request is waiting for a decision."), "an empty queue");

    HttpResponse<String> approved =
        Api.as("cm-all")
            .post("/mdf/requests/" + requestId + "/approve", "{\"approvedAmount\":1000}");
    assertEquals(200, approved.statusCode(), approved.body());

    HttpResponse<String> draft =
        MdfApi.multipart(
            "pe-northwind",
            "/mdf/claims",
            Part.json(
                "claim",
                "{\"requestId\":" + requestId + ",\"claimedAmount\":500,\"actualCost\":1000}"));
    assertEquals(201, draft.statusCode(), draft.body());
    long claimId = Http.json(draft).getJsonNumber("id").longValue();
    String claimNumber = Http.json(draft).getString("number");

    // the partner's lists: its own request and claim only
    String northwind = as("pm-northwind").get("/partner/mdf.xhtml").body();
    assertTrue(northwind.contains(requestNumber));
    assertTrue(northwind.contains(claimNumber));
    assertTrue(northwind.contains("mdfForm:newRequest"), "a manager may request funds");
    String baltic = as("pm-baltic").get("/partner/mdf.xhtml").body();
    assertFalse(baltic.contains(requestNumber));
    assertFalse(baltic.contains(claimNumber));
    assertFalse(
        as("pe-northwind").get("/partner/mdf.xhtml").body().contains("mdfForm:newRequest"),
        "an employee never requests funds");

    // another partner's records are not found
    assertEquals(
        404, as("pm-baltic").get("/partner/mdf-request.xhtml?id=" + requestId).statusCode());
    assertEquals(404, as("pe-baltic").get("/partner/mdf-claim.xhtml?id=" + claimId).statusCode());
    assertEquals(
        404, as("pm-danube").get("/partner/mdf-claim.xhtml?requestId=" + requestId).statusCode());

    // the steps offered: the employee prepares, the manager submits
    String employee = as("pe-northwind").get("/partner/mdf-claim.xhtml?id=" + claimId).body();
    assertTrue(employee.contains("claimForm:addProof"));
    assertFalse(employee.contains("claimForm:submit"));
    assertTrue(employee.contains("managerSubmits"));
    String manager = as("pm-northwind").get("/partner/mdf-claim.xhtml?id=" + claimId).body();
    assertTrue(manager.contains("claimForm:submit"));
    assertTrue(manager.contains("checklistState"));
    String onRequest = as("pe-northwind").get("/partner/mdf-request.xhtml?id=" + requestId).body();
    assertTrue(onRequest.contains("newClaim"), "an approved request offers a new claim");
  }

  @Test
  void theMenuAndHomeShowEachRoleItsOwnEntries() {
    String cm = as("cm-danube").get("/index.xhtml").body();
    assertTrue(cm.contains("/channel/mdf-programs.xhtml"));
    assertTrue(cm.contains("/channel/mdf-review.xhtml"));
    assertTrue(cm.contains("mdfRequestsToReview"));
    assertFalse(cm.contains("/partner/mdf.xhtml"));
    String pe = as("pe-baltic").get("/index.xhtml").body();
    assertTrue(pe.contains("/partner/mdf.xhtml"));
    assertFalse(pe.contains("/channel/mdf-review.xhtml"));
    assertTrue(pe.contains("mdfAvailable"));
    assertTrue(pe.contains("mdfExpiring"));
  }

  @Test
  void aPartnerSeesOnlyItsOwnAllocationAndAChannelManagerItsPortfolios() {
    String baltic = as("pm-baltic").get("/partner/mdf.xhtml").body();
    assertTrue(baltic.contains("2027-Q1 Demand generation"));
    assertTrue(baltic.contains("Expires in"));
    String danube = as("cm-danube").get("/channel/mdf-program.xhtml?id=1").body();
    assertTrue(danube.contains("Danube Solutions"));
    assertFalse(danube.contains("Baltic Tech"));
    assertFalse(danube.contains("Northwind Systems"));
    String all = as("cm-all").get("/channel/mdf-program.xhtml?id=1").body();
    assertTrue(all.contains("Baltic Tech") && all.contains("Northwind Systems"));
  }
}
