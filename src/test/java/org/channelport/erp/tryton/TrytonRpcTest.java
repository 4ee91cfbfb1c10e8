package org.channelport.erp.tryton;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.channelport.erp.ErpException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Tryton's JSON-RPC encoding and error mapping, against a scripted HTTP server (no Tryton). */
class TrytonRpcTest {

  private HttpServer server;

  @AfterEach
  void stopServer() {
    if (server != null) {
      server.stop(0);
    }
  }

  @Test
  void decimalsKeepTheirScaleBothWays() {
    JsonValue encoded = TrytonRpc.encode(new BigDecimal("10.50"));
    assertEquals("{\"__class__\":\"Decimal\",\"decimal\":\"10.50\"}", encoded.toString());
    assertEquals(new BigDecimal("10.50"), TrytonRpc.decode(encoded));
    assertEquals(
        "{\"__class__\":\"Decimal\",\"decimal\":\"12000000\"}",
        TrytonRpc.encode(new BigDecimal("1.2E+7")).toString(),
        "plain digits, no exponent");
  }

  @Test
  void datesAndDatetimesAsTrytonObjects() {
    JsonValue date = TrytonRpc.encode(LocalDate.of(2027, 1, 5));
    assertEquals("{\"__class__\":\"date\",\"year\":2027,\"month\":1,\"day\":5}", date.toString());
    assertEquals(LocalDate.of(2027, 1, 5), TrytonRpc.decode(date));

    LocalDateTime time = LocalDateTime.of(2026, 12, 2, 16, 51, 14, 485_992_000);
    JsonValue datetime = TrytonRpc.encode(time);
    assertEquals(
        "{\"__class__\":\"datetime\",\"year\":2026,\"month\":12,\"day\":2,\"hour\":16,"
            + "\"minute\":51,\"second\":14,\"microsecond\":485992}",
        datetime.toString());
    assertEquals(time, TrytonRpc.decode(datetime));
    assertEquals(
        datetime, TrytonRpc.encode(Instant.parse("2026-12-02T16:51:14.485992Z")), "UTC, naive");
  }

  @Test
  void structuresDecodeToJavaValues() {
    JsonValue json =
        read(
            "{\"id\":1,\"number\":\"3\",\"quantity\":2.0,\"lines.\":[{\"id\":4,\"shipping_date\":"
                + "{\"__class__\":\"date\",\"year\":2026,\"month\":12,\"day\":2}}],\"reference\":null,"
                + "\"active\":true,\"amount\":{\"__class__\":\"Decimal\",\"decimal\":\"0.0\"},"
                + "\"delay\":{\"__class__\":\"timedelta\",\"seconds\":90.5},"
                + "\"data\":{\"__class__\":\"bytes\",\"base64\":\"aGk=\\n\"}}");
    @SuppressWarnings("unchecked")
    Map<String, Object> record = (Map<String, Object>) TrytonRpc.decode(json);
    assertEquals(1L, record.get("id"));
    assertEquals(new BigDecimal("2.0"), record.get("quantity"));
    assertEquals(null, record.get("reference"));
    assertEquals(Boolean.TRUE, record.get("active"));
    assertEquals(new BigDecimal("0.0"), record.get("amount"));
    assertEquals(Duration.ofMillis(90_500), record.get("delay"));
    assertArrayEquals("hi".getBytes(StandardCharsets.UTF_8), (byte[]) record.get("data"));
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> lines = (List<Map<String, Object>>) record.get("lines.");
    assertEquals(LocalDate.of(2026, 12, 2), lines.get(0).get("shipping_date"));
  }

  @Test
  void domainsEncodeAsNestedArrays() {
    JsonValue domain =
        TrytonRpc.encode(
            List.of(
                List.of("reference", "in", List.of("CP-2026-000001")),
                List.of("write_date", ">", LocalDateTime.of(2026, 1, 2, 3, 4, 5))));
    assertEquals(
        "[[\"reference\",\"in\",[\"CP-2026-000001\"]],[\"write_date\",\">\",{\"__class__\":"
            + "\"datetime\",\"year\":2026,\"month\":1,\"day\":2,\"hour\":3,\"minute\":4,"
            + "\"second\":5,\"microsecond\":0}]]",
        domain.toString());
  }

