package org.channelport.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.channelport.it.support.Browser;
import org.channelport.it.support.Db;
import org.channelport.it.support.Leads;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/** One lead's life through the pages, each step by the person whose step it is. */
@ExtendWith(ArquillianExtension.class)
class LeadBrowserIT {

  @Test
  void aLeadGoesFromTheChannelToAWinAtNorthwind() {
    String company = "Lindenhof Kliniken " + System.nanoTime() % 100000;
    String leadUrl;
    try (Browser cm = new Browser()) {
      cm.signIn("cm-all");
      cm.open("/channel/leads.xhtml");
      cm.waitFor(By.id("leadsForm:newLead")).click();
      cm.waitFor(By.id("leadForm:company")).sendKeys(company);
      type(cm, "leadForm:contactName", "Dr. Eva Linde");
      type(cm, "leadForm:country", "DE");
      type(cm, "leadForm:estimatedValue", "not a number");
      cm.driver().findElement(By.id("leadForm:save")).click();
      cm.waitForText(By.id("leadForm"), "give an e-mail address or a phone number");
      assertEquals(0, Db.count("SELECT COUNT(*) FROM sales_lead WHERE company = ?", company));

      cm.driver().findElement(By.id("leadForm:estimatedValue")).clear();
      type(cm, "leadForm:estimatedValue", "18000");
      type(cm, "leadForm:email", "it@lindenhof.example");
      cm.driver().findElement(By.id("leadForm:save")).click();
      cm.waitForText(By.id("leadStatus"), "New");
      leadUrl = cm.currentUrl().replaceFirst("^.*/channel/", "/partner/");

      new Select(cm.driver().findElement(By.id("dispatchForm:partnerId")))
          .selectByVisibleText("Northwind Systems");
      cm.driver().findElement(By.id("dispatchForm:dispatchByHand")).click();
      cm.waitForText(By.id("leadStatus"), "Dispatched");
      cm.waitForText(By.id("why"), "Northwind Systems");
    }

    try (Browser pm = new Browser()) {
      pm.signIn("pm-northwind");
      pm.open("/partner/leads.xhtml");
      pm.waitForText(By.id("tabs:inboxForm:inbox"), company);
      WebElement row = row(pm, "tabs:inboxForm:inbox", company);
      assertTrue(row.getText().matches("(?s).*\\d+ h left.*"), row.getText());
      row.findElement(By.linkText(company)).click();

      pm.waitFor(By.id("acceptForm:accept")).click();
      pm.waitForText(By.id("leadStatus"), "Accepted");
      new Select(pm.driver().findElement(By.id("assignForm:username")))
          .selectByValue("pe-northwind");
      pm.driver().findElement(By.id("assignForm:assign")).click();
      pm.waitForText(By.id("leadAssignee"), "pe-northwind");
    }

    try (Browser pe = new Browser()) {
      pe.signIn("pe-northwind");
      pe.open(leadUrl);
      pe.waitFor(By.id("qualifyForm:budget")).sendKeys("20k EUR approved");
      type(pe, "qualifyForm:authority", "Head of IT signs");
      type(pe, "qualifyForm:need", "Segmented network for the new wing");
      type(pe, "qualifyForm:timeline", "Q1");
      pe.driver().findElement(By.id("qualifyForm:qualify")).click();
      pe.waitForText(By.id("leadStatus"), "Qualified");
      pe.waitFor(By.id("closeForm:value")).sendKeys("17500.00");
      pe.driver().findElement(By.id("closeForm:won")).click();
      pe.waitForText(By.id("leadStatus"), "Won");
      assertTrue(pe.driver().findElement(By.id("wonValue")).getText().startsWith("17500.00"));
    }

    try (Browser cm = new Browser()) {
      cm.signIn("cm-all");
      cm.open(leadUrl.replaceFirst("^/partner/", "/channel/"));
      cm.waitForText(By.id("timeline"), "Won");
      String timeline = cm.driver().findElement(By.id("timeline")).getText();
      for (String step : List.of("Created", "Dispatched", "Accepted", "Assigned", "Qualified")) {
        assertTrue(timeline.contains(step), step + " in " + timeline);
      }
      assertTrue(timeline.contains("by hand, cm-all"), timeline);
      assertTrue(timeline.contains("pe-northwind"), timeline);
    }
  }

  @Test
  void aChannelManagerDispatchesASelectionInStepsAndSeesTheOutcome() {
    String tag = "Bulkprobe " + System.nanoTime() % 100000;
    long first = Leads.create(tag + " Eins", "eins@" + tag.replace(" ", "") + ".example", "AT");
    long second = Leads.create(tag + " Zwei", "zwei@" + tag.replace(" ", "") + ".example", "AT");
    try (Browser cm = new Browser()) {
      cm.signIn("cm-all");
      cm.open("/channel/leads.xhtml");
      cm.waitFor(By.id("leadsForm:fq")).sendKeys(tag);
      new WebDriverWait(cm.driver(), Duration.ofSeconds(30))
          .until(d -> d.findElements(By.cssSelector("#leadsForm\\:leads tbody tr")).size() == 2);
      cm.waitForText(By.id("leadsForm:leads"), tag + " Zwei");
      cm.driver().findElement(By.cssSelector("#leadsForm\\:leads thead .ui-chkbox-box")).click();
      cm.waitForText(By.id("leadsForm:selectedCount"), ": 2");
      new Select(cm.driver().findElement(By.id("leadsForm:bulkPartner")))
          .selectByVisibleText("Danube Solutions");
      cm.driver().findElement(By.id("leadsForm:bulkByHand")).click();
      cm.waitFor(By.id("leadsForm:closeRun"));
      String counts = cm.driver().findElement(By.id("bulkCounts")).getText();
      assertTrue(counts.contains("Done: 2 / 2") && counts.contains("Failed: 0"), counts);
    }
    for (long id : List.of(first, second)) {
      assertEquals(
          "3", Db.string("SELECT partner_id FROM sales_lead WHERE id = ?", id), "lead " + id);
    }
  }

  private static void type(Browser browser, String id, String text) {
    browser.driver().findElement(By.id(id)).sendKeys(text);
  }

  private static WebElement row(Browser browser, String tableId, String text) {
    return browser
        .driver()
        .findElements(By.cssSelector("#" + tableId.replace(":", "\\:") + " tbody tr"))
        .stream()
        .filter(r -> r.getText().contains(text))
        .findFirst()
        .orElseThrow();
  }
}
