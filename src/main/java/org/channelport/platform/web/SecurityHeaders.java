package org.channelport.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;

/**
 * Security headers on every response: pages, the API, static resources, redirects and the error
 * pages the container dispatches (mapped first in web.xml, for REQUEST, FORWARD, ERROR and ASYNC
 * dispatches).
 *
 * <p>Every response starts with a strict Content-Security-Policy that allows nothing ({@link
 * #STRICT_CSP}): right for JSON, files and redirects. Faces pages get theirs from PrimeFaces
 * ({@code primefaces.CSP} and {@code primefaces.CSP_POLICY} in web.xml), which adds a fresh nonce
 * per response; the response wrapper lets a page's own policy (PrimeFaces', or the sandbox of a
 * showroom logo) replace the strict one instead of being added beside it — two policies would both
 * apply and block the page's scripts.
 */
public class SecurityHeaders extends HttpFilter {
  static final String CSP = "Content-Security-Policy";
  static final String STRICT_CSP =
      "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";
  static final String PERMISSIONS =
      "camera=(), microphone=(), geolocation=(), payment=(), usb=(), display-capture=()";

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (!response.isCommitted()) {
      response.setHeader("X-Content-Type-Options", "nosniff");
      response.setHeader("X-Frame-Options", "DENY");
      response.setHeader("Referrer-Policy", "same-origin");
      response.setHeader("Permissions-Policy", PERMISSIONS);
      if (!response.containsHeader(CSP)) {
        response.setHeader(CSP, STRICT_CSP);
      }
    }
    chain.doFilter(request, response instanceof OnePolicy ? response : new OnePolicy(response));
  }

  /** A response whose Content-Security-Policy is set, never added a second time. */
  static final class OnePolicy extends HttpServletResponseWrapper {
    OnePolicy(HttpServletResponse response) {
      super(response);
    }

    @Override
    public void addHeader(String name, String value) {
      if (CSP.equalsIgnoreCase(name)) {
        super.setHeader(name, value);
      } else {
        super.addHeader(name, value);
      }
    }
  }
}
