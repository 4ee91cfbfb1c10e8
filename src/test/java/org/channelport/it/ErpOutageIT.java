package org.channelport.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;
import org.channelport.devstack.CuttingProxy;
import org.channelport.devstack.IntegrationInfrastructure;
import org.channelport.devstack.TrytonServer;
import org.channelport.erp.tryton.TrytonRpc;
import org.channelport.erp.tryton.TrytonWarehouse;
import org.channelport.it.support.Api;
import org.channelport.it.support.Db;
import org.channelport.it.support.ErpTokens;
import org.channelport.it.support.FakeMiddleware;
import org.channelport.it.support.Http;
import org.channelport.it.support.Mailbox;
import org.channelport.it.support.Stack;
import org.channelport.it.support.ThreadDumps;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A day without the ERP, on the real stack with two portal nodes: the ERP goes away (Tryton's
 * process is stopped; the middleware behind the Channelport ERP protocol stops answering); ten
 * parallel clients place orders through both nodes — some requests sent twice with the same
 * Idempotency-Key — and edit some of them; the second node is restarted in the middle; the portal's
 * clock is moved 24 hours on; the ERP comes back. Then every order has arrived exactly once
 * (counted on the ERP side), each order's edit after it, nothing is left in the outbox, one alert
 * mail said the ERP was unreachable and one that it cleared, the event log shows the failed
 * attempts, and reconciliation finds no difference. Also: a connection cut after Tryton confirmed a
 * sale makes no second sale, and a payload the middleware rejects is parked, alerted and delivered
 * once after a replay.
 */
@ExtendWith(ArquillianExtension.class)
class ErpOutageIT {
  static final String OPS = "ops@channelport.local";
  static final String[] PLACERS = {"pm-northwind", "pm-danube"};
  static final String[] SKUS = {"NET-AP6", "NET-SW24", "SEC-FW100", "STO-SSD4T", "NET-RTR1"};
  static final Predicate<String> OPENED = s -> s.startsWith("[Channelport] ERP unreachable");
  static final Predicate<String> CLEARED =
      s -> s.startsWith("[Channelport] Cleared: ERP unreachable");
  static final long DAY = 24 * 3600;

  /** One order placed in the test, as the portal answered. */
  record Placed(long id, String number, String placer) {}

  interface Erp {
    void down();

    void up();

    /** How many orders the ERP holds for this portal order number. */
    int ordersFor(String number);

    /** Answers the edits the ERP got, when it answers them later (the protocol's middleware). */
    default void answerChanges() {}
  }

  @Test
  void aDayWithoutTrytonLosesNothingAndSendsNothingTwice() throws Exception {
    TrytonServer tryton = IntegrationInfrastructure.tryton();
    TrytonRpc rpc = TrytonWarehouse.ofTestStack().rpc();
    JsonObject before = IntegrationIT.settings();
    try {
      setAdapter("tryton", null);
      outage(
          new Erp() {
            @Override
            public void down() {
              tryton.stop();
            }

            @Override
            public void up() {
              if (!tryton.running()) {
                tryton.start();
              }
              rpc.reset();
            }

            @Override
            public int ordersFor(String number) {
              return trytonSales(rpc, number);
            }
          },
          200,
          20,
          Duration.ofMinutes(6));
    } finally {
      if (!tryton.running()) {
        tryton.start();
      }
      IntegrationIT.restore(before);
    }
  }

  @Test
  void aDayWithoutTheMiddlewareLosesNothingAndSendsNothingTwice() throws Exception {
    JsonObject before = IntegrationIT.settings();
    try (FakeMiddleware middleware = FakeMiddleware.start(FakeMiddleware.IT_PORT)) {
      middleware.immediateResponses(true);
      setAdapter("protocol", middleware.url());
      outage(
          new Erp() {
            @Override
            public void down() {
              middleware.down();
            }

            @Override
            public void up() {
              middleware.up();
            }

            @Override
            public int ordersFor(String number) {
              return middleware.ordersCreated(number);
            }

            @Override
            public void answerChanges() {
              // the test plays the middleware: it answers each change it received, once
              Set<String> answered = new TreeSet<>();
              for (FakeMiddleware.Request r : middleware.requests("POST", "/erp/orders")) {
                JsonObject message = Http.parse(r.body()).asJsonObject();
                if (!"order.changed".equals(message.getString("type", ""))
                    || !answered.add(r.header("Idempotency-Key"))) {
                  continue;
                }
                HttpResponse<String> answer =
                    Api.withToken(ErpTokens.token())
                        .post(
                            "/integration/change-responses",
                            "{\"eventId\": \""
                                + UUID.randomUUID()
                                + "\", \"at\": \""
                                + java.time.Instant.now()
                                + "\", \"orderNumber\": \""
                                + message.getString("number")
                                + "\", \"changeId\": "
                                + message.getJsonNumber("changeId").longValue()
                                + ", \"applied\": true}");
                assertEquals(200, answer.statusCode(), answer.body());
              }
            }
          },
          500,
          50,
          Duration.ofMinutes(4));
      // every edit reached the middleware after its order
      for (String number : middleware.orderNumbers()) {
        List<String> types = middleware.typesApplied(number);
        if (types.contains("order.changed")) {
          assertEquals("order.placed", types.get(0), number + ": " + types);
        }
      }
    } finally {
      IntegrationIT.restore(before);
      outOfTheReconciliation(lastPlaced);
    }
  }

