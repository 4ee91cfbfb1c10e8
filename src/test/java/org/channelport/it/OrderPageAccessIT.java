package org.channelport.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.channelport.it.support.Api;
import org.channelport.it.support.Http;
import org.channelport.it.support.PortalSession;
import org.channelport.it.support.Tokens;
import org.channelport.platform.SignedLinks;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The order and customer pages, signed in through Keycloak as every demo role: who gets which list,
 * order and cart (200), which page the role may not open (403), whose order does not exist for them
 * (404), which steps each role is offered; and the public order-status page, which shows a genuine
 * link's status and nothing else, and refuses a tampered or expired one.
 */
@ExtendWith(ArquillianExtension.class)
class OrderPageAccessIT {
  static final Map<String, PortalSession> SESSIONS = new ConcurrentHashMap<>();

  /** The key the tests' portal signs status links with (arquillian.xml). */
  static final SignedLinks LINKS = new SignedLinks("channelport-test-links-secret");

  static final String TAG = UUID.randomUUID().toString().substring(0, 8);

  /** pe-northwind's draft (replenishment). */
  static JsonObject employeeDraft;

  /** pm-northwind's submitted order, on behalf of a new customer. */
  static JsonObject managerOrder;

  /** pm-baltic's draft. */
  static JsonObject baltic;

  /** The ERP settings before this class, put back after it. */
  static JsonObject erpSettings;

  @BeforeAll
  static void orders() {
    // the pages are read while the orders wait for the ERP: with an adapter selected, the relay
    // (every 2 s) could have Tryton confirm the submitted order before a test reads it
    erpSettings = IntegrationIT.settings();
    IntegrationIT.select(erpSettings, "none");
    employeeDraft =
        create(
            "pe-northwind",
            "{\"kind\":\"replenishment\",\"poNumber\":\"PO-E-"
                + TAG
                + "\","
                + lines(1)
                + ",\"submit\":false}");
    managerOrder =
        create(
            "pm-northwind",
            // "0 …" sorts first: the customer list's first page (25, by company) must show it
            // however many customers earlier tests gave Northwind
            "{\"kind\":\"on_behalf\",\"customer\":{\"company\":\"0 Orderprobe "
                + TAG
                + " GmbH\",\"email\":\"buyer@orderprobe"
                + TAG
                + ".example\",\"country\":\"DE\"},\"poNumber\":\"PO-M-"
                + TAG
                + "\","
                + lines(2)
                + ",\"submit\":true}");
    baltic =
        create(
            "pm-baltic",
            "{\"kind\":\"replenishment\",\"poNumber\":\"PO-B-"
                + TAG
                + "\","
                + lines(1)
                + ",\"submit\":false}");
  }

  @AfterAll
  static void erpBack() {
    IntegrationIT.restore(erpSettings);
  }

  static String lines(int quantity) {
    return "\"lines\":[{\"sku\":\"NET-AP6\",\"quantity\":" + quantity + "}]";
  }

  static JsonObject create(String user, String json) {
    HttpResponse<String> created =
        new Http()
            .send(
                "POST",
                Api.url("/orders"),
                json,
                "Content-Type",
                "application/json",
                "Accept",
                "application/json",
                "Authorization",
                "Bearer " + Tokens.of(user),
                "Idempotency-Key",
                UUID.randomUUID().toString());
    assertEquals(201, created.statusCode(), user + ": " + created.body());
    return Http.json(created);
  }

  static long id(JsonObject order) {
    return order.getJsonNumber("id").longValue();
  }

  static String number(JsonObject order) {
    return order.getString("number");
  }

  static PortalSession as(String user) {
    return SESSIONS.computeIfAbsent(user, PortalSession::signIn);
  }

  static String path(String template) {
    return template
        .replace("{E}", String.valueOf(id(employeeDraft)))
        .replace("{M}", String.valueOf(id(managerOrder)))
        .replace("{B}", String.valueOf(id(baltic)))
        .replace("{C}", String.valueOf(managerOrder.getJsonNumber("customerId").longValue()));
  }

  static String page(String user, String template) {
    HttpResponse<String> response = as(user).get(path(template));
    assertEquals(200, response.statusCode(), user + " " + template);
    return response.body();
  }

