package org.channelport.it;

import static org.channelport.it.PartnerAccessMatrixIT.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;
import org.channelport.it.support.Api;
import org.channelport.it.support.Db;
import org.channelport.it.support.Http;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Deal registration over the API: partners register for themselves only, conflicts are found
 * without telling the partner whom they conflict with, channel managers of the partner decide.
 */
@ExtendWith(ArquillianExtension.class)
class DealRegistrationApiIT {
  static final AtomicInteger SEQ = new AtomicInteger((int) (System.nanoTime() % 90000) + 10000);

  static String company() {
    return "Kessler Maschinenbau " + SEQ.incrementAndGet();
  }

  static String domain(String company) {
    return company.toLowerCase().replace(' ', '-') + ".example";
  }

  static String deal(String company, String categories) {
    return "{\"company\":\""
        + company
        + " GmbH\",\"contactName\":\"Eva Lang\",\"email\":\"eva.lang@"
        + domain(company)
        + "\",\"phone\":\"+49 30 555 0101\",\"country\":\"DE\",\"categories\":["
        + categories
        + "],\"products\":\"FW-500 x2\",\"estimatedValue\":25000.00,\"currency\":\"EUR\","
        + "\"expectedClose\":\""
        + LocalDate.now(ZoneOffset.UTC).plusDays(60)
        + "\",\"description\":\"Firewall refresh\"}";
  }

  static JsonObject submitted(String user, String body) {
    HttpResponse<String> response = Api.as(user).post("/deal-registrations", body);
    assertEquals(201, response.statusCode(), response.body());
    return Http.json(response);
  }

  static long id(JsonObject json) {
    return json.getJsonNumber("id").longValue();
  }

  /** A lead of another partner, open: created by cm-all and dispatched to that partner. */
  static long openLeadOf(long partnerId, String company, String category) {
    HttpResponse<String> created =
        Api.as("cm-all")
            .post(
                "/leads",
                "{\"company\":\""
                    + company
                    + "\",\"contactName\":\"Otto Kessler\",\"email\":\"it@"
                    + domain(company)
                    + "\",\"country\":\"DE\",\"category\":\""
                    + category
                    + "\",\"estimatedValue\":30000,\"currency\":\"EUR\"}");
    assertEquals(201, created.statusCode(), created.body());
    long lead = id(Http.json(created));
    HttpResponse<String> dispatched =
        Api.as("cm-all").post("/leads/" + lead + "/dispatch", "{\"partnerId\":" + partnerId + "}");
    assertEquals(200, dispatched.statusCode(), dispatched.body());
    return lead;
  }

  @Test
  void aPartnerRegistersADealThatOnlyItsScopeSees() {
    JsonObject json = submitted("pm-northwind", deal(company(), "\"security\""));
    long id = id(json);
    assertEquals("submitted", json.getString("status"));
    assertEquals(1, json.getJsonNumber("partnerId").longValue());
    assertFalse(json.getBoolean("hasConflict"));
    assertEquals(200, Api.as("pe-northwind").get("/deal-registrations/" + id).statusCode());
    assertEquals(200, Api.as("cm-all").get("/deal-registrations/" + id).statusCode());
    assertProblem(Api.as("pm-baltic").get("/deal-registrations/" + id), 404);
    assertProblem(Api.as("cm-danube").get("/deal-registrations/" + id), 404);
    assertEquals(
        1,
        Db.count(
            "SELECT COUNT(*) FROM audit_log WHERE entity_type = 'DealRegistration' AND entity_id = ?"
                + " AND action = 'CREATE' AND actor = 'pm-northwind'",
            String.valueOf(id)));
    assertEquals(
        1,
        Db.count(
            "SELECT COUNT(*) FROM audit_log WHERE entity_type = 'DealRegistration' AND entity_id = ?"
                + " AND action = 'DENIED' AND actor = 'pm-baltic'",
            String.valueOf(id)));
    HttpResponse<String> list = Api.as("pm-baltic").get("/deal-registrations?limit=200");
    assertEquals(200, list.statusCode());
    assertFalse(list.body().contains("\"id\":" + id + ","), "Baltic does not list Northwind's");
    assertTrue(list.headers().firstValue("X-Total-Count").isPresent());
  }

