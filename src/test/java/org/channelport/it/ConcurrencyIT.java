package org.channelport.it;

import static org.channelport.it.PartnerAccessMatrixIT.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.channelport.it.support.Api;
import org.channelport.it.support.Db;
import org.channelport.it.support.Http;
import org.channelport.it.support.Leads;
import org.channelport.it.support.Tokens;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Many people doing the same thing at the same moment: exactly one of them wins, the others hear
 * 409 (what they would hear one after another) and nothing of theirs is stored.
 */
@ExtendWith(ArquillianExtension.class)
class ConcurrencyIT {
  private static final int CLIENTS = 10;

  /** Runs {@code n} calls released together by one latch; their answers, in no order. */
  static List<HttpResponse<String>> together(int n, Supplier<Supplier<HttpResponse<String>>> call)
      throws Exception {
    List<Supplier<HttpResponse<String>>> calls = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      calls.add(call.get()); // clients (and their tokens) made before the start
    }
    CountDownLatch ready = new CountDownLatch(n);
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(n);
    try {
      List<Future<HttpResponse<String>>> answers = new ArrayList<>();
      for (Supplier<HttpResponse<String>> c : calls) {
        answers.add(
            pool.submit(
                () -> {
                  ready.countDown();
                  start.await();
                  return c.get();
                }));
      }
      ready.await(30, TimeUnit.SECONDS);
      start.countDown();
      List<HttpResponse<String>> responses = new ArrayList<>();
      for (Future<HttpResponse<String>> a : answers) {
        responses.add(a.get(120, TimeUnit.SECONDS));
      }
      return responses;
    } finally {
      pool.shutdownNow();
    }
  }

  static List<HttpResponse<String>> withStatus(List<HttpResponse<String>> all, int status) {
    return all.stream().filter(r -> r.statusCode() == status).toList();
  }

  /** Exactly one winner with {@code status}; every other answer a 409 problem naming a field. */
  static List<HttpResponse<String>> oneWinner(List<HttpResponse<String>> all, int status) {
    List<HttpResponse<String>> won = withStatus(all, status);
    assertEquals(1, won.size(), () -> "one winner, not: " + statuses(all));
    for (HttpResponse<String> r : all) {
      if (r != won.get(0)) {
        assertProblem(r, 409);
        JsonObject problem = Http.json(r);
        assertFalse(problem.getString("detail", "").isBlank(), r.body());
        assertFalse(problem.isNull("field"), r.body());
        assertFalse(r.body().contains("Exception"), r.body());
      }
    }
    return withStatus(all, 409);
  }

  static String statuses(List<HttpResponse<String>> all) {
    return all.stream().map(r -> r.statusCode() + " " + r.body()).toList().toString();
  }

  static String tag() {
    return UUID.randomUUID().toString().substring(0, 8);
  }

  @Test
  void tenChannelManagersApproveOneRegistrationOnceAndOneLeadIsMade() throws Exception {
    String company = DealRegistrationApiIT.company();
    long id =
        DealRegistrationApiIT.id(
            DealRegistrationApiIT.submitted(
                "pm-northwind", DealRegistrationApiIT.deal(company, "\"security\"")));
    List<HttpResponse<String>> losers =
        oneWinner(
            together(
                CLIENTS,
                () -> {
                  Api cm = Api.as("cm-all");
                  return () -> cm.post("/deal-registrations/" + id + "/approve", "{}");
                }),
            200);
    losers.forEach(r -> assertEquals("status", Http.json(r).getString("field"), r.body()));
    assertEquals("APPROVED", Db.string("SELECT status FROM deal_registration WHERE id = ?", id));
    assertEquals(
        1,
        Db.count(
            "SELECT COUNT(*) FROM sales_lead WHERE source = 'DEAL_REGISTRATION' AND company = ?",
            company + " GmbH"));
    assertEquals(
        1,
        Db.count(
            "SELECT COUNT(*) FROM audit_log WHERE entity_type = 'Lead' AND action = 'CREATE'"
                + " AND entity_id = (SELECT lead_id FROM deal_registration WHERE id = ?)",
            id));
  }

  @Test
  void tenRejectsOfOneLeadRejectItOnce() throws Exception {
    long lead = Leads.dispatched("Race Reject", 1);
    String path = "/leads/" + lead + "/reject";
    String body = "{\"reason\":\"not ours\"}";
    List<HttpResponse<String>> all =
        together(
            CLIENTS,
            () -> {
              Api pm = Api.as("pm-northwind");
              return () -> pm.post(path, body);
            });
    assertEquals(1, withStatus(all, 200).size(), () -> statuses(all));
    // once the rejection is committed the lead is back in the pool, no longer the partner's: a
    // reject sent after it is told "not found", as a reject sent one at a time later would be
    HttpResponse<String> later = Api.as("pm-northwind").post(path, body);
    assertProblem(later, 404);
    for (HttpResponse<String> r : all) {
      if (r.statusCode() == 409) {
        assertEquals("version", Http.json(r).getString("field"), r.body());
      } else if (r.statusCode() != 200) {
        assertProblem(r, 404);
        assertEquals(Http.json(later).getString("detail"), Http.json(r).getString("detail"));
      }
    }
    assertEquals("REJECTED", Db.string("SELECT status FROM sales_lead WHERE id = ?", lead));
    assertEquals(
        1,
        Db.count("SELECT COUNT(*) FROM lead_event WHERE lead_id = ? AND type = 'REJECTED'", lead));
    assertEquals(1, Db.count("SELECT COUNT(*) FROM lead_exclusion WHERE lead_id = ?", lead));
  }

  @Test
  void overlappingContractPricesSentAtOnceStoreOne() throws Exception {
    long partner = newPartner(PartnerApiIT.account());
    String body = "{\"sku\":\"SEC-FW100\",\"price\":\"777.00\",\"validFrom\":\"2026-01-01\"}";
    String path = "/catalog/price-lists/partners/" + partner;
    List<HttpResponse<String>> losers =
        oneWinner(
            together(
                CLIENTS,
                () -> {
                  Api cm = Api.as("cm-all");
                  return () -> cm.post(path, body);
                }),
            201);
    HttpResponse<String> later = Api.as("cm-all").post(path, body);
    assertProblem(later, 409);
    for (HttpResponse<String> r : losers) {
      assertEquals(Http.json(later).getString("field"), Http.json(r).getString("field"));
      assertEquals(Http.json(later).getString("detail"), Http.json(r).getString("detail"));
    }
    assertEquals(1, Db.count("SELECT COUNT(*) FROM contract_price WHERE partner_id = ?", partner));
  }

  @Test
  void oneFileImportedEightTimesAtOnceIsImportedOnce() throws Exception {
    String tag = tag();
    String csv =
        "Company;Country;Email;Category;Need\n"
            + "Race Import "
            + tag
            + " GmbH;DE;it@race-"
            + tag
            + ".example;security;Firewall\n";
    Tokens.of("cm-all");
    List<HttpResponse<String>> all =
        together(8, () -> () -> LeadImportApiIT.upload("cm-all", csv, ""));
    assertEquals(8, withStatus(all, 200).size(), () -> statuses(all));
    long importing = all.stream().filter(r -> Http.json(r).getInt("imported") == 1).count();
    long duplicates =
        all.stream()
            .filter(
                r -> Http.json(r).getInt("imported") == 0 && Http.json(r).getInt("duplicates") == 1)
            .count();
    assertEquals(1, importing, () -> statuses(all));
    assertEquals(7, duplicates, () -> statuses(all));
    assertEquals(
        1,
        Db.count(
            "SELECT COUNT(*) FROM sales_lead WHERE company = ?", "Race Import " + tag + " GmbH"));
    assertEquals(
        1,
        Db.count("SELECT COUNT(*) FROM customer WHERE email = ?", "it@race-" + tag + ".example"));
  }

  @Test
  void leadsForOneNewCustomerCreatedAtOnceShareOneCustomerRecord() throws Exception {
    String tag = tag();
    String email = "buyer@together-" + tag + ".example";
    String body =
        "{\"company\":\"Together "
            + tag
            + "\",\"contactName\":\"Ada Race\",\"email\":\""
            + email
            + "\",\"country\":\"DE\",\"category\":\"networking\"}";
    List<HttpResponse<String>> all =
        together(
            8,
            () -> {
              Api cm = Api.as("cm-all");
              return () -> cm.post("/leads", body);
            });
    assertEquals(8, withStatus(all, 201).size(), () -> statuses(all));
    assertEquals(1, Db.count("SELECT COUNT(*) FROM customer WHERE email = ?", email));
    assertEquals(
        1, Db.count("SELECT COUNT(DISTINCT customer_id) FROM sales_lead WHERE email = ?", email));
  }

  @Test
  void oneCategoryCodeAddedTenTimesAtOnceIsAddedOnce() throws Exception {
    String code = "race-" + tag();
    String body = "{\"code\":\"" + code + "\",\"name\":\"Race " + code + "\"}";
    List<HttpResponse<String>> losers =
        oneWinner(
            together(
                CLIENTS,
                () -> {
                  Api cm = Api.as("cm-all");
                  return () -> cm.post("/catalog/categories", body);
                }),
            201);
    HttpResponse<String> later = Api.as("cm-all").post("/catalog/categories", body);
    assertProblem(later, 409);
    for (HttpResponse<String> r : losers) {
      assertEquals("code", Http.json(r).getString("field"));
      assertEquals(Http.json(later).getString("detail"), Http.json(r).getString("detail"));
    }
    assertEquals(1, Db.count("SELECT COUNT(*) FROM catalog_category WHERE code = ?", code));
  }

  @Test
  void tenPartnersWithOneAccountNumberAtOnceMakeOnePartner() throws Exception {
    String account = PartnerApiIT.account();
    List<HttpResponse<String>> losers =
        oneWinner(
            together(
                CLIENTS,
                () -> {
                  Api cm = Api.as("cm-all");
                  return () -> cm.post("/partners", partner(account));
                }),
            201);
    HttpResponse<String> later = Api.as("cm-all").post("/partners", partner(account));
    assertProblem(later, 409);
    for (HttpResponse<String> r : losers) {
      assertEquals("accountNumber", Http.json(r).getString("field"));
      assertEquals(Http.json(later).getString("detail"), Http.json(r).getString("detail"));
    }
    assertEquals(1, Db.count("SELECT COUNT(*) FROM partner WHERE account_number = ?", account));
  }

  /**
   * A partner of its own name (other tests page through partners by name and must not meet ties).
   */
  static String partner(String account) {
    return PartnerApiIT.partner(account).replace("Iberia Components", "Abacus Race " + account);
  }

  private static long newPartner(String account) {
    HttpResponse<String> created = Api.as("cm-all").post("/partners", partner(account));
    assertEquals(201, created.statusCode(), created.body());
    return Http.json(created).getJsonNumber("id").longValue();
  }
}