  @Test
  void aConnectionCutAfterTrytonConfirmedMakesNoSecondSale() throws Exception {
    CuttingProxy proxy = IntegrationInfrastructure.trytonProxy();
    TrytonRpc rpc = TrytonWarehouse.ofTestStack().rpc();
    JsonObject before = IntegrationIT.settings();
    try {
      setAdapter("tryton", null);
      // earlier orders delivered first, so that the cut hits this test's order
      await(
          "no order waiting for Tryton",
          Duration.ofSeconds(120),
          () ->
              Db.count(
                      "SELECT COUNT(*) FROM outbox_message WHERE topic = 'erp.order'"
                          + " AND status = 'PENDING'")
                  == 0);
      int cutsBefore = proxy.cuts();
      proxy.cutNextRequestContaining("model.sale.sale.confirm");
      Placed order = place(Api.as("pm-danube"), "pm-danube", UUID.randomUUID().toString(), 7);
      await(
          "order " + order.number() + " acknowledged after the cut",
          Duration.ofSeconds(120),
          () -> "acknowledged".equals(order(order).getString("syncState")));
      assertEquals(cutsBefore + 1, proxy.cuts(), "the answer to confirm was cut");
      assertEquals(1, trytonSales(rpc, order.number()), "one sale, though the portal retried");
      assertTrue(
          failedAttempts(order.number()) >= 1,
          "the event log shows the attempt whose answer was lost");
    } finally {
      proxy.cutNextRequestContaining(null);
      IntegrationIT.restore(before);
    }
  }

  @Test
  void aRejectedPayloadIsParkedAlertedAndDeliveredOnceAfterReplay() throws Exception {
    JsonObject before = IntegrationIT.settings();
    Mailbox ops = Mailbox.of(OPS);
    Predicate<String> rejected = s -> s.startsWith("[Channelport] Messages rejected");
    long rejectedBefore = ops.count(rejected);
    try (FakeMiddleware middleware = FakeMiddleware.start(FakeMiddleware.IT_PORT)) {
      middleware.immediateResponses(true);
      middleware.rejectBody("{\"error\":\"unknown warehouse\"}");
      middleware.answer(FakeMiddleware.Behaviour.REJECT_422);
      setAdapter("protocol", middleware.url());
      Placed order = place(Api.as("pm-northwind"), "pm-northwind", UUID.randomUUID().toString(), 3);
      await(
          "the order's message parked",
          Duration.ofSeconds(60),
          () -> parked(order.number()) != null);
      assertEquals(0, middleware.ordersCreated(order.number()));
      assertEquals("failed", order(order).getString("syncState"));
      ops.await(rejected, rejectedBefore + 1, Duration.ofSeconds(60));
      assertTrue(ops.count(rejected) > rejectedBefore, "an alert mail about the rejection");

      middleware.answer(FakeMiddleware.Behaviour.OK); // the middleware's mapping is fixed
      String messageId = parked(order.number());
      HttpResponse<String> replay =
          Api.as("cm-all").post("/integration/messages/" + messageId + "/replay", "{}");
      assertEquals(200, replay.statusCode(), replay.body());
      await(
          "the replayed order acknowledged",
          Duration.ofSeconds(60),
          () -> "acknowledged".equals(order(order).getString("syncState")));
      assertEquals(1, middleware.ordersCreated(order.number()));
    } finally {
      IntegrationIT.restore(before);
    }
  }

