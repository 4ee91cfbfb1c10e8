package org.channelport.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.channelport.it.support.Browser;
import org.channelport.it.support.Db;
import org.channelport.it.support.Leads;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

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
      cm.click(By.id("leadsForm:newLead"));
      cm.type(By.id("leadForm:company"), company);
      cm.type(By.id("leadForm:contactName"), "Dr. Eva Linde");
      cm.type(By.id("leadForm:country"), "DE");
      cm.type(By.id("leadForm:estimatedValue"), "not a number");
      cm.click(By.id("leadForm:save"));
      cm.waitForText(By.id("leadForm"), "give an e-mail address or a phone number");
      assertEquals(0, Db.count("SELECT COUNT(*) FROM sales_lead WHERE company = ?", company));

      cm.replace(By.id("leadForm:estimatedValue"), "18000");
      cm.type(By.id("leadForm:email"), "it@lindenhof.example");
      cm.click(By.id("leadForm:save"));
      cm.waitForText(By.id("leadStatus"), "New");
      leadUrl = cm.currentUrl().replaceFirst("^.*/channel/", "/partner/");

      cm.select(By.id("dispatchForm:partnerId"), "Northwind Systems");
      cm.click(By.id("dispatchForm:dispatchByHand"));
      cm.waitForText(By.id("leadStatus"), "Dispatched");
      cm.waitForText(By.id("why"), "Northwind Systems");
    }

    try (Browser pm = new Browser()) {
      pm.signIn("pm-northwind");
      pm.open("/partner/leads.xhtml");
      pm.waitForText(By.id("tabs:inboxForm:inbox"), company);
      By inboxRows = By.cssSelector("#tabs\\:inboxForm\\:inbox tbody tr");
      String row = pm.rowText(inboxRows, company);
      assertTrue(row.matches("(?s).*\\d+ h left.*"), row);
      pm.clickInRow(inboxRows, company, By.linkText(company));

      pm.click(By.id("acceptForm:accept"));
      pm.waitForText(By.id("leadStatus"), "Accepted");
      pm.selectValue(By.id("assignForm:username"), "pe-northwind");
      pm.click(By.id("assignForm:assign"));
      pm.waitForText(By.id("leadAssignee"), "pe-northwind");
    }

    try (Browser pe = new Browser()) {
      pe.signIn("pe-northwind");
      pe.open(leadUrl);
      pe.type(By.id("qualifyForm:budget"), "20k EUR approved");
      pe.type(By.id("qualifyForm:authority"), "Head of IT signs");
      pe.type(By.id("qualifyForm:need"), "Segmented network for the new wing");
      pe.type(By.id("qualifyForm:timeline"), "Q1");
      pe.click(By.id("qualifyForm:qualify"));
      pe.waitForText(By.id("leadStatus"), "Qualified");
      pe.type(By.id("closeForm:value"), "17500.00");
      pe.click(By.id("closeForm:won"));
      pe.waitForText(By.id("leadStatus"), "Won");
      assertTrue(pe.text(By.id("wonValue")).startsWith("17500.00"));
    }

    try (Browser cm = new Browser()) {
      cm.signIn("cm-all");
      cm.open(leadUrl.replaceFirst("^/partner/", "/channel/"));
      cm.waitForText(By.id("timeline"), "Won");
      String timeline = cm.text(By.id("timeline"));
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
      cm.type(By.id("leadsForm:fq"), tag);
      cm.waitForCount(By.cssSelector("#leadsForm\\:leads tbody tr"), 2);
      cm.waitForText(By.id("leadsForm:leads"), tag + " Zwei");
      cm.check(By.cssSelector("#leadsForm\\:leads thead .ui-chkbox-box"));
      cm.waitForText(By.id("leadsForm:selectedCount"), ": 2");
      cm.select(By.id("leadsForm:bulkPartner"), "Danube Solutions");
      cm.click(By.id("leadsForm:bulkByHand"));
      cm.waitFor(By.id("leadsForm:closeRun"));
      String counts = cm.text(By.id("bulkCounts"));
      assertTrue(counts.contains("Done: 2 / 2") && counts.contains("Failed: 0"), counts);
    }
    for (long id : List.of(first, second)) {
      assertEquals(
          "3", Db.string("SELECT partner_id FROM sales_lead WHERE id = ?", id), "lead " + id);
    }
  }
}
