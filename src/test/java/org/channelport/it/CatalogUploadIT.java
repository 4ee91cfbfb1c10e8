package org.channelport.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.channelport.it.support.Api;
import org.channelport.it.support.Db;
import org.channelport.it.support.Http;
import org.channelport.it.support.Uploads;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The catalog upload job on the real MariaDB, through the API as an ERP would use it. */
@ExtendWith(ArquillianExtension.class)
class CatalogUploadIT {
  static final String HEADER =
      "sku,name,description,category,base_price,currency,stock:main,attr:colour\n";

  static String sku(String prefix) {
    return prefix + "-" + (System.nanoTime() % 1_000_000_000L);
  }

  @Test
  void aValidFileIsAppliedAndUploadingItAgainChangesNothing() {
    String a = sku("UPA");
    String b = sku("UPB");
    String csv =
        HEADER
            + a
            + ",Upload switch,\"Two lines\nof text\",switches,120.00,EUR,7,black\n"
            + b
            + ",=cmd|' /C calc'!A0,Formula name,security,5,EUR,,\n";
    JsonObject first = Uploads.finished("cm-all", "?fileName=first.csv", "text/csv", csv);
    assertEquals("done", first.getString("status"), first.toString());
    assertEquals(2, first.getInt("inserted"));
    assertEquals(0, first.getInt("errorRows"));
    assertEquals(100, first.getInt("progress"));
    assertEquals("first.csv", first.getString("fileName"));
    assertEquals(
        "Two lines\nof text", Db.string("SELECT description FROM product WHERE sku = ?", a));
    assertEquals(
        "=cmd|' /C calc'!A0",
        Db.string("SELECT name FROM product WHERE sku = ?", b),
        "stored as uploaded");
    String version = Db.string("SELECT version FROM product WHERE sku = ?", a);

    JsonObject again = Uploads.finished("cm-all", "", "text/csv", csv);
    assertEquals("done", again.getString("status"));
    assertEquals(0, again.getInt("inserted"));
    assertEquals(0, again.getInt("updated"));
    assertEquals(2, again.getInt("unchanged"));
    assertEquals(version, Db.string("SELECT version FROM product WHERE sku = ?", a));

    JsonObject product = Http.json(Api.as("cm-all").get("/catalog/products/" + a));
    assertEquals("switches", product.getString("category"));
    assertEquals("7", product.getJsonObject("stock").getString("main"));
    assertEquals("black", product.getJsonObject("attributes").getString("colour"));
  }

  @Test
  void aFileWithErrorsAppliesNothingUntilTheValidRowsAreChosen() {
    String good = sku("ERG");
    String dup = sku("ERD");
    String csv =
        HEADER
            + good
            + ",Good,x,networking,10,EUR,1,\n"
            + dup
            + ",Dup one,x,networking,10,EUR,1,\n"
            + "BAD-"
            + good
            + ",Bad price,x,networking,-3,EUR,1,\n"
            + dup
            + ",Dup two,x,networking,10,EUR,1,\n"
            + "CAT-"
            + good
            + ",Bad category,x,no-such-category,10,EUR,x,\n";
    JsonObject upload = Uploads.finished("cm-all", "", "text/csv", csv);
    assertEquals("rejected", upload.getString("status"), upload.toString());
    assertEquals(5, upload.getInt("totalRows"));
    assertEquals(3, upload.getInt("errorRows"));
    assertEquals(2, upload.getInt("validRows"));
    JsonArray errors = upload.getJsonArray("errors");
    assertEquals(4, errors.size(), errors.toString());
    assertEquals(4, errors.getJsonObject(0).getInt("line"));
    assertEquals("base_price", errors.getJsonObject(0).getString("field"));
    assertEquals(5, errors.getJsonObject(1).getInt("line"));
    assertTrue(errors.getJsonObject(1).getString("reason").contains("line 3"), errors.toString());
    assertEquals(0, Db.count("SELECT COUNT(*) FROM product WHERE sku IN (?, ?)", good, dup));

    long id = upload.getJsonNumber("id").longValue();
    HttpResponse<String> report = Api.as("cm-all").get("/catalog/uploads/" + id + "/errors");
    assertEquals(200, report.statusCode());
    assertTrue(report.body().startsWith("line,sku,field,reason"), report.body());
    assertTrue(report.body().contains("unknown category"), report.body());

    HttpResponse<String> apply =
        Api.as("cm-all").post("/catalog/uploads/" + id + "/apply-valid-rows", "");
    assertEquals(202, apply.statusCode(), apply.body());
    JsonObject applied = Uploads.await("cm-all", id);
    assertEquals("done", applied.getString("status"), applied.toString());
    assertEquals(2, applied.getInt("inserted"));
    assertEquals("Dup one", Db.string("SELECT name FROM product WHERE sku = ?", dup));
    assertEquals(
        409,
        Api.as("cm-all").post("/catalog/uploads/" + id + "/apply-valid-rows", "").statusCode());
  }

