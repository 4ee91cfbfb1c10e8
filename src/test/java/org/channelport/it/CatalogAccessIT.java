package org.channelport.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.List;
import org.channelport.it.support.Api;
import org.channelport.it.support.Db;
import org.channelport.it.support.Http;
import org.channelport.it.support.Tokens;
import org.channelport.it.support.Uploads;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Who sees which prices: price lists and exports by role, own partner versus another partner, over
 * the API (demo data: Northwind is GOLD with 12 % and a contract price of 700 for NET-SW24, Baltic
 * is SILVER with 5 % and a contract price for STO-NAS4).
 */
@ExtendWith(ArquillianExtension.class)
class CatalogAccessIT {

  static JsonObject product(String user, String sku) {
    HttpResponse<String> r = Api.as(user).get("/catalog/products/" + sku);
    assertEquals(200, r.statusCode(), r.body());
    return Http.json(r);
  }

  @Test
  void eachPartnerSeesItsOwnNetPrices() {
    JsonObject northwind = product("pm-northwind", "NET-SW24");
    assertEquals("700.00", northwind.getJsonNumber("netPrice").bigDecimalValue().toPlainString());
    assertEquals("contract", northwind.getString("netPriceSource"));
    JsonObject baltic = product("pe-baltic", "NET-SW24");
    assertEquals("854.05", baltic.getJsonNumber("netPrice").bigDecimalValue().toPlainString());
    assertEquals("tier", baltic.getString("netPriceSource"));
    JsonObject manager = product("cm-all", "NET-SW24");
    assertFalse(manager.containsKey("netPrice") && !manager.isNull("netPrice"), manager.toString());
    JsonObject asNorthwind =
        Http.json(Api.as("cm-all").get("/catalog/products/NET-SW24?partner=1"));
    assertEquals("700.00", asNorthwind.getJsonNumber("netPrice").bigDecimalValue().toPlainString());
    assertEquals(404, Api.as("cm-danube").get("/catalog/products/NET-SW24?partner=1").statusCode());
    // a partner user cannot pick another partner's prices
    JsonObject tried = Http.json(Api.as("pm-baltic").get("/catalog/products/NET-SW24?partner=1"));
    assertEquals("854.05", tried.getJsonNumber("netPrice").bigDecimalValue().toPlainString());
  }

  @Test
  void aPriceListOfAnotherPartnerIsNotFound() {
    HttpResponse<String> own = Api.as("pm-northwind").get("/catalog/price-lists/partners/1");
    assertEquals(200, own.statusCode(), own.body());
    JsonArray prices = (JsonArray) Http.parse(own.body());
    assertEquals("NET-SW24", prices.getJsonObject(0).getString("sku"));
    long before = Db.count("SELECT COUNT(*) FROM audit_log WHERE action = 'DENIED'");
    assertEquals(404, Api.as("pm-northwind").get("/catalog/price-lists/partners/2").statusCode());
    assertEquals(404, Api.as("pe-baltic").get("/catalog/price-lists/partners/1").statusCode());
    assertEquals(404, Api.as("cm-danube").get("/catalog/price-lists/partners/1").statusCode());
    assertEquals(200, Api.as("cm-danube").get("/catalog/price-lists/partners/3").statusCode());
    assertTrue(
        Db.count("SELECT COUNT(*) FROM audit_log WHERE action = 'DENIED'") >= before + 3,
        "refusals are audited");
  }

  @Test
  void onlyChannelManagersOfThePortfolioSetContractPrices() {
    String body = "{\"sku\":\"SEC-FW100\",\"price\":\"999.00\",\"validFrom\":\"2026-01-01\"}";
    assertEquals(
        403, Api.as("pm-danube").post("/catalog/price-lists/partners/3", body).statusCode());
    assertEquals(
        404, Api.as("cm-danube").post("/catalog/price-lists/partners/2", body).statusCode());
    HttpResponse<String> created =
        Api.as("cm-danube").post("/catalog/price-lists/partners/3", body);
    assertEquals(201, created.statusCode(), created.body());
    assertEquals(
        409,
        Api.as("cm-all").post("/catalog/price-lists/partners/3", body).statusCode(),
        "overlapping period");
    JsonObject bad =
        Http.json(
            Api.as("cm-all")
                .post(
                    "/catalog/price-lists/partners/3",
                    "{\"sku\":\"NO-SUCH\",\"price\":\"-1\",\"validFrom\":\"soon\"}"));
    assertEquals(400, bad.getInt("status"));
    assertEquals(3, bad.getJsonArray("errors").size(), bad.toString());
    assertEquals(
        "999.00",
        Http.json(Api.as("pm-danube").get("/catalog/products/SEC-FW100"))
            .getJsonNumber("netPrice")
            .bigDecimalValue()
            .toPlainString());
    long id = Http.json(created).getJsonNumber("id").longValue();
    assertEquals(404, delete("cm-danube", 2, id), "wrong partner in the path");
    assertEquals(403, delete("pm-danube", 3, id));
    assertEquals(204, delete("cm-danube", 3, id));
    assertEquals(404, delete("cm-danube", 3, id));
  }

