package org.channelport.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BooleanSupplier;
import org.channelport.erp.tryton.TrytonWarehouse;
import org.channelport.it.support.Api;
import org.channelport.it.support.Db;
import org.channelport.it.support.ErpTokens;
import org.channelport.it.support.FakeMiddleware;
import org.channelport.it.support.Http;
import org.channelport.it.support.ThreadDumps;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The return (RMA) of a service issue on the real stack: a partner employee's issue about a
 * defective product of a shipped order asks for the return of some of its lines; the return reaches
 * the ERP exactly once — in Tryton as one return sale whose origin is the original sale, with
 * negative quantities; through the Channelport ERP protocol as one message to the middleware — and
 * its status comes back as an order's (Tryton's poller; the protocol's inbound calls). Two parallel
 * requests never return the same quantity twice, a retry makes no second return, and what does not
 * fit is refused. Each test places the orders it returns (Northwind, on behalf of its customer
 * Brauhaus Technik), so that no demo order changes.
 */
@ExtendWith(ArquillianExtension.class)
class IssueReturnIT {
  static final long CUSTOMER = 20;

  @Test
  void aReturnReachesTrytonOnceAsAReturnSaleOfTheOriginalAndItsStatusComesBack() throws Exception {
    JsonObject before = IntegrationIT.settings();
    TrytonWarehouse tryton = TrytonWarehouse.ofTestStack();
    try {
      setAdapter("tryton", null);
      JsonObject order = placeOrder("NET-SW24", 2);
      long orderId = order.getJsonNumber("id").longValue();
      String number = order.getString("number");
      await(
          "order " + number + " acknowledged by Tryton",
          Duration.ofSeconds(120),
          () -> "acknowledged".equals(order(orderId).getString("syncState")));

      // not shipped yet: no return
      long early = issue(orderId, "NET-SW24", "defect");
      HttpResponse<String> notShipped = askReturn("pe-northwind", early, 1, 1, "LED off");
      assertEquals(409, notShipped.statusCode(), notShipped.body());
      assertEquals("orderId", Http.json(notShipped).getString("field"), notShipped.body());

      tryton.ship(number, "ups", "1Z" + System.nanoTime());
      await(
          "order " + number + " shipped (polled from Tryton)",
          Duration.ofSeconds(60),
          () -> "shipped".equals(order(orderId).getString("status")));

      long issue = issue(orderId, "NET-SW24", "defect");
      HttpResponse<String> created =
          askReturn("pe-northwind", issue, 1, 1, "Link LED stays off after a power cycle");
      assertEquals(201, created.statusCode(), created.body());
      JsonObject r = Http.json(created);
      long returnId = r.getJsonNumber("id").longValue();
      String returnNumber = r.getString("number");
      assertTrue(returnNumber.startsWith("CP-"), returnNumber);
      assertEquals("submitted", r.getString("status"));
      assertEquals(orderId, r.getJsonNumber("returnOf").longValue());
      assertEquals(number, r.getString("returnOfNumber"));
      assertTrue(
          created.headers().firstValue("Location").orElse("").endsWith("/orders/" + returnId));

      HttpResponse<String> retry =
          askReturn("pe-northwind", issue, 1, 1, "Link LED stays off after a power cycle");
      assertEquals(200, retry.statusCode(), "a retry answers the return it made: " + retry.body());
      assertEquals(returnId, Http.json(retry).getJsonNumber("id").longValue());

      await(
          "return " + returnNumber + " released (polled from Tryton)",
          Duration.ofSeconds(120),
          () -> "released".equals(issueReturn("pe-northwind", issue).getString("status")));
      JsonObject back = issueReturn("pe-northwind", issue);
      assertEquals("acknowledged", back.getString("syncState"));
      assertTrue(!back.isNull("erpNumber"), back.toString());

      // in Tryton: one return sale, its origin the original sale, the quantity negative
      List<TrytonWarehouse.Sale> sales = tryton.sales(returnNumber);
      assertEquals(1, sales.size(), "one return sale: " + sales);
      List<TrytonWarehouse.Sale> originals = tryton.sales(number);
      assertEquals(1, originals.size());
      TrytonWarehouse.Sale sale = sales.get(0);
      assertEquals("sale.sale," + originals.get(0).id(), sale.origin(), "references the original");
      assertEquals(back.getString("erpNumber"), sale.number());
      assertTrue(sale.untaxedAmount().signum() < 0, "a credit: " + sale.untaxedAmount());
      assertEquals(1, sale.lines().size(), sale.toString());
      assertEquals("NET-SW24", sale.lines().get(0).sku());
      assertEquals(
          0,
          new BigDecimal("-1").compareTo(sale.lines().get(0).quantity()),
          "the returned quantity, negative: " + sale);
      assertEquals(
          1,
          Db.count(
              "SELECT COUNT(*) FROM outbox_message WHERE topic = 'erp.order' AND msg_key = ?",
              returnNumber),
          "one message for the return, however often it was asked for");
      assertEquals("shipped", order(orderId).getString("status"), "the original is as it was");
      assertTrue(
          events("pe-northwind", issue).contains("\"return_requested\""),
          "the timeline shows the return to the partner");
      // the return is an order of the partner's, read only as a return
      JsonObject asOrder = Http.json(Api.as("pe-northwind").get("/orders/" + returnId));
      assertEquals("return", asOrder.getString("kind"));
      assertEquals(orderId, asOrder.getJsonNumber("returnOf").longValue());
    } finally {
      IntegrationIT.restore(before);
    }
  }

