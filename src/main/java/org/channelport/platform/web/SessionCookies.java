package org.channelport.platform.web;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.SessionCookieConfig;
import jakarta.servlet.annotation.WebListener;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The session cookie: HttpOnly (web.xml), SameSite=Lax, and Secure when {@code
 * channelport.cookies.secure} is true — set it wherever the portal is served over HTTPS (also
 * behind a proxy that ends TLS: the browser sees HTTPS). It stays off by default for the http dev
 * and test stack, where a Secure cookie would never be sent back.
 *
 * <p>Lax, not Strict: the browser comes back from the Keycloak login by a top-level GET from
 * another site, and a Strict cookie would be missing on that request.
 */
@WebListener
public class SessionCookies implements ServletContextListener {
  public static final String SECURE = "channelport.cookies.secure";

  @Override
  public void contextInitialized(ServletContextEvent event) {
    SessionCookieConfig cookie = event.getServletContext().getSessionCookieConfig();
    cookie.setHttpOnly(true);
    cookie.setAttribute("SameSite", "Lax");
    payaraSameSite(cookie, "Lax");
    cookie.setSecure(
        ConfigProvider.getConfig().getOptionalValue(SECURE, Boolean.class).orElse(false));
  }

  /**
   * Payara 6 writes the session cookie's SameSite from its own setting (the {@code cookieSameSite}
   * property of payara-web.xml, held by its SessionCookieConfig) and ignores the Servlet 6 cookie
   * attribute set above; its config object has a public {@code setSameSite(String)}.
   */
  private static void payaraSameSite(SessionCookieConfig cookie, String value) {
    try {
      cookie.getClass().getMethod("setSameSite", String.class).invoke(cookie, value);
    } catch (NoSuchMethodException e) {
      // another container: the standard attribute is enough
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("Cannot set SameSite on the session cookie", e);
    }
  }
}
