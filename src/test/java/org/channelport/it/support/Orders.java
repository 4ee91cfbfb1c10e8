package org.channelport.it.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.UUID;

/** Orders for the tests, placed over the API (with a fresh Idempotency-Key each). */
public final class Orders {
  public static final long NORTHWIND = 1;
  public static final long BALTIC = 2;
  public static final long DANUBE = 3;

  private Orders() {}

  /** Who places a partner's test orders: its employee where it has one, else its manager. */
  public static String placerOf(long partner) {
    return partner == NORTHWIND ? "pe-northwind" : partner == BALTIC ? "pe-baltic" : "pm-danube";
  }

  public static String managerOf(long partner) {
    return partner == NORTHWIND ? "pm-northwind" : partner == BALTIC ? "pm-baltic" : "pm-danube";
  }

  /** A replenishment order body with one line of {@code quantity} × {@code sku}. */
  public static String body(String sku, long quantity, boolean submit) {
    return "{\"kind\":\"replenishment\",\"poNumber\":\"IT-"
        + UUID.randomUUID().toString().substring(0, 8)
        + "\",\"lines\":[{\"sku\":\""
        + sku
        + "\",\"quantity\":"
        + quantity
        + "}],\"submit\":"
        + submit
        + "}";
  }

  public static HttpResponse<String> post(String user, String body, String key) {
    return Api.as(user).post("/orders", body, "Idempotency-Key", key);
  }

  public static HttpResponse<String> post(String user, String body) {
    return post(user, body, UUID.randomUUID().toString());
  }

  /** A new order of {@code user}'s partner (201 checked). */
  public static JsonObject place(String user, String sku, long quantity, boolean submit) {
    HttpResponse<String> created = post(user, body(sku, quantity, submit));
    assertEquals(201, created.statusCode(), created.body());
    return Http.json(created);
  }

  /** A draft of the partner, placed by {@link #placerOf}. */
  public static long draft(long partner) {
    return place(placerOf(partner), "NET-AP6", 1, false).getJsonNumber("id").longValue();
  }

  /** A submitted order of the partner (below any approval limit). */
  public static long submitted(long partner) {
    return place(placerOf(partner), "NET-AP6", 1, true).getJsonNumber("id").longValue();
  }

  /** An order of Northwind's employee above the 5,000 EUR limit: awaiting approval. */
  public static long awaitingApproval() {
    JsonObject o = place("pe-northwind", "NET-SW24", 10, true);
    assertEquals("awaiting_approval", o.getString("status"), o.toString());
    return o.getJsonNumber("id").longValue();
  }

  public static String status(long order) {
    return Db.string("SELECT status FROM sales_order WHERE id = ?", order);
  }
}
