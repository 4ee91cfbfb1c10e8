package org.channelport.it.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.http.HttpResponse;

/** Test leads made through the API, as the demo users would make them. */
public final class Leads {
  private Leads() {}

  /** A new lead in the pool, created by cm-all; returns its id. */
  public static long create(String company, String email, String country) {
    HttpResponse<String> created =
        Api.as("cm-all")
            .post(
                "/leads",
                "{\"company\":\""
                    + company
                    + "\",\"contactName\":\"Test Buyer\",\"email\":\""
                    + email
                    + "\",\"country\":\""
                    + country
                    + "\",\"category\":\"networking\",\"estimatedValue\":12000.00,\"currency\":\"EUR\"}");
    assertEquals(201, created.statusCode(), created.body());
    return Http.json(created).getJsonNumber("id").longValue();
  }

  public static void dispatch(long lead, long partner) {
    ok(Api.as("cm-all").post("/leads/" + lead + "/dispatch", "{\"partnerId\":" + partner + "}"));
  }

  public static void accept(String manager, long lead) {
    ok(Api.as(manager).post("/leads/" + lead + "/accept", "{}"));
  }

  public static void assign(String manager, long lead, String username) {
    ok(Api.as(manager).post("/leads/" + lead + "/assign", "{\"username\":\"" + username + "\"}"));
  }

  private static void ok(HttpResponse<String> response) {
    assertEquals(200, response.statusCode(), response.body());
  }
}
