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
    cookie.setSecure(
        ConfigProvider.getConfig().getOptionalValue(SECURE, Boolean.class).orElse(false));
  }
}
