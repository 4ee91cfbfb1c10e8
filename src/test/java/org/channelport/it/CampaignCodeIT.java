package org.channelport.it;

import static org.channelport.it.PartnerAccessMatrixIT.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.channelport.it.support.Api;
import org.channelport.it.support.Db;
import org.channelport.it.support.Http;
import org.channelport.it.support.Leads;
import org.channelport.it.support.Orders;
import org.channelport.it.support.PortalSession;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Campaign codes on the real stack: a lead (created with a code, or credited afterwards), a deal
 * registration, an order and a showroom inquiry that came by a {@code ?campaign=} link all count
 * for the funded activity of that code — in its partner's figures only, never in another partner's
 * that uses the same code — and a code that is not one is refused naming its field.
 */
@ExtendWith(ArquillianExtension.class)
class CampaignCodeIT {
  static final long DEMO_PROGRAM = 1;
  static final long NORTHWIND = 1;
  static final long BALTIC = 2;

  static String newCode() {
    return "IT-CC-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
  }

  @Test
  void aLeadADealAnOrderAndAShowroomInquiryCarryingTheCodeCountForItsActivityOnly() {
    String code = newCode();
    long request = fundedRequest("pm-northwind", code);
    long balticRequest = fundedRequest("pm-baltic", code); // the same code at another partner

    // a lead created with the code (lower case: kept in upper case), won
    long won = leadWithCode(code.toLowerCase(Locale.ROOT), NORTHWIND);
    Leads.ok(Api.as("pm-northwind").post("/leads/" + won + "/accept", "{}"));
    Leads.ok(Api.as("pm-northwind").post("/leads/" + won + "/qualify", Leads.QUALIFICATION));
    Leads.ok(
        Api.as("pm-northwind")
            .post("/leads/" + won + "/close", "{\"outcome\":\"won\",\"value\":1500.00}"));
    assertEquals(code, Db.string("SELECT campaign_code FROM sales_lead WHERE id = ?", won));

    // a lead credited to the campaign afterwards by the partner: open, in the pipeline (1,000)
    long credited = Leads.dispatched("Campaign credit", NORTHWIND);
    HttpResponse<String> credit =
        Api.as("pm-northwind")
            .post("/leads/" + credited + "/campaign", "{\"campaignCode\":\"" + code + "\"}");
    assertEquals(200, credit.statusCode(), credit.body());
    assertEquals(code, Http.json(credit).getString("campaignCode"));
    // another partner's manager does not find the lead to credit it
    assertProblem(
        Api.as("pm-baltic")
            .post("/leads/" + credited + "/campaign", "{\"campaignCode\":\"STOLEN\"}"),
        404);
    assertEquals(code, Db.string("SELECT campaign_code FROM sales_lead WHERE id = ?", credited));
    HttpResponse<String> events = Api.as("pm-northwind").get("/leads/" + credited + "/events");
    assertTrue(events.body().contains("\"campaign\""), events.body());

    // a deal registration awaiting a decision (25,000 in the pipeline)
    HttpResponse<String> deal =
        Api.as("pm-northwind").post("/deal-registrations", deal(code.toLowerCase(Locale.ROOT)));
    assertEquals(201, deal.statusCode(), deal.body());
    assertEquals(code, Http.json(deal).getString("campaignCode"));

    // a placed order counts with its total; a draft does not
    JsonObject order = order("pe-northwind", code, true);
    assertEquals(code, order.getString("campaignCode"));
    assertEquals("submitted", order.getString("status"), order.toString());
    BigDecimal revenue = order.getJsonNumber("total").bigDecimalValue();
    order("pe-northwind", code, false);

    // a showroom visitor who came by the campaign's link
    String email = "campaign" + System.nanoTime() % 1_000_000 + "@example.com";
    Db.update("DELETE FROM showroom_inquiry");
    try {
      PortalSession visitor = PortalSession.anonymous();
      HttpResponse<String> landing =
          visitor.get("/showroom/northwind-systems?campaign=" + code.toLowerCase(Locale.ROOT));
      assertEquals(200, landing.statusCode(), landing.body());
      HttpResponse<String> thanks = inquire(visitor, email);
      assertTrue(
          thanks.body().contains("Your inquiry has reached Northwind Systems"), thanks.body());
    } finally {
      Db.update("DELETE FROM showroom_inquiry");
    }
    assertEquals(code, Db.string("SELECT campaign_code FROM sales_lead WHERE email = ?", email));
    BigDecimal showroomValue =
        new BigDecimal(Db.string("SELECT estimated_value FROM sales_lead WHERE email = ?", email));

    // another partner's lead under the same code, won big: never in Northwind's figures
    long balticLead = leadWithCode(code, BALTIC);
    Leads.ok(Api.as("pm-baltic").post("/leads/" + balticLead + "/accept", "{}"));
    Leads.ok(Api.as("pm-baltic").post("/leads/" + balticLead + "/qualify", Leads.QUALIFICATION));
    Leads.ok(
        Api.as("pm-baltic")
            .post("/leads/" + balticLead + "/close", "{\"outcome\":\"won\",\"value\":99000.00}"));

    BigDecimal pipeline = new BigDecimal("26000").add(showroomValue);
    for (String viewer : new String[] {"pm-northwind", "cm-all"}) {
      JsonObject row = row(viewer, "/mdf/roi?programId=" + DEMO_PROGRAM, request);
      assertEquals(code, row.getString("campaignCode"), viewer);
      assertEquals(NORTHWIND, row.getJsonNumber("partnerId").longValue());
      assertEquals(3, row.getInt("leads"), viewer + ": " + row);
      assertEquals(1, row.getInt("deals"), viewer + ": " + row);
      assertAmount(pipeline, row, "pipeline");
      assertAmount(new BigDecimal("1500"), row, "wonValue");
      assertAmount(revenue, row, "orderRevenue");
      assertAmount(BigDecimal.ZERO, row, "paid");
      assertTrue(row.isNull("roi"), "nothing paid yet: no ROI, " + row);
      assertEquals("EUR", row.getString("currency"));
    }
    JsonObject baltic = row("pm-baltic", "/mdf/roi", balticRequest);
    assertEquals(1, baltic.getInt("leads"), baltic.toString());
    assertEquals(0, baltic.getInt("deals"));
    assertAmount(new BigDecimal("99000"), baltic, "wonValue");
    assertAmount(BigDecimal.ZERO, baltic, "orderRevenue");

    // Baltic's manager never sees Northwind's activity, nor Danube's channel manager
    assertFalse(has("pm-baltic", "/mdf/roi", request));
    assertFalse(has("pm-baltic", "/mdf/roi?partnerId=" + NORTHWIND, request));
    assertFalse(has("cm-danube", "/mdf/roi", request));

    // the partner's roll-up holds the activity's figures
    HttpResponse<String> partners = Api.as("pm-northwind").get("/mdf/roi?by=partner");
    assertEquals(200, partners.statusCode(), partners.body());
    JsonArray rows = (JsonArray) Http.parse(partners.body());
    assertEquals(1, rows.size(), partners.body());
    assertEquals(NORTHWIND, rows.getJsonObject(0).getJsonNumber("partnerId").longValue());
    assertTrue(rows.getJsonObject(0).getInt("leads") >= 3, partners.body());
  }

