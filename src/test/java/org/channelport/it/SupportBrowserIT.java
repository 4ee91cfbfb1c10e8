package org.channelport.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.channelport.it.support.Browser;
import org.channelport.it.support.Db;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * A service issue through the pages, each step by the person whose step it is: pe-northwind starts
 * an issue for a defective switch from a shipped order, sees a known solution suggested, ignores it
 * and logs the issue with a photo; cm-all takes it and asks for the serial number (waiting for the
 * partner: the SLA clock stops); pe-northwind replies (in progress again); cm-all solves it and
 * publishes the answer as a solution; pe-baltic later sees that solution suggested while typing a
 * similar issue, where it solves the problem before anything is logged.
 */
@ExtendWith(ArquillianExtension.class)
class SupportBrowserIT {

  /** Northwind's shipped replenishment order CP-2026-000101: line 1 is ten NET-SW24 switches. */
  static final String SHIPPED_ORDER = "101";

  @Test
  void aDefectiveSwitchIsLoggedAnsweredSolvedAndItsAnswerHelpsAnotherPartner() throws IOException {
    String tag = String.valueOf(System.nanoTime() % 100000);
    // a word of its own, so that the solution made of this issue is found again for sure
    String code = "surge" + tag;
    Path photo = photo("switch-" + tag + ".png");
    String issueUrl;
    String number;
    try (Browser pe = new Browser()) {
      pe.signIn("pe-northwind");
      // from the shipped order's page: the new issue comes with the order chosen
      pe.open("/partner/order.xhtml?id=" + SHIPPED_ORDER);
      pe.click(By.id("stepsForm:reportIssue"));
      pe.waitFor(By.id("issueForm:subject"));
      assertEquals(SHIPPED_ORDER, pe.value(By.id("issueForm:order")), "the order is chosen");
      pe.select(By.id("issueForm:customer"), "Brauhaus Technik GmbH (DE)");
      pe.selectValue(By.id("issueForm:line"), "1");
      assertEquals("NET-SW24", pe.value(By.id("issueForm:sku")), "the line fills the SKU");

      pe.type(By.id("issueForm:subject"), "Switch does not power up after a power " + code);
      pe.type(
          By.id("issueForm:description"),
          "After a power cut the switch stays dark: no power LED, the link LED is off on every"
              + " port, the fans do not spin.");
      pe.waitForText(By.id("issueForm:suggestions"), "Switch does not power up after a firmware");
      assertTrue(pe.isPresent(By.id("issueForm:suggestionList:0:solvedIt")), "this solved it");

      // not this one: the issue is logged, with a photo of the switch
      pe.upload(By.id("issueForm:files_input"), photo);
      pe.click(By.id("issueForm:attach"));
      pe.waitForText(By.id("pendingFiles"), photo.getFileName().toString());
      pe.select(By.id("issueForm:priority"), "High");
      pe.click(By.id("issueForm:create"));
      pe.waitForText(By.id("issueStatus"), "New");
      number = pe.text(By.id("issueNumber"));
      issueUrl = pe.currentUrl().replaceFirst("^.*?/partner/", "/partner/");
      assertTrue(pe.text(By.id("issueProduct")).startsWith("NET-SW24"));
      assertTrue(pe.text(By.id("issueOrder")).contains("CP-2026-000101"));
      assertTrue(pe.text(By.id("timeline")).contains(photo.getFileName().toString()));
      assertTrue(pe.text(By.id("slaResolution")).contains("left"), pe.text(By.id("slaResolution")));
    }
    assertEquals(
        1,
        Db.count(
            "SELECT COUNT(*) FROM service_issue i JOIN service_issue_attachment a ON a.issue_id = i.id"
                + " WHERE i.number = ? AND i.status = 'NEW' AND i.order_id = 101"
                + " AND i.order_line_no = 1 AND a.content_type = 'image/png'",
            number));
    String channelUrl = issueUrl.replaceFirst("^/partner/", "/channel/");

    try (Browser cm = new Browser()) {
      cm.signIn("cm-all");
      cm.open(channelUrl);
      cm.click(By.id("stepsForm:take"));
      cm.waitForText(By.id("issueStatus"), "In progress");
      cm.click(By.id("stepsForm:openWait"));
      cm.type(By.id("waitForm:reason"), "Please send us the serial number of the switch.");
      cm.click(By.id("waitForm:wait"));
      cm.waitForText(By.id("issueStatus"), "Waiting for partner");
      assertTrue(cm.isPresent(By.id("slaPaused")), "the clock stops while waiting");
      assertTrue(cm.text(By.id("slaResolution")).startsWith("Paused"));
    }

    try (Browser pe = new Browser()) {
      pe.signIn("pe-northwind");
      pe.open(issueUrl);
      assertTrue(pe.text(By.id("waitReason")).contains("serial number"));
      assertTrue(pe.text(By.id("slaResolution")).startsWith("Paused"));
      pe.type(By.id("commentForm:text"), "The serial number is SW24-21-" + tag + ".");
      pe.click(By.id("commentForm:send"));
      pe.waitForText(By.id("issueStatus"), "In progress");
      assertFalse(pe.isPresent(By.id("slaPaused")), "the reply starts the clock again");
      assertTrue(pe.text(By.id("timeline")).contains("SW24-21-" + tag));
    }

    String title = "Switch dark after a power " + code;
    try (Browser cm = new Browser()) {
      cm.signIn("cm-all");
      cm.open(channelUrl);
      cm.click(By.id("stepsForm:openSolve"));
      cm.type(
          By.id("solveForm:solution"),
          "The power cut damaged the power supply of this batch. Replace the power supply unit"
              + " (spare part PSU-SW24); the switch keeps its configuration.");
      cm.click(By.id("solveForm:solve"));
      cm.waitForText(By.id("issueStatus"), "Solved");
      cm.click(By.id("stepsForm:openPublish"));
      cm.replace(By.id("publishForm:title"), title);
      cm.click(By.id("publishForm:publish"));
      // published and linked to the issue: nothing left to publish
      cm.waitForTextGone(By.id("stepsForm"), "Publish as solution");
      assertTrue(cm.text(By.id("timeline")).contains("Solved"));
    }
    assertEquals(
        1, Db.count("SELECT COUNT(*) FROM solution WHERE title = ? AND published = TRUE", title));

    try (Browser baltic = new Browser()) {
      baltic.signIn("pe-baltic");
      baltic.open("/partner/issue-new.xhtml");
      baltic.type(By.id("issueForm:subject"), "Switch dark after a power " + code);
      baltic.waitForText(By.id("issueForm:suggestions"), title);
      // and it solves Baltic Tech's problem before anything is logged: one deflected issue
      baltic.clickInRow(
          By.cssSelector(".cp-suggestion"),
          title,
          By.xpath(".//button[contains(., 'This solved it')]"));
      baltic.waitForText(By.tagName("body"), "nothing was logged");
    }
    assertEquals(
        1,
        Db.count(
            "SELECT COUNT(*) FROM solution_deflection d JOIN solution s ON s.id = d.solution_id"
                + " WHERE s.title = ? AND d.username = 'pe-baltic' AND d.partner_id = 2",
            title));
    assertEquals(
        1,
        Db.count("SELECT COUNT(*) FROM service_issue WHERE subject LIKE ?", "%" + code + "%"),
        "only pe-northwind's issue was logged");
  }

  /** A real PNG: a small picture of a dark switch with one amber LED. */
  static Path photo(String name) throws IOException {
    BufferedImage image = new BufferedImage(32, 16, BufferedImage.TYPE_INT_RGB);
    for (int x = 0; x < 32; x++) {
      for (int y = 0; y < 16; y++) {
        image.setRGB(x, y, Color.DARK_GRAY.getRGB());
      }
    }
    image.setRGB(3, 3, Color.ORANGE.getRGB());
    Path file = Files.createTempDirectory("channelport-photo").resolve(name);
    ImageIO.write(image, "png", file.toFile());
    return file;
  }
}
