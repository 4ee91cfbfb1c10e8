package org.channelport.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.channelport.it.support.Api;
import org.channelport.it.support.Http;
import org.channelport.it.support.PortalSession;
import org.channelport.it.support.Stack;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Security headers on every kind of response — pages, API answers, static resources, error pages —
 * and a Content-Security-Policy the pages really keep: every script carries the response's nonce
 * and no inline event handler is left.
 */
@ExtendWith(ArquillianExtension.class)
class SecurityHeadersIT {
  private static final Pattern NONCE = Pattern.compile("'nonce-([A-Za-z0-9+/=_-]+)'");
  private static final Pattern SCRIPT = Pattern.compile("<script\\b[^>]*>");
  private static final Pattern INLINE_HANDLER =
      Pattern.compile("<[a-zA-Z][^>]*\\son[a-z]+\\s*=", Pattern.CASE_INSENSITIVE);
  private static final String STRICT = "default-src 'none'";

  /** The headers every response carries; returns its one Content-Security-Policy. */
  static String assertSecurityHeaders(HttpResponse<String> response) {
    String where = response.request().method() + " " + response.uri();
    assertEquals(List.of("nosniff"), response.headers().allValues("X-Content-Type-Options"), where);
    assertEquals(List.of("DENY"), response.headers().allValues("X-Frame-Options"), where);
    assertEquals(List.of("same-origin"), response.headers().allValues("Referrer-Policy"), where);
    String permissions = response.headers().firstValue("Permissions-Policy").orElse("");
    assertTrue(permissions.contains("camera=()"), where + ": " + permissions);
    assertTrue(permissions.contains("geolocation=()"), where + ": " + permissions);
    List<String> csp = response.headers().allValues("Content-Security-Policy");
    assertEquals(1, csp.size(), where + ": exactly one policy, not " + csp);
    assertTrue(csp.get(0).contains("frame-ancestors 'none'"), where + ": " + csp);
    return csp.get(0);
  }

  /** A Faces page: PrimeFaces' policy with a nonce that every script of the page carries. */
  static void assertPagePolicy(HttpResponse<String> page) {
    String csp = assertSecurityHeaders(page);
    assertTrue(csp.contains("default-src 'self'"), csp);
    assertTrue(csp.contains("object-src 'none'"), csp);
    Matcher nonce = NONCE.matcher(csp);
    assertTrue(nonce.find(), "script-src with a nonce: " + csp);
    assertTrue(csp.contains("script-src 'self' 'nonce-"), csp);
    String scriptSrc = csp.substring(csp.indexOf("script-src"));
    assertFalse(
        scriptSrc.contains("unsafe"), "no unsafe-inline or unsafe-eval for scripts: " + csp);
    Matcher scripts = SCRIPT.matcher(page.body());
    while (scripts.find()) {
      assertTrue(
          scripts.group().contains("nonce=\"" + nonce.group(1) + "\""),
          page.uri() + ": a script without the nonce: " + scripts.group());
    }
    Matcher handler = INLINE_HANDLER.matcher(page.body());
    assertFalse(
        handler.find(),
        page.uri() + ": an inline event handler: " + (handler.hitEnd() ? "" : handler.group()));
  }

  @Test
  void aPublicPageHasThemAndAStrictSessionCookie() {
    HttpResponse<String> page = new Http().get(Stack.portalUrl() + "/apply.xhtml");
    assertEquals(200, page.statusCode());
    assertPagePolicy(page);
    String cookie =
        page.headers().allValues("Set-Cookie").stream()
            .filter(c -> c.startsWith("JSESSIONID="))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no session cookie: " + page.headers()));
    String lower = cookie.toLowerCase();
    assertTrue(lower.contains("httponly"), cookie);
    assertTrue(lower.contains("samesite=lax"), cookie);
    // the test stack is plain http: channelport.cookies.secure is off by default
    assertFalse(lower.contains("secure;") || lower.endsWith("secure"), cookie);
  }