  @Test
  void aCodeThatIsNotOneIsRefusedNamingItsFieldAndNothingIsStored() {
    String bad = "bad code;";
    long leads = Db.count("SELECT COUNT(*) FROM sales_lead");
    HttpResponse<String> lead = Api.as("cm-all").post("/leads", leadBody("Bad Campaign GmbH", bad));
    assertProblem(lead, 400);
    assertTrue(lead.body().contains("campaignCode"), lead.body());
    assertEquals(leads, Db.count("SELECT COUNT(*) FROM sales_lead"));

    long open = Leads.dispatched("Bad credit", NORTHWIND);
    HttpResponse<String> credit =
        Api.as("pm-northwind")
            .post("/leads/" + open + "/campaign", "{\"campaignCode\":\"" + "X".repeat(41) + "\"}");
    assertProblem(credit, 400);
    assertTrue(credit.body().contains("campaignCode"), credit.body());
    assertEquals(
        0,
        Db.count(
            "SELECT COUNT(*) FROM sales_lead WHERE id = ? AND campaign_code IS NOT NULL", open));

    long deals = Db.count("SELECT COUNT(*) FROM deal_registration");
    HttpResponse<String> deal = Api.as("pm-northwind").post("/deal-registrations", deal(bad));
    assertProblem(deal, 400);
    assertTrue(deal.body().contains("campaignCode"), deal.body());
    assertEquals(deals, Db.count("SELECT COUNT(*) FROM deal_registration"));

    long orders = Db.count("SELECT COUNT(*) FROM sales_order");
    HttpResponse<String> order = Orders.post("pe-northwind", orderBody("ümlaut", true));
    assertProblem(order, 400);
    assertTrue(order.body().contains("campaignCode"), order.body());
    assertEquals(orders, Db.count("SELECT COUNT(*) FROM sales_order"));

    HttpResponse<String> showroom =
        PortalSession.anonymous().get("/showroom/northwind-systems?campaign=%3Cscript%3E");
    assertEquals(400, showroom.statusCode());
    assertTrue(showroom.body().contains("badCampaign"), showroom.body());
    assertFalse(showroom.body().contains("&lt;script&gt;"), "the bad code is not echoed");

    HttpResponse<String> roi = Api.as("cm-all").get("/mdf/roi?programId=abc");
    assertProblem(roi, 400);
    assertTrue(roi.body().contains("programId"), roi.body());
    assertProblem(Api.as("cm-all").get("/mdf/roi?campaign=x"), 400);
    assertProblem(Api.as("cm-all").get("/mdf/roi?by=region"), 400);
  }

  // --- helpers ------------------------------------------------------------------------------