  @ParameterizedTest(name = "{0} GET {1} -> {2}")
  @CsvSource({
    "cm-all,       /channel/orders.xhtml,               200",
    "cm-all,       /channel/order.xhtml?id={E},         200",
    "cm-all,       /channel/order.xhtml?id={B},         200",
    "cm-all,       /channel/customers.xhtml,            200",
    "cm-all,       /channel/customer.xhtml?id={C},      200",
    "cm-all,       /partner/orders.xhtml,               403",
    "cm-all,       /partner/cart.xhtml,                 403",
    "cm-all,       /partner/approvals.xhtml,            403",
    "cm-danube,    /channel/orders.xhtml,               200",
    "cm-danube,    /channel/order.xhtml?id={E},         404",
    "cm-danube,    /channel/order.xhtml?id={B},         404",
    "cm-danube,    /channel/order.xhtml?id=999999999,   404",
    "cm-danube,    /channel/order.xhtml?id=abc,         404",
    "cm-danube,    /channel/order.xhtml,                404",
    "cm-danube,    /channel/customer.xhtml?id={C},      404",
    "pm-northwind, /partner/orders.xhtml,               200",
    "pm-northwind, /partner/order.xhtml?id={E},         200",
    "pm-northwind, /partner/order.xhtml?id={M},         200",
    "pm-northwind, /partner/order.xhtml?id={B},         404",
    "pm-northwind, /partner/approvals.xhtml,            200",
    "pm-northwind, /partner/cart.xhtml,                 200",
    "pm-northwind, /partner/cart.xhtml?id={E},          200",
    "pm-northwind, /partner/cart.xhtml?id={B},          404",
    "pm-northwind, /partner/customers.xhtml,            200",
    "pm-northwind, /partner/customer.xhtml?id={C},      200",
    "pm-northwind, /channel/orders.xhtml,               403",
    "pm-northwind, /channel/order.xhtml?id={E},         403",
    "pe-northwind, /partner/orders.xhtml,               200",
    "pe-northwind, /partner/order.xhtml?id={E},         200",
    "pe-northwind, /partner/order.xhtml?id={M},         200",
    "pe-northwind, /partner/order.xhtml?id={B},         404",
    "pe-northwind, /partner/cart.xhtml?id={E},          200",
    "pe-northwind, /partner/cart.xhtml?id={M},          302",
    "pe-northwind, /partner/cart.xhtml?id={B},          404",
    "pe-northwind, /partner/approvals.xhtml,            403",
    "pm-baltic,    /partner/order.xhtml?id={B},         200",
    "pm-baltic,    /partner/order.xhtml?id={E},         404",
    "pm-baltic,    /partner/order.xhtml?id={M},         404",
    "pm-baltic,    /partner/cart.xhtml?id={E},          404",
    "pm-baltic,    /partner/customer.xhtml?id={C},      404",
    "pe-baltic,    /partner/order.xhtml?id={B},         200",
    "pe-baltic,    /partner/order.xhtml?id={M},         404",
    "pm-danube,    /partner/order.xhtml?id={E},         404",
    "pm-danube,    /partner/order.xhtml?id={B},         404",
  })
  void orderPagesAnswerByRoleAndScope(String user, String template, int status) {
    HttpResponse<String> response = as(user).get(path(template));
    assertEquals(status, response.statusCode(), user + " " + template);
    if (status == 403 || status == 404) {
      for (JsonObject order : new JsonObject[] {employeeDraft, managerOrder, baltic}) {
        assertFalse(response.body().contains(number(order)), user + " " + template);
      }
      assertFalse(response.body().contains("Orderprobe " + TAG), user + " " + template);
    }
  }

  @Test
  void eachListHoldsOnlyTheOrdersOfThePartnersTheCallerSees() {
    String northwind = page("pm-northwind", "/partner/orders.xhtml");
    assertTrue(
        northwind.contains(number(employeeDraft)) && northwind.contains(number(managerOrder)));
    assertFalse(northwind.contains(number(baltic)));
    String employee = page("pe-northwind", "/partner/orders.xhtml");
    assertTrue(
        employee.contains(number(managerOrder)), "a colleague's order, to tell the customer");
    String balticList = page("pm-baltic", "/partner/orders.xhtml");
    assertTrue(balticList.contains(number(baltic)));
    assertFalse(
        balticList.contains(number(employeeDraft)) || balticList.contains(number(managerOrder)));
    String danube = page("cm-danube", "/channel/orders.xhtml");
    assertFalse(danube.contains(number(employeeDraft)) || danube.contains(number(baltic)));
    String all = page("cm-all", "/channel/orders.xhtml");
    assertTrue(all.contains(number(employeeDraft)) && all.contains(number(baltic)));
  }

