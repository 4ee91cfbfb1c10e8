package org.channelport.erp.protocol;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.channelport.erp.ErpAdapter;
import org.channelport.erp.ErpException;
import org.channelport.mdf.MdfPaymentMessage;
import org.channelport.order.OrderErpUpdates;
import org.channelport.order.OrderMessage;
import org.channelport.shared.InvalidInputException;

/**
 * Adapter 2, the Channelport ERP protocol's outbound side: every message is one JSON POST to the
 * configured middleware ({@code <endpoint>/orders}, {@code <endpoint>/partners}) with header {@code
 * Idempotency-Key} = the outbox message id, which the middleware must dedupe on. Answers are read
 * by {@link Classification}. What the ERP decides comes back later through the inbound calls
 * (/api/v1/integration/…), unless the 2xx body already is an order response. The middleware pushes,
 * so {@link #poll} has nothing to read.
 */
@ApplicationScoped
@Named("protocol")
public class ProtocolAdapter implements ErpAdapter {
  public static final String NAME = "protocol";
  public static final String IDEMPOTENCY_KEY = "Idempotency-Key";
  public static final String PARTNER_TYPE = "partner.upsert";
  public static final String PAYMENT_TYPE = "mdf.payment";
  static final int REFERENCES_PER_CALL = 50;
  private static final Logger LOG = Logger.getLogger(ProtocolAdapter.class.getName());

  private ProtocolEndpoint endpoint;
  private final Map<Duration, HttpClient> clients = new ConcurrentHashMap<>();

  protected ProtocolAdapter() {}

  @Inject
  public ProtocolAdapter(ProtocolEndpoint endpoint) {
    this.endpoint = endpoint;
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public OrderErpUpdates.OrderResponse deliver(String messageId, OrderMessage message)
      throws ErpException {
    HttpResponse<String> answer =
        post(
            "order " + message.number(),
            "/orders",
            messageId,
            OutboundJson.order(messageId, message));
    if (!OrderMessage.PLACED.equals(message.type())
        && !OrderMessage.RETURN_REQUESTED.equals(message.type())) {
      return null; // a change is answered through change-responses, a cancel through order-status
    }
    try {
      return OutboundJson.immediateResponse(
          messageId, message.number(), answer.body(), Instant.now().truncatedTo(ChronoUnit.MICROS));
    } catch (InvalidInputException e) {
      // the ERP took the message; its answer can still come through the inbound call
      LOG.log(
          Level.WARNING,
          "Order {0}: the middleware''s answer has an outcome but is no valid order response,"
              + " ignored: {1}",
          new Object[] {
            message.number(),
            e.errors().stream()
                .map(f -> f.field() + ": " + f.message())
                .collect(Collectors.joining("; "))
          });
      return null;
    }
  }

  @Override
  public void ensurePartner(String messageId, PartnerMessage partner) throws ErpException {
    post(
        "partner " + partner.code(),
        "/partners",
        messageId,
        OutboundJson.partner(messageId, partner));
  }

  /**
   * {@code POST <endpoint>/mdf-payments}; the ERP answers later through
   * /api/v1/integration/mdf-payments (booked, paid).
   */
  @Override
  public PaymentResponse deliverPayment(String messageId, MdfPaymentMessage payment)
      throws ErpException {
    post(
        "MDF payment " + payment.claimNumber(),
        "/mdf-payments",
        messageId,
        OutboundJson.payment(messageId, payment));
    return null;
  }

  /** The middleware pushes what changed (the inbound calls): nothing to read. */
  @Override
  public String poll(String cursor, OrderErpUpdates updates) {
    return cursor;
  }

  /** {@code GET <endpoint>/health} answers 2xx within the timeouts. */
  @Override
  public boolean reachable() {
    ProtocolEndpoint.Target target = endpoint.current().orElse(null);
    if (target == null) {
      return false;
    }
    try {
      HttpRequest request =
          HttpRequest.newBuilder(URI.create(target.url("/health")))
              .timeout(target.requestTimeout())
              .headers(authHeaders(target))
              .GET()
              .build();
      return Classification.ok(send(target, request).statusCode());
    } catch (IOException | RuntimeException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  /** {@code GET <endpoint>/orders?references=CP-2026-000001,…}, at most 50 numbers a call. */
  @Override
  public List<ErpOrderView> ordersByReference(Collection<String> orderNumbers) throws ErpException {
    ProtocolEndpoint.Target target = target("orders by reference");
    List<String> numbers = List.copyOf(orderNumbers);
    List<ErpOrderView> views = new ArrayList<>();
    for (int from = 0; from < numbers.size(); from += REFERENCES_PER_CALL) {
      List<String> chunk =
          numbers.subList(from, Math.min(numbers.size(), from + REFERENCES_PER_CALL));
      String query =
          URLEncoder.encode(String.join(",", chunk), StandardCharsets.UTF_8).replace("%2C", ",");
      HttpRequest request =
          HttpRequest.newBuilder(URI.create(target.url("/orders?references=" + query)))
              .timeout(target.requestTimeout())
              .headers(authHeaders(target))
              .header("Accept", "application/json")
              .GET()
              .build();
      HttpResponse<String> answer = exchange("orders by reference", target, request);
      views.addAll(OutboundJson.orderViews(answer.body()));
    }
    return views;
  }

  // ---- HTTP -------------------------------------------------------------------------------

  private HttpResponse<String> post(String what, String path, String messageId, String json)
      throws ErpException {
    ProtocolEndpoint.Target target = target(what);
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(target.url(path)))
            .timeout(target.requestTimeout())
            .headers(authHeaders(target))
            .header("Content-Type", "application/json")
            .header("Accept", "application/json")
            .header(IDEMPOTENCY_KEY, messageId)
            .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8))
            .build();
    return exchange(what, target, request);
  }

  private HttpResponse<String> exchange(
      String what, ProtocolEndpoint.Target target, HttpRequest request) throws ErpException {
    HttpResponse<String> answer;
    try {
      answer = send(target, request);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw Classification.ofFailure(what, e);
    } catch (IOException | RuntimeException e) {
      throw Classification.ofFailure(what, e);
    }
    ErpException failure =
        Classification.ofAnswer(
            what,
            answer.statusCode(),
            answer.body(),
            answer.headers().firstValue("Retry-After").orElse(null));
    if (failure != null) {
      throw failure;
    }
    return answer;
  }

  private HttpResponse<String> send(ProtocolEndpoint.Target target, HttpRequest request)
      throws IOException, InterruptedException {
    HttpClient client =
        clients.computeIfAbsent(
            target.connectTimeout(),
            timeout ->
                HttpClient.newBuilder()
                    .version(HttpClient.Version.HTTP_1_1)
                    .connectTimeout(timeout)
                    .followRedirects(HttpClient.Redirect.NEVER)
                    .build());
    return client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  private ProtocolEndpoint.Target target(String what) throws ErpException {
    return endpoint
        .current()
        .orElseThrow(
            () ->
                ErpException.transientFailure(
                    what + ": no endpoint configured (channelport.erp.protocol.endpoint)", null));
  }

  private static String[] authHeaders(ProtocolEndpoint.Target target) {
    return target.authValue() == null
        ? new String[] {"User-Agent", "Channelport"}
        : new String[] {"User-Agent", "Channelport", target.authHeader(), target.authValue()};
  }
}
