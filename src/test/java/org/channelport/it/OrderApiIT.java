package org.channelport.it;

import static org.channelport.it.PartnerAccessMatrixIT.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.channelport.it.support.Api;
import org.channelport.it.support.Db;
import org.channelport.it.support.Http;
import org.channelport.it.support.Orders;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Orders over the API, as the contract describes them: shapes and codes, net prices fixed
 * at order time, the approval limit, credit hold, edits (in place, then pending changes), cancel,
 * backorders, shipments, stock — and the Idempotency-Key rules, also under parallel requests. No
 * ERP is configured: submitted orders wait in the outbox (sync state pending).
 */
@ExtendWith(ArquillianExtension.class)
class OrderApiIT {

  private static BigDecimal dec(JsonObject o, String name) {
    return o.getJsonNumber(name).bigDecimalValue();
  }

  private static long outbox(String number, String type) {
    return Db.count(
        "SELECT COUNT(*) FROM outbox_message WHERE topic = 'erp.order' AND msg_key = ?"
            + " AND JSON_VALUE(payload, '$.type') = ?",
        number,
        type);
  }

  @Test
  void aSubmittedOrderAnswersTheContractsShapeAndWaitsInTheOutbox() {
    String po = "PO-" + UUID.randomUUID().toString().substring(0, 8);
    HttpResponse<String> created =
        Orders.post(
            "pm-northwind",
            "{\"kind\":\"replenishment\",\"poNumber\":\""
                + po
                + "\",\"requestedDelivery\":\"2027-01-15\",\"lines\":["
                + "{\"sku\":\"NET-SW24\",\"quantity\":2,\"warehouse\":\"main\"},"
                + "{\"sku\":\"NET-AP6\",\"quantity\":3}],\"note\":\"ring first\",\"submit\":true}");
    assertEquals(201, created.statusCode(), created.body());
    JsonObject order = Http.json(created);
    assertTrue(
        created
            .headers()
            .firstValue("Location")
            .orElseThrow()
            .endsWith("/api/v1/orders/" + order.getJsonNumber("id")));
    for (String field :
        List.of(
            "id",
            "number",
            "kind",
            "partnerId",
            "customerId",
            "status",
            "syncState",
            "erpNumber",
            "version",
            "lines",
            "total",
            "currency",
            "creditHold")) {
      assertTrue(order.containsKey(field), field + " in " + order);
    }
    assertTrue(order.getString("number").matches("CP-\\d{4}-\\d{6,}"), order.getString("number"));
    assertEquals("replenishment", order.getString("kind"));
    assertEquals(1, order.getInt("partnerId"));
    assertTrue(order.isNull("customerId"));
    assertEquals("submitted", order.getString("status"));
    assertEquals("pending", order.getString("syncState"));
    assertTrue(order.isNull("erpNumber"));
    assertFalse(order.getBoolean("creditHold"));
    assertEquals("EUR", order.getString("currency"));
    JsonArray lines = order.getJsonArray("lines");
    JsonObject sw = lines.getJsonObject(0);
    for (String field :
        List.of(
            "sku",
            "quantity",
            "unitPrice",
            "currency",
            "lineTotal",
            "warehouse",
            "backordered",
            "promisedDate")) {
      assertTrue(sw.containsKey(field), field + " in " + sw);
    }
    // Northwind's contract price for the switch; the access point at the gold discount (12 %)
    assertEquals(0, new BigDecimal("700.00").compareTo(dec(sw, "unitPrice")), sw.toString());
    assertEquals(0, new BigDecimal("1400.00").compareTo(dec(sw, "lineTotal")));
    assertEquals("main", sw.getString("warehouse"));
    assertEquals(0, sw.getInt("backordered"));
    JsonObject ap = lines.getJsonObject(1);
    assertEquals(0, new BigDecimal("289.52").compareTo(dec(ap, "unitPrice")), ap.toString());
    assertEquals(0, new BigDecimal("2268.56").compareTo(dec(order, "total")));
    assertEquals(1, outbox(order.getString("number"), "order.placed"));
    JsonObject read = Http.json(Api.as("pe-northwind").get("/orders/" + order.getJsonNumber("id")));
    assertEquals(order.getString("number"), read.getString("number"));
    JsonArray events =
        Http.parse(
                Api.as("pm-northwind")
                    .get("/orders/" + order.getJsonNumber("id") + "/events")
                    .body())
            .asJsonArray();
    assertEquals("created", events.getJsonObject(0).getString("step"));
    assertEquals("submitted", events.getJsonObject(1).getString("step"));
    assertEquals("pm-northwind", events.getJsonObject(1).getString("actor"));
  }