  @Test
  void throughTheProtocolAReturnIsOneMessageAndParallelRequestsNeverReturnTwice() throws Exception {
    JsonObject before = IntegrationIT.settings();
    // the orders of earlier tests go to Tryton first, not to this test's middleware; one an
    // earlier test left failing (retried, maybe for ever) may reach it later, and changes nothing
    // this test counts: it counts only its own order's and return's messages
    await(
        "no order waiting for its first try with Tryton",
        Duration.ofSeconds(120),
        () ->
            Db.count(
                    "SELECT COUNT(*) FROM outbox_message WHERE topic = 'erp.order'"
                        + " AND status = 'PENDING' AND attempts = 0")
                == 0);
    try (FakeMiddleware middleware = FakeMiddleware.start(FakeMiddleware.IT_PORT)) {
      middleware.immediateResponses(true);
      setAdapter("protocol", middleware.url());
      JsonObject order = placeOrder("NET-AP6", 3);
      long orderId = order.getJsonNumber("id").longValue();
      String number = order.getString("number");
      await(
          "order " + number + " confirmed by the middleware",
          Duration.ofSeconds(60),
          () -> "confirmed".equals(order(orderId).getString("status")));
      assertEquals(
          "applied",
          inbound(
              "shipments",
              "{\"eventId\": \""
                  + UUID.randomUUID()
                  + "\", \"at\": \""
                  + Instant.now()
                  + "\", \"orderNumber\": \""
                  + number
                  + "\", \"shipmentRef\": \"IT-RMA-"
                  + System.nanoTime()
                  + "\", \"warehouse\": \"main\", \"carrier\": \"dhl\", \"trackingNumber\":"
                  + " \"JD0146\", \"shippedAt\": \"2026-12-02\", \"lines\": [{\"sku\": \"NET-AP6\","
                  + " \"quantity\": 3}]}"));
      assertEquals("shipped", order(orderId).getString("status"));

      // two issues about the same line ask for 2 of the 3 shipped at the same moment
      long first = issue(orderId, "NET-AP6", "defect");
      long second = issue(orderId, "NET-AP6", "return");
      CountDownLatch start = new CountDownLatch(1);
      ExecutorService pool = Executors.newFixedThreadPool(2);
      List<HttpResponse<String>> answers = new ArrayList<>();
      try {
        List<Future<HttpResponse<String>>> running = new ArrayList<>();
        for (long issue : new long[] {first, second}) {
          Callable<HttpResponse<String>> ask =
              () -> {
                start.await();
                return askReturn(
                    issue == first ? "pe-northwind" : "pm-northwind",
                    issue,
                    1,
                    2,
                    "dead on arrival");
              };
          running.add(pool.submit(ask));
        }
        start.countDown();
        for (Future<HttpResponse<String>> f : running) {
          answers.add(f.get());
        }
      } finally {
        pool.shutdownNow();
      }
      List<Integer> statuses = answers.stream().map(HttpResponse::statusCode).sorted().toList();
      assertEquals(List.of(201, 400), statuses, answers.toString());
      HttpResponse<String> refused =
          answers.stream().filter(a -> a.statusCode() == 400).findFirst().orElseThrow();
      assertEquals("lines[0].quantity", Http.json(refused).getString("field"), refused.body());
      JsonObject r =
          Http.json(answers.stream().filter(a -> a.statusCode() == 201).findFirst().orElseThrow());
      String returnNumber = r.getString("number");
      long winner = answers.get(0).statusCode() == 201 ? first : second;
      long loser = winner == first ? second : first;

      // what is left can still be returned, once
      HttpResponse<String> rest =
          askReturn(
              loser == first ? "pe-northwind" : "pm-northwind", loser, 1, 1, "dead on arrival");
      assertEquals(201, rest.statusCode(), rest.body());
      HttpResponse<String> other =
          askReturn(
              winner == first ? "pe-northwind" : "pm-northwind", winner, 1, 1, "changed my mind");
      assertEquals(409, other.statusCode(), "one return per issue: " + other.body());

      await(
          "the return acknowledged by the middleware",
          Duration.ofSeconds(60),
          () -> "acknowledged".equals(issueReturn("pe-northwind", winner).getString("syncState")));
      assertEquals(1, middleware.timesReceived(returnNumber), "one message for the return");
      assertEquals(1, middleware.ordersCreated(returnNumber));
      assertEquals(List.of("return.requested"), middleware.typesApplied(returnNumber));
      FakeMiddleware.Request sent =
          middleware.requests("POST", "/erp/orders").stream()
              .filter(q -> returnNumber.equals(q.field("number")))
              .findFirst()
              .orElseThrow();
      assertEquals(number, sent.field("returnOf"));
      assertEquals("SO-" + number, sent.field("returnOfErpNumber"));
      assertEquals("return", sent.field("kind"));
      assertEquals("dead on arrival", sent.field("reason"));
      assertTrue(sent.header("Idempotency-Key") != null);
      JsonObject line =
          Http.parse(sent.body()).asJsonObject().getJsonArray("lines").getJsonObject(0);
      assertEquals(1, line.getInt("lineNo"));
      assertEquals(2, line.getInt("quantity"));
      assertEquals("confirmed", issueReturn("pe-northwind", winner).getString("status"));

      // the ERP releases the return: its status comes back as an order's
      assertEquals(
          "applied",
          inbound(
              "order-status",
              "{\"eventId\": \""
                  + UUID.randomUUID()
                  + "\", \"at\": \""
                  + Instant.now()
                  + "\", \"orderNumber\": \""
                  + returnNumber
                  + "\", \"status\": \"released\"}"));
      assertEquals("released", issueReturn("pm-northwind", winner).getString("status"));
    } finally {
      IntegrationIT.restore(before);
    }
  }

