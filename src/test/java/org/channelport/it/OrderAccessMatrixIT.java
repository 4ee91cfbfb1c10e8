package org.channelport.it;

import static org.channelport.it.PartnerAccessMatrixIT.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.channelport.it.support.Api;
import org.channelport.it.support.Db;
import org.channelport.it.support.Http;
import org.channelport.it.support.Orders;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every demo user × an order of each demo partner × read, edit, submit, approve, cancel and
 * shipments over the API: exactly 200, 403 (wrong role, or an employee at a colleague's order), 404
 * (not the caller's partner, audited) or 409 (the step does not fit the status) — and a refused
 * step changes nothing. The partners' test orders are placed by their employee where they have one
 * (Northwind, Baltic Tech), else by their manager (Danube).
 */
@ExtendWith(ArquillianExtension.class)
class OrderAccessMatrixIT {
  static final Map<String, Set<Long>> SCOPE = PartnerAccessMatrixIT.SCOPE;
  static final Set<String> CHANNEL = Set.of("cm-all", "cm-danube");
  static final Set<String> MANAGERS = Set.of("pm-northwind", "pm-baltic", "pm-danube");

  static Stream<Arguments> everyUserAndPartner() {
    List<Arguments> cases = new ArrayList<>();
    SCOPE.keySet().stream()
        .sorted()
        .forEach(user -> Stream.of(1L, 2L, 3L).forEach(p -> cases.add(Arguments.of(user, p))));
    return cases.stream();
  }

  private static boolean sees(String user, long partner) {
    return SCOPE.get(user).contains(partner);
  }

  /**
   * A step on an order placed by the partner's {@link Orders#placerOf}: channel managers 403 (they
   * take no step), another partner's users 404, the placer and the partner's manager 200, a
   * colleague employee 403.
   */
  private static int change(String user, long partner) {
    if (CHANNEL.contains(user)) {
      return 403;
    }
    if (!sees(user, partner)) {
      return 404;
    }
    return MANAGERS.contains(user) || user.equals(Orders.placerOf(partner)) ? 200 : 403;
  }

  private static void assertStatus(int expected, HttpResponse<String> response) {
    if (expected >= 400) {
      assertProblem(response, expected);
    } else {
      assertEquals(expected, response.statusCode(), response.body());
    }
  }

  private static long version(long order) {
    return Db.count("SELECT version FROM sales_order WHERE id = ?", order);
  }

  @ParameterizedTest(name = "{0} reads an order of partner {1}")
  @MethodSource("everyUserAndPartner")
  void read(String user, long partner) {
    long order = Orders.draft(partner);
    HttpResponse<String> response = Api.as(user).get("/orders/" + order);
    assertStatus(sees(user, partner) ? 200 : 404, response);
    assertEquals(
        sees(user, partner) ? 0 : 1,
        Db.count(
            "SELECT COUNT(*) FROM audit_log WHERE action = 'DENIED' AND entity_type = 'SalesOrder'"
                + " AND entity_id = ? AND actor = ?",
            String.valueOf(order),
            user),
        "another partner's order is not found, and the attempt is audited");
    if (sees(user, partner)) {
      assertEquals(partner, Http.json(response).getJsonNumber("partnerId").longValue());
    }
    long listed =
        Http.parse(Api.as(user).get("/orders?limit=200&q=" + number(order)).body())
            .asJsonArray()
            .size();
    assertEquals(sees(user, partner) ? 1 : 0, listed, "the list shows what a read shows");
  }

  private static String number(long order) {
    return Db.string("SELECT number FROM sales_order WHERE id = ?", order);
  }

  @ParameterizedTest(name = "{0} edits an order of partner {1}")
  @MethodSource("everyUserAndPartner")
  void edit(String user, long partner) {
    long order = Orders.draft(partner);
    HttpResponse<String> response =
        Api.as(user)
            .put(
                "/orders/" + order,
                "{\"lines\":[{\"sku\":\"NET-AP6\",\"quantity\":3}],\"version\":"
                    + version(order)
                    + "}");
    int expected = change(user, partner);
    assertStatus(expected, response);
    assertEquals(
        expected == 200 ? "3" : "1",
        Db.string("SELECT quantity FROM sales_order_line WHERE order_id = ?", order));
  }

  @ParameterizedTest(name = "{0} submits an order of partner {1}")
  @MethodSource("everyUserAndPartner")
  void submit(String user, long partner) {
    long order = Orders.draft(partner);
    int expected = change(user, partner);
    assertStatus(expected, Api.as(user).post("/orders/" + order + "/submit", "{}"));
    assertEquals(expected == 200 ? "SUBMITTED" : "DRAFT", Orders.status(order));
  }

  @ParameterizedTest(name = "{0} approves an order of partner {1}")
  @MethodSource("everyUserAndPartner")
  void approve(String user, long partner) {
    // Northwind's employee orders above its limit; the other partners' orders need no approval
    long order =
        partner == Orders.NORTHWIND ? Orders.awaitingApproval() : Orders.submitted(partner);
    String before = Orders.status(order);
    int expected;
    if (!MANAGERS.contains(user)) {
      expected = 403;
    } else if (!sees(user, partner)) {
      expected = 404;
    } else {
      expected = partner == Orders.NORTHWIND ? 200 : 409;
    }
    assertStatus(expected, Api.as(user).post("/orders/" + order + "/approve", "{}"));
    assertEquals(expected == 200 ? "SUBMITTED" : before, Orders.status(order));
  }

  @ParameterizedTest(name = "{0} cancels an order of partner {1}")
  @MethodSource("everyUserAndPartner")
  void cancel(String user, long partner) {
    long order = Orders.submitted(partner);
    int expected = change(user, partner);
    assertStatus(
        expected,
        Api.as(user).post("/orders/" + order + "/cancel", "{\"reason\":\"Matrix test\"}"));
    assertEquals(expected == 200 ? "CANCELLED" : "SUBMITTED", Orders.status(order));
    String number = number(order);
    assertEquals(
        expected == 200 ? 1 : 0,
        Db.count(
            "SELECT COUNT(*) FROM outbox_message WHERE msg_key = ?"
                + " AND JSON_VALUE(payload, '$.type') = 'order.cancelled'",
            number));
  }

  /** The demo orders with shipments: Northwind 101, Baltic Tech 104, Danube 106. */
  static final Map<Long, Long> SHIPPED = Map.of(1L, 101L, 2L, 104L, 3L, 106L);

  @ParameterizedTest(name = "{0} reads the shipments of an order of partner {1}")
  @MethodSource("everyUserAndPartner")
  void shipments(String user, long partner) {
    HttpResponse<String> response =
        Api.as(user).get("/orders/" + SHIPPED.get(partner) + "/shipments");
    assertStatus(sees(user, partner) ? 200 : 404, response);
    if (sees(user, partner)) {
      assertEquals(
          partner == Orders.BALTIC ? 2 : 1, Http.parse(response.body()).asJsonArray().size());
    }
  }
}