  @Test
  void aChannelManagerCannotRegisterADeal() {
    long before = Db.count("SELECT COUNT(*) FROM deal_registration");
    assertProblem(
        Api.as("cm-all").post("/deal-registrations", deal(company(), "\"security\"")), 403);
    assertEquals(before, Db.count("SELECT COUNT(*) FROM deal_registration"));
  }

  @Test
  void badInputNamesTheFieldsAndStoresNothing() {
    long before = Db.count("SELECT COUNT(*) FROM deal_registration");
    String body =
        deal(company(), "")
            .replace(LocalDate.now(ZoneOffset.UTC).plusDays(60).toString(), "2020-01-01");
    HttpResponse<String> response = Api.as("pm-northwind").post("/deal-registrations", body);
    assertProblem(response, 400);
    assertTrue(
        response.body().contains("categories") && response.body().contains("expectedClose"),
        response.body());
    assertEquals(before, Db.count("SELECT COUNT(*) FROM deal_registration"));
  }

  @Test
  void aConflictWithAnotherPartnersOpenLeadIsFlaggedWithoutNamingThePartner() {
    String company = company();
    long lead = openLeadOf(2, company + " AG", "security");
    JsonObject json = submitted("pm-northwind", deal(company, "\"storage\",\"security\""));
    long id = id(json);
    assertTrue(json.getBoolean("hasConflict"));
    String partnerView = Api.as("pm-northwind").get("/deal-registrations/" + id).body();
    assertFalse(partnerView.contains("Baltic"), partnerView);
    assertFalse(partnerView.contains("\"partnerId\":2"), partnerView);
    assertFalse(partnerView.contains("Otto Kessler"), partnerView);
    assertProblem(Api.as("pm-northwind").get("/deal-registrations/" + id + "/conflicts"), 403);

    JsonArray conflicts =
        (JsonArray)
            Http.parse(Api.as("cm-all").get("/deal-registrations/" + id + "/conflicts").body());
    assertEquals(1, conflicts.size(), conflicts.toString());
    JsonObject conflict = conflicts.getJsonObject(0);
    assertEquals("lead", conflict.getString("kind"));
    assertEquals(lead, conflict.getJsonNumber("id").longValue());
    assertTrue(conflict.getBoolean("detailed"));
    assertEquals("Baltic Tech", conflict.getString("partnerName"));

    // Danube registers the same opportunity; its manager sees that Baltic's lead exists, not what
    JsonObject danube = submitted("pm-danube", deal(company, "\"security\""));
    assertTrue(danube.getBoolean("hasConflict"));
    String hidden =
        Api.as("cm-danube").get("/deal-registrations/" + id(danube) + "/conflicts").body();
    assertTrue(hidden.contains("\"detailed\":false"), hidden);
    assertFalse(
        hidden.contains("Baltic") || hidden.contains("Otto") || hidden.contains("Northwind"),
        hidden);
    assertProblem(Api.as("cm-danube").get("/deal-registrations/" + id + "/conflicts"), 404);
  }

  @Test
  void noCommonCategoryMeansNoConflict() {
    String company = company();
    openLeadOf(2, company, "networking");
    assertFalse(submitted("pm-northwind", deal(company, "\"security\"")).getBoolean("hasConflict"));
  }

  @Test
  void approvalProtectsThePartnerAndGivesItTheLeadOnlyOncePerOpportunity() {
    String company = company();
    JsonObject first = submitted("pm-northwind", deal(company, "\"security\""));
    long id = id(first);
    assertProblem(Api.as("pm-northwind").post("/deal-registrations/" + id + "/approve", "{}"), 403);
    assertProblem(Api.as("cm-danube").post("/deal-registrations/" + id + "/approve", "{}"), 404);

    HttpResponse<String> approved =
        Api.as("cm-all")
            .post(
                "/deal-registrations/" + id + "/approve",
                "{\"version\":" + first.getJsonNumber("version") + "}");
    assertEquals(200, approved.statusCode(), approved.body());
    JsonObject json = Http.json(approved);
    assertEquals("approved", json.getString("status"));
    assertEquals(
        LocalDate.now(ZoneOffset.UTC).plusDays(90).toString(), json.getString("protectedUntil"));
    long lead = json.getJsonNumber("leadId").longValue();
    JsonObject leadJson = Http.json(Api.as("pm-northwind").get("/leads/" + lead));
    assertEquals("accepted", leadJson.getString("status"));
    assertEquals("deal_registration", leadJson.getString("source"));
    assertEquals(1, leadJson.getJsonNumber("partnerId").longValue());
    assertProblem(Api.as("pm-baltic").get("/leads/" + lead), 404);

    // Baltic registers the same opportunity: flagged, and it cannot be approved as well
    JsonObject second = submitted("pm-baltic", deal(company, "\"security\",\"cloud\""));
    assertTrue(second.getBoolean("hasConflict"));
    HttpResponse<String> again =
        Api.as("cm-all").post("/deal-registrations/" + id(second) + "/approve", "{}");
    assertProblem(again, 409);
    assertTrue(Http.json(again).getString("detail").contains("only one approved"), again.body());
    assertEquals(
        "SUBMITTED", Db.string("SELECT status FROM deal_registration WHERE id = ?", id(second)));
    // approving twice is a wrong step
    assertProblem(Api.as("cm-all").post("/deal-registrations/" + id + "/approve", "{}"), 409);
  }

