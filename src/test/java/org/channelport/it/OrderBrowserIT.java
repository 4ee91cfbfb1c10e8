package org.channelport.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import org.channelport.it.support.Browser;
import org.channelport.it.support.Db;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * An order through the pages, each step by the person whose step it is: pe-northwind orders on
 * behalf of a new customer above Northwind's approval limit (5,000 EUR) and submits, pm-northwind
 * approves it in the approval inbox, and the customer's status link opens without a login and shows
 * the status only. The ERP is switched off meanwhile (adapter none: the messages wait), so that
 * what the pages show ("Waiting to be sent", "Submitted") does not race the relay.
 */
@ExtendWith(ArquillianExtension.class)
class OrderBrowserIT {

  @Test
  void anEmployeesOrderAboveTheLimitIsApprovedAndItsCustomerLinkShowsTheStatus() {
    JsonObject before = IntegrationIT.settings();
    IssueReturnIT.setAdapter("none", null);
    try {
      String tag = String.valueOf(System.nanoTime() % 100000);
      String company = "Browserprobe " + tag + " GmbH";
      String number;
      String orderUrl;
      try (Browser pe = new Browser()) {
        pe.signIn("pe-northwind");
        pe.open("/partner/cart.xhtml");
        pe.click(By.xpath("//input[@name='cartForm:kind' and @value='on_behalf']"));
        pe.waitFor(By.id("cartForm:newCustomer"));
        pe.check(By.id("cartForm:newCustomer"));
        pe.type(By.id("cartForm:customerCompany"), company);
        pe.type(By.id("cartForm:customerEmail"), "orders@browserprobe" + tag + ".example");
        pe.type(By.id("cartForm:customerCountry"), "DE");
        pe.type(By.id("cartForm:poNumber"), "PO-" + tag);

        pe.type(By.id("cartForm:lines:0:sku"), "NET-SW24");
        pe.click(By.tagName("h1")); // leaving the field prices the line
        pe.waitForText(By.id("cartLines"), "Switch 24 port gigabit");
        pe.type(By.id("cartForm:lines:0:quantity_input"), "10");
        pe.click(By.tagName("h1"));
        pe.waitFor(By.id("approvalHint"));
        assertTrue(pe.text(By.id("approvalHint")).contains("5000"), pe.text(By.id("approvalHint")));
        String total = pe.text(By.id("cartTotal"));
        assertTrue(total.endsWith("EUR") && !total.startsWith("0.00"), total);

        pe.click(By.id("cartForm:submit"));
        pe.waitForText(By.id("orderStatus"), "Awaiting approval");
        number = pe.text(By.id("orderNumber"));
        orderUrl = pe.currentUrl().replaceFirst("^.*?/partner/", "/partner/");
        assertEquals("Waiting to be sent", pe.text(By.id("syncState")));
        assertFalse(pe.isPresent(By.id("waitingForErp")), "it waits for the manager, not the ERP");
      }
      assertEquals(
          1,
          Db.count(
              "SELECT COUNT(*) FROM sales_order o JOIN customer c ON c.id = o.customer_id"
                  + " WHERE o.number = ? AND o.status = 'AWAITING_APPROVAL' AND c.company = ?",
              number,
              company));

      try (Browser pm = new Browser()) {
        pm.signIn("pm-northwind");
        pm.open("/partner/approvals.xhtml");
        By rows = By.cssSelector("#approvalsForm\\:approvals tbody tr");
        pm.waitForText(By.id("approvalsForm:approvals"), number);
        assertTrue(pm.rowText(rows, number).contains("pe-northwind"));
        pm.clickInRow(rows, number, By.xpath(".//button[contains(., 'Approve')]"));
        pm.waitForTextGone(By.id("approvalsForm:approvals"), number);

        pm.open(orderUrl);
        pm.waitForText(By.id("orderStatus"), "Submitted");
        assertEquals("Waiting to be sent", pm.text(By.id("syncState")));
        assertTrue(
            pm.text(By.id("waitingForErp")).contains("goes to the ERP when it is reachable"));
        assertTrue(pm.text(By.id("timeline")).contains("Approved"));
      }

      String link;
      try (Browser pe = new Browser()) {
        pe.signIn("pe-northwind");
        pe.open(orderUrl);
        pe.click(By.id("linkForm:createLink"));
        pe.waitFor(By.id("linkForm:statusLink"));
        link = pe.value(By.id("linkForm:statusLink"));
        assertTrue(link.contains("/order-status?o="), link);
      }

      try (Browser customer = new Browser()) {
        customer.open(link.replaceFirst("^https?://[^/]+", ""));
        customer.waitFor(By.id("statusNumber"));
        assertEquals(number, customer.text(By.id("statusNumber")));
        assertEquals("Submitted", customer.text(By.id("statusValue")));
        String page = customer.pageText();
        assertFalse(
            page.contains("Northwind") || page.contains(company) || page.contains("EUR"), page);
        assertFalse(customer.isPresent(By.id("signedInUser")), "no login");
      }
    } finally {
      IntegrationIT.restore(before);
    }
  }
}
