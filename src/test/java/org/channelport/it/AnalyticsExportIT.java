package org.channelport.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.Map;
import org.channelport.it.support.PortalSession;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The dashboard's exports, posted as the page's buttons post them: the by-partner table holds the
 * caller's portfolio only, the rankings come as a spreadsheet.
 */
@ExtendWith(ArquillianExtension.class)
class AnalyticsExportIT {

  static HttpResponse<String> export(String user, String button) {
    PortalSession session = PortalSession.signIn(user);
    HttpResponse<String> page = session.get("/channel/analytics.xhtml?period=year");
    assertEquals(200, page.statusCode());
    Map<String, String> form = PortalSession.formFields(page.body(), "dashForm");
    form.put("dashForm:" + button, "");
    HttpResponse<String> file = session.postForm("/channel/analytics.xhtml", form);
    assertEquals(200, file.statusCode(), file.body());
    return file;
  }

  @Test
  void theByPartnerCsvHoldsThePortfolioOnly() {
    String all = export("cm-all", "ordersByPartnerCsv").body();
    assertTrue(all.contains("Partner"), all);
    assertTrue(all.contains("Northwind Systems"), all);
    assertTrue(all.contains("Baltic Tech"), all);
    assertTrue(all.contains("Danube Solutions"), all);
    String danube = export("cm-danube", "ordersByPartnerCsv").body();
    assertTrue(danube.contains("Danube Solutions"), danube);
    assertFalse(danube.contains("Northwind"), danube);
    assertFalse(danube.contains("Baltic"), danube);
  }

  @Test
  void theCustomerRankingExportsAsASpreadsheet() {
    HttpResponse<String> excel = export("cm-danube", "topCustomersExcel");
    assertTrue(
        excel.headers().firstValue("Content-Type").orElse("").contains("spreadsheetml"),
        excel.headers().map().toString());
    assertTrue(excel.body().startsWith("PK"), "an xlsx file (a zip)");
  }
}