  static int delete(String user, long partner, long id) {
    return new Http()
        .send(
            "DELETE",
            Api.url("/catalog/price-lists/partners/" + partner + "/" + id),
            null,
            "Authorization",
            "Bearer " + Tokens.of(user))
        .statusCode();
  }

  @Test
  void tierDiscountsAreSetByChannelManagersAndSeenOnlyForTheOwnTier() {
    JsonArray baltic =
        (JsonArray) Http.parse(Api.as("pm-baltic").get("/catalog/price-lists/tiers").body());
    assertEquals(1, baltic.size());
    assertEquals("silver", baltic.getJsonObject(0).getString("tier"));
    JsonArray all =
        (JsonArray) Http.parse(Api.as("cm-all").get("/catalog/price-lists/tiers").body());
    assertEquals(4, all.size());
    assertEquals(
        403,
        Api.as("pm-baltic")
            .put("/catalog/price-lists/tiers/silver", "{\"discountPct\":50}")
            .statusCode());
    assertEquals(
        400,
        Api.as("cm-all")
            .put("/catalog/price-lists/tiers/registered", "{\"discountPct\":100}")
            .statusCode());
    HttpResponse<String> ok =
        Api.as("cm-all").put("/catalog/price-lists/tiers/registered", "{\"discountPct\":0}");
    assertEquals(200, ok.statusCode(), ok.body());
  }

  @Test
  void theExportCarriesTheCallersPricesOnlyAndUploadsAgainUnchanged() {
    HttpResponse<String> northwind = Api.as("pm-northwind").get("/catalog/export?format=csv");
    assertEquals(200, northwind.statusCode(), northwind.body());
    String header = northwind.body().lines().findFirst().orElseThrow();
    assertTrue(header.startsWith("sku,name,description,category,base_price,currency"), header);
    assertTrue(header.endsWith(",net_price"), header);
    String sw24 = line(northwind.body(), "NET-SW24");
    assertTrue(sw24.endsWith(",700.00"), sw24);
    String balticSw24 =
        line(Api.as("pm-baltic").get("/catalog/export?format=csv").body(), "NET-SW24");
    assertFalse(balticSw24.contains("700"), balticSw24);
    assertFalse(
        Api.as("pm-northwind").get("/catalog/export?format=csv").body().contains("STO-BKP-1Y"),
        "inactive products are not exported to partners");

    HttpResponse<String> bmecat = Api.as("pm-baltic").get("/catalog/export?format=bmecat");
    assertEquals(200, bmecat.statusCode());
    assertTrue(bmecat.body().contains("<SUPPLIER_PID>STO-NAS4</SUPPLIER_PID>"), bmecat.body());
    assertTrue(bmecat.body().contains("price_type=\"net_customer\""), bmecat.body());
    assertTrue(bmecat.body().contains("<PRICE_AMOUNT>640</PRICE_AMOUNT>"), "Baltic's contract");
    assertFalse(bmecat.body().contains("<PRICE_AMOUNT>700</PRICE_AMOUNT>"), "not Northwind's");
    assertEquals(404, Api.as("cm-danube").get("/catalog/export?partner=1").statusCode());
    assertEquals(400, Api.as("cm-all").get("/catalog/export?format=pdf").statusCode());
    assertEquals(400, Api.as("cm-all").get("/catalog/export?since=yesterday").statusCode());

    // the channel manager's export, uploaded again, changes nothing (after a first normalising
    // pass)
    String export = Api.as("cm-all").get("/catalog/export?format=csv").body();
    Uploads.finished("cm-all", "", "text/csv", export);
    String again = Api.as("cm-all").get("/catalog/export?format=csv").body();
    JsonObject upload = Uploads.finished("cm-all", "", "text/csv", again);
    assertEquals("done", upload.getString("status"), upload.toString());
    assertEquals(0, upload.getInt("updated") + upload.getInt("inserted"), upload.toString());
    assertEquals(again, Api.as("cm-all").get("/catalog/export?format=csv").body());
  }

  @Test
  void theDeltaExportHasOnlyWhatChangedSinceARevision() {
    HttpResponse<String> full = Api.as("pm-northwind").get("/catalog/export?format=csv");
    long revision = Long.parseLong(full.headers().firstValue("X-Catalog-Revision").orElseThrow());
    String sku = "DELTA-" + (System.nanoTime() % 1_000_000_000L);
    Uploads.finished(
        "cm-all",
        "",
        "text/csv",
        "sku,name,description,category,base_price,currency\n" + sku + ",Delta,x,cloud,1,EUR\n");
    HttpResponse<String> delta =
        Api.as("pm-northwind").get("/catalog/export?format=csv&since=" + revision);
    List<String> lines = delta.body().lines().toList();
    assertEquals(2, lines.size(), delta.body());
    assertTrue(lines.get(1).startsWith(sku + ","), delta.body());
  }

  static String line(String csv, String sku) {
    return csv.lines().filter(l -> l.startsWith(sku + ",")).findFirst().orElseThrow();
  }
}