  @Test
  void signedInPagesWithPrimeFacesWidgetsKeepThePolicy() {
    PortalSession cm = PortalSession.signIn("cm-all");
    for (String path : List.of("/index.xhtml", "/channel/partners.xhtml", "/channel/leads.xhtml")) {
      HttpResponse<String> page = cm.get(path);
      assertEquals(200, page.statusCode(), path);
      assertPagePolicy(page);
    }
  }

  @Test
  void showroomPagesHaveThemAndStayFreeOfWidgetScripts() {
    HttpResponse<String> page = new Http().get(Stack.portalUrl() + "/showroom/northwind-systems");
    assertEquals(200, page.statusCode());
    assertPagePolicy(page);
    // PrimeFaces' head adds its small locale script and settings; no jQuery, no widgets
    assertFalse(
        Pattern.compile("<script[^>]*src=\"[^\"]*(core|components|jquery)[^\"]*\\.js")
            .matcher(page.body())
            .find(),
        "no PrimeFaces widget scripts in the showroom: " + page.body());
  }

  @Test
  void apiAnswersHaveThemWithAPolicyThatAllowsNothing() {
    HttpResponse<String> ok = Api.as("pm-northwind").get("/me");
    assertEquals(200, ok.statusCode(), ok.body());
    assertTrue(assertSecurityHeaders(ok).startsWith(STRICT));

    HttpResponse<String> missing = Api.as("pm-northwind").get("/no-such-thing");
    assertEquals(404, missing.statusCode(), missing.body());
    assertTrue(assertSecurityHeaders(missing).startsWith(STRICT));

    HttpResponse<String> anonymous =
        new Http().get(Api.url("/partners"), "Accept", "application/json");
    assertEquals(401, anonymous.statusCode());
    assertTrue(assertSecurityHeaders(anonymous).startsWith(STRICT));
  }

  @Test
  void staticResourcesHaveThem() {
    String page = new Http().get(Stack.portalUrl() + "/apply.xhtml").body();
    Matcher css = Pattern.compile("<link[^>]*href=\"([^\"]*portal\\.css[^\"]*)\"").matcher(page);
    assertTrue(css.find(), "the page links its style sheet");
    HttpResponse<String> resource =
        new Http().get(Stack.portalUrl() + css.group(1).replace("&amp;", "&"));
    assertEquals(200, resource.statusCode(), css.group(1));
    assertTrue(assertSecurityHeaders(resource).startsWith(STRICT));
  }

  @Test
  void errorPagesHaveThem() {
    // a page that answers 404 itself (anonymous visitors get 404s only on public addresses)
    HttpResponse<String> page =
        new Http().get(Stack.portalUrl() + "/showroom/northwind-systems/p/NO-SUCH-SKU");
    assertEquals(404, page.statusCode());
    assertSecurityHeaders(page);

    HttpResponse<String> file = new Http().get(Stack.portalUrl() + "/resources/no-such-file.css");
    assertEquals(404, file.statusCode());
    assertTrue(file.body().contains("Not found"), "the portal's not-found page: " + file.body());
    assertSecurityHeaders(file);

    // not a showroom address at all: the filter's sendError, then the container's error page
    HttpResponse<String> sent = new Http().get(Stack.portalUrl() + "/showroom/Not_A_Slug!");
    assertEquals(404, sent.statusCode());
    assertTrue(sent.body().contains("Not found"), sent.body());
    assertSecurityHeaders(sent);

    HttpResponse<String> favicon = new Http().get(Stack.portalUrl() + "/favicon.ico");
    assertEquals(404, favicon.statusCode(), "no redirect to the login for the browser's icon");
    assertSecurityHeaders(favicon);

    HttpResponse<String> showroom =
        new Http().get(Stack.portalUrl() + "/showroom/no-such-showroom-here");
    assertEquals(404, showroom.statusCode());
    assertSecurityHeaders(showroom);
  }
}
