package org.channelport.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.channelport.it.support.Db;
import org.channelport.it.support.PortalSession;
import org.channelport.it.support.Stack;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A postback whose view state the portal does not know — expired with the session, forged, or
 * issued to another session — never answers 500: the visitor gets a fresh copy of the same page
 * with a message, and nothing is stored. AJAX postbacks get a partial response that redirects.
 */
@ExtendWith(ArquillianExtension.class)
class ExpiredViewStateIT {
  private static final String MESSAGE = "This page had expired";
  private static final String INQUIRY = "/showroom/northwind-systems/inquiry?sku=NET-AP6";
  private static final Pattern AJAX_REDIRECT =
      Pattern.compile("<partial-response[^>]*>\\s*<redirect url=\"([^\"]+)\"");

  private static final String RUN = " " + System.nanoTime() % 1_000_000;

  private static long applications(String company) {
    return CsrfIT.applications(company);
  }

  /** Sends the form, checks the redirect, follows it; the page that follows. */
  private static HttpResponse<String> postExpecting(
      PortalSession session, String path, Map<String, String> form, String... headers) {
    HttpResponse<String> answer = session.postForm(path, form, headers);
    assertNotEquals(500, answer.statusCode(), answer.body());
    assertEquals(302, answer.statusCode(), "a redirect to the page, not " + answer.body());
    HttpResponse<String> page = session.follow(answer);
    assertEquals(200, page.statusCode(), page.uri() + ": " + page.body());
    assertTrue(page.uri().toString().contains("expired=1"), page.uri().toString());
    assertTrue(page.body().contains(MESSAGE), page.body());
    return page;
  }

  @Test
  void aForgedViewStateShowsTheApplicationFormAgain() {
    PortalSession visitor = PortalSession.anonymous();
    Map<String, String> form =
        CsrfIT.application(visitor.get("/apply.xhtml").body(), "Forged Oder" + RUN);
    for (String forged : new String[] {"-4567890123456789012:1234567890123456789", "garbage"}) {
      form.put("jakarta.faces.ViewState", forged);
      HttpResponse<String> page = postExpecting(visitor, "/apply.xhtml", form);
      assertTrue(page.uri().getPath().endsWith("/apply.xhtml"), page.uri().toString());
      assertTrue(page.body().contains("id=\"applyForm\""), "the form again: " + page.body());
    }
    assertEquals(0, applications("Forged Oder" + RUN));
  }

  @Test
  void aFormWithoutItsCspNonceOrWithAForgedOneNeverAnswers500() {
    // the view state is good, so the postback counts; only its answer cannot carry the nonce:
    // the same page is opened afresh instead of an error page
    PortalSession visitor = PortalSession.anonymous();
    for (String nonce : new String[] {null, "Zm9yZ2VkLW5vbmNl"}) {
      Map<String, String> form =
          new HashMap<>(CsrfIT.application(visitor.get("/apply.xhtml").body(), "Nonce Oder" + RUN));
      if (nonce == null) {
        form.remove("primefaces.nonce");
      } else {
        form.put("primefaces.nonce", nonce);
      }
      HttpResponse<String> answer = visitor.postForm("/apply.xhtml", form);
      assertNotEquals(500, answer.statusCode(), answer.body());
      assertEquals(302, answer.statusCode(), answer.body());
      HttpResponse<String> page = visitor.follow(answer);
      assertEquals(200, page.statusCode(), page.body());
      assertTrue(page.uri().getPath().endsWith("/apply.xhtml"), page.uri().toString());
    }
  }

  @Test
  void aViewStateOfAnotherSessionShowsTheFormAgain() {
    String page = PortalSession.anonymous().get("/apply.xhtml").body();
    PortalSession other = PortalSession.anonymous();
    other.get("/apply.xhtml");
    postExpecting(other, "/apply.xhtml", CsrfIT.application(page, "Borrowed Oder" + RUN));
    assertEquals(0, applications("Borrowed Oder" + RUN));
  }

  @Test
  void aFormSentAfterTheSessionEndedShowsTheFormAgain() {
    String page = PortalSession.anonymous().get("/apply.xhtml").body();
    // a new cookie jar: the browser's session is gone, as after a timeout
    PortalSession later = PortalSession.anonymous();
    postExpecting(later, "/apply.xhtml", CsrfIT.application(page, "Late Oder" + RUN));
    assertEquals(0, applications("Late Oder" + RUN));
    // and the fresh form works
    PortalSession again = PortalSession.anonymous();
    HttpResponse<String> sent =
        again.follow(
            again.postForm(
                "/apply.xhtml",
                CsrfIT.application(again.get("/apply.xhtml").body(), "Late Oder" + RUN)));
    assertEquals(200, sent.statusCode());
    assertEquals(1, applications("Late Oder" + RUN));
  }

