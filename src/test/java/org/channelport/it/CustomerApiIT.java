package org.channelport.it;

import static org.channelport.it.PartnerAccessMatrixIT.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.channelport.it.support.Api;
import org.channelport.it.support.Db;
import org.channelport.it.support.Http;
import org.channelport.it.support.Leads;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Customers over the API, scoped like leads: a caller sees the customers of the leads and deal
 * registrations it sees, and nothing of which other partners work with them. Demo data: customer 3
 * (Vilniaus Duomenys) is Baltic Tech's only, customer 4 (Wiener Stadtwerke) Danube's, customer 7
 * (Salzach Seilbahnen) known only through Danube's deal registration.
 */
@ExtendWith(ArquillianExtension.class)
class CustomerApiIT {
  static final long VILNIAUS = 3, WIENER = 4, SALZACH = 7;

  /** A lead's customer id, as the channel manager who created it reads it. */
  static long customerOf(long lead) {
    return Http.json(Api.as("cm-all").get("/leads/" + lead))
        .getJsonNumber("customerId")
        .longValue();
  }

  static String company(HttpResponse<String> response) {
    return Http.json(response).getString("company");
  }

  static JsonArray list(String user, String query) {
    HttpResponse<String> response = Api.as(user).get("/customers?" + query);
    assertEquals(200, response.statusCode(), response.body());
    return Http.parse(response.body()).asJsonArray();
  }

  static List<Long> ids(JsonArray customers) {
    return customers.stream().map(v -> v.asJsonObject().getJsonNumber("id").longValue()).toList();
  }

  static long leadFor(String company) {
    return Leads.create(
        company, "it@" + company.toLowerCase().replaceAll("[^a-z0-9]", "") + ".example", "DE");
  }

  static String unique(String label) {
    return label + " " + UUID.randomUUID().toString().substring(0, 8);
  }

  @Test
  void aPartnerManagerSeesItsOwnCustomersAndNotAnotherPartners() {
    String ours = unique("Northwind Client");
    String theirs = unique("Baltic Client");
    long ourLead = leadFor(ours);
    Leads.dispatch(ourLead, 1);
    long theirLead = leadFor(theirs);
    Leads.dispatch(theirLead, 2);
    long ourCustomer = customerOf(ourLead);
    long theirCustomer = customerOf(theirLead);

    assertEquals(List.of(ourCustomer), ids(list("pm-northwind", "q=" + ours.replace(' ', '+'))));
    assertEquals(List.of(), ids(list("pm-northwind", "q=" + theirs.replace(' ', '+'))));
    HttpResponse<String> one = Api.as("pm-northwind").get("/customers/" + ourCustomer);
    assertEquals(200, one.statusCode(), one.body());
    assertEquals(ours, company(one));
    assertEquals(
        Set.of("id", "company", "email", "country", "createdAt"),
        Http.json(one).keySet(),
        "no partner named: " + one.body());

    assertProblem(Api.as("pm-northwind").get("/customers/" + theirCustomer), 404);
    assertProblem(Api.as("pm-northwind").get("/customers/" + VILNIAUS), 404);
    assertEquals(200, Api.as("pm-baltic").get("/customers/" + VILNIAUS).statusCode());
  }

  @Test
  void aForeignCustomerIs404LikeAMissingOneAndTheAttemptIsAudited() {
    HttpResponse<String> foreign = Api.as("pm-northwind").get("/customers/" + WIENER);
    HttpResponse<String> missing = Api.as("pm-northwind").get("/customers/987654321");
    assertProblem(foreign, 404);
    assertProblem(missing, 404);
    assertEquals(Http.json(missing).getString("title"), Http.json(foreign).getString("title"));
    assertTrue(
        Db.count(
                "SELECT COUNT(*) FROM audit_log WHERE action = 'DENIED' AND entity_type = 'Customer'"
                    + " AND entity_id = ? AND actor = 'pm-northwind'",
                String.valueOf(WIENER))
            >= 1);
  }

