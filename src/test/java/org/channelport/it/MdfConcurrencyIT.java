package org.channelport.it;

import static org.channelport.it.PartnerAccessMatrixIT.assertProblem;
import static org.channelport.it.support.Mdf.BALTIC;
import static org.channelport.it.support.Mdf.DANUBE;
import static org.channelport.it.support.Mdf.NORTHWIND;
import static org.channelport.it.support.Mdf.assertLedgerConsistent;
import static org.channelport.it.support.Mdf.available;
import static org.channelport.it.support.Mdf.balance;
import static org.channelport.it.support.Mdf.entries;
import static org.channelport.it.support.Mdf.id;
import static org.channelport.it.support.Mdf.moved;
import static org.channelport.it.support.Mdf.plainDetail;
import static org.channelport.it.support.Mdf.status;
import static org.channelport.it.support.Mdf.version;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.channelport.it.support.Api;
import org.channelport.it.support.Db;
import org.channelport.it.support.Mdf;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Fifty approvals of requests and claims against one allocation, from parallel clients released at
 * the same moment: the allocation is never overdrawn (not at the end, not at any entry of the
 * journal), exactly as many commands are accepted as the money allows, every accepted one has its
 * journal entry, every refused one is a 409 naming what is left and changed nothing — and over the
 * whole journal total debits equal total credits and each account's running balance is the sum of
 * its entries. Amounts are chosen so the rest is never zero by chance (e.g. 20,250 for requests of
 * 1,000): the refusals must name exactly that rest.
 */
@ExtendWith(ArquillianExtension.class)
class MdfConcurrencyIT {
  static final int N = 50;