  /**
   * The orders a test made through a middleware that is gone now exist in no ERP the later tests
   * use: they are moved out of the reconciliation's window (as if older), or every later run would
   * compare them with Tryton and load the machine with hundreds of differences.
   */
  private static void outOfTheReconciliation(List<Placed> placed) {
    if (placed == null || placed.isEmpty()) {
      return;
    }
    List<Object> numbers = new ArrayList<>();
    placed.forEach(p -> numbers.add(p.number()));
    Db.update(
        "UPDATE sales_order SET updated_at = updated_at - INTERVAL 3 DAY WHERE number IN ("
            + String.join(", ", Collections.nCopies(numbers.size(), "?"))
            + ")",
        numbers.toArray());
  }

  // ---------------------------------------------------------------------------------------------

  /** The orders the last outage placed. */
  private List<Placed> lastPlaced;

  private void outage(Erp erp, int orderCount, int editCount, Duration catchUp) throws Exception {
    Mailbox ops = Mailbox.of(OPS);
    long openedBefore = ops.count(OPENED);
    long clearedBefore = ops.count(CLEARED);
    long moved = 0;
    erp.down();
    try (SecondNode node2 = new SecondNode()) {
      node2.start();
      List<String> nodes = List.of(Stack.portalUrl(), node2.url());

      List<Placed> placed = Collections.synchronizedList(new ArrayList<>());
      lastPlaced = placed;
      placeInParallel(nodes, 0, orderCount / 2, placed);
      node2.restart(); // the portal restarts during the outage
      placeInParallel(nodes, orderCount / 2, orderCount, placed);
      assertEquals(orderCount, placed.size());
      assertEquals(
          orderCount,
          placed.stream().map(Placed::number).distinct().count(),
          "a retried request never made a second order");

      Map<String, Long> edited = editInParallel(nodes, placed.subList(0, editCount));
      for (Placed p : placed) {
        String sync = order(p).getString("syncState");
        assertTrue(
            sync.equals("pending") || sync.equals("failed"),
            p.number() + " waits for the ERP (pending, or failed with a next attempt): " + sync);
      }

      // a day passes (the portal's clock, shared by both nodes); nothing gives up within 72 h
      moved = DAY;
      HttpResponse<String> later =
          Api.as("cm-all").post("/integration/clock", "{\"advanceSeconds\": " + DAY + "}");
      assertEquals(200, later.statusCode(), later.body());
      assertEquals(openedBefore + 1, ops.await(OPENED, openedBefore + 1, Duration.ofSeconds(60)));
      assertEquals(0, parkedCount(placed), "no message given up during the outage");

      erp.up();
      await(
          "the backlog delivered",
          catchUp,
          () -> waiting(placed) == 0 && placed.stream().allMatch(p -> acknowledged(p)),
          () -> state(placed));

      erp.answerChanges();
      Set<String> wrong = new TreeSet<>();
      for (Placed p : placed) {
        int inErp = erp.ordersFor(p.number());
        if (inErp != 1) {
          wrong.add(p.number() + " x" + inErp);
        }
      }
      assertEquals(Set.of(), wrong, "every order arrived exactly once");
      for (String number : edited.keySet()) {
        JsonObject order = orderByNumber(placed, number);
        assertEquals(
            false, order.getBoolean("pendingChange"), number + ": its edit answered by the ERP");
      }
      assertEquals(0, waiting(placed), "no event left in the outbox");
      assertTrue(
          failedAttempts(placed.get(0).number()) >= 1, "the event log shows the failed attempts");
      assertEquals(
          clearedBefore + 1, ops.await(CLEARED, clearedBefore + 1, Duration.ofSeconds(60)));
      assertEquals(openedBefore + 1, ops.count(OPENED), "one mail for the whole outage");

      Api.as("cm-all").post("/integration/clock", "{\"advanceSeconds\": -" + DAY + "}");
      moved = 0;
      Set<String> numbers = new TreeSet<>();
      placed.forEach(p -> numbers.add(p.number()));
      await(
          "a reconciliation run with no difference for the outage's orders",
          Duration.ofSeconds(90),
          () -> reconciledWithoutDifference(numbers),
          () -> "; last run: " + Api.as("cm-all").get("/integration/reconciliation").body());
    } finally {
      if (moved != 0) {
        Api.as("cm-all").post("/integration/clock", "{\"advanceSeconds\": -" + moved + "}");
      }
      erp.up();
    }
  }

