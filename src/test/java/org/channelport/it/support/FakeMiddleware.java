package org.channelport.it.support;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringReader;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * A test double of an ERP's middleware speaking the Channelport ERP protocol's outbound side: an
 * HTTP server on 127.0.0.1 that records every request and answers as told. Like a real middleware
 * it dedupes on {@code Idempotency-Key} (a message seen before is answered 200 and not applied
 * again) and keeps one order per order number, so a test can count what the ERP side got: {@link
 * #ordersCreated} must be 1 per order however often the portal retried.
 *
 * <p>Behaviour: {@link #answer} for every request (or {@link #next} for the next few), {@link
 * #delay} before each answer, {@link #down()} / {@link #up()} to close and reopen the port (connect
 * errors). {@link Behaviour#CUT} reads and applies the request, then closes the connection without
 * an answer (the "timeout after the ERP committed"); {@link Behaviour#HANG} reads it and answers
 * nothing until {@link #release()} or {@link #stop()}.
 */
public final class FakeMiddleware implements AutoCloseable {
  /** How the middleware answers a request. */
  public enum Behaviour {
    OK(200),
    FAIL_500(500),
    UNAVAILABLE_503(503),
    TOO_MANY_429(429),
    REJECT_422(422),
    BAD_REQUEST_400(400),
    /** Applies the request, then cuts the connection without answering. */
    CUT(0),
    /** Reads the request and never answers (until released or stopped). */
    HANG(0);

    final int status;

    Behaviour(int status) {
      this.status = status;
    }

    boolean applies() {
      return this == OK || this == CUT;
    }
  }

  /** One request as received. */
  public record Request(
      Instant at,
      String method,
      String path,
      String query,
      Map<String, String> headers,
      String body,
      Behaviour answered) {
    public String header(String name) {
      return headers.get(name.toLowerCase(java.util.Locale.ROOT));
    }

    /** A text field of the JSON body, or null. */
    public String field(String name) {
      JsonObject json = json(body);
      return json != null && json.get(name) instanceof JsonString s ? s.getString() : null;
    }
  }

  /**
   * The port for tests that point the portal at it ({@code
   * -Dchannelport.erp.protocol.endpoint=http://127.0.0.1:18090/erp}); free of the other fixed ports
   * of the test run (18080, 18180, 13306, 18000, 13025, 18889).
   */
  public static final int IT_PORT = 18090;

  private final int port;
  private volatile HttpServer server;
  private volatile ExecutorService executor;
  private volatile Behaviour always = Behaviour.OK;
  private final ConcurrentLinkedQueue<Behaviour> upcoming = new ConcurrentLinkedQueue<>();
  private volatile Duration delay = Duration.ZERO;
  private volatile String rejectBody = "{\"error\":\"unknown SKU NO-SUCH\"}";
  private volatile boolean immediateResponses;
  private volatile CountDownLatch hang = new CountDownLatch(1);
  private final List<Request> requests = Collections.synchronizedList(new ArrayList<>());

  /** Applied messages: idempotency keys seen, orders by number with the types applied in order. */
  private final Set<String> appliedKeys = new LinkedHashSet<>();

  private final Map<String, List<String>> orderTypes = new LinkedHashMap<>();
  private final Map<String, Integer> created = new LinkedHashMap<>();
  private final Set<String> partners = new LinkedHashSet<>();

  private FakeMiddleware(int port) {
    this.port = port;
  }

  /** Starts on {@code port} (0: a free one). */
  public static FakeMiddleware start(int port) {
    FakeMiddleware m = new FakeMiddleware(port);
    m.up();
    return m;
  }

  public static FakeMiddleware start() {
    return start(0);
  }

  /** The base URL the portal's {@code channelport.erp.protocol.endpoint} points at. */
  public String url() {
    return "http://127.0.0.1:" + port() + "/erp";
  }

  public int port() {
    HttpServer s = server;
    return s != null ? s.getAddress().getPort() : port;
  }

  /** Opens the port (again, the same one). */
  public synchronized FakeMiddleware up() {
    if (server != null) {
      return this;
    }
    int bind = port != 0 ? port : lastPort;
    try {
      HttpServer s =
          HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), bind), 50);
      executor =
          Executors.newCachedThreadPool(
              r -> {
                Thread t = new Thread(r, "fake-middleware");
                t.setDaemon(true);
                return t;
              });
      s.setExecutor(executor);
      s.createContext("/", this::handle);
      s.start();
      server = s;
      lastPort = s.getAddress().getPort();
    } catch (IOException e) {
      throw new IllegalStateException("cannot listen on " + bind, e);
    }
    return this;
  }

  private volatile int lastPort;

  /** Closes the port: connections are refused until {@link #up()}. */
  public synchronized FakeMiddleware down() {
    HttpServer s = server;
    if (s != null) {
      server = null;
      release();
      s.stop(0);
      executor.shutdownNow();
    }
    return this;
  }

  public boolean isUp() {
    return server != null;
  }

  public void stop() {
    down();
  }

  @Override
  public void close() {
    stop();
  }

  /** How every request is answered from now on (after the {@link #next} ones). */
  public FakeMiddleware answer(Behaviour behaviour) {
    this.always = behaviour;
    return this;
  }

  /** How the next requests are answered, one each, before the default again. */
  public FakeMiddleware next(Behaviour... behaviours) {
    upcoming.addAll(List.of(behaviours));
    return this;
  }

  /** A pause before every answer (an artificial delay). */
  public FakeMiddleware delay(Duration pause) {
    this.delay = pause;
    return this;
  }

  /** The body of 422 and 400 answers. */
  public FakeMiddleware rejectBody(String body) {
    this.rejectBody = body;
    return this;
  }

  /** Answer every order message with an order response (outcome accepted) instead of {}. */
  public FakeMiddleware immediateResponses(boolean on) {
    this.immediateResponses = on;
    return this;
  }

  /** Lets hanging requests go (they then get no answer: their connection is closed). */
  public void release() {
    hang.countDown();
    hang = new CountDownLatch(1);
  }

  /** Forgets every request and applied message. */
  public synchronized void reset() {
    requests.clear();
    appliedKeys.clear();
    orderTypes.clear();
    created.clear();
    partners.clear();
    upcoming.clear();
    always = Behaviour.OK;
    delay = Duration.ZERO;
  }

  public List<Request> requests() {
    synchronized (requests) {
      return List.copyOf(requests);
    }
  }

  public List<Request> requests(String method, String path) {
    return requests().stream()
        .filter(r -> r.method().equals(method) && r.path().equals(path))
        .toList();
  }

  /** How many requests carried this order number (retries included). */
  public int timesReceived(String orderNumber) {
    return (int)
        requests().stream()
            .filter(r -> r.path().endsWith("/orders") && orderNumber.equals(r.field("number")))
            .count();
  }

  /**
   * How many orders (or return sales, for a return's number) the ERP side made for this number (1
   * after any number of retries).
   */
  public synchronized int ordersCreated(String orderNumber) {
    return created.getOrDefault(orderNumber, 0);
  }

  /** The order numbers the ERP side knows. */
  public synchronized Set<String> orderNumbers() {
    return Set.copyOf(orderTypes.keySet());
  }

  /** The message types applied to this order, in the order they were applied. */
  public synchronized List<String> typesApplied(String orderNumber) {
    return List.copyOf(orderTypes.getOrDefault(orderNumber, List.of()));
  }

  /** The partner codes the ERP side knows. */
  public synchronized Set<String> partnerCodes() {
    return Set.copyOf(partners);
  }

  // ---- serving ----------------------------------------------------------------------------

  private void handle(HttpExchange exchange) throws IOException {
    String body;
    try (InputStream in = exchange.getRequestBody()) {
      body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    String path = exchange.getRequestURI().getPath();
    Behaviour behaviour = upcoming.poll();
    if (behaviour == null) {
      behaviour = always;
    }
    Map<String, String> headers = new LinkedHashMap<>();
    exchange
        .getRequestHeaders()
        .forEach((k, v) -> headers.put(k.toLowerCase(java.util.Locale.ROOT), String.join(",", v)));
    Request request =
        new Request(
            Instant.now(),
            exchange.getRequestMethod(),
            path,
            exchange.getRequestURI().getRawQuery(),
            Map.copyOf(headers),
            body,
            behaviour);
    requests.add(request);
    try {
      pause();
      if (behaviour == Behaviour.HANG) {
        hang.await(10, TimeUnit.MINUTES);
        exchange.close();
        return;
      }
      String answer = "{}";
      if (behaviour.applies()) {
        answer = apply(request);
      }
      if (behaviour == Behaviour.CUT) {
        // headers never sent: closing the exchange closes the connection
        exchange.close();
        return;
      }
      int status = behaviour.status;
      if (status == 422 || status == 400) {
        answer = rejectBody;
      } else if (status >= 500 || status == 429) {
        answer = "{\"error\":\"busy\"}";
        if (status == 429) {
          exchange.getResponseHeaders().add("Retry-After", "1");
        }
      }
      send(exchange, status, answer);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      exchange.close();
    }
  }

  private void pause() throws InterruptedException {
    Duration d = delay;
    if (!d.isZero()) {
      Thread.sleep(d.toMillis());
    }
  }

  /** The middleware's own effect of a request it accepts; its answer's body. */
  private synchronized String apply(Request r) {
    String path = r.path();
    if (r.method().equals("GET") && path.endsWith("/health")) {
      return "{\"status\":\"up\"}";
    }
    if (r.method().equals("GET") && path.endsWith("/orders")) {
      return views(r.query());
    }
    String key = r.header("Idempotency-Key");
    boolean seen = key != null && !appliedKeys.add(key);
    if (r.method().equals("POST") && path.endsWith("/partners")) {
      if (!seen && r.field("code") != null) {
        partners.add(r.field("code"));
      }
      return "{}";
    }
    if (r.method().equals("POST") && path.endsWith("/orders")) {
      String number = r.field("number");
      String type = r.field("type");
      if (number != null && !seen) {
        List<String> types = orderTypes.computeIfAbsent(number, n -> new ArrayList<>());
        // an order, or a return (a return sale of its own number): made once per number
        if (("order.placed".equals(type) || "return.requested".equals(type))
            && !types.contains("order.placed")
            && !types.contains("return.requested")) {
          created.merge(number, 1, Integer::sum);
        }
        types.add(type);
      }
      if (immediateResponses) {
        return "{\"orderNumber\":\""
            + number
            + "\",\"erpNumber\":\""
            + erpNumber(number)
            + "\",\"outcome\":\"accepted\"}";
      }
      return "{}";
    }
    return "{}";
  }

  private String views(String rawQuery) {
    String refs = "";
    if (rawQuery != null) {
      for (String part : rawQuery.split("&")) {
        if (part.startsWith("references=")) {
          refs =
              java.net.URLDecoder.decode(
                  part.substring("references=".length()), StandardCharsets.UTF_8);
        }
      }
    }
    StringBuilder out = new StringBuilder("[");
    for (String number : refs.split(",")) {
      List<String> types = orderTypes.get(number);
      if (types == null) {
        continue;
      }
      if (out.length() > 1) {
        out.append(',');
      }
      String status = types.contains("order.cancelled") ? "cancelled" : "confirmed";
      out.append("{\"orderNumber\":\"")
          .append(number)
          .append("\",\"erpNumber\":\"")
          .append(erpNumber(number))
          .append("\",\"status\":\"")
          .append(status)
          .append("\"}");
    }
    return out.append(']').toString();
  }

  private static String erpNumber(String number) {
    return "SO-" + number;
  }

  private static void send(HttpExchange exchange, int status, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().add("Content-Type", "application/json");
    exchange.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  private static JsonObject json(String body) {
    if (body == null || body.isBlank()) {
      return null;
    }
    try (JsonReader reader = Json.createReader(new StringReader(body))) {
      return reader.readValue() instanceof JsonObject o ? o : null;
    } catch (RuntimeException e) {
      return null;
    }
  }
}