  /** A webinar request of the manager's partner with {@code code}, approved by cm-all. */
  static long fundedRequest(String manager, String code) {
    HttpResponse<String> created =
        Api.as(manager)
            .post(
                "/mdf/requests",
                "{\"programId\":"
                    + DEMO_PROGRAM
                    + ",\"activityType\":\"webinar\",\"title\":\"Campaign webinar\","
                    + "\"description\":\"Leads for the campaign test\",\"plannedStart\":\"2027-01-20\","
                    + "\"plannedEnd\":\"2027-01-21\",\"plannedCost\":400,\"requestedAmount\":100,"
                    + "\"expectedLeads\":3,\"campaignCode\":\""
                    + code
                    + "\"}");
    assertEquals(201, created.statusCode(), created.body());
    JsonObject request = Http.json(created);
    long id = request.getJsonNumber("id").longValue();
    HttpResponse<String> approved =
        Api.as("cm-all")
            .post(
                "/mdf/requests/" + id + "/approve",
                "{\"approvedAmount\":100,\"version\":" + request.getInt("version") + "}");
    assertEquals(200, approved.statusCode(), approved.body());
    assertEquals("approved", Http.json(approved).getString("status"));
    return id;
  }

  static String leadBody(String company, String code) {
    return "{\"company\":\""
        + company
        + "\",\"contactName\":\"Campaign Contact\",\"email\":\"buyer@"
        + company.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "")
        + ".example\",\"country\":\"DE\",\"category\":\"networking\","
        + "\"estimatedValue\":1000.00,\"currency\":\"EUR\",\"campaignCode\":\""
        + code
        + "\"}";
  }

  /** A lead with {@code code}, created by cm-all and dispatched to {@code partner}. */
  static long leadWithCode(String code, long partner) {
    String company = "Campaign Lead " + UUID.randomUUID().toString().substring(0, 8);
    HttpResponse<String> created = Api.as("cm-all").post("/leads", leadBody(company, code));
    assertEquals(201, created.statusCode(), created.body());
    long id = Leads.id(created);
    Leads.dispatch(id, partner);
    return id;
  }

  static String deal(String code) {
    String company = "Campaign Deal " + UUID.randomUUID().toString().substring(0, 8);
    return "{\"company\":\""
        + company
        + " GmbH\",\"contactName\":\"Eva Lang\",\"email\":\"eva@"
        + company.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "")
        + ".example\",\"country\":\"DE\",\"categories\":[\"security\"],"
        + "\"estimatedValue\":25000.00,\"currency\":\"EUR\",\"expectedClose\":\""
        + LocalDate.now(ZoneOffset.UTC).plusDays(60)
        + "\",\"campaignCode\":\""
        + code
        + "\"}";
  }

  static String orderBody(String code, boolean submit) {
    return Orders.body("NET-AP6", 1, submit)
        .replace("{\"kind\"", "{\"campaignCode\":\"" + code + "\",\"kind\"");
  }

  static JsonObject order(String user, String code, boolean submit) {
    HttpResponse<String> created = Orders.post(user, orderBody(code, submit));
    assertEquals(201, created.statusCode(), created.body());
    return Http.json(created);
  }

  /** Opens the inquiry page for one product and sends the form; the page that follows. */
  static HttpResponse<String> inquire(PortalSession visitor, String email) {
    HttpResponse<String> form = visitor.get("/showroom/northwind-systems/inquiry?sku=NET-AP6");
    assertEquals(200, form.statusCode(), form.body());
    Map<String, String> fields = PortalSession.formFields(form.body(), "inquiryForm");
    fields.keySet().removeIf(k -> k.contains(":j_id") || k.contains("removeFromCart"));
    fields.put("inquiryForm:contactName", "Carla Campaign");
    fields.put("inquiryForm:email", email);
    fields.put("inquiryForm:company", "Campaign Buyer");
    fields.put("inquiryForm:message", "Saw your webinar, please send an offer.");
    fields.put("inquiryForm:website", "");
    fields.put("inquiryForm:send", "Send the inquiry");
    return visitor.follow(visitor.postForm("/showroom/inquiry.xhtml", fields));
  }

  static JsonArray rows(String user, String path) {
    HttpResponse<String> r = Api.as(user).get(path);
    assertEquals(200, r.statusCode(), r.body());
    return (JsonArray) Http.parse(r.body());
  }

  static boolean has(String user, String path, long requestId) {
    return rows(user, path).stream()
        .map(JsonObject.class::cast)
        .anyMatch(
            o -> !o.isNull("requestId") && o.getJsonNumber("requestId").longValue() == requestId);
  }

  static JsonObject row(String user, String path, long requestId) {
    return rows(user, path).stream()
        .map(JsonObject.class::cast)
        .filter(
            o -> !o.isNull("requestId") && o.getJsonNumber("requestId").longValue() == requestId)
        .findFirst()
        .orElseThrow(() -> new AssertionError(user + " has no ROI row for request " + requestId));
  }

  static void assertAmount(BigDecimal expected, JsonObject row, String field) {
    BigDecimal actual = row.getJsonNumber(field).bigDecimalValue();
    assertEquals(
        0, expected.compareTo(actual), field + ": " + expected + " vs " + actual + " in " + row);
  }
}