  @Test
  void onlyWhoWorksTheIssueAsksAndWhatDoesNotFitIsRefusedChangingNothing() {
    JsonObject before = IntegrationIT.settings();
    try {
      setAdapter("tryton", null);
      JsonObject order = placeOrder("NET-RTR1", 2);
      long orderId = order.getJsonNumber("id").longValue();
      long issue = issue(orderId, "NET-RTR1", "defect");
      long question = issue(orderId, "NET-RTR1", "question");
      for (String outsider : List.of("pe-baltic", "pm-danube", "cm-danube")) {
        HttpResponse<String> r = askReturn(outsider, issue, 1, 1, "not mine");
        assertEquals(404, r.statusCode(), outsider + ": " + r.body());
      }
      HttpResponse<String> q = askReturn("pe-northwind", question, 1, 1, "why not");
      assertEquals(409, q.statusCode(), q.body());
      assertEquals("category", Http.json(q).getString("field"));
      HttpResponse<String> notInErp = askReturn("cm-all", issue, 1, 1, "too early");
      assertEquals(409, notInErp.statusCode(), "submitted, not shipped: " + notInErp.body());
      assertEquals(
          "lines",
          Http.json(
                  Api.as("pe-northwind")
                      .post(
                          "/service-issues/" + issue + "/return",
                          "{\"lines\": [], \"reason\": \"x\"}"))
              .getString("field"));
      assertEquals(
          400,
          Api.as("pe-northwind").post("/service-issues/" + issue + "/return", "").statusCode());
      assertEquals(
          404, Api.as("pe-northwind").get("/service-issues/" + issue + "/return").statusCode());
      assertEquals(
          0,
          Db.count("SELECT COUNT(*) FROM sales_order WHERE return_of = ?", orderId),
          "nothing was made");
      assertTrue(!events("pe-northwind", issue).contains("return_requested"));
    } finally {
      IntegrationIT.restore(before);
    }
  }

  // ---------------------------------------------------------------------------------------------

