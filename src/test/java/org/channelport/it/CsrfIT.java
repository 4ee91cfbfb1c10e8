package org.channelport.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.Map;
import org.channelport.it.support.Db;
import org.channelport.it.support.PortalSession;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** A postback must carry the view state the portal issued: forged or missing, nothing happens. */
@ExtendWith(ArquillianExtension.class)
class CsrfIT {
  static Map<String, String> application(String html, String company) {
    Map<String, String> form = PortalSession.formFields(html, "applyForm");
    form.put("applyForm:companyName", company);
    form.put("applyForm:country", "PL");
    form.put("applyForm:contactName", "Piotr Nowak");
    form.put("applyForm:contactEmail", "piotr@vistula.example");
    form.put("applyForm:website", "");
    form.put("applyForm:submit", "applyForm:submit");
    return form;
  }

  static long applications(String company) {
    return Db.count("SELECT COUNT(*) FROM partner_application WHERE company_name = ?", company);
  }

  @Test
  void aPostbackWithAForgedViewStateChangesNothing() {
    PortalSession visitor = PortalSession.anonymous();
    String page = visitor.get("/apply.xhtml").body();
    Map<String, String> form = application(page, "Forged Vistula");
    form.put("jakarta.faces.ViewState", "-4567890123456789012:1234567890123456789");
    HttpResponse<String> response = visitor.follow(visitor.postForm("/apply.xhtml", form));
    assertEquals(0, applications("Forged Vistula"));
    assertTrue(
        response.body().contains("expired") || response.statusCode() >= 400, response.body());
  }

  @Test
  void aPostbackWithoutAViewStateChangesNothing() {
    PortalSession visitor = PortalSession.anonymous();
    String page = visitor.get("/apply.xhtml").body();
    Map<String, String> form = application(page, "Stateless Vistula");
    form.remove("jakarta.faces.ViewState");
    visitor.follow(visitor.postForm("/apply.xhtml", form));
    assertEquals(0, applications("Stateless Vistula"));
  }

  @Test
  void aPostbackFromAnotherSessionChangesNothing() {
    String page = PortalSession.anonymous().get("/apply.xhtml").body();
    PortalSession attacker = PortalSession.anonymous();
    attacker.get("/apply.xhtml");
    Map<String, String> form = application(page, "Borrowed Vistula");
    attacker.follow(attacker.postForm("/apply.xhtml", form));
    assertEquals(0, applications("Borrowed Vistula"));
  }

  @Test
  void theGenuinePostbackIsAccepted() {
    PortalSession visitor = PortalSession.anonymous();
    String page = visitor.get("/apply.xhtml").body();
    HttpResponse<String> response =
        visitor.follow(visitor.postForm("/apply.xhtml", application(page, "Genuine Vistula")));
    assertEquals(200, response.statusCode());
    assertEquals(1, applications("Genuine Vistula"), response.body());
  }

  @Test
  void aSignedInUsersFormNeedsItsOwnViewStateToo() {
    PortalSession pm = PortalSession.signIn("pm-danube");
    String page = pm.get("/partner/profile.xhtml").body();
    Map<String, String> form = PortalSession.formFields(page, "contactForm");
    form.put("contactForm:contactName", "Mallory");
    form.put("contactForm:saveContact", "contactForm:saveContact");
    form.put("jakarta.faces.ViewState", "-1:-1");
    pm.follow(pm.postForm("/partner/profile.xhtml", form));
    assertFalse("Mallory".equals(Db.string("SELECT contact_name FROM partner WHERE id = 3")));
  }
}
