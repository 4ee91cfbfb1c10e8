package org.channelport.it;

import static org.channelport.it.PartnerAccessMatrixIT.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.concurrent.atomic.AtomicInteger;
import org.channelport.it.support.Api;
import org.channelport.it.support.Db;
import org.channelport.it.support.Http;
import org.channelport.it.support.Tokens;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Importing leads from CSV over the API: all or nothing, the valid ones on request, no doubles. */
@ExtendWith(ArquillianExtension.class)
class LeadImportApiIT {
  static final AtomicInteger SEQ = new AtomicInteger((int) (System.nanoTime() % 90000) + 10000);

  static HttpResponse<String> upload(String user, String csv, String query) {
    return new Http()
        .send(
            "POST",
            Api.url("/leads/import" + query),
            csv,
            "Authorization",
            "Bearer " + Tokens.of(user),
            "Content-Type",
            "text/csv",
            "Accept",
            "application/json");
  }

  static long imported(String tag) {
    return Db.count(
        "SELECT COUNT(*) FROM sales_lead WHERE source = 'IMPORT' AND status = 'NEW'"
            + " AND partner_id IS NULL AND company LIKE ?",
        "%" + tag + "%");
  }

  @Test
  void aValidFileIsImportedOnceAndAgainItIsOnlyDuplicates() {
    String tag = "Imp" + SEQ.incrementAndGet();
    String csv =
        "\uFEFFCompany;Country;Email;Category;Estimated_Value;Currency;Need\n"
            + "Oder Stahl "
            + tag
            + " GmbH;DE;einkauf@oder-"
            + tag
            + ".example;security;12000,50;EUR;Firewall\n"
            + "Warta Foods "
            + tag
            + ";PL;it@warta-"
            + tag
            + ".example;networking;;;\n";
    HttpResponse<String> first = upload("cm-all", csv, "");
    assertEquals(200, first.statusCode(), first.body());
    JsonObject report = Http.json(first);
    assertEquals(2, report.getInt("rows"));
    assertEquals(2, report.getInt("imported"));
    assertEquals(2, imported(tag));
    assertEquals(
        1,
        Db.count(
            "SELECT COUNT(*) FROM customer WHERE email = ?",
            "einkauf@oder-" + tag.toLowerCase() + ".example"));

    HttpResponse<String> second = upload("cm-all", csv, "");
    assertEquals(200, second.statusCode(), second.body());
    assertEquals(0, Http.json(second).getInt("imported"));
    assertEquals(2, Http.json(second).getInt("duplicates"));
    assertEquals(2, imported(tag));
  }

  @Test
  void invalidRowsImportNothingUnlessOnlyTheValidOnesAreWanted() {
    String tag = "Imp" + SEQ.incrementAndGet();
    String csv =
        "company,country,email,need,estimated_value,currency,fax\n"
            + "Valid "
            + tag
            + ",DE,a@valid-"
            + tag
            + ".example,\"two\nlines\",100,EUR,1\n"
            + "Broken "
            + tag
            + ",XX,not-an-address,,lots,EUR,2\n";
    HttpResponse<String> refused = upload("cm-all", csv, "");
    assertEquals(422, refused.statusCode(), refused.body());
    JsonObject report = Http.json(refused);
    assertEquals(1, report.getInt("invalid"));
    assertEquals(0, report.getInt("imported"));
    JsonObject problem = report.getJsonArray("problems").getJsonObject(0);
    assertEquals(4, problem.getInt("line"), "the record starts on line 4 after a two-line field");
    String reasons = problem.getJsonArray("errors").toString();
    assertTrue(
        reasons.contains("country") && reasons.contains("email") && reasons.contains("lots"),
        reasons);
    assertTrue(report.getJsonArray("warnings").toString().contains("fax"), report.toString());
    assertEquals(0, imported(tag));

    HttpResponse<String> validOnly = upload("cm-all", csv, "?validOnly=true");
    assertEquals(200, validOnly.statusCode(), validOnly.body());
    assertEquals(1, Http.json(validOnly).getInt("imported"));
    assertEquals(1, imported(tag));
  }

  @Test
  void onlyChannelManagersImportAndAnUnreadableFileIsRefused() {
    String csv = "company,country,email\nPartner Try,DE,x@try.example\n";
    assertProblem(upload("pm-northwind", csv, ""), 403);
    HttpResponse<String> noCountry = upload("cm-all", "company,email\nA,a@a.example\n", "");
    assertProblem(noCountry, 400);
    assertTrue(noCountry.body().contains("country"), noCountry.body());
    assertProblem(upload("cm-all", "company,country,email\n", ""), 400);
  }
}