  @Test
  void anEmployeesOrderAboveTheLimitWaitsForThePartnerManagerAndGoesToTheErpWhenApproved() {
    long id = Orders.awaitingApproval();
    String number = Db.string("SELECT number FROM sales_order WHERE id = ?", id);
    assertEquals(0, outbox(number, "order.placed"), "not sent before approval");
    assertProblem(Api.as("pe-northwind").post("/orders/" + id + "/approve", "{}"), 403);
    HttpResponse<String> approved = Api.as("pm-northwind").post("/orders/" + id + "/approve", "{}");
    assertEquals(200, approved.statusCode(), approved.body());
    assertEquals("submitted", Http.json(approved).getString("status"));
    assertEquals(1, outbox(number, "order.placed"));
    assertProblem(Api.as("pm-northwind").post("/orders/" + id + "/approve", "{}"), 409);
  }

  @Test
  void thePartnerManagerSendsAnOrderBackWithAReasonAndItIsADraftAgain() {
    long id = Orders.awaitingApproval();
    assertProblem(Api.as("pm-northwind").post("/orders/" + id + "/return", "{}"), 400);
    HttpResponse<String> back =
        Api.as("pm-northwind")
            .post("/orders/" + id + "/return", "{\"reason\":\"Split it in two\"}");
    assertEquals(200, back.statusCode(), back.body());
    assertEquals("draft", Http.json(back).getString("status"));
    assertEquals("Split it in two", Http.json(back).getString("statusReason"));
  }

  @Test
  void balticTechsNextOrderGoesOnCreditHold() {
    JsonObject order = Orders.place("pm-baltic", "STO-NAS4", 1, true);
    assertEquals("submitted", order.getString("status"));
    assertTrue(order.getBoolean("creditHold"), order.toString());
    assertFalse(Orders.place("pm-danube", "STO-NAS4", 1, true).getBoolean("creditHold"));
  }

  @Test
  void aDraftChangesInPlaceAndASubmittedOrderKeepsTheChangeUntilTheErpAnswers() {
    JsonObject draft = Orders.place("pe-northwind", "NET-AP6", 1, false);
    long id = draft.getJsonNumber("id").longValue();
    HttpResponse<String> edited =
        Api.as("pe-northwind")
            .put(
                "/orders/" + id,
                "{\"lines\":[{\"sku\":\"NET-AP6\",\"quantity\":4}],\"note\":\"more\",\"version\":"
                    + draft.getInt("version")
                    + "}");
    assertEquals(200, edited.statusCode(), edited.body());
    JsonObject e = Http.json(edited);
    assertEquals(4, e.getJsonArray("lines").getJsonObject(0).getInt("quantity"));
    assertFalse(e.getBoolean("pendingChange"));
    assertProblem(
        Api.as("pe-northwind")
            .put(
                "/orders/" + id,
                "{\"lines\":[{\"sku\":\"NET-AP6\",\"quantity\":5}],\"version\":"
                    + draft.getInt("version")
                    + "}"),
        409);
    HttpResponse<String> submitted =
        Api.as("pe-northwind")
            .post("/orders/" + id + "/submit", "{\"version\":" + e.getInt("version") + "}");
    assertEquals(200, submitted.statusCode(), submitted.body());
    JsonObject s = Http.json(submitted);
    HttpResponse<String> changed =
        Api.as("pe-northwind")
            .put(
                "/orders/" + id,
                "{\"lines\":[{\"sku\":\"NET-AP6\",\"quantity\":6}],\"version\":"
                    + s.getInt("version")
                    + "}");
    assertEquals(200, changed.statusCode(), changed.body());
    JsonObject c = Http.json(changed);
    assertTrue(c.getBoolean("pendingChange"), "awaiting the ERP's confirmation");
    assertEquals(4, c.getJsonArray("lines").getJsonObject(0).getInt("quantity"), "not yet applied");
    assertEquals(1, outbox(c.getString("number"), "order.changed"));
    assertEquals(
        "6",
        Db.string(
            "SELECT JSON_VALUE(payload, '$.lines[0].quantity') FROM outbox_message"
                + " WHERE msg_key = ? AND JSON_VALUE(payload, '$.type') = 'order.changed'",
            c.getString("number")));
  }

