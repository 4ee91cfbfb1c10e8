package org.channelport.it.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.http.HttpResponse;
import java.util.UUID;

/** Puts leads into a known state through the API, as the people who would do it. */
public final class Leads {
  private Leads() {}

  /** The partner user whom a partner's leads are assigned to in tests. */
  public static String employeeOf(long partnerId) {
    return switch ((int) partnerId) {
      case 1 -> "pe-northwind";
      case 2 -> "pe-baltic";
      default -> managerOf(partnerId);
    };
  }

  public static String managerOf(long partnerId) {
    return switch ((int) partnerId) {
      case 1 -> "pm-northwind";
      case 2 -> "pm-baltic";
      case 3 -> "pm-danube";
      default -> throw new IllegalArgumentException("no demo partner " + partnerId);
    };
  }

  /** A new lead in the pool, created by cm-all, with a company name nobody else uses. */
  public static long inPool(String label) {
    String company = label + " " + UUID.randomUUID().toString().substring(0, 8);
    HttpResponse<String> created =
        Api.as("cm-all")
            .post(
                "/leads",
                "{\"company\":\""
                    + company
                    + "\",\"contactName\":\"Test Contact\",\"email\":\"buyer@"
                    + company.toLowerCase().replaceAll("[^a-z0-9]", "")
                    + ".example\",\"country\":\"DE\",\"category\":\"networking\","
                    + "\"estimatedValue\":1000.00,\"currency\":\"EUR\"}");
    assertEquals(201, created.statusCode(), created.body());
    return id(created);
  }

  public static long dispatched(String label, long partnerId) {
    long id = inPool(label);
    ok(Api.as("cm-all").post("/leads/" + id + "/dispatch", "{\"partnerId\":" + partnerId + "}"));
    return id;
  }

  public static long accepted(String label, long partnerId) {
    long id = dispatched(label, partnerId);
    ok(Api.as(managerOf(partnerId)).post("/leads/" + id + "/accept", "{}"));
    return id;
  }

  /** Accepted and assigned to the partner's employee (the manager, for a partner without one). */
  public static long assigned(String label, long partnerId) {
    long id = accepted(label, partnerId);
    ok(
        Api.as(managerOf(partnerId))
            .post("/leads/" + id + "/assign", "{\"username\":\"" + employeeOf(partnerId) + "\"}"));
    return id;
  }

  public static long qualified(String label, long partnerId) {
    long id = assigned(label, partnerId);
    ok(Api.as(managerOf(partnerId)).post("/leads/" + id + "/qualify", QUALIFICATION));
    return id;
  }

  public static final String QUALIFICATION =
      "{\"budget\":\"50k approved\",\"authority\":\"CIO signs\",\"need\":\"replace core switches\","
          + "\"timeline\":\"Q1\"}";

  /** A new lead in the pool, created by cm-all, for a given customer (e-mail) and country. */
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
    return id(created);
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

  public static HttpResponse<String> ok(HttpResponse<String> response) {
    assertEquals(200, response.statusCode(), response.body());
    return response;
  }

  public static long id(HttpResponse<String> response) {
    return Http.json(response).getJsonNumber("id").longValue();
  }
}