  private void placeInParallel(List<String> nodes, int from, int to, List<Placed> placed)
      throws Exception {
    ExecutorService clients = Executors.newFixedThreadPool(10);
    try {
      List<Future<?>> done = new ArrayList<>();
      for (int i = from; i < to; i++) {
        int n = i;
        done.add(
            clients.submit(
                () -> {
                  String placer = PLACERS[n % PLACERS.length];
                  Api api = Api.as(placer).on(nodes.get(n % nodes.size()));
                  String key = UUID.randomUUID().toString();
                  Placed first = place(api, placer, key, n);
                  if (n % 10 == 0) {
                    // the client lost the answer and sends the same request again, to the other
                    // node
                    Placed again =
                        place(Api.as(placer).on(nodes.get((n + 1) % nodes.size())), placer, key, n);
                    assertEquals(first, again, "the same key answers the original order");
                  }
                  placed.add(first);
                  return null;
                }));
      }
      for (Future<?> f : done) {
        f.get();
      }
    } finally {
      clients.shutdownNow();
    }
  }

  private Map<String, Long> editInParallel(List<String> nodes, List<Placed> orders)
      throws Exception {
    Map<String, Long> edited = new ConcurrentHashMap<>();
    ExecutorService clients = Executors.newFixedThreadPool(10);
    try {
      List<Future<?>> done = new ArrayList<>();
      for (int i = 0; i < orders.size(); i++) {
        Placed p = orders.get(i);
        int n = i;
        done.add(
            clients.submit(
                () -> {
                  Api api = Api.as(p.placer()).on(nodes.get(n % nodes.size()));
                  long quantity = 4;
                  // the relay's failed attempts write the order's sync state meanwhile, so an
                  // edit may meet a newer version: the user reloads and edits again
                  HttpResponse<String> put = null;
                  for (int attempt = 0; attempt < 5; attempt++) {
                    JsonObject order = Http.json(api.get("/orders/" + p.id()));
                    String body =
                        "{\"lines\": [{\"sku\": \""
                            + order.getJsonArray("lines").getJsonObject(0).getString("sku")
                            + "\", \"quantity\": "
                            + quantity
                            + "}], \"note\": \"changed during the outage\", \"version\": "
                            + order.getJsonNumber("version").longValue()
                            + "}";
                    put = api.put("/orders/" + p.id(), body);
                    if (put.statusCode() != 409) {
                      break;
                    }
                  }
                  assertEquals(200, put.statusCode(), put.body());
                  edited.put(p.number(), quantity);
                  return null;
                }));
      }
      for (Future<?> f : done) {
        f.get();
      }
    } finally {
      clients.shutdownNow();
    }
    return edited;
  }

  private static Placed place(Api api, String placer, String key, int n) {
    String body =
        "{\"kind\": \"replenishment\", \"poNumber\": \"PO-OUT-"
            + n
            + "\", \"shipTo\": {\"name\": \"Stock room\", \"street\": \"Hauptstr. 1\","
            + " \"postcode\": \"80331\", \"city\": \"Munich\", \"country\": \"DE\"},"
            + " \"requestedDelivery\": \""
            + java.time.LocalDate.now().plusDays(30)
            + "\", \"lines\": [{\"sku\": \""
            + SKUS[n % SKUS.length]
            + "\", \"quantity\": "
            + (1 + n % 3)
            + "}], \"note\": \"outage test\", \"submit\": true}";
    HttpResponse<String> response = api.send("POST", "/orders", body, "Idempotency-Key", key);
    if (response.statusCode() != 201 && response.statusCode() != 200) {
      fail("POST /orders answered " + response.statusCode() + ": " + response.body());
    }
    JsonObject order = Http.json(response);
    return new Placed(order.getJsonNumber("id").longValue(), order.getString("number"), placer);
  }

  private static JsonObject order(Placed p) {
    HttpResponse<String> response = Api.as(p.placer()).get("/orders/" + p.id());
    assertEquals(200, response.statusCode(), response.body());
    return Http.json(response);
  }

  private static JsonObject orderByNumber(List<Placed> placed, String number) {
    return order(placed.stream().filter(p -> p.number().equals(number)).findFirst().orElseThrow());
  }

  private static boolean acknowledged(Placed p) {
    return "acknowledged".equals(order(p).getString("syncState"));
  }

  private static void setAdapter(String adapter, String endpoint) {
    JsonObject now = IntegrationIT.settings();
    HttpResponse<String> response =
        IntegrationIT.putSettings(
            "{\"adapter\":\""
                + adapter
                + "\""
                + (endpoint == null ? "" : ",\"protocolEndpoint\":\"" + endpoint + "\"")
                + ",\"pacePerSecond\":0,\"version\":"
                + now.getJsonNumber("version").longValue()
                + "}");
    assertEquals(200, response.statusCode(), response.body());
  }

