package org.channelport.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.channelport.erp.ErpException;
import org.channelport.erp.protocol.ProtocolAdapter;
import org.channelport.erp.protocol.ProtocolConfig;
import org.channelport.erp.protocol.ProtocolEndpoint;
import org.channelport.it.support.Api;
import org.channelport.it.support.ErpTokens;
import org.channelport.it.support.FakeMiddleware;
import org.channelport.it.support.Http;
import org.channelport.it.support.Stack;
import org.channelport.order.OrderMessage;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The Channelport ERP protocol's inbound side on the real stack: only the ERP's service account
 * (client channelport-erp, role erp-integration) reaches /api/v1/integration/…, and it reaches
 * nothing else; a message is applied once however often it is sent, never over a newer one, and bad
 * input is refused naming its field. Contract prices (applied by the catalog) are the messages
 * whose effect this test reads back; the prices are dated years ahead so that no other test's net
 * price changes.
 */
@ExtendWith(ArquillianExtension.class)
class ErpProtocolIT {
  static final List<String> INBOUND =
      List.of(
          "order-responses",
          "change-responses",
          "order-status",
          "shipments",
          "offline-orders",
          "stock",
          "contract-prices",
          "partner-accounts",
          "invoices",
          "mdf-payments");

  static final List<String> PORTAL_USERS =
      List.of(
          "cm-all",
          "cm-danube",
          "pm-northwind",
          "pe-northwind",
          "pm-baltic",
          "pe-baltic",
          "pm-danube");

  static Api erp() {
    return Api.withToken(ErpTokens.token());
  }

  static String eventId() {
    return "it-" + UUID.randomUUID();
  }

  static String prices(String eventId, String at, String sku, String price, String validFrom) {
    return "{\"eventId\":\""
        + eventId
        + "\",\"at\":\""
        + at
        + "\",\"partnerCode\":\"BT-20002\",\"prices\":[{\"sku\":\""
        + sku
        + "\",\"price\":"
        + price
        + ",\"validFrom\":\""
        + validFrom
        + "\"}]}";
  }

  /**
   * Baltic Tech's contract prices of {@code sku} starting on {@code validFrom}, as cm-all sees
   * them.
   */
  static List<String> balticPrices(String sku, String validFrom) {
    HttpResponse<String> r = Api.as("cm-all").get("/catalog/price-lists/partners/2");
    assertEquals(200, r.statusCode(), r.body());
    List<String> found = new ArrayList<>();
    for (JsonValue v : (JsonArray) Http.parse(r.body())) {
      JsonObject p = v.asJsonObject();
      if (p.getString("sku").equals(sku) && p.getString("validFrom").equals(validFrom)) {
        found.add(p.getJsonNumber("price").bigDecimalValue().stripTrailingZeros().toPlainString());
      }
    }
    return found;
  }

  static String status(HttpResponse<String> r) {
    assertEquals(200, r.statusCode(), r.body());
    return Http.json(r).getString("status");
  }

  @Test
  void theErpGetsItsTokenByClientCredentialsAndItCarriesTheErpRoleOnly() {
    JsonObject claims = ErpTokens.claims(ErpTokens.token());
    List<String> groups =
        claims.getJsonArray("groups").getValuesAs(JsonString.class).stream()
            .map(JsonString::getString)
            .toList();
    assertEquals(List.of("erp-integration"), groups);
    assertFalse(claims.containsKey("partner_id"));
    String aud = claims.get("aud").toString();
    assertTrue(aud.contains("channelport-api"), aud);
    assertEquals(
        401, ErpTokens.grant(ErpTokens.CLIENT_ID, "wrong-secret").statusCode(), "secret checked");
  }

  @Test
  void withoutATokenEveryInboundCallIsUnauthorized() {
    for (String path : INBOUND) {
      HttpResponse<String> r =
          new Http()
              .send(
                  "POST",
                  Api.url("/integration/" + path),
                  "{}",
                  "Content-Type",
                  "application/json");
      assertEquals(401, r.statusCode(), path);
    }
  }

  @Test
  void everyPortalRoleIsRefusedEveryInboundCallWhateverItSends() {
    List<String> wrong = new ArrayList<>();
    String valid = prices(eventId(), "2026-12-01T10:00:00Z", "SRV-AUDIT", "1.00", "2034-01-01");
    for (String user : PORTAL_USERS) {
      for (String path : INBOUND) {
        for (String body : List.of(valid, "{", "{}")) {
          int status = Api.as(user).post("/integration/" + path, body).statusCode();
          if (status != 403) {
            wrong.add(user + " " + path + " " + body.length() + " -> " + status);
          }
        }
      }
    }
    assertEquals(List.of(), wrong);
    assertEquals(List.of(), balticPrices("SRV-AUDIT", "2034-01-01"), "nothing applied");
  }