  @Test
  void anEmployeeSeesTheCustomersOfItsAssignedLeadsAndOfItsPartnersRegistrations() {
    long assigned = Leads.assigned("Employee Assigned", 1);
    long colleagues = Leads.accepted("Employee Unassigned", 1);
    assertEquals(
        200, Api.as("pe-northwind").get("/customers/" + customerOf(assigned)).statusCode());
    assertProblem(Api.as("pe-northwind").get("/customers/" + customerOf(colleagues)), 404);
    assertEquals(
        200, Api.as("pm-northwind").get("/customers/" + customerOf(colleagues)).statusCode());

    String registered = unique("Registered Client");
    HttpResponse<String> deal =
        Api.as("pm-northwind")
            .post(
                "/deal-registrations",
                "{\"company\":\""
                    + registered
                    + "\",\"contactName\":\"Eva Lang\",\"email\":\"eva@"
                    + registered.toLowerCase().replaceAll("[^a-z0-9]", "")
                    + ".example\",\"country\":\"DE\",\"categories\":[\"security\"],"
                    + "\"estimatedValue\":25000.00,\"currency\":\"EUR\",\"expectedClose\":\""
                    + LocalDate.now(ZoneOffset.UTC).plusDays(60)
                    + "\"}");
    assertEquals(201, deal.statusCode(), deal.body());
    long customer = Http.json(deal).getJsonNumber("customerId").longValue();
    assertEquals(200, Api.as("pe-northwind").get("/customers/" + customer).statusCode());
    assertProblem(Api.as("pm-baltic").get("/customers/" + customer), 404);
  }

  @Test
  void aChannelManagerSeesItsPortfoliosCustomersAndThoseOfThePool() {
    List<Long> danube = ids(list("cm-danube", "limit=200&sort=createdAt&order=asc"));
    assertTrue(danube.contains(WIENER), danube.toString());
    assertTrue(danube.contains(SALZACH), "known through a registration only: " + danube);
    assertFalse(danube.contains(VILNIAUS), danube.toString());
    assertProblem(Api.as("cm-danube").get("/customers/" + VILNIAUS), 404);
    assertEquals(200, Api.as("cm-all").get("/customers/" + VILNIAUS).statusCode());
    assertEquals(200, Api.as("pm-danube").get("/customers/" + SALZACH).statusCode());
    assertProblem(Api.as("pm-northwind").get("/customers/" + SALZACH), 404);

    long pool = customerOf(Leads.inPool("Pool Client"));
    assertEquals(200, Api.as("cm-danube").get("/customers/" + pool).statusCode());
    assertProblem(Api.as("pm-danube").get("/customers/" + pool), 404);
  }

  @Test
  void theListIsPagedSortedAndFiltered() {
    HttpResponse<String> page = Api.as("cm-all").get("/customers?limit=2&country=at");
    assertEquals(200, page.statusCode(), page.body());
    long total = Long.parseLong(page.headers().firstValue("X-Total-Count").orElseThrow());
    JsonArray rows = Http.parse(page.body()).asJsonArray();
    assertTrue(total >= 2, "Wiener Stadtwerke and Salzach Seilbahnen: " + total);
    assertEquals(2, rows.size());
    for (JsonObject c : rows.getValuesAs(JsonObject.class)) {
      assertEquals("AT", c.getString("country"));
    }
    // by company, A to Z, unless asked otherwise
    assertTrue(
        rows.getJsonObject(0)
                .getString("company")
                .compareToIgnoreCase(rows.getJsonObject(1).getString("company"))
            <= 0,
        rows.toString());
    List<Long> desc = ids(list("cm-all", "country=AT&sort=company&order=desc&limit=200"));
    List<Long> asc = ids(list("cm-all", "country=AT&sort=company&order=asc&limit=200"));
    List<Long> reversed = new ArrayList<>(desc);
    Collections.reverse(reversed);
    assertEquals(asc, reversed);
    assertEquals(List.of(SALZACH), ids(list("cm-all", "q=SALZACH-SEILBAHNEN.example&country=AT")));
    // the wildcards of LIKE are taken literally
    assertEquals(List.of(), ids(list("cm-all", "q=Salz_ch")));
    assertEquals(List.of(), ids(list("cm-all", "q=Salz%25ch")));
  }

  @Test
  void badParametersAre400NamingThem() {
    assertTrue(
        QueryParamsIT.badParameter("/customers?sort=bogus", "sort")
            .getString("message")
            .contains("company, country, createdAt"));
    QueryParamsIT.badParameter("/customers?order=sideways", "order");
    QueryParamsIT.badParameter("/customers?limit=0", "limit");
    QueryParamsIT.badParameter("/customers?offset=abc", "offset");
    QueryParamsIT.badParameter("/customers?country=Austria", "country");
    QueryParamsIT.badParameter("/customers?q=" + "x".repeat(101), "q");
    assertTrue(
        QueryParamsIT.badParameter("/customers?partnerId=1", "partnerId")
            .getString("message")
            .contains("q, country"));
    QueryParamsIT.badParameter("/customers?country=AT&country=DE", "country");
  }
}
