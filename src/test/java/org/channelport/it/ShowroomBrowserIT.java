package org.channelport.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.channelport.it.support.Browser;
import org.channelport.it.support.Db;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * The catalog and the showroom in a real browser: a channel manager uploads a catalog with errors,
 * watches the job and reads the report, applies the valid rows; a visitor finds the new product in
 * a partner's showroom and asks for an offer; the partner manager finds the lead in the inbox.
 */
@ExtendWith(ArquillianExtension.class)
class ShowroomBrowserIT {

  @Test
  void fromCatalogUploadToShowroomInquiryToThePartnersInbox() throws Exception {
    long n = System.nanoTime() % 1_000_000L;
    String sku = "BRW-" + n;
    String word = "Quokkaphone" + n;
    Path file = Files.createTempFile("catalog", ".csv");
    Files.writeString(
        file,
        "sku;name;description;category;base_price;currency;stock:main\n"
            + sku
            + ";"
            + word
            + " desk phone;\"VoIP desk phone\nwith colour screen\";networking;149,50;EUR;12\n"
            + "BRW-BAD-"
            + n
            + ";Broken;x;nowhere;-1;EUR;1\n");
    try (Browser manager = new Browser()) {
      manager.signIn("cm-all");
      manager.open("/channel/catalog-upload.xhtml");
      manager.upload(By.cssSelector("#uploadForm input[type=file]"), file.toAbsolutePath());
      manager.click(By.id("uploadForm:send"));
      manager.waitFor(By.id("statusForm:progress"));
      manager.waitForText(By.id("uploadStatus"), "Rejected");
      String report = manager.pageText();
      assertTrue(report.contains("unknown category"), report);
      assertTrue(report.contains("must not be negative"), report);
      assertTrue(report.contains("2 rows: 1 valid, 1 with errors"), report);
      assertEquals(0, Db.count("SELECT COUNT(*) FROM product WHERE sku = ?", sku));

      manager.click(By.id("statusForm:applyValid"));
      manager.click(By.cssSelector(".ui-confirmdialog-yes"));
      manager.waitForText(By.id("uploadStatus"), "Done");
      assertTrue(manager.pageText().contains("1 new"), manager.pageText());
    } finally {
      Files.deleteIfExists(file);
    }
    assertEquals(1, Db.count("SELECT COUNT(*) FROM product WHERE sku = ?", sku));

    String email = "visitor" + n + "@example.com";
    try (Browser visitor = new Browser()) {
      visitor.open("/showroom/northwind-systems");
      visitor.type(By.id("q"), word);
      visitor.click(By.id("searchButton"));
      visitor.waitForText(By.id("results"), word);
      visitor.click(By.partialLinkText(word));
      visitor.waitForText(By.id("productPrice"), "149.50");
      visitor.click(By.id("askOffer"));
      visitor.waitForText(By.id("cartItems"), sku);
      visitor.type(By.id("inquiryForm:contactName"), "Vera Visitor");
      visitor.type(By.id("inquiryForm:email"), email);
      visitor.type(By.id("inquiryForm:company"), "Visitor GmbH " + n);
      visitor.type(By.id("inquiryForm:message"), "Twelve phones for our office, please.");
      visitor.click(By.id("inquiryForm:send"));
      visitor.waitForText(By.id("inquiryThanks"), "Northwind Systems");
    }
    assertEquals(
        1,
        Db.count(
            "SELECT COUNT(*) FROM sales_lead WHERE email = ? AND partner_id = 1 AND source = 'SHOWROOM'",
            email));

    try (Browser partner = new Browser()) {
      partner.signIn("pm-northwind");
      partner.open("/partner/leads.xhtml");
      partner.waitForText(By.tagName("body"), "Visitor GmbH " + n);
    }
  }
}