  /** Runs the calls released together by one latch; their answers in the calls' order. */
  static List<HttpResponse<String>> together(List<Supplier<HttpResponse<String>>> calls)
      throws Exception {
    CountDownLatch ready = new CountDownLatch(calls.size());
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(calls.size());
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
      assertTrue(ready.await(30, TimeUnit.SECONDS), "all clients ready");
      start.countDown();
      List<HttpResponse<String>> responses = new ArrayList<>();
      for (Future<HttpResponse<String>> a : answers) {
        responses.add(a.get(180, TimeUnit.SECONDS));
      }
      return responses;
    } finally {
      pool.shutdownNow();
    }
  }

  static String statuses(List<HttpResponse<String>> all) {
    return all.stream().map(r -> r.statusCode() + " " + r.body()).toList().toString();
  }

  /** Every answer is 200 or a 409 problem naming {@code rest} (and nothing else). */
  static void acceptedOrRefusedNaming(List<HttpResponse<String>> all, String rest) {
    Pattern names = Pattern.compile("(^|[^\\d.])" + Pattern.quote(rest) + "([^\\d]|$)");
    for (HttpResponse<String> r : all) {
      if (r.statusCode() == 200) {
        continue;
      }
      if (r.statusCode() != 409) {
        fail("only 200 or 409, not " + r.statusCode() + ": " + statuses(all));
      }
      assertProblem(r, 409);
      assertTrue(
          names.matcher(plainDetail(r)).find(),
          "the refusal names the rest " + rest + ": " + r.body());
    }
  }

  static long count(List<HttpResponse<String>> all, int status) {
    return all.stream().filter(r -> r.statusCode() == status).count();
  }

  private static void assertAmount(String expected, BigDecimal actual, String what) {
    assertEquals(0, new BigDecimal(expected).compareTo(actual), what + ": " + actual);
  }

  private static long[] requests(long program, long partner, String type, String amount, int n) {
    long[] ids = new long[n];
    for (int i = 0; i < n; i++) {
      ids[i] = id(Mdf.request(program, partner, type, amount));
    }
    return ids;
  }

  private static Supplier<HttpResponse<String>> approveRequest(String user, long request) {
    Api api = Api.as(user); // a client of its own, its token fetched before the start
    String body = Mdf.decision(null, null, version("mdf_request", request));
    return () -> api.post("/mdf/requests/" + request + "/approve", body);
  }

  private static Supplier<HttpResponse<String>> approveClaim(String user, long claim) {
    Api api = Api.as(user);
    String body = Mdf.decision(null, null, version("mdf_claim", claim));
    return () -> api.post("/mdf/claims/" + claim + "/approve", body);
  }

  /** An accepted request approval: approved, one reservation entry of {@code amount}. */
  private static void assertReserved(long request, String amount) {
    assertEquals("approved", status("mdf_request", request));
    assertEquals(1, entries("request_id", request), "one entry for request " + request);
    assertAmount(amount, moved("request_id", request, "allocation", "reserved"), "reserved");
  }

  /** A refused request approval: as it was, no entry. */
  private static void assertUntouchedRequest(long request, long versionBefore) {
    assertEquals("submitted", status("mdf_request", request));
    assertEquals(versionBefore, version("mdf_request", request), "refused: version unchanged");
    assertNull(Db.string("SELECT approved_amount FROM mdf_request WHERE id = ?", request));
    assertNull(Db.string("SELECT approved_by FROM mdf_request WHERE id = ?", request));
    assertEquals(0, entries("request_id", request), "refused: no entry");
  }

  private static void assertPaidOut(long claim, String amount) {
    String s = status("mdf_claim", claim);
    assertTrue(s.equals("approved") || s.equals("payable") || s.equals("paid"), s);
    assertEquals(1, entries("claim_id", claim), "one entry for claim " + claim);
    assertAmount(amount, moved("claim_id", claim, "reserved", "payable"), "claim " + claim);
  }

  private static void assertUntouchedClaim(long claim, long versionBefore) {
    assertEquals("submitted", status("mdf_claim", claim));
    assertEquals(versionBefore, version("mdf_claim", claim), "refused: version unchanged");
    assertNull(Db.string("SELECT approved_amount FROM mdf_claim WHERE id = ?", claim));
    assertEquals(0, entries("claim_id", claim), "refused: no entry");
  }

  @Test
  void fiftyRequestApprovalsReserveNoMoreThanTheAllocation() throws Exception {
    long program = Mdf.programWith(DANUBE, "100000", "20250");
    long[] ids = requests(program, DANUBE, "webinar", "1000", N);
    long[] versions = new long[N];
    List<Supplier<HttpResponse<String>>> calls = new ArrayList<>();
    for (int i = 0; i < N; i++) {
      versions[i] = version("mdf_request", ids[i]);
      // both channel managers of Danube's portfolio, in parallel
      calls.add(approveRequest(i % 2 == 0 ? "cm-all" : "cm-danube", ids[i]));
    }
    List<HttpResponse<String>> all = together(calls);

    acceptedOrRefusedNaming(all, "250.00");
    assertEquals(20, count(all, 200), () -> "as many as 20,250 holds: " + statuses(all));
    assertEquals(30, count(all, 409));
    for (int i = 0; i < N; i++) {
      if (all.get(i).statusCode() == 200) {
        assertReserved(ids[i], "1000");
      } else {
        assertUntouchedRequest(ids[i], versions[i]);
      }
    }
    assertAmount("250", available(program, DANUBE), "available");
    assertAmount("20000", balance(program, DANUBE, "reserved"), "reserved");
    assertLedgerConsistent();
  }

  @Test
  void fiftyClaimApprovalsPayNoMoreThanTheirRequestReserves() throws Exception {
    long program = Mdf.programWith(BALTIC, "100000", "30000");
    long request = Mdf.approvedRequest(program, BALTIC, "webinar", "10123.45");
    long[] claims = new long[N];
    long[] versions = new long[N];
    for (int i = 0; i < N; i++) {
      claims[i] = Mdf.submittedClaim(BALTIC, request, "1000", false);
    }
    List<Supplier<HttpResponse<String>>> calls = new ArrayList<>();
    for (int i = 0; i < N; i++) {
      versions[i] = version("mdf_claim", claims[i]);
      calls.add(approveClaim("cm-all", claims[i]));
    }
    List<HttpResponse<String>> all = together(calls);

    acceptedOrRefusedNaming(all, "123.45");
    assertEquals(10, count(all, 200), () -> "as many as 10,123.45 holds: " + statuses(all));
    for (int i = 0; i < N; i++) {
      if (all.get(i).statusCode() == 200) {
        assertPaidOut(claims[i], "1000");
      } else {
        assertUntouchedClaim(claims[i], versions[i]);
      }
    }
    assertAmount(
        "10000",
        balance(program, BALTIC, "payable").add(balance(program, BALTIC, "paid")),
        "payable");
    assertAmount("123.45", balance(program, BALTIC, "reserved"), "still reserved");
    assertAmount("19876.55", available(program, BALTIC), "the allocation is untouched by claims");
    assertEquals("approved", status("mdf_request", request), "no claim was final");
    assertLedgerConsistent();
  }

  @Test
  void claimsAndRequestApprovalsAtOnceOnOneAllocation() throws Exception {
    // 10,000 allocated; a request of 5,000 approved: 5,000 reserved and 5,000 available
    long program = Mdf.programWith(NORTHWIND, "100000", "10000");
    long drawn = Mdf.approvedRequest(program, NORTHWIND, "event", "5000");
    int half = N / 2;
    // 25 claims of 300 on the reserved 5,000 (16 fit, 200 left) prepared by the employee and
    // submitted by the manager; 25 requests of 250 on the available 5,000 (20 fit, nothing left)
    long[] claims = new long[half];
    for (int i = 0; i < half; i++) {
      long claim =
          id(
              Mdf.draft(
                  "pe-northwind", drawn, "300", false, Mdf.Proof.invoice(), Mdf.Proof.attendees()));
      assertEquals(200, Mdf.submitClaim("pm-northwind", claim).statusCode());
      claims[i] = claim;
    }
    long[] requests = requests(program, NORTHWIND, "webinar", "250", half);
    long[] claimVersions = new long[half];
    long[] requestVersions = new long[half];
    List<Supplier<HttpResponse<String>>> calls = new ArrayList<>();
    for (int i = 0; i < half; i++) {
      claimVersions[i] = version("mdf_claim", claims[i]);
      requestVersions[i] = version("mdf_request", requests[i]);
      calls.add(approveClaim("cm-all", claims[i]));
      calls.add(approveRequest("cm-all", requests[i]));
    }
    List<HttpResponse<String>> all = together(calls);

    List<HttpResponse<String>> claimAnswers = new ArrayList<>();
    List<HttpResponse<String>> requestAnswers = new ArrayList<>();
    for (int i = 0; i < all.size(); i++) {
      (i % 2 == 0 ? claimAnswers : requestAnswers).add(all.get(i));
    }
    acceptedOrRefusedNaming(claimAnswers, "200.00");
    acceptedOrRefusedNaming(requestAnswers, "0.00");
    assertEquals(16, count(claimAnswers, 200), () -> statuses(claimAnswers));
    assertEquals(20, count(requestAnswers, 200), () -> statuses(requestAnswers));
    for (int i = 0; i < half; i++) {
      if (claimAnswers.get(i).statusCode() == 200) {
        assertPaidOut(claims[i], "300");
      } else {
        assertUntouchedClaim(claims[i], claimVersions[i]);
      }
      if (requestAnswers.get(i).statusCode() == 200) {
        assertReserved(requests[i], "250");
      } else {
        assertUntouchedRequest(requests[i], requestVersions[i]);
      }
    }
    assertAmount("0", available(program, NORTHWIND), "available");
    // 200 left of the drawn request, 20 × 250 of the new ones
    assertAmount("5200", balance(program, NORTHWIND, "reserved"), "reserved");
    assertAmount(
        "4800",
        balance(program, NORTHWIND, "payable").add(balance(program, NORTHWIND, "paid")),
        "payable");
    assertLedgerConsistent();
  }
}