  @Test
  void userErrorIsARejectionWithTrytonsMessage() {
    TrytonError error =
        TrytonRpc.error(
            "model.sale.sale.confirm",
            read(
                "[\"UserError\",[\"The field \\\"Unit\\\" on \\\"Sale Line\\\" is required.\",\"\",null]]"));
    assertEquals(ErpException.Kind.REJECTED, error.kind());
    assertTrue(error.isUserError());
    assertEquals("The field \"Unit\" on \"Sale Line\" is required.", error.userMessage());
    assertFalse(error.isCreditLimit());
    assertTrue(error.answer().contains("UserError"));
  }

  @Test
  void creditLimitIsRecognised() {
    TrytonError error =
        TrytonRpc.error(
            "model.sale.sale.confirm",
            read(
                "[\"UserError\",[\"Party \\\"Baltic Tech\\\" has reached their credit limit of"
                    + " €10000.00.\",\"\",null]]"));
    assertTrue(error.isCreditLimit());
    assertEquals(
        "Party \"Baltic Tech\" has reached their credit limit of €10000.00.", error.userMessage());
  }

  @Test
  void userWarningCarriesItsName() {
    TrytonError warning =
        TrytonRpc.error(
            "model.stock.shipment.out.pack",
            read(
                "[\"UserWarning\",[\"shipment_out_no_carrier_stock.shipment.out,1\",\"The shipment"
                    + " has no carrier.\",\"\"]]"));
    assertTrue(warning.isUserWarning());
    assertEquals("shipment_out_no_carrier_stock.shipment.out,1", warning.warningName());
    assertEquals("The shipment has no carrier.", warning.userMessage());
    assertEquals(ErpException.Kind.REJECTED, warning.kind());
  }

  @Test
  void concurrencyAndALockedDatabaseAreTransient() {
    assertEquals(
        ErpException.Kind.TRANSIENT,
        TrytonRpc.error("m", read("[\"ConcurrencyException\",[\"Records were modified\"]]"))
            .kind());
    TrytonError locked =
        TrytonRpc.error(
            "m", read("[\"database is locked\",\"Traceback ... sqlite3.OperationalError\"]"));
    assertEquals(ErpException.Kind.TRANSIENT, locked.kind());
    TrytonError bug =
        TrytonRpc.error("model.sale.sale.create", read("[\"'NoneType' object\",\"Traceback\"]"));
    assertEquals(ErpException.Kind.REJECTED, bug.kind());
    assertTrue(bug.userMessage().contains("model.sale.sale.create"));
  }

  @Test
  void httpStatusesAreClassified() throws ErpException {
    for (int status : new int[] {500, 502, 503, 429, 408}) {
      ErpException e =
          assertThrows(ErpException.class, () -> TrytonRpc.classify("m", status, "busy"));
      assertEquals(ErpException.Kind.TRANSIENT, e.kind(), "HTTP " + status);
    }
    for (int status : new int[] {400, 403, 404}) {
      ErpException e =
          assertThrows(ErpException.class, () -> TrytonRpc.classify("m", status, "no"));
      assertEquals(ErpException.Kind.REJECTED, e.kind(), "HTTP " + status);
      assertEquals("no", e.answer());
    }
    TrytonRpc.classify("m", 200, "{}");
  }

  @Test
  void logsInSendsTheSessionAndContextAndLogsInAgainAfter401() throws Exception {
    AtomicInteger logins = new AtomicInteger();
    AtomicInteger calls = new AtomicInteger();
    List<JsonObject> requests = new ArrayList<>();
    List<String> headers = new ArrayList<>();
    startServer(
        (request, auth) -> {
          requests.add(request);
          headers.add(auth);
          String method = request.getString("method");
          if (method.equals("common.db.login")) {
            int n = logins.incrementAndGet();
            return new Object[] {200, "{\"id\":1,\"result\":[7,\"s" + n + "\"]}"};
          }
          if (method.equals("model.res.user.get_preferences")) {
            return new Object[] {200, "{\"id\":1,\"result\":{\"company\":1,\"language\":\"en\"}}"};
          }
          // the first model call finds the session expired
          if (calls.incrementAndGet() == 1) {
            return new Object[] {401, "Unauthorized"};
          }
          return new Object[] {200, "{\"id\":1,\"result\":[{\"id\":3}]}"};
        });
    TrytonRpc rpc = rpc();
    Object result =
        rpc.model("sale.sale", "search_read", List.of(List.of("reference", "=", "CP-1")), 0, 1);
    assertEquals(List.of(Map.of("id", 3L)), result);
    assertEquals(2, logins.get(), "logged in again after the 401");
    JsonObject last = requests.get(requests.size() - 1);
    assertEquals("model.sale.sale.search_read", last.getString("method"));
    assertEquals(
        "{\"company\":1,\"language\":\"en\"}",
        last.getJsonArray("params").get(3).toString(),
        "the context is the last parameter");
    assertEquals(
        "Session "
            + Base64.getEncoder().encodeToString("portal:7:s2".getBytes(StandardCharsets.UTF_8)),
        headers.get(headers.size() - 1));
    JsonObject login = requests.get(0);
    assertEquals(
        "[\"portal\",{\"password\":\"secret\"},\"en\"]", login.getJsonArray("params").toString());
  }