  @Test
  void anAjaxPostbackWithAnUnknownViewStateGetsAPartialRedirect() {
    String page = PortalSession.anonymous().get("/apply.xhtml").body();
    PortalSession later = PortalSession.anonymous();
    Map<String, String> form = CsrfIT.application(page, "Ajax Oder" + RUN);
    form.put("jakarta.faces.partial.ajax", "true");
    form.put("jakarta.faces.source", "applyForm:submit");
    form.put("jakarta.faces.partial.execute", "@all");
    form.put("jakarta.faces.partial.render", "applyPanel");
    HttpResponse<String> answer =
        later.postForm(
            "/apply.xhtml",
            form,
            "Faces-Request",
            "partial/ajax",
            "X-Requested-With",
            "XMLHttpRequest");
    assertEquals(200, answer.statusCode(), answer.body());
    assertTrue(
        answer.headers().firstValue("Content-Type").orElse("").contains("xml"),
        answer.headers().toString());
    Matcher redirect = AJAX_REDIRECT.matcher(answer.body());
    assertTrue(redirect.find(), "a partial response that redirects: " + answer.body());
    String url = redirect.group(1).replace("&amp;", "&");
    assertTrue(url.contains("/apply.xhtml") && url.contains("expired=1"), url);
    HttpResponse<String> reloaded = later.getFollowing(URI.create(url).getRawPath() + "?expired=1");
    assertEquals(200, reloaded.statusCode());
    assertTrue(reloaded.body().contains(MESSAGE), reloaded.body());
    assertEquals(0, applications("Ajax Oder" + RUN));
  }

  private static Map<String, String> inquiry(String html, String email) {
    assertTrue(
        html.contains("<input type=\"hidden\" name=\"s\" value=\"northwind-systems\""),
        "the form carries the showroom: " + html);
    Map<String, String> fields = new HashMap<>(PortalSession.formFields(html, "inquiryForm"));
    fields.keySet().removeIf(k -> k.contains(":j_id") || k.contains("removeFromCart"));
    fields.put("s", "northwind-systems");
    fields.put("inquiryForm:contactName", "Lena Late");
    fields.put("inquiryForm:email", email);
    fields.put("inquiryForm:website", "");
    fields.put("inquiryForm:send", "Send the inquiry");
    return fields;
  }

  private static long leads(String email) {
    return Db.count("SELECT COUNT(*) FROM sales_lead WHERE email = ?", email);
  }

  @Test
  void anExpiredInquiryShowsTheSameShowroomFormAgain() {
    String email = "late" + System.nanoTime() % 1_000_000 + "@example.com";
    String html = PortalSession.anonymous().get(INQUIRY).body();
    PortalSession later = PortalSession.anonymous();
    HttpResponse<String> page =
        postExpecting(later, "/showroom/inquiry.xhtml", inquiry(html, email));
    assertTrue(page.uri().toString().contains("s=northwind-systems"), page.uri().toString());
    assertTrue(page.body().contains("Northwind Systems"), page.body());
    assertTrue(page.body().contains("id=\"inquiryForm\""), page.body());
    assertEquals(0, leads(email));
  }

  @Test
  void theBrowsersAddressOfThePageIsKeptAndOnlyOurOwn() {
    String email = "kept" + System.nanoTime() % 1_000_000 + "@example.com";
    String html = PortalSession.anonymous().get(INQUIRY).body();
    PortalSession later = PortalSession.anonymous();
    HttpResponse<String> answer =
        later.postForm(
            "/showroom/inquiry.xhtml",
            inquiry(html, email),
            "Referer",
            Stack.portalUrl() + INQUIRY);
    assertEquals(302, answer.statusCode(), answer.body());
    assertEquals(Stack.portalUrl() + INQUIRY + "&expired=1", PortalSession.location(answer));
    HttpResponse<String> page = later.follow(answer);
    assertTrue(page.body().contains(MESSAGE), page.body());
    assertTrue(page.body().contains("NET-AP6"), "the product is in the inquiry again");

    HttpResponse<String> elsewhere =
        later.postForm(
            "/showroom/inquiry.xhtml",
            inquiry(html, email),
            "Referer",
            "http://evil.example" + INQUIRY);
    assertEquals(302, elsewhere.statusCode());
    String location = PortalSession.location(elsewhere);
    assertTrue(location.startsWith(Stack.portalUrl() + "/showroom/"), location);
    assertEquals(0, leads(email));
  }

  @Test
  void aSignedInUsersExpiredFormShowsThePageAgainAndChangesNothing() {
    PortalSession pm = PortalSession.signIn("pm-danube");
    String before = Db.string("SELECT contact_name FROM partner WHERE id = 3");
    Map<String, String> form =
        PortalSession.formFields(pm.get("/partner/profile.xhtml").body(), "contactForm");
    form.put("contactForm:contactName", "Late Mallory");
    form.put("contactForm:saveContact", "contactForm:saveContact");
    form.put("jakarta.faces.ViewState", "-1:-1");
    HttpResponse<String> page = postExpecting(pm, "/partner/profile.xhtml", form);
    assertTrue(page.uri().getPath().endsWith("/partner/profile.xhtml"), page.uri().toString());
    assertEquals(before, Db.string("SELECT contact_name FROM partner WHERE id = 3"));
    assertFalse(page.body().contains("Late Mallory"));
  }
}
