package org.channelport.it.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A browser-less portal session: signs in through the real Keycloak login form (authorization code
 * flow), then requests pages with the session cookie, as a browser would.
 */
public final class PortalSession {
  private static final Pattern FORM_ACTION =
      Pattern.compile("<form[^>]*id=\"kc-form-login\"[^>]*action=\"([^\"]+)\"");
  private static final Pattern CSP_NONCE =
      Pattern.compile("<input[^>]*name=\"primefaces.nonce\"[^>]*value=\"([^\"]+)\"");
  private static final Pattern VIEW_STATE =
      Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");

  private final Http http = new Http();

  private PortalSession() {}

  public static PortalSession anonymous() {
    return new PortalSession();
  }

  public static PortalSession signIn(String username) {
    PortalSession session = new PortalSession();
    HttpResponse<String> toKeycloak = session.http.get(Stack.portalUrl() + "/");
    assertEquals(302, toKeycloak.statusCode(), "the portal sends an anonymous visitor to Keycloak");
    String loginPage = location(toKeycloak);
    assertTrue(loginPage.startsWith(Stack.realmUrl()), loginPage);
    HttpResponse<String> form = session.http.get(loginPage);
    assertEquals(200, form.statusCode());
    Matcher action = FORM_ACTION.matcher(form.body());
    assertTrue(action.find(), "Keycloak shows its login form");
    HttpResponse<String> back =
        session.http.postForm(
            action.group(1).replace("&amp;", "&"),
            Map.of("username", username, "password", "demo", "credentialId", ""));
    assertEquals(302, back.statusCode(), "Keycloak accepts " + username);
    HttpResponse<String> response = session.follow(back);
    assertEquals(200, response.statusCode(), "signed in as " + username + ": " + response.uri());
    return session;
  }

  /** GET a page of the portal (path like /channel/partners.xhtml), following portal redirects. */
  public HttpResponse<String> get(String path) {
    return http.get(Stack.portalUrl() + path);
  }

  public HttpResponse<String> getWithLanguage(String path, String acceptLanguage) {
    return http.get(Stack.portalUrl() + path, "Accept-Language", acceptLanguage);
  }

  public HttpResponse<String> getFollowing(String path) {
    return follow(http.get(Stack.portalUrl() + path));
  }

  public HttpResponse<String> postForm(String path, Map<String, String> form, String... headers) {
    return http.postForm(Stack.portalUrl() + path, form, headers);
  }

  /** Follows redirects within the portal and Keycloak (up to 10). */
  public HttpResponse<String> follow(HttpResponse<String> response) {
    HttpResponse<String> current = response;
    for (int i = 0; i < 10 && current.statusCode() / 100 == 3; i++) {
      current = http.get(location(current));
    }
    return current;
  }

  public static String location(HttpResponse<String> response) {
    String location = response.headers().firstValue("Location").orElseThrow();
    return response.uri().resolve(URI.create(location)).toString();
  }

  public static String viewState(String html) {
    Matcher m = VIEW_STATE.matcher(html);
    assertTrue(m.find(), "the page has a Faces view state");
    return m.group(1);
  }

  /** The form fields of a Faces page as the browser would post them. */
  public static Map<String, String> formFields(String html, String formId) {
    Map<String, String> fields = new LinkedHashMap<>();
    Matcher inputs =
        Pattern.compile(
                "<input[^>]*name=\"("
                    + Pattern.quote(formId)
                    + "[^\"]*)\"[^>]*?(?:value=\"([^\"]*)\")?[^>]*>")
            .matcher(html);
    while (inputs.find()) {
      fields.put(
          inputs.group(1), inputs.group(2) == null ? "" : inputs.group(2).replace("&amp;", "&"));
    }
    fields.put(formId, formId);
    fields.put("jakarta.faces.ViewState", viewState(html));
    // the page's CSP nonce, which PrimeFaces wants back with every postback
    Matcher nonce = CSP_NONCE.matcher(html);
    if (nonce.find()) {
      fields.put("primefaces.nonce", nonce.group(1));
    }
    return fields;
  }
}