  @Test
  void anErrorAnswerBecomesATrytonError() throws Exception {
    startServer(
        (request, auth) ->
            switch (request.getString("method")) {
              case "common.db.login" -> new Object[] {200, "{\"id\":1,\"result\":[7,\"s\"]}"};
              case "model.res.user.get_preferences" ->
                  new Object[] {200, "{\"id\":1,\"result\":{}}"};
              default ->
                  new Object[] {
                    200, "{\"id\":1,\"error\":[\"UserError\",[\"Nope.\",\"Really.\",null]]}"
                  };
            });
    TrytonError error =
        assertThrows(TrytonError.class, () -> rpc().model("sale.sale", "confirm", List.of(1)));
    assertEquals("Nope. Really.", error.userMessage());
    assertEquals(ErpException.Kind.REJECTED, error.kind());
  }

  @Test
  void aRefusedLoginOrAServerThatIsNotThereIsTransient() throws Exception {
    startServer((request, auth) -> new Object[] {401, "Unauthorized"});
    ErpException refused =
        assertThrows(ErpException.class, () -> rpc().model("sale.sale", "search", List.of()));
    assertEquals(ErpException.Kind.TRANSIENT, refused.kind());

    int freePort;
    try (ServerSocket socket = new ServerSocket(0)) {
      freePort = socket.getLocalPort();
    }
    TrytonRpc nowhere =
        new TrytonRpc(
            "http://127.0.0.1:" + freePort + "/", "db", "portal", "secret", Duration.ofSeconds(2));
    ErpException down =
        assertThrows(ErpException.class, () -> nowhere.model("sale.sale", "search", List.of()));
    assertEquals(ErpException.Kind.TRANSIENT, down.kind());
    assertTrue(down.getMessage().contains("did not answer"), down.getMessage());
  }

  @Test
  void aSlowServerIsATransientTimeout() throws Exception {
    startServer(
        (request, auth) -> {
          try {
            Thread.sleep(1500);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
          return new Object[] {200, "{\"id\":1,\"result\":[7,\"s\"]}"};
        });
    TrytonRpc slow =
        new TrytonRpc(
            "http://127.0.0.1:" + server.getAddress().getPort(),
            "db",
            "portal",
            "secret",
            Duration.ofMillis(300));
    ErpException timeout =
        assertThrows(ErpException.class, () -> slow.model("sale.sale", "search", List.of()));
    assertEquals(ErpException.Kind.TRANSIENT, timeout.kind());
  }

  // ---- scripted server ----

  interface Script {
    /** {status, body} */
    Object[] answer(JsonObject request, String authorization);
  }

  private void startServer(Script script) throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext(
        "/db/",
        exchange -> {
          String body =
              new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
          Object[] answer =
              script.answer(
                  Json.createReader(new StringReader(body)).readObject(),
                  exchange.getRequestHeaders().getFirst("Authorization"));
          byte[] bytes = ((String) answer[1]).getBytes(StandardCharsets.UTF_8);
          exchange.sendResponseHeaders((Integer) answer[0], bytes.length);
          exchange.getResponseBody().write(bytes);
          exchange.close();
        });
    server.start();
  }

  private TrytonRpc rpc() {
    return new TrytonRpc(
        "http://127.0.0.1:" + server.getAddress().getPort() + "/",
        "db",
        "portal",
        "secret",
        Duration.ofSeconds(5));
  }

  private static JsonValue read(String json) {
    return Json.createReader(new StringReader(json)).readValue();
  }
}