  @Test
  void theErpsTokenOpensNoOtherApiOperation() {
    HttpResponse<String> openapi =
        new Http().get(Stack.portalUrl() + "/openapi", "Accept", "application/json");
    JsonObject paths = Http.json(openapi).getJsonObject("paths");
    List<String> wrong = new ArrayList<>();
    int checked = 0;
    for (String path : paths.keySet()) {
      String relative = path.startsWith("/api/v1") ? path.substring("/api/v1".length()) : path;
      if (INBOUND.stream().anyMatch(p -> relative.equals("/integration/" + p))) {
        continue;
      }
      String url = Api.url(relative.replaceAll("\\{[^}]+}", "1"));
      for (String method : paths.getJsonObject(path).keySet()) {
        if (!Set.of("get", "put", "post", "delete", "patch").contains(method)) {
          continue;
        }
        checked++;
        HttpResponse<String> r =
            new Http()
                .send(
                    method.toUpperCase(),
                    url,
                    method.equals("get") || method.equals("delete") ? null : "{}",
                    "Authorization",
                    "Bearer " + ErpTokens.token(),
                    "Content-Type",
                    "application/json");
        // the portal's own integration settings (channel admins) may also say "not here": 404
        boolean refused =
            r.statusCode() == 403
                || (relative.startsWith("/integration/") && r.statusCode() == 404);
        if (!refused) {
          wrong.add(method + " " + relative + " -> " + r.statusCode());
        }
      }
    }
    assertTrue(checked >= 20, "operations checked: " + checked);
    assertEquals(List.of(), wrong);
    assertEquals(403, erp().get("/me").statusCode());
  }

  @Test
  void aMessageSentTwiceIsAppliedOnce() {
    String id = eventId();
    assertEquals(
        "applied",
        status(
            erp()
                .post(
                    "/integration/contract-prices",
                    prices(id, "2026-12-01T10:00:00Z", "SRV-AUDIT", "3000.00", "2031-01-01"))));
    assertEquals(
        "duplicate",
        status(
            erp()
                .post(
                    "/integration/contract-prices",
                    prices(id, "2026-12-01T11:00:00Z", "SRV-AUDIT", "1.00", "2031-01-01"))));
    assertEquals(List.of("3000"), balticPrices("SRV-AUDIT", "2031-01-01"));
  }

  @Test
  void aMessageSentTenTimesAtOnceIsAppliedOnce() throws Exception {
    String body = prices(eventId(), "2026-12-01T10:00:00Z", "SRV-INST", "900.00", "2032-01-01");
    ExecutorService pool = Executors.newFixedThreadPool(10);
    try {
      List<Future<String>> answers = new ArrayList<>();
      for (int i = 0; i < 10; i++) {
        answers.add(pool.submit(() -> status(erp().post("/integration/contract-prices", body))));
      }
      List<String> statuses = new ArrayList<>();
      for (Future<String> a : answers) {
        statuses.add(a.get());
      }
      assertEquals(1, statuses.stream().filter("applied"::equals).count(), statuses.toString());
      assertEquals(9, statuses.stream().filter("duplicate"::equals).count(), statuses.toString());
    } finally {
      pool.shutdownNow();
    }
    assertEquals(List.of("900"), balticPrices("SRV-INST", "2032-01-01"));
  }

  @Test
  void anOlderMessageNeverOverwritesANewerOne() {
    String sku = "STO-SSD4T";
    assertEquals(
        "applied",
        status(
            erp()
                .post(
                    "/integration/contract-prices",
                    prices(eventId(), "2026-12-01T12:00:00Z", sku, "600", "2033-01-01"))));
    assertEquals(
        "stale",
        status(
            erp()
                .post(
                    "/integration/contract-prices",
                    prices(eventId(), "2026-12-01T11:59:59Z", sku, "500", "2033-01-01"))));
    assertEquals(List.of("600"), balticPrices(sku, "2033-01-01"));
    assertEquals(
        "applied",
        status(
            erp()
                .post(
                    "/integration/contract-prices",
                    prices(eventId(), "2026-12-01T12:30:00Z", sku, "650", "2033-01-01"))));
    assertEquals(
        List.of("650"),
        balticPrices(sku, "2033-01-01"),
        "the newer price replaced the one of the same period");
  }