  @Test
  void anEmployeeCannotChangeAColleaguesOrder() {
    long id = Orders.place("pm-northwind", "NET-AP6", 1, false).getJsonNumber("id").longValue();
    assertEquals(200, Api.as("pe-northwind").get("/orders/" + id).statusCode());
    assertProblem(Api.as("pe-northwind").post("/orders/" + id + "/submit", "{}"), 403);
    assertEquals("DRAFT", Orders.status(id));
  }

  @Test
  void cancellingASubmittedOrderNeedsAReasonAndTellsTheErp() {
    JsonObject order = Orders.place("pm-danube", "NET-RTR1", 1, true);
    long id = order.getJsonNumber("id").longValue();
    assertProblem(Api.as("pm-danube").post("/orders/" + id + "/cancel", "{}"), 400);
    HttpResponse<String> cancelled =
        Api.as("pm-danube").post("/orders/" + id + "/cancel", "{\"reason\":\"Customer withdrew\"}");
    assertEquals(200, cancelled.statusCode(), cancelled.body());
    assertEquals("cancelled", Http.json(cancelled).getString("status"));
    assertEquals(1, outbox(order.getString("number"), "order.cancelled"));
    assertProblem(
        Api.as("pm-danube").post("/orders/" + id + "/cancel", "{\"reason\":\"again\"}"), 409);
    assertProblem(
        Api.as("pm-danube")
            .put("/orders/" + id, "{\"lines\":[{\"sku\":\"NET-RTR1\",\"quantity\":1}]}"),
        409);
  }

  @Test
  void aLineLargerThanTheStockIsSplitOrWaitlisted() {
    HttpResponse<String> created =
        Orders.post(
            "pm-danube",
            "{\"kind\":\"replenishment\",\"lines\":["
                + "{\"sku\":\"NET-AP7\",\"quantity\":30,\"warehouse\":\"main\",\"backorder\":\"split\"},"
                + "{\"sku\":\"SEC-FW500\",\"quantity\":10,\"backorder\":\"waitlist\"},"
                + "{\"sku\":\"NET-SW48\",\"quantity\":5}],\"submit\":false}");
    assertEquals(201, created.statusCode(), created.body());
    JsonArray lines = Http.json(created).getJsonArray("lines");
    assertEquals(5, lines.getJsonObject(0).getInt("backordered"), "25 of 30 ship now");
    assertEquals(10, lines.getJsonObject(1).getInt("backordered"), "the whole line waits");
    assertEquals(0, lines.getJsonObject(2).getInt("backordered"));
  }

  @Test
  void badInputIsRefusedNamingTheField() {
    assertField(Orders.post("pm-northwind", "{\"lines\":[]}"), "kind");
    assertField(
        Orders.post(
            "pm-northwind",
            "{\"kind\":\"on_behalf\",\"lines\":[{\"sku\":\"NET-AP6\",\"quantity\":1}]}"),
        "customerId");
    assertField(
        Orders.post(
            "pm-northwind",
            "{\"kind\":\"replenishment\",\"lines\":[{\"sku\":\"NET-AP6\",\"quantity\":0}]}"),
        "lines[0].quantity");
    assertField(
        Orders.post(
            "pm-northwind",
            "{\"kind\":\"replenishment\",\"lines\":[{\"sku\":\"NO-SUCH\",\"quantity\":1}]}"),
        "lines[0].sku");
    assertField(
        Orders.post(
            "pm-northwind",
            "{\"kind\":\"replenishment\",\"lines\":[{\"sku\":\"NET-AP6\",\"quantity\":1,"
                + "\"warehouse\":\"north-pole\"}]}"),
        "lines[0].warehouse");
    assertField(
        Orders.post(
            "pm-northwind",
            "{\"kind\":\"replenishment\",\"requestedDelivery\":\"2001-01-01\",\"lines\":[]}"),
        "requestedDelivery");
    assertField(
        Orders.post(
            "pm-northwind",
            "{\"kind\":\"on_behalf\",\"customerId\":3,\"lines\":[{\"sku\":\"NET-AP6\",\"quantity\":1}]}"),
        "customerId");
    assertProblem(Orders.post("cm-all", Orders.body("NET-AP6", 1, false)), 403);
  }