  /** Messages of these orders still in the outbox (waiting or parked). */
  private static long waiting(List<Placed> placed) {
    return count(placed, "status <> 'DELIVERED'");
  }

  private static long parkedCount(List<Placed> placed) {
    return count(placed, "status = 'PARKED'");
  }

  private static long count(List<Placed> placed, String condition) {
    List<String> numbers = placed.stream().map(Placed::number).toList();
    String marks = String.join(",", Collections.nCopies(numbers.size(), "?"));
    return Db.count(
        "SELECT COUNT(*) FROM outbox_message WHERE topic = 'erp.order' AND "
            + condition
            + " AND msg_key IN ("
            + marks
            + ")",
        numbers.toArray());
  }

  private static String parked(String number) {
    return Db.count(
                "SELECT COUNT(*) FROM outbox_message WHERE topic = 'erp.order' AND msg_key = ?"
                    + " AND status = 'PARKED'",
                number)
            == 0
        ? null
        : Db.string(
            "SELECT message_id FROM outbox_message WHERE topic = 'erp.order' AND msg_key = ?"
                + " AND status = 'PARKED'",
            number);
  }

  private static long failedAttempts(String number) {
    return Db.count(
        "SELECT COUNT(*) FROM integration_event WHERE order_number = ? AND status = 'failed'",
        number);
  }

  private static boolean reconciledWithoutDifference(Set<String> numbers) {
    HttpResponse<String> response = Api.as("cm-all").get("/integration/reconciliation");
    assertEquals(200, response.statusCode(), response.body());
    JsonObject run = Http.json(response);
    if (run.isNull("runAt") || !run.isNull("error") || run.getInt("checked") == 0) {
      return false;
    }
    for (JsonValue d : run.getJsonArray("differences")) {
      if (numbers.contains(d.asJsonObject().getString("orderNumber"))) {
        return false;
      }
    }
    return true;
  }

  @SuppressWarnings("unchecked")
  private static int trytonSales(TrytonRpc rpc, String number) {
    try {
      Object found =
          rpc.model(
              "sale.sale", "search", List.of(List.of("reference", "=", number)), 0, null, null);
      return ((List<Object>) found).size();
    } catch (Exception e) {
      throw new IllegalStateException("Cannot ask Tryton for " + number, e);
    }
  }

  private static void await(String what, Duration timeout, BooleanSupplier condition)
      throws InterruptedException {
    await(what, timeout, condition, () -> "");
  }

  private static void await(
      String what,
      Duration timeout,
      BooleanSupplier condition,
      java.util.function.Supplier<String> state)
      throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        fail(
            "timed out after "
                + timeout.toSeconds()
                + " s waiting for "
                + what
                + state.get()
                + ThreadDumps.write(what));
      }
      Thread.sleep(2000);
    }
  }

  /** Where the outage's orders stand, for a failure message. */
  private static String state(List<Placed> placed) {
    List<String> numbers = placed.stream().map(Placed::number).toList();
    String marks = String.join(",", Collections.nCopies(numbers.size(), "?"));
    StringBuilder out = new StringBuilder("; outbox by status:");
    for (String status : List.of("PENDING", "PARKED", "DELIVERED")) {
      out.append(' ')
          .append(status)
          .append('=')
          .append(
              Db.count(
                  "SELECT COUNT(*) FROM outbox_message WHERE topic = 'erp.order' AND status = '"
                      + status
                      + "' AND msg_key IN ("
                      + marks
                      + ")",
                  numbers.toArray()));
    }
    out.append("; orders by sync state:");
    for (String sync : List.of("PENDING", "SENT", "ACKNOWLEDGED", "FAILED")) {
      out.append(' ')
          .append(sync)
          .append('=')
          .append(
              Db.count(
                  "SELECT COUNT(*) FROM sales_order WHERE sync_state = '"
                      + sync
                      + "' AND number IN ("
                      + marks
                      + ")",
                  numbers.toArray()));
    }
    out.append("; next due ")
        .append(
            Db.string(
                "SELECT CONCAT(MIN(next_attempt_at), ' / now ', UTC_TIMESTAMP(6), ' / offset ',"
                    + " (SELECT COALESCE(MAX(offset_ms), 0) FROM clock_offset))"
                    + " FROM outbox_message WHERE status = 'PENDING' AND topic = 'erp.order'"));
    out.append("; last error ")
        .append(
            Db.string(
                "SELECT MAX(last_error) FROM outbox_message WHERE status = 'PENDING'"
                    + " AND topic = 'erp.order'"));
    return out.toString();
  }
}
