package org.channelport.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.Map;
import org.channelport.it.support.Db;
import org.channelport.it.support.PortalSession;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The public "become a partner" form, and an offline customer linking its existing account. */
@ExtendWith(ArquillianExtension.class)
class OnboardingIT {

  static HttpResponse<String> apply(Map<String, String> fields) {
    PortalSession visitor = PortalSession.anonymous();
    String page = visitor.get("/apply.xhtml").body();
    Map<String, String> form = PortalSession.formFields(page, "applyForm");
    form.put("applyForm:country", "DE");
    form.put("applyForm:contactName", "Karl Kunde");
    form.put("applyForm:contactEmail", "karl@kunde.example");
    form.put("applyForm:website", "");
    form.put("applyForm:submit", "applyForm:submit");
    form.putAll(fields);
    return visitor.follow(visitor.postForm("/apply.xhtml", form));
  }

  @Test
  void anOfflineCustomerWithTheRightAccountAndPostcodeIsLinkedToItsAccount() {
    HttpResponse<String> response =
        apply(
            Map.of(
                "applyForm:companyName", "Northwind Systems GmbH",
                "applyForm:accountNumber", "nw-10001",
                "applyForm:billingPostcode", "80331"));
    assertTrue(response.body().contains("We found your customer account"), response.body());
    assertEquals(
        "1",
        Db.string(
            "SELECT linked_partner_id FROM partner_application WHERE company_name = 'Northwind Systems GmbH'"));
  }

  @Test
  void aWrongPostcodeIsRefusedWithoutSayingWhichPartIsWrong() {
    HttpResponse<String> response =
        apply(
            Map.of(
                "applyForm:companyName", "Guessing Ltd",
                "applyForm:accountNumber", "NW-10001",
                "applyForm:billingPostcode", "99999"));
    assertTrue(response.body().contains("do not match an account of ours"), "clear message shown");
    assertEquals(
        0,
        Db.count("SELECT COUNT(*) FROM partner_application WHERE company_name = 'Guessing Ltd'"));
  }

  @Test
  void guessingPostcodesLocksTheAccountLinkAndIsAudited() {
    for (int i = 0; i < 5; i++) {
      apply(
          Map.of(
              "applyForm:companyName", "Prober " + i,
              "applyForm:accountNumber", "BT-20002",
              "applyForm:billingPostcode", "LT-0000" + i));
    }
    HttpResponse<String> right =
        apply(
            Map.of(
                "applyForm:companyName", "Prober right",
                "applyForm:accountNumber", "BT-20002",
                "applyForm:billingPostcode", "LT-01103"));
    assertTrue(right.body().contains("do not match an account of ours"), "locked for an hour");
    assertEquals(
        0, Db.count("SELECT COUNT(*) FROM partner_application WHERE company_name LIKE 'Prober%'"));
    assertEquals(
        6,
        Db.count(
            "SELECT COUNT(*) FROM audit_log WHERE entity_type = 'AccountLink' AND entity_id = 'BT-20002'"
                + " AND action = 'DENIED' AND partner_id = 2"));
  }

  @Test
  void badInputIsExplainedAndNothingIsStored() {
    HttpResponse<String> response =
        apply(
            Map.of(
                "applyForm:companyName", "Bad Mail AG",
                "applyForm:contactEmail", "not-an-email",
                "applyForm:country", "ZZ"));
    String body = response.body();
    assertTrue(body.contains("must be an email address"), body);
    assertTrue(body.contains("ISO 3166"), body);
    assertEquals(
        0, Db.count("SELECT COUNT(*) FROM partner_application WHERE company_name = 'Bad Mail AG'"));
  }

  @Test
  void aBotFillingTheHiddenFieldGetsAThankYouAndStoresNothing() {
    HttpResponse<String> response =
        apply(
            Map.of(
                "applyForm:companyName",
                "Spam Bot Inc",
                "applyForm:website",
                "http://spam.example"));
    assertTrue(response.body().contains("applyThanks"));
    assertEquals(
        0,
        Db.count("SELECT COUNT(*) FROM partner_application WHERE company_name = 'Spam Bot Inc'"));
  }
}
