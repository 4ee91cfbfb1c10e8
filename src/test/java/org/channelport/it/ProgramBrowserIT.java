package org.channelport.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.List;
import org.channelport.it.support.Api;
import org.channelport.it.support.Browser;
import org.channelport.it.support.Db;
import org.channelport.it.support.Http;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * The program pages in a browser: pm-northwind sees Northwind's scorecard for platinum with the
 * missing requirement named; cm-danube sees only Danube Solutions and opens its scorecard.
 */
@ExtendWith(ArquillianExtension.class)
class ProgramBrowserIT {

  @Test
  void pmNorthwindSeesItsScorecardAndTheMissingRequirementForPlatinum() {
    try (Browser pm = new Browser()) {
      pm.signIn("pm-northwind");
      pm.open("/index.xhtml");
      pm.click(By.cssSelector("a[href$='/partner/program.xhtml']"));
      pm.waitFor(By.id("requirements"));
      assertEquals("Gold", pm.text(By.id("tier")));
      assertTrue(pm.text(By.id("nextTier")).contains("Platinum"));
      String missing = pm.text(By.id("missing"));
      assertTrue(missing.startsWith("Missing:"), missing);
      assertTrue(missing.contains("Certified employees"), missing);
      String row = pm.rowText(By.cssSelector("#requirements tbody tr"), "Certified employees");
      assertTrue(row.contains("Not met"), row);
      assertTrue(row.contains("3"), "the threshold: " + row);
      // a head count does not grow by itself: no date
      assertTrue(pm.text(By.id("forecast")).contains("Platinum"), pm.text(By.id("forecast")));
      // the benefits of gold and platinum, from the price lists and the dispatch rules
      String benefits = pm.text(By.id("benefits"));
      assertTrue(benefits.contains("Gold") && benefits.contains("Platinum"), benefits);
      assertTrue(benefits.contains("Hours to accept a lead"), benefits);
      // its own certifications only
      String certifications = pm.text(By.id("certifications"));
      assertTrue(certifications.contains("pm-northwind"), certifications);
      assertFalse(certifications.contains("pm-baltic"), certifications);
      assertEquals(List.of(), severe(pm));
    }
  }

  @Test
  void cmDanubeSeesOnlyDanubeAndOpensItsScorecard() {
    try (Browser cm = new Browser()) {
      cm.signIn("cm-danube");
      cm.open("/channel/program.xhtml");
      String partners = cm.text(By.id("listForm:partners"));
      assertTrue(partners.contains("Danube Solutions"), partners);
      assertFalse(partners.contains("Northwind Systems") || partners.contains("Baltic Tech"));
      cm.clickInRow(
          By.cssSelector("#listForm\\:partners tbody tr"),
          "Danube Solutions",
          By.tagName("button"));
      cm.waitForText(By.id("selectedPartner"), "Danube Solutions");
      assertEquals("Platinum", cm.text(By.id("selectedTier")));
      assertTrue(cm.text(By.id("missing")).contains("Order revenue"), cm.text(By.id("missing")));
      assertEquals(List.of(), severe(cm));
    }
  }

  @Test
  void cmAllConfirmsATierChangeWithAReasonInTheDialog() {
    String account = "PB-" + (System.nanoTime() % 100_000_000);
    HttpResponse<String> created =
        Api.as("cm-all").post("/partners", PartnerApiIT.partner(account));
    assertEquals(201, created.statusCode(), created.body());
    long id = Http.json(created).getJsonNumber("id").longValue();
    try (Browser cm = new Browser()) {
      cm.signIn("cm-all");
      cm.open("/channel/program.xhtml?partner=" + id);
      cm.waitForText(By.id("selectedPartner"), "Iberia Components");
      assertEquals("Silver", cm.text(By.id("selectedTier")));
      cm.click(By.id("changeTier"));
      cm.waitFor(By.id("tierForm:reason"));
      cm.select(By.id("tierForm:newTier"), "Gold");
      cm.click(By.id("tierForm:confirm"));
      // no reason: the dialog says so and nothing changes
      cm.waitForText(By.id("tierDialog"), "reason");
      assertEquals("SILVER", Db.string("SELECT tier FROM partner WHERE id = ?", id));
      cm.type(By.id("tierForm:reason"), "Opened a second branch in Barcelona");
      cm.click(By.id("tierForm:confirm"));
      cm.waitForText(By.id("selectedTier"), "Gold");
      assertTrue(cm.pageText().contains("is now Gold"), cm.pageText());
      assertEquals("GOLD", Db.string("SELECT tier FROM partner WHERE id = ?", id));
      assertEquals(
          "Opened a second branch in Barcelona",
          Db.string("SELECT tier_reason FROM partner WHERE id = ?", id));
      assertEquals(List.of(), severe(cm));
    }
  }

  static List<String> severe(Browser b) {
    // the browser's own request for an icon is not an error of the page
    return b.consoleErrors().stream()
        .filter(e -> e.startsWith("SEVERE") && !e.contains("favicon.ico"))
        .toList();
  }
}