  @Test
  void badInputIsRefusedNamingTheFieldAndLeavesTheEventIdUnused() {
    String id = eventId();
    assertField(
        "eventId",
        erp()
            .post(
                "/integration/contract-prices",
                "{\"at\":\"2026-12-01T10:00:00Z\",\"partnerCode\":\"BT-20002\",\"prices\":[{\"sku\":"
                    + "\"SRV-AUDIT\",\"price\":1}]}"));
    assertField(
        "at",
        erp()
            .post(
                "/integration/contract-prices",
                prices(id, "yesterday", "SRV-CARE-3Y", "200", "2035-01-01")));
    assertField(
        "prices[0].price",
        erp()
            .post(
                "/integration/contract-prices",
                prices(id, "2026-12-01T10:00:00Z", "SRV-CARE-3Y", "-5", "2035-01-01")));
    assertField(
        "levels[0].quantity",
        erp()
            .post(
                "/integration/stock",
                "{\"eventId\":\""
                    + id
                    + "\",\"at\":\"2026-12-01T10:00:00Z\",\"levels\":[{\"sku\":\"NET-SW24\","
                    + "\"warehouse\":\"main\",\"quantity\":-3}]}"));
    assertField(
        "status",
        erp()
            .post(
                "/integration/order-status",
                "{\"eventId\":\""
                    + id
                    + "\",\"at\":\"2026-12-01T10:00:00Z\",\"orderNumber\":\"CP-2026-000001\","
                    + "\"status\":\"lost\"}"));
    assertField(
        "lines[0].reason",
        erp()
            .post(
                "/integration/order-responses",
                "{\"eventId\":\""
                    + id
                    + "\",\"at\":\"2026-12-01T10:00:00Z\",\"orderNumber\":\"CP-2026-000001\","
                    + "\"erpNumber\":\"SO-1\",\"outcome\":\"accepted\",\"lines\":[{\"lineNo\":1,"
                    + "\"status\":\"rejected\"}]}"));
    assertEquals(List.of(), balticPrices("SRV-CARE-3Y", "2035-01-01"));
    assertEquals(
        "applied",
        status(
            erp()
                .post(
                    "/integration/contract-prices",
                    prices(id, "2026-12-01T10:00:00Z", "SRV-CARE-3Y", "200", "2035-01-01"))),
        "an eventId refused as bad input can be sent again, fixed");
  }

  @Test
  void aPriceForAnUnknownPartnerOrProductIsNotApplied() {
    String unknownPartner =
        prices(eventId(), "2026-12-01T10:00:00Z", "SRV-AUDIT", "1", "2036-01-01")
            .replace("BT-20002", "XX-99999");
    assertEquals(
        "unknown_partner", status(erp().post("/integration/contract-prices", unknownPartner)));
    HttpResponse<String> r =
        erp()
            .post(
                "/integration/contract-prices",
                prices(eventId(), "2026-12-01T10:00:00Z", "NO-SUCH-SKU", "1", "2036-01-01"));
    assertEquals("not_applied", status(r));
    assertTrue(r.body().contains("NO-SUCH-SKU: unknown SKU"), r.body());
  }

  /**
   * The outbound side, from the test's side of the stack (the relay that calls it in the portal is
   * the ERP connector's): the adapter against the test double of a middleware.
   */
  @Test
  void theAdapterSendsTheIdempotencyKeyAndTellsTransientFromRejected() throws Exception {
    try (FakeMiddleware middleware = FakeMiddleware.start()) {
      ProtocolAdapter adapter =
          new ProtocolAdapter(new ProtocolEndpoint(new ProtocolConfig(), middleware::url));
      OrderMessage order =
          new OrderMessage(
              OrderMessage.PLACED,
              1,
              "CP-2026-900001",
              1,
              "NW-10001",
              "Northwind Systems",
              "replenishment",
              null,
              "PO-1",
              new OrderMessage.Address("Northwind", "Leopoldstr. 10", "80802", "München", "DE"),
              null,
              List.of(
                  new OrderMessage.Line(1, "NET-SW24", "Switch", 2, new BigDecimal("700"), "main")),
              "EUR",
              new BigDecimal("1400"),
              null,
              null,
              null);
      middleware.next(
          FakeMiddleware.Behaviour.UNAVAILABLE_503, FakeMiddleware.Behaviour.REJECT_422);
      ErpException busy = assertThrows(ErpException.class, () -> adapter.deliver("m-1", order));
      assertEquals(ErpException.Kind.TRANSIENT, busy.kind());
      ErpException refused = assertThrows(ErpException.class, () -> adapter.deliver("m-1", order));
      assertEquals(ErpException.Kind.REJECTED, refused.kind());
      assertTrue(refused.answer().contains("unknown SKU"), refused.answer());
      adapter.deliver("m-1", order);
      assertEquals(
          List.of("m-1", "m-1", "m-1"),
          middleware.requests().stream().map(r -> r.header("Idempotency-Key")).toList());
      assertEquals(1, middleware.ordersCreated("CP-2026-900001"));
    }
  }

  static void assertField(String field, HttpResponse<String> r) {
    assertEquals(400, r.statusCode(), r.body());
    assertEquals(field, Http.json(r).getString("field"), r.body());
  }
}
