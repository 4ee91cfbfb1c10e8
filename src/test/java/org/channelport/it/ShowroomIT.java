package org.channelport.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.Map;
import org.channelport.it.support.Db;
import org.channelport.it.support.PortalSession;
import org.channelport.it.support.Uploads;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The public showrooms, as an anonymous visitor's browser would use them: public prices only,
 * search, HTML escaped, inquiries become the partner's leads, spam is kept out.
 */
@ExtendWith(ArquillianExtension.class)
class ShowroomIT {

  static String page(String path) {
    HttpResponse<String> r = PortalSession.anonymous().get(path);
    assertEquals(200, r.statusCode(), path + ": " + r.body());
    return r.body();
  }

  @Test
  void aShowroomShowsPublicPricesAndNeverNetOnes() {
    String northwind = page("/showroom/northwind-systems");
    assertTrue(northwind.contains("Northwind Systems"));
    assertTrue(northwind.contains("Switch 24 port gigabit"), northwind);
    assertTrue(northwind.contains("899.00"), "the base price");
    assertFalse(northwind.contains("700.00"), "never the contract price");
    assertFalse(northwind.contains("791.12"), "never the tier price");
    assertFalse(northwind.contains("Backup appliance support"), "inactive products are not shown");
    String danube = page("/showroom/danube-solutions/p/NET-SW24");
    assertTrue(danube.contains("943.95"), "Danube shows 5 % on the base price");
    assertEquals(404, PortalSession.anonymous().get("/showroom/no-such-partner").statusCode());
  }

  @Test
  void visitorsSearchByKeywordsCategoryAndMaximumPrice() {
    String switches = page("/showroom/baltic-tech?q=switch");
    assertTrue(switches.contains("NET-SW24") && switches.contains("NET-SW48"), switches);
    assertFalse(switches.contains("CLD-VM-S"));
    String security = page("/showroom/baltic-tech?category=security&max=100&sort=price-asc");
    assertTrue(security.contains("SEC-MFA-1Y") && security.contains("SEC-EDR-1Y"), security);
    assertFalse(security.contains("SEC-FW100"), "over the maximum price");
    assertTrue(security.indexOf("SEC-MFA-1Y") < security.indexOf("SEC-EDR-1Y"), "cheapest first");
    String networking = page("/showroom/baltic-tech?category=networking");
    assertTrue(networking.contains("NET-AP6"), "sub-categories are included");
    String none = page("/showroom/baltic-tech?q=zzzznothing");
    assertTrue(none.contains("No products match"), none);
  }

  @Test
  void everythingAVisitorSeesIsHtmlEscaped() {
    String sku = "XSS-" + (System.nanoTime() % 1_000_000_000L);
    Uploads.finished(
        "cm-all",
        "",
        "text/csv",
        "sku,name,description,category,base_price,currency\n"
            + sku
            + ",<script>alert('x')</script> Router,\"<img src=x onerror=alert(1)>\",networking,1,EUR\n");
    String product = page("/showroom/northwind-systems/p/" + sku);
    assertFalse(product.contains("<script>alert"), product);
    assertFalse(product.contains("<img src=x"), product);
    assertTrue(product.contains("&lt;script&gt;"), product);
  }

  @Test
  void anInquiryBecomesALeadOfThatPartnerAndSpamIsKeptOut() {
    Db.update("DELETE FROM showroom_inquiry");
    try {
      String email = "buyer" + System.nanoTime() % 100000 + "@example.com";
      PortalSession visitor = PortalSession.anonymous();
      HttpResponse<String> thanks = inquire(visitor, "NET-AP6", email, "");
      assertTrue(
          thanks.body().contains("Your inquiry has reached Northwind Systems"), thanks.body());
      assertEquals(
          1,
          Db.count(
              "SELECT COUNT(*) FROM sales_lead WHERE email = ? AND partner_id = 1"
                  + " AND source = 'SHOWROOM' AND products LIKE '%NET-AP6%'",
              email));

      String bot = "bot" + System.nanoTime() % 100000 + "@example.com";
      HttpResponse<String> fooled =
          inquire(PortalSession.anonymous(), "NET-AP6", bot, "http://spam");
      assertTrue(fooled.body().contains("Your inquiry has reached"), "the bot is not told");
      assertEquals(0, Db.count("SELECT COUNT(*) FROM sales_lead WHERE email = ?", bot));

      HttpResponse<String> invalid =
          inquire(PortalSession.anonymous(), "NET-AP6", "not-an-email", "");
      assertTrue(invalid.body().contains("must be an email address"), invalid.body());

      for (int i = 0; i < 4; i++) {
        inquire(PortalSession.anonymous(), "NET-AP6", "more" + i + email, "");
      }
      HttpResponse<String> limited =
          inquire(PortalSession.anonymous(), "NET-AP6", "last" + email, "");
      assertTrue(limited.body().contains("Too many inquiries"), limited.body());
      assertEquals(0, Db.count("SELECT COUNT(*) FROM sales_lead WHERE email = ?", "last" + email));
    } finally {
      Db.update("DELETE FROM showroom_inquiry");
    }
  }

  /** Opens the inquiry page for one product and sends the form; the page that follows. */
  static HttpResponse<String> inquire(
      PortalSession visitor, String sku, String email, String honeypot) {
    HttpResponse<String> form = visitor.get("/showroom/northwind-systems/inquiry?sku=" + sku);
    assertEquals(200, form.statusCode(), form.body());
    assertTrue(form.body().contains(sku), "the product is in the inquiry");
    Map<String, String> fields = PortalSession.formFields(form.body(), "inquiryForm");
    fields.keySet().removeIf(k -> k.contains(":j_id") || k.contains("removeFromCart"));
    fields.put("inquiryForm:contactName", "Barbara Buyer");
    fields.put("inquiryForm:email", email);
    fields.put("inquiryForm:company", "Buyer & Co <b>");
    fields.put("inquiryForm:message", "Please send an offer for 20 access points.");
    fields.put("inquiryForm:website", honeypot);
    fields.put("inquiryForm:send", "Send the inquiry");
    HttpResponse<String> sent = visitor.postForm("/showroom/inquiry.xhtml", fields);
    return visitor.follow(sent);
  }
}
