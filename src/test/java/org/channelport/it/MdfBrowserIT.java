package org.channelport.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import org.channelport.it.support.Api;
import org.channelport.it.support.Browser;
import org.channelport.it.support.Db;
import org.channelport.it.support.Leads;
import org.channelport.it.support.MdfApi;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * Marketing funds through the pages, each step by the person whose step it is: pm-baltic requests
 * funds for a webinar with a campaign code, cm-all approves less than asked (with a reason),
 * pm-baltic claims with a PDF invoice and sees the proof checklist turn complete, submits, cm-all
 * approves the claim; its payment is booked in Tryton and Tryton's accountant pays it, and
 * pm-baltic sees it paid with the reimbursement clock and the ROI from a won lead carrying the
 * campaign code.
 */
@ExtendWith(ArquillianExtension.class)
class MdfBrowserIT {
  static final long BALTIC = 2;

  @Test
  void aWebinarIsFundedClaimedWithItsInvoicePaidAndShowsItsReturn() throws Exception {
    String tag = String.valueOf(System.nanoTime() % 1_000_000);
    String code = "WEB" + tag;
    String title = "Storage webinar " + tag;
    Path invoice = Files.createTempFile("webinar-invoice-", ".pdf");
    Files.write(invoice, MdfApi.pdf());

    // pm-baltic asks for 2,000 EUR of the demo program for a webinar
    String requestNumber;
    long requestId;
    try (Browser pm = new Browser()) {
      pm.signIn("pm-baltic");
      pm.open("/partner/mdf.xhtml");
      pm.click(By.id("mdfForm:newRequest"));
      pm.waitFor(By.id("requestForm:title"));
      pm.selectValue(By.id("requestForm:program"), "1");
      pm.selectValue(By.id("requestForm:activityType"), "WEBINAR");
      pm.type(By.id("requestForm:title"), title);
      pm.type(By.id("requestForm:description"), "A one-hour webinar on backup storage for SMBs.");
      pm.type(By.id("requestForm:plannedStart"), "2027-02-10");
      pm.type(By.id("requestForm:plannedEnd"), "2027-02-10");
      pm.type(By.id("requestForm:plannedCost"), "4000");
      pm.type(By.id("requestForm:requestedAmount"), "2000");
      pm.type(By.id("requestForm:expectedLeads"), "20");
      pm.type(By.id("requestForm:campaignCode"), code);
      pm.click(By.id("requestForm:submit"));
      pm.waitForText(By.id("requestStatus"), "Submitted");
      requestNumber = pm.text(By.id("requestNumber"));
      requestId =
          Long.parseLong(
              Db.string(
                  "SELECT CAST(id AS CHAR) FROM mdf_request WHERE number = ?", requestNumber));
    }

    // cm-all approves 1,500 EUR with a reason
    try (Browser cm = new Browser()) {
      cm.signIn("cm-all");
      cm.open("/channel/mdf-review.xhtml?q=" + requestNumber);
      cm.clickInRow(
          By.cssSelector("[id='reviewForm:requests_data'] > tr"),
          requestNumber,
          By.cssSelector("button[id$=':approveRequest']"));
      cm.waitForText(By.id("asked"), "2,000.00");
      cm.replace(By.id("approveForm:amount"), "1500");
      cm.type(By.id("approveForm:reason"), "Half of the ads are paid by another program.");
      cm.click(By.id("approveForm:approve"));
      cm.waitForTextGone(By.id("reviewForm:requests"), requestNumber);
    }
    assertEquals(
        1,
        Db.count(
            "SELECT COUNT(*) FROM mdf_request WHERE id = ? AND status = 'approved'"
                + " AND approved_amount = 1500",
            requestId));

    // pm-baltic claims 1,500 EUR with the PDF invoice: the checklist turns complete; submits
    String claimNumber;
    try (Browser pm = new Browser()) {
      pm.signIn("pm-baltic");
      pm.open("/partner/mdf-request.xhtml?id=" + requestId);
      pm.waitForText(By.id("approvedAmount"), "1,500.00");
      pm.click(By.id("newClaim"));
      pm.waitFor(By.id("claimForm:claimedAmount"));
      assertTrue(pm.text(By.id("checklistState")).contains("missing"));
      pm.type(By.id("claimForm:claimedAmount"), "1500");
      pm.type(By.id("claimForm:actualCost"), "3000");
      pm.type(By.id("claimForm:results"), "62 attendees, 14 leads.");
      pm.check(By.id("claimForm:finalClaim"));
      pm.click(By.id("claimForm:create"));
      pm.waitForText(By.id("claimStatus"), "Draft");
      claimNumber = pm.text(By.id("claimNumber"));
      assertTrue(pm.text(By.id("checklistState")).contains("missing"));
      pm.selectValue(By.id("claimForm:proofKind"), "INVOICE");
      pm.upload(By.id("claimForm:proof_input"), invoice);
      pm.click(By.id("claimForm:addProof"));
      pm.waitForText(By.id("checklistState"), "Checklist complete");
      assertTrue(pm.text(By.id("proofFiles")).contains(invoice.getFileName().toString()));
      pm.click(By.id("claimForm:submit"));
      pm.waitForText(By.id("claimStatus"), "Submitted");
    }

    // cm-all approves the claim: payable, its payment on its way to the ERP
    try (Browser cm = new Browser()) {
      cm.signIn("cm-all");
      cm.open("/channel/mdf-review.xhtml?q=" + claimNumber);
      assertTrue(
          cm.rowText(By.cssSelector("[id='reviewForm:claims_data'] > tr"), claimNumber)
              .contains(invoice.getFileName().toString()),
          "the proof file is in the queue");
      cm.clickInRow(
          By.cssSelector("[id='reviewForm:claims_data'] > tr"),
          claimNumber,
          By.cssSelector("button[id$=':approveClaim']"));
      cm.waitForText(By.id("asked"), "1,500.00");
      cm.click(By.id("approveForm:approve"));
      cm.waitForTextGone(By.id("reviewForm:claims"), claimNumber);
    }
    long claimId =
        Long.parseLong(
            Db.string("SELECT CAST(id AS CHAR) FROM mdf_claim WHERE number = ?", claimNumber));
    assertEquals(
        1, Db.count("SELECT COUNT(*) FROM mdf_claim WHERE id = ? AND status = 'payable'", claimId));

    // Tryton's accountant pays the supplier invoice the portal booked there
    MdfPaymentIT.trytonPays(claimId, claimNumber, new BigDecimal("1500"));

    // a lead carrying the campaign code, won for 4,500 EUR: ROI 3.00
    long lead = CampaignCodeIT.leadWithCode(code, BALTIC);
    Leads.ok(Api.as("pm-baltic").post("/leads/" + lead + "/accept", "{}"));
    Leads.ok(Api.as("pm-baltic").post("/leads/" + lead + "/qualify", Leads.QUALIFICATION));
    Leads.ok(
        Api.as("pm-baltic")
            .post("/leads/" + lead + "/close", "{\"outcome\":\"won\",\"value\":4500.00}"));

    try (Browser pm = new Browser()) {
      pm.signIn("pm-baltic");
      pm.open("/partner/mdf-claim.xhtml?id=" + claimId);
      pm.waitForText(By.id("claimStatus"), "Paid");
      assertTrue(pm.text(By.id("clock")).contains("Paid on"), pm.text(By.id("clock")));
      assertTrue(pm.text(By.id("clock")).contains("Approved on"));
      assertTrue(pm.isPresent(By.id("clockTotal")));
      pm.open("/partner/mdf.xhtml");
      String roi = pm.rowText(By.cssSelector("[id='mdfForm:roi_data'] > tr"), title);
      assertTrue(roi.contains("4,500.00"), roi);
      assertTrue(roi.contains("3.00"), roi);
    }
  }
}