  private static void assertField(HttpResponse<String> response, String field) {
    assertProblem(response, 400);
    assertEquals(field, Http.json(response).getString("field"), response.body());
  }

  @Test
  void anOnBehalfOrderForANewCustomerMakesTheCustomerVisibleToThePartner() {
    String company = "Orderly Bakery " + UUID.randomUUID().toString().substring(0, 6);
    HttpResponse<String> created =
        Orders.post(
            "pe-baltic",
            "{\"kind\":\"on_behalf\",\"customer\":{\"company\":\""
                + company
                + "\",\"country\":\"LT\"},\"shipTo\":{\"name\":\""
                + company
                + "\",\"street\":\"Gedimino 1\",\"postcode\":\"LT-01103\",\"city\":\"Vilnius\","
                + "\"country\":\"lt\"},\"lines\":[{\"sku\":\"NET-AP6\",\"quantity\":1}]}");
    assertEquals(201, created.statusCode(), created.body());
    long customer = Http.json(created).getJsonNumber("customerId").longValue();
    assertEquals(200, Api.as("pm-baltic").get("/customers/" + customer).statusCode());
    assertEquals(404, Api.as("pm-northwind").get("/customers/" + customer).statusCode());
    HttpResponse<String> again =
        Orders.post(
            "pe-baltic",
            "{\"kind\":\"on_behalf\",\"customerId\":"
                + customer
                + ",\"lines\":[{\"sku\":\"NET-AP6\",\"quantity\":2}]}");
    assertEquals(201, again.statusCode(), again.body());
    assertProblem(
        Orders.post(
            "pm-northwind",
            "{\"kind\":\"on_behalf\",\"customerId\":"
                + customer
                + ",\"lines\":[{\"sku\":\"NET-AP6\",\"quantity\":2}]}"),
        400);
  }

  @Test
  void theListIsAPageWithItsTotalAndFilters() {
    Orders.place("pm-danube", "NET-AP6", 1, false);
    HttpResponse<String> page = Api.as("pm-danube").get("/orders?status=draft&limit=2");
    assertEquals(200, page.statusCode(), page.body());
    long total = Long.parseLong(page.headers().firstValue("X-Total-Count").orElseThrow());
    JsonArray rows = Http.parse(page.body()).asJsonArray();
    assertTrue(total >= 1 && rows.size() == Math.min(2, total), total + " " + rows.size());
    for (int i = 0; i < rows.size(); i++) {
      assertEquals("draft", rows.getJsonObject(i).getString("status"));
      assertEquals(3, rows.getJsonObject(i).getInt("partnerId"));
    }
    JsonArray shipped =
        Http.parse(
                Api.as("cm-all").get("/orders?status=shipped,partly_shipped&q=CP-2026-0001").body())
            .asJsonArray();
    Set<String> numbers = new java.util.HashSet<>();
    shipped.forEach(v -> numbers.add(v.asJsonObject().getString("number")));
    assertTrue(
        numbers.containsAll(Set.of("CP-2026-000101", "CP-2026-000104", "CP-2026-000106")),
        numbers.toString());
    assertEquals(
        0, Http.parse(Api.as("cm-danube").get("/orders?partnerId=1").body()).asJsonArray().size());
    assertField(Api.as("pm-danube").get("/orders?status=lost"), "status");
    assertField(Api.as("pm-danube").get("/orders?from=yesterday"), "from");
    assertField(Api.as("pm-danube").get("/orders?colour=red"), "colour");
  }