  @Test
  void aReturnedRegistrationIsResubmittedAndApproved() {
    String company = company();
    long id = id(submitted("pe-northwind", deal(company, "\"security\"")));
    assertProblem(
        Api.as("cm-all").post("/deal-registrations/" + id + "/return", "{\"reason\":\" \"}"), 400);
    HttpResponse<String> returned =
        Api.as("cm-all")
            .post(
                "/deal-registrations/" + id + "/return", "{\"reason\":\"Which firewall models?\"}");
    assertEquals(200, returned.statusCode(), returned.body());
    JsonObject r = Http.json(returned);
    assertEquals("returned", r.getString("status"));
    assertEquals("Which firewall models?", r.getString("decisionReason"));
    long version = r.getJsonNumber("version").longValue();

    String changed = deal(company, "\"security\"").replace("FW-500 x2", "FW-700 x4");
    assertProblem(Api.as("cm-all").put("/deal-registrations/" + id, changed), 403);
    assertProblem(Api.as("pm-baltic").put("/deal-registrations/" + id, changed), 404);
    assertProblem(
        Api.as("pm-northwind")
            .put(
                "/deal-registrations/" + id,
                changed.replace("}", ",\"version\":" + (version - 1) + "}")),
        409);
    HttpResponse<String> resubmitted =
        Api.as("pm-northwind")
            .put(
                "/deal-registrations/" + id, changed.replace("}", ",\"version\":" + version + "}"));
    assertEquals(200, resubmitted.statusCode(), resubmitted.body());
    assertEquals("submitted", Http.json(resubmitted).getString("status"));
    assertEquals("FW-700 x4", Http.json(resubmitted).getString("products"));
    assertProblem(Api.as("pm-northwind").put("/deal-registrations/" + id, changed), 409);

    HttpResponse<String> approved =
        Api.as("cm-all").post("/deal-registrations/" + id + "/approve", "{}");
    assertEquals(200, approved.statusCode(), approved.body());
    assertEquals("approved", Http.json(approved).getString("status"));
  }

  @Test
  void aRejectedRegistrationCannotBeDecidedAgain() {
    long id = id(submitted("pm-northwind", deal(company(), "\"security\"")));
    assertProblem(Api.as("cm-all").post("/deal-registrations/" + id + "/reject", "{}"), 400);
    HttpResponse<String> rejected =
        Api.as("cm-all")
            .post(
                "/deal-registrations/" + id + "/reject",
                "{\"reason\":\"Customer already buys direct\"}");
    assertEquals(200, rejected.statusCode(), rejected.body());
    assertEquals("rejected", Http.json(rejected).getString("status"));

    HttpResponse<String> approve =
        Api.as("cm-all").post("/deal-registrations/" + id + "/approve", "{}");
    assertProblem(approve, 409);
    JsonObject problem = Http.json(approve);
    assertEquals("status", problem.getString("field"));
    assertTrue(problem.getString("detail").contains("rejected"), approve.body());
    assertProblem(
        Api.as("cm-all").post("/deal-registrations/" + id + "/return", "{\"reason\":\"x\"}"), 409);
    assertEquals(
        2,
        Db.count(
            "SELECT COUNT(*) FROM audit_log WHERE entity_type = 'DealRegistration' AND entity_id = ?"
                + " AND action IN ('CREATE', 'UPDATE')",
            String.valueOf(id)));
  }
}