  @Test
  void multipartBmecatAndDeactivationOfMissingProducts() {
    String s = sku("MP");
    HttpResponse<String> accepted =
        Uploads.multipart(
            "cm-all",
            "../../etc/passwd.csv",
            (HEADER + s + ",Multipart,x,storage,3.5,EUR,,\n").getBytes(StandardCharsets.UTF_8));
    assertEquals(202, accepted.statusCode(), accepted.body());
    JsonObject done = Uploads.await("cm-all", Http.json(accepted).getJsonNumber("id").longValue());
    assertEquals("done", done.getString("status"), done.toString());
    assertEquals("passwd.csv", done.getString("fileName"), "no path kept");

    String bmecat =
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <BMECAT version="1.2"><HEADER><CATALOG><CURRENCY>EUR</CURRENCY></CATALOG></HEADER>
        <T_UPDATE_PRODUCTS prev_version="0">
          <ARTICLE mode="update"><SUPPLIER_AID>%s</SUPPLIER_AID>
            <ARTICLE_DETAILS><DESCRIPTION_SHORT>Multipart renamed</DESCRIPTION_SHORT></ARTICLE_DETAILS>
            <ARTICLE_PRICE_DETAILS><ARTICLE_PRICE price_type="net_list"><PRICE_AMOUNT>4</PRICE_AMOUNT></ARTICLE_PRICE></ARTICLE_PRICE_DETAILS>
          </ARTICLE>
          <ARTICLE_TO_CATALOGGROUP_MAP><ART_ID>%s</ART_ID><CATALOG_GROUP_ID>storage</CATALOG_GROUP_ID></ARTICLE_TO_CATALOGGROUP_MAP>
        </T_UPDATE_PRODUCTS></BMECAT>
        """
            .formatted(s, s);
    JsonObject xml = Uploads.finished("cm-all", "", "application/xml", bmecat);
    assertEquals("done", xml.getString("status"), xml.toString());
    assertEquals(1, xml.getInt("updated"));
    assertEquals("Multipart renamed", Db.string("SELECT name FROM product WHERE sku = ?", s));

    String delete =
        """
        <BMECAT version="1.2"><T_UPDATE_PRODUCTS>
          <ARTICLE mode="delete"><SUPPLIER_AID>%s</SUPPLIER_AID></ARTICLE>
        </T_UPDATE_PRODUCTS></BMECAT>
        """
            .formatted(s);
    JsonObject deleted = Uploads.finished("cm-all", "", "application/xml", delete);
    assertEquals(1, deleted.getInt("deactivated"), deleted.toString());
    assertEquals("0", Db.string("SELECT active FROM product WHERE sku = ?", s));
  }

  @Test
  void badFilesAreRefusedWithAClearMessage() {
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 0};
    HttpResponse<String> binary = Uploads.post("cm-all", "", "application/octet-stream", png);
    assertEquals(400, binary.statusCode(), binary.body());
    assertTrue(binary.body().contains("not a catalog file"), binary.body());

    HttpResponse<String> empty = Uploads.post("cm-all", "", "text/csv", new byte[0]);
    assertEquals(400, empty.statusCode(), empty.body());
    assertTrue(empty.body().contains("empty"), empty.body());

    HttpResponse<String> mismatch =
        Uploads.post("cm-all", "", "text/csv", "<BMECAT/>".getBytes(StandardCharsets.UTF_8));
    assertEquals(400, mismatch.statusCode(), mismatch.body());

    byte[] big = new byte[3 * 1024 * 1024];
    Arrays.fill(big, (byte) 'a');
    HttpResponse<String> tooBig = Uploads.post("cm-all", "", "text/csv", big);
    assertEquals(413, tooBig.statusCode(), tooBig.body());
    assertTrue(tooBig.body().contains("2 MB"), tooBig.body());

    JsonObject headerOnly = Uploads.finished("cm-all", "", "text/csv", HEADER);
    assertEquals("rejected", headerOnly.getString("status"));
    assertTrue(headerOnly.getString("message").contains("no product rows"), headerOnly.toString());

    JsonObject missing = Uploads.finished("cm-all", "", "text/csv", "sku,name\nA,B\n");
    assertEquals("rejected", missing.getString("status"));
    assertTrue(missing.getString("message").contains("base_price"), missing.toString());

    JsonObject xxe =
        Uploads.finished(
            "cm-all",
            "",
            "application/xml",
            "<?xml version=\"1.0\"?><!DOCTYPE BMECAT [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<BMECAT><T_NEW_CATALOG><ARTICLE><SUPPLIER_AID>&x;</SUPPLIER_AID></ARTICLE>"
                + "</T_NEW_CATALOG></BMECAT>");
    assertEquals("rejected", xxe.getString("status"));
    assertFalse(xxe.toString().contains("root:x"), xxe.toString());
  }

  @Test
  void onlyChannelManagersUpload() {
    HttpResponse<String> partner =
        Uploads.post(
            "pm-northwind", "", "text/csv", (HEADER + "X-1,a,b,networking,1,EUR,,\n").getBytes());
    assertEquals(403, partner.statusCode(), partner.body());
    assertEquals(403, Api.as("pe-baltic").get("/catalog/uploads/1").statusCode());
    assertEquals(404, Api.as("cm-all").get("/catalog/uploads/999999").statusCode());
  }
}