  @Test
  void theOfflineOrderOfTheErpIsShownReadOnly() {
    JsonObject offline = Http.json(Api.as("pm-northwind").get("/orders/103"));
    assertEquals("erp", offline.getString("origin"));
    assertEquals("SO-4990", offline.getString("erpNumber"));
    assertProblem(Api.as("pm-northwind").post("/orders/103/cancel", "{\"reason\":\"x\"}"), 409);
    HttpResponse<String> reorder = Api.as("pm-northwind").post("/orders/103/reorder", "{}");
    assertEquals(201, reorder.statusCode(), reorder.body());
    JsonObject copy = Http.json(reorder);
    assertEquals("draft", copy.getString("status"));
    assertEquals("portal", copy.getString("origin"));
    assertEquals(2, copy.getJsonArray("lines").size());
    assertEquals(4, copy.getJsonArray("lines").getJsonObject(0).getInt("quantity"));
  }

  @Test
  void shipmentsCarryTheCarriersTrackingLink() {
    HttpResponse<String> response = Api.as("pm-baltic").get("/orders/104/shipments");
    assertEquals(200, response.statusCode(), response.body());
    JsonArray shipments = Http.parse(response.body()).asJsonArray();
    assertEquals(2, shipments.size());
    JsonObject first = shipments.getJsonObject(0);
    assertEquals("main", first.getString("warehouse"));
    assertEquals("dpd", first.getString("carrier"));
    assertEquals("01505012345678", first.getString("trackingNumber"));
    assertEquals(
        "https://tracking.dpd.de/status/en_US/parcel/01505012345678",
        first.getString("trackingUrl"));
    assertEquals("2026-11-21", first.getString("shippedAt"));
    assertEquals("STO-NAS4", first.getJsonArray("lines").getJsonObject(0).getString("sku"));
    assertEquals(10, first.getJsonArray("lines").getJsonObject(0).getInt("quantity"));
    assertEquals(404, Api.as("pm-northwind").get("/orders/104/shipments").statusCode());
  }

  @Test
  void stockIsPerWarehouseWithItsAge() {
    HttpResponse<String> response = Api.as("pe-northwind").get("/stock?sku=NET-SW24");
    assertEquals(200, response.statusCode(), response.body());
    JsonArray rows = Http.parse(response.body()).asJsonArray();
    assertEquals(2, rows.size(), rows.toString());
    assertEquals("main", rows.getJsonObject(0).getString("warehouse"));
    assertEquals("east", rows.getJsonObject(1).getString("warehouse"));
    assertTrue(rows.getJsonObject(0).getJsonNumber("quantity").longValue() >= 0);
    assertFalse(rows.getJsonObject(0).isNull("asOf"));
    assertField(Api.as("pe-northwind").get("/stock"), "sku");
  }

  // --- Idempotency-Key -----------------------------------------------------------------------

  @Test
  void withoutAnIdempotencyKeyThereIsNoOrder() {
    HttpResponse<String> response =
        Api.as("pm-danube").post("/orders", Orders.body("NET-AP6", 1, false));
    assertField(response, "Idempotency-Key");
  }

  @Test
  void theSameKeyAndBodyAnswerTheFirstAnswerAgainAndPlaceOneOrder() {
    String key = UUID.randomUUID().toString();
    String body = Orders.body("NET-AP6", 1, true);
    HttpResponse<String> first = Orders.post("pm-danube", body, key);
    assertEquals(201, first.statusCode(), first.body());
    HttpResponse<String> again = Orders.post("pm-danube", body, key);
    assertEquals(201, again.statusCode(), again.body());
    assertEquals(first.headers().firstValue("Location"), again.headers().firstValue("Location"));
    assertEquals(Http.json(first), Http.json(again));
    String po = Http.json(first).getString("poNumber");
    assertEquals(1, Db.count("SELECT COUNT(*) FROM sales_order WHERE po_number = ?", po));
    // the key is the caller's: another user's same key is another request
    HttpResponse<String> other = Orders.post("pe-northwind", body, key);
    assertEquals(201, other.statusCode(), other.body());
    assertEquals(2, Db.count("SELECT COUNT(*) FROM sales_order WHERE po_number = ?", po));
  }