  @Test
  void eachRoleIsOfferedOnlyTheStepsItMayTake() {
    String ownDraft = page("pe-northwind", "/partner/order.xhtml?id={E}");
    assertTrue(ownDraft.contains("stepsForm:submit") && ownDraft.contains("stepsForm:edit"));
    assertTrue(ownDraft.contains("stepsForm:openCancel"));
    assertFalse(ownDraft.contains("stepsForm:approve"));
    assertFalse(ownDraft.contains("linkForm"), "no customer link for a draft");
    String colleagues = page("pe-northwind", "/partner/order.xhtml?id={M}");
    assertFalse(
        colleagues.contains("stepsForm:edit") || colleagues.contains("stepsForm:openCancel"));
    assertTrue(colleagues.contains("stepsForm:reorder"));
    assertTrue(colleagues.contains("linkForm:createLink"), "any partner user tells the customer");
    String channel = page("cm-all", "/channel/order.xhtml?id={E}");
    for (String step :
        new String[] {
          "stepsForm:edit",
          "stepsForm:submit",
          "stepsForm:reorder",
          "stepsForm:openCancel",
          "linkForm"
        }) {
      assertFalse(channel.contains(step), "channel managers read only: " + step);
    }
    String managerOnEmployees = page("pm-northwind", "/partner/order.xhtml?id={E}");
    assertTrue(managerOnEmployees.contains("stepsForm:edit"), "the manager changes every order");
  }

  @Test
  void theOrderShowsItsStatusAndErpSyncSeparately() {
    String submitted = page("pm-northwind", "/partner/order.xhtml?id={M}");
    assertTrue(submitted.matches("(?s).*id=\"orderStatus\"[^>]*>Submitted<.*"), "business status");
    assertTrue(
        submitted.matches("(?s).*id=\"syncState\"[^>]*>Waiting to be sent<.*"), "sync state");
    assertTrue(submitted.contains("goes to the ERP when it is reachable"));
    String draft = page("pe-northwind", "/partner/order.xhtml?id={E}");
    assertFalse(draft.contains("goes to the ERP when it is reachable"), "a draft goes nowhere yet");
  }

  @Test
  void theCustomersPageShowsTheCallersOwnOrders() {
    String customer = page("pm-northwind", "/partner/customer.xhtml?id={C}");
    assertTrue(customer.contains("Orderprobe " + TAG));
    assertTrue(customer.contains(number(managerOrder)));
    String list = page("pm-northwind", "/partner/customers.xhtml");
    assertTrue(list.contains("Orderprobe " + TAG));
    assertFalse(page("pm-baltic", "/partner/customers.xhtml").contains("Orderprobe " + TAG));
  }

  @Test
  void theMenuFollowsTheRole() {
    String manager = page("pm-northwind", "/index.xhtml");
    assertTrue(
        manager.contains("/partner/orders.xhtml") && manager.contains("/partner/approvals.xhtml"));
    assertTrue(manager.contains("/partner/customers.xhtml"));
    String employee = page("pe-northwind", "/index.xhtml");
    assertTrue(employee.contains("/partner/cart.xhtml"));
    assertFalse(employee.contains("/partner/approvals.xhtml"));
    String channel = page("cm-danube", "/index.xhtml");
    assertTrue(
        channel.contains("/channel/orders.xhtml") && channel.contains("/channel/customers.xhtml"));
    assertFalse(channel.contains("/partner/cart.xhtml"));
  }

  @Test
  void aSignedLinkShowsStatusOnlyAndATamperedOrExpiredOneIsRefused() {
    long order = id(managerOrder);
    long expires = Instant.now().plusSeconds(86_400).getEpochSecond();
    String signature = LINKS.sign("order-status", order, expires);
    PortalSession visitor = PortalSession.anonymous();
    HttpResponse<String> ok =
        visitor.get("/order-status?o=" + order + "&e=" + expires + "&s=" + signature);
    assertEquals(200, ok.statusCode(), ok.body());
    assertTrue(ok.body().contains(number(managerOrder)));
    assertTrue(ok.body().matches("(?s).*id=\"statusValue\"[^>]*>Submitted<.*"), ok.body());
    for (String secret :
        new String[] {"Northwind", "Orderprobe", "PO-M-" + TAG, "NET-AP6", "EUR"}) {
      assertFalse(ok.body().contains(secret), "the status page shows nothing of " + secret);
    }

    HttpResponse<String> otherOrder =
        visitor.get("/order-status?o=" + id(baltic) + "&e=" + expires + "&s=" + signature);
    assertEquals(404, otherOrder.statusCode());
    assertTrue(otherOrder.body().contains("This link is not valid"));
    assertFalse(otherOrder.body().contains(number(baltic)));
    HttpResponse<String> longer =
        visitor.get("/order-status?o=" + order + "&e=" + (expires + 86_400) + "&s=" + signature);
    assertEquals(404, longer.statusCode(), "the expiry is signed");
    assertEquals(404, visitor.get("/order-status?o=" + order).statusCode());

    long past = Instant.now().minusSeconds(60).getEpochSecond();
    HttpResponse<String> expired =
        visitor.get(
            "/order-status?o="
                + order
                + "&e="
                + past
                + "&s="
                + LINKS.sign("order-status", order, past));
    assertEquals(410, expired.statusCode());
    assertTrue(expired.body().contains("This link has expired"));
    assertFalse(expired.body().contains(number(managerOrder)));
  }
}
