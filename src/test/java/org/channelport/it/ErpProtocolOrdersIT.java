package org.channelport.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.UUID;
import org.channelport.it.support.Api;
import org.channelport.it.support.Db;
import org.channelport.it.support.ErpTokens;
import org.channelport.it.support.Http;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The protocol's inbound calls applied by the order capability (stock, partner accounts, offline
 * orders, invoices, order answers), and every one of them in the integration event log. Uses its
 * own SKU and a partner of its own, so that no demo figure changes for other tests.
 */
@ExtendWith(ArquillianExtension.class)
class ErpProtocolOrdersIT {
  static Api erp() {
    return Api.withToken(ErpTokens.token());
  }

  static String eventId() {
    return "it-" + UUID.randomUUID();
  }

  static HttpResponse<String> post(String path, String body) {
    return erp().post("/integration/" + path, body);
  }

  static String status(HttpResponse<String> r) {
    assertEquals(200, r.statusCode(), r.body());
    return Http.json(r).getString("status");
  }

  static String stock(String id, String at, long main, long east) {
    return "{\"eventId\":\""
        + id
        + "\",\"at\":\""
        + at
        + "\",\"levels\":[{\"sku\":\"IT-ERP-STOCK\",\"warehouse\":\"main\",\"quantity\":"
        + main
        + "},{\"sku\":\"IT-ERP-STOCK\",\"warehouse\":\"east\",\"quantity\":"
        + east
        + "}]}";
  }

  static long stockOf(String warehouse) {
    return Db.count(
        "SELECT quantity FROM stock_level WHERE sku = 'IT-ERP-STOCK' AND warehouse_code = ?",
        warehouse);
  }

  @Test
  void stockFromTheErpIsStoredOnceAndNeverOverwrittenByAnOlderCount() {
    String id = eventId();
    HttpResponse<String> first = post("stock", stock(id, "2026-12-01T10:00:00Z", 40, 7));
    assertEquals("applied", status(first));
    assertEquals(2, Http.json(first).getInt("applied"));
    assertEquals("duplicate", status(post("stock", stock(id, "2026-12-01T11:00:00Z", 1, 1))));
    HttpResponse<String> older = post("stock", stock(eventId(), "2026-12-01T09:00:00Z", 3, 3));
    assertEquals("stale", status(older));
    assertEquals(2, Http.json(older).getInt("skipped"));
    assertEquals(40, stockOf("main"));
    assertEquals(7, stockOf("east"));
    assertEquals("applied", status(post("stock", stock(eventId(), "2026-12-01T12:00:00Z", 35, 0))));
    assertEquals(35, stockOf("main"));
    assertEquals(0, stockOf("east"));
  }

  @Test
  void aPartnersAccountFromTheErpIsStoredUnlessOlder() {
    String code = "IT-" + (System.nanoTime() % 90000 + 10000);
    HttpResponse<String> created =
        Api.as("cm-all")
            .post(
                "/partners",
                "{\"name\":\"Erp Account Test\",\"accountNumber\":\""
                    + code
                    + "\",\"tier\":\"silver\",\"country\":\"ES\",\"region\":\"Madrid\","
                    + "\"specialisations\":[\"storage\"],\"primaryContact\":{\"name\":\"Ana\","
                    + "\"email\":\"ana@erp.example\",\"phone\":\"+34 91 555 0505\"},"
                    + "\"billingPostcode\":\"28001\"}");
    assertEquals(201, created.statusCode(), created.body());
    long partnerId = Http.json(created).getJsonNumber("id").longValue();
    String account =
        "{\"eventId\":\"%s\",\"at\":\"%s\",\"partnerCode\":\"%s\",\"creditLimit\":%s,"
            + "\"openAmount\":12500.00,\"currency\":\"EUR\",\"onHold\":false}";
    assertEquals(
        "applied",
        status(
            post(
                "partner-accounts",
                account.formatted(eventId(), "2026-12-01T10:00:00Z", code, "10000.00"))));
    assertEquals(
        "stale",
        status(
            post(
                "partner-accounts",
                account.formatted(eventId(), "2026-12-01T09:00:00Z", code, "99999.00"))));
    assertEquals(
        "10000.0000",
        Db.string("SELECT credit_limit FROM partner_account WHERE partner_id = ?", partnerId));
    assertEquals(
        "unknown_partner",
        status(
            post(
                "partner-accounts",
                account.formatted(eventId(), "2026-12-01T10:00:00Z", "XX-00000", "1.00"))));
  }

  @Test
  void anOfflineOrderShowsUpOnceAsAnErpOrder() {
    String id = eventId();
    String erpNumber = "SO-IT-" + (System.nanoTime() % 1_000_000);
    String body =
        "{\"eventId\":\""
            + id
            + "\",\"at\":\"2026-12-01T10:00:00Z\",\"erpNumber\":\""
            + erpNumber
            + "\",\"partnerCode\":\"NW-10001\",\"orderDate\":\"2026-11-20\",\"status\":"
            + "\"delivered\",\"currency\":\"EUR\",\"lines\":[{\"sku\":\"NET-SW24\",\"name\":"
            + "\"Switch\",\"quantity\":2,\"unitPrice\":720.00}]}";
    assertEquals("applied", status(post("offline-orders", body)));
    assertEquals("duplicate", status(post("offline-orders", body)));
    assertEquals(1, Db.count("SELECT COUNT(*) FROM sales_order WHERE erp_number = ?", erpNumber));
  }

  @Test
  void answersAboutOrdersThePortalDoesNotHaveChangeNothing() {
    assertEquals(
        "unknown_order",
        status(
            post(
                "order-responses",
                "{\"eventId\":\""
                    + eventId()
                    + "\",\"at\":\"2026-12-01T10:00:00Z\",\"orderNumber\":\"CP-1999-999999\","
                    + "\"erpNumber\":\"SO-1\",\"outcome\":\"accepted\"}")));
    assertEquals(
        "unknown_order",
        status(
            post(
                "order-status",
                "{\"eventId\":\""
                    + eventId()
                    + "\",\"at\":\"2026-12-01T10:00:00Z\",\"orderNumber\":\"CP-1999-999999\","
                    + "\"status\":\"released\"}")));
    assertEquals(
        "unknown_partner",
        status(
            post(
                "invoices",
                "{\"eventId\":\""
                    + eventId()
                    + "\",\"at\":\"2026-12-01T10:00:00Z\",\"invoiceNumber\":\"INV-IT-1\","
                    + "\"kind\":\"invoice\",\"partnerCode\":\"XX-00000\",\"date\":\"2026-12-01\","
                    + "\"amount\":10,\"currency\":\"EUR\"}")));
  }

  @Test
  void everyInboundMessageIsInTheIntegrationEventLog() {
    String id = eventId();
    status(post("stock", stock(id, "2026-12-01T08:00:00Z", 1, 1)));
    HttpResponse<String> bad = post("stock", "{\"at\":\"2026-12-01T08:00:00Z\",\"levels\":[]}");
    assertEquals(400, bad.statusCode());
    HttpResponse<String> events =
        Api.as("cm-all").get("/integration/events?direction=in&limit=200");
    assertEquals(200, events.statusCode(), events.body());
    assertTrue(events.body().contains(id), events.body());
    assertTrue(events.body().contains("\"failed\""), events.body());
  }
}