  @Test
  void theSameKeyWithAnotherBodyIsUnprocessable() {
    String key = UUID.randomUUID().toString();
    assertEquals(201, Orders.post("pm-danube", Orders.body("NET-AP6", 1, false), key).statusCode());
    HttpResponse<String> other = Orders.post("pm-danube", Orders.body("NET-AP6", 2, false), key);
    assertProblem(other, 422);
    assertEquals("Idempotency-Key", Http.json(other).getString("field"));
  }

  @Test
  void aRefusedRequestLeavesItsKeyFreeForTheCorrectedBody() {
    String key = UUID.randomUUID().toString();
    assertProblem(Orders.post("pm-danube", Orders.body("NO-SUCH", 1, false), key), 400);
    assertEquals(201, Orders.post("pm-danube", Orders.body("NET-AP6", 1, false), key).statusCode());
  }

  @Test
  void aKeyStillInProgressIsAConflict() {
    String key = UUID.randomUUID().toString();
    String body = Orders.body("NET-AP6", 1, false);
    assertEquals(201, Orders.post("pm-danube", body, key).statusCode());
    // as if the first request had just claimed the key and were still running
    Db.update(
        "UPDATE idempotency_key SET status = 'IN_PROGRESS', owner = UUID(),"
            + " created_at = UTC_TIMESTAMP(6) WHERE scope = 'pm-danube' AND idem_key = ?",
        key);
    HttpResponse<String> running = Orders.post("pm-danube", body, key);
    assertProblem(running, 409);
    assertEquals("Idempotency-Key", Http.json(running).getString("field"));
    assertProblem(Orders.post("pm-danube", Orders.body("NET-AP6", 2, false), key), 422);
    // a claim whose request died (a restart) is taken over after a while: the retry goes through
    Db.update(
        "UPDATE idempotency_key SET created_at = UTC_TIMESTAMP(6) - INTERVAL 10 MINUTE"
            + " WHERE scope = 'pm-danube' AND idem_key = ?",
        key);
    assertEquals(201, Orders.post("pm-danube", body, key).statusCode());
  }

  @Test
  void keysExpireAfter24Hours() {
    String key = UUID.randomUUID().toString();
    assertEquals(201, Orders.post("pm-danube", Orders.body("NET-AP6", 1, false), key).statusCode());
    Db.update(
        "UPDATE idempotency_key SET expires_at = UTC_TIMESTAMP(6) - INTERVAL 1 SECOND"
            + " WHERE scope = 'pm-danube' AND idem_key = ?",
        key);
    assertEquals(
        201,
        Orders.post("pm-danube", Orders.body("NET-AP6", 2, false), key).statusCode(),
        "an expired key is a new key");
  }

  @Test
  void parallelRequestsWithTheSameKeyPlaceOneOrder() throws Exception {
    String key = UUID.randomUUID().toString();
    String body = Orders.body("NET-AP6", 1, true);
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Callable<HttpResponse<String>>> calls = new ArrayList<>();
      for (int i = 0; i < 8; i++) {
        calls.add(() -> Orders.post("pm-danube", body, key));
      }
      List<Integer> statuses = new ArrayList<>();
      for (Future<HttpResponse<String>> f : pool.invokeAll(calls)) {
        statuses.add(f.get().statusCode());
      }
      assertTrue(statuses.contains(201), statuses.toString());
      assertTrue(statuses.stream().allMatch(s -> s == 201 || s == 409), statuses.toString());
    } finally {
      pool.shutdown();
    }
    String po = Http.parse(body).asJsonObject().getString("poNumber");
    assertEquals(1, Db.count("SELECT COUNT(*) FROM sales_order WHERE po_number = ?", po));
    String number = Db.string("SELECT number FROM sales_order WHERE po_number = ?", po);
    assertEquals(1, outbox(number, "order.placed"));
    HttpResponse<String> after = Orders.post("pm-danube", body, key);
    assertEquals(201, after.statusCode(), "done: the answer again");
    assertEquals(number, Http.json(after).getString("number"));
  }
}
