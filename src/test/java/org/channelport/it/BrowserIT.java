package org.channelport.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.channelport.it.support.Browser;
import org.channelport.it.support.Db;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/** Real people in a real (headless) browser, signing in through the Keycloak login page. */
@ExtendWith(ArquillianExtension.class)
class BrowserIT {

  @Test
  void aChannelManagerSeesTheirPortfolioOfPartners() {
    try (Browser browser = new Browser()) {
      browser.signIn("cm-all");
      assertTrue(browser.pageText().contains("Active partners"));
      browser.open("/channel/partners.xhtml");
      browser.waitFor(By.id("partnersForm:partners"));
      String text = browser.pageText();
      assertTrue(text.contains("Northwind Systems"), text);
      assertTrue(text.contains("Baltic Tech"));
      assertTrue(text.contains("Danube Solutions"));

      browser.click(By.linkText("Baltic Tech"));
      browser.waitFor(By.id("partnerForm:accountNumber"));
      assertEquals("BT-20002", browser.value(By.id("partnerForm:accountNumber")));
    }
  }

  @Test
  void aPartnerManagerSeesTheirOwnPortalAndNothingOfOtherPartners() {
    try (Browser browser = new Browser()) {
      browser.signIn("pm-northwind");
      assertEquals("Northwind Systems", browser.text(By.id("ownPartnerName")));
      assertFalse(browser.pageText().contains("Baltic Tech"));

      browser.open("/partner/profile.xhtml");
      browser.waitFor(By.id("contactForm:saveContact"));
      assertTrue(browser.pageText().contains("pe-northwind"), "the partner's users are listed");

      browser.open("/channel/partner.xhtml?id=2");
      String refused = browser.pageText();
      assertFalse(refused.contains("Baltic Tech"), refused);
      assertTrue(refused.contains("Not allowed"), refused);
    }
  }

  @Test
  void aPartnerEmployeeSeesTheProfileReadOnly() {
    try (Browser browser = new Browser()) {
      browser.signIn("pe-northwind");
      assertEquals("Northwind Systems", browser.text(By.id("ownPartnerName")));
      browser.open("/partner/profile.xhtml");
      browser.waitFor(By.id("partnerName"));
      assertFalse(browser.isPresent(By.id("contactForm:saveContact")));
      assertTrue(browser.pageText().contains("Partner employee"));
    }
  }

  @Test
  void theLanguageChosenInTheHeaderHoldsForTheNextPages() {
    try (Browser browser = new Browser()) {
      browser.signIn("pm-northwind");
      assertEquals("Sign out", browser.text(By.cssSelector("button.cp-logout-button")));
      // a PrimeFaces selectOneMenu whose AJAX update (@all) replaces the whole page
      browser.select(By.id("langForm:language"), "Polski");
      browser.waitForText(By.cssSelector("button.cp-logout-button"), "Wyloguj");
      browser.open("/partner/profile.xhtml");
      assertEquals("Wyloguj", browser.text(By.cssSelector("button.cp-logout-button")));
      browser.select(By.id("langForm:language"), "English");
      browser.waitForText(By.cssSelector("button.cp-logout-button"), "Sign out");
    }
  }

  @Test
  void signingOutEndsThePortalAndTheKeycloakSession() {
    try (Browser browser = new Browser()) {
      browser.signIn("pm-baltic");
      browser.click(By.cssSelector("button.cp-logout-button"));
      browser.waitForText(By.id("pageMessage"), "You have signed out");
      browser.open("/partner/profile.xhtml");
      browser.waitFor(By.id("username")); // Keycloak asks for the password again: no SSO left
      assertTrue(browser.currentUrl().contains("/realms/channelport/"), browser.currentUrl());
    }
  }

  @Test
  void aCompanyAppliesAndAChannelManagerApprovesIt() {
    String company = "Tatra Systems " + System.nanoTime() % 100000;
    try (Browser visitor = new Browser()) {
      visitor.open("/apply.xhtml");
      visitor.type(By.id("applyForm:companyName"), company);
      visitor.type(By.id("applyForm:country"), "SK");
      visitor.type(By.id("applyForm:contactName"), "Tomas Kral");
      visitor.type(By.id("applyForm:contactEmail"), "tomas@tatra.example");
      visitor.click(By.id("applyForm:submit"));
      visitor.waitFor(By.id("applyThanks"));
    }
    assertEquals(
        1,
        Db.count(
            "SELECT COUNT(*) FROM partner_application WHERE company_name = ? AND status = 'SUBMITTED'",
            company));
    try (Browser browser = new Browser()) {
      browser.signIn("cm-all");
      browser.open("/channel/applications.xhtml");
      browser.waitForText(By.id("applicationsForm:applications"), company);
      browser.clickInRow(
          By.cssSelector("#applicationsForm\\:applications tbody tr"),
          company,
          By.xpath(".//button[contains(., 'Approve')]"));
      browser.waitFor(By.id("approveForm"));
      browser.click(By.xpath("//form[@id='approveForm']//button[contains(., 'Approve')]"));
      browser.waitForTextGone(By.id("applicationsForm:applications"), company);
      browser.open("/channel/partners.xhtml");
      browser.waitForText(By.id("partnersForm:partners"), company);
    }
    assertEquals(
        1,
        Db.count(
            "SELECT COUNT(*) FROM partner p JOIN portfolio_assignment a ON a.partner_id = p.id WHERE p.name = ? AND a.manager_username = 'cm-all'",
            company));
  }
}