  /** An order of Northwind's employee on behalf of Brauhaus Technik, submitted. */
  static JsonObject placeOrder(String sku, long quantity) {
    HttpResponse<String> created =
        Api.as("pe-northwind")
            .post(
                "/orders",
                "{\"kind\": \"on_behalf\", \"customerId\": "
                    + CUSTOMER
                    + ", \"poNumber\": \"IT-RMA-"
                    + UUID.randomUUID().toString().substring(0, 8)
                    + "\", \"lines\": [{\"sku\": \""
                    + sku
                    + "\", \"quantity\": "
                    + quantity
                    + "}], \"submit\": true}",
                "Idempotency-Key",
                UUID.randomUUID().toString());
    assertEquals(201, created.statusCode(), created.body());
    JsonObject order = Http.json(created);
    assertEquals("submitted", order.getString("status"), order.toString());
    return order;
  }

  static JsonObject order(long id) {
    HttpResponse<String> r = Api.as("pe-northwind").get("/orders/" + id);
    assertEquals(200, r.statusCode(), r.body());
    return Http.json(r);
  }

  /** A new issue of pe-northwind about line 1 of the order. */
  static long issue(long orderId, String sku, String category) {
    HttpResponse<String> created =
        Api.as("pe-northwind")
            .post(
                "/service-issues",
                "{\"customerId\": "
                    + CUSTOMER
                    + ", \"sku\": \""
                    + sku
                    + "\", \"serialNumber\": \"SN-"
                    + System.nanoTime()
                    + "\", \"orderId\": "
                    + orderId
                    + ", \"orderLineNo\": 1, \"subject\": \"Does not power up\", \"description\":"
                    + " \"The link LED stays off.\", \"priority\": \"normal\", \"category\": \""
                    + category
                    + "\"}");
    assertEquals(201, created.statusCode(), created.body());
    return Http.json(created).getJsonNumber("id").longValue();
  }

  static HttpResponse<String> askReturn(
      String user, long issue, int lineNo, long quantity, String reason) {
    return Api.as(user)
        .post(
            "/service-issues/" + issue + "/return",
            "{\"lines\": [{\"lineNo\": "
                + lineNo
                + ", \"quantity\": "
                + quantity
                + "}], \"reason\": \""
                + reason
                + "\"}");
  }

  static JsonObject issueReturn(String user, long issue) {
    HttpResponse<String> r = Api.as(user).get("/service-issues/" + issue + "/return");
    assertEquals(200, r.statusCode(), r.body());
    return Http.json(r);
  }

  static String events(String user, long issue) {
    HttpResponse<String> r = Api.as(user).get("/service-issues/" + issue + "/events");
    assertEquals(200, r.statusCode(), r.body());
    return r.body();
  }

  static String inbound(String path, String body) {
    HttpResponse<String> r = Api.withToken(ErpTokens.token()).post("/integration/" + path, body);
    assertEquals(200, r.statusCode(), r.body());
    return Http.json(r).getString("status");
  }

  static void setAdapter(String adapter, String endpoint) {
    JsonObject now = IntegrationIT.settings();
    HttpResponse<String> response =
        IntegrationIT.putSettings(
            "{\"adapter\":\""
                + adapter
                + "\""
                + (endpoint == null ? "" : ",\"protocolEndpoint\":\"" + endpoint + "\"")
                + ",\"version\":"
                + now.getJsonNumber("version").longValue()
                + "}");
    assertEquals(200, response.statusCode(), response.body());
  }

  static void await(String what, Duration timeout, BooleanSupplier condition)
      throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        fail(
            "timed out after "
                + timeout.toSeconds()
                + " s waiting for "
                + what
                + jobs()
                + ThreadDumps.write(what));
      }
      Thread.sleep(1000);
    }
  }

  /** Where the ERP jobs stand, for a failure message: their leases and the last poll. */
  static String jobs() {
    return "; leases: "
        + Db.string(
            "SELECT GROUP_CONCAT(CONCAT(name, ' until ', lock_until, ' since ', locked_at)"
                + " SEPARATOR ', ') FROM shedlock")
        + " (now "
        + Db.string("SELECT CAST(UTC_TIMESTAMP(3) AS CHAR)")
        + "); erp.order messages waiting: "
        + Db.string(
            "SELECT GROUP_CONCAT(CONCAT(msg_key, ' attempts ', attempts, ' next ', next_attempt_at,"
                + " ' ', COALESCE(LEFT(last_error, 120), '')) SEPARATOR '; ') FROM outbox_message"
                + " WHERE topic = 'erp.order' AND status = 'PENDING'")
        + "; last poll: "
        + Db.string(
            "SELECT CONCAT(at, ' ', status, ' ', COALESCE(error, ''), ' ', COALESCE(payload, ''))"
                + " FROM integration_event WHERE direction = 'poll' ORDER BY id DESC LIMIT 1");
  }
}
