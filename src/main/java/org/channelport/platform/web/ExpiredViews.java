package org.channelport.platform.web;

import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.component.UIViewParameter;
import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewDeclarationLanguage;
import jakarta.faces.view.ViewMetadata;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A postback whose view state the portal does not know — expired with the session, forged, or
 * issued to another session — restores no view, so nothing of it was applied. Instead of an error
 * page the visitor is sent to a fresh GET of the same page with {@code expired=1}, which the page
 * templates show as a message; an AJAX postback gets a partial-response redirect to it. What was
 * typed in is lost; nothing is stored.
 *
 * <p>The same page is the address the browser had (its Referer, when that is a page of this portal
 * on the same origin), or else the view with the view parameters the request carries (the showroom
 * forms repeat theirs as hidden fields); the expired page when the view cannot be built.
 */
final class ExpiredViews {
  /** The query flag that makes the page templates say that the page had expired. */
  static final String FLAG = "expired=1";

  private ExpiredViews() {}

  static ViewExpiredException find(Throwable error) {
    for (Throwable e = error; e != null; e = e.getCause()) {
      if (e instanceof ViewExpiredException expired) {
        return expired;
      }
    }
    return null;
  }

  /**
   * A postback whose PrimeFaces CSP nonce is missing or not its view's. PrimeFaces notices it only
   * when it draws the answer — after the (CSRF-checked, view-state-valid) postback was applied —
   * and raises its own exception type for it.
   */
  static boolean isForeignNonce(Throwable error) {
    for (Throwable e = error; e != null; e = e.getCause()) {
      if ("org.primefaces.csp.CspException".equals(e.getClass().getName())) {
        return true;
      }
    }
    return false;
  }

  static void reload(FacesContext faces, String viewId) {
    redirect(faces, viewId, true);
  }

  /**
   * A fresh GET of the same page without the expired message: for a postback whose view state was
   * good (so what it did stands) but whose answer could not be drawn, e.g. without its CSP nonce.
   */
  static void reopen(FacesContext faces, String viewId) {
    redirect(faces, viewId, false);
  }

  private static void redirect(FacesContext faces, String viewId, boolean expired) {
    if (faces.getResponseComplete()) {
      return;
    }
    ExternalContext external = faces.getExternalContext();
    HttpServletRequest request = (HttpServletRequest) external.getRequest();
    String target =
        sameOriginReferer(
                request.getHeader("Referer"),
                request.getScheme(),
                request.getServerName(),
                request.getServerPort(),
                request.getContextPath())
            .orElseGet(() -> viewUrl(faces, viewId, request));
    try {
      external.redirect(expired ? withFlag(target) : target);
      faces.responseComplete();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The path and query of the Referer when it is a page of this portal on the same origin; empty
   * for anything else (no redirect leaves the portal).
   */
  static Optional<String> sameOriginReferer(
      String referer, String scheme, String host, int port, String contextPath) {
    if (referer == null || referer.isBlank()) {
      return Optional.empty();
    }
    try {
      URI uri = new URI(referer.strip());
      int refererPort = uri.getPort() == -1 ? defaultPort(uri.getScheme()) : uri.getPort();
      String path = uri.getRawPath();
      boolean sameOrigin =
          scheme.equalsIgnoreCase(uri.getScheme())
              && host.equalsIgnoreCase(uri.getHost())
              && port == refererPort
              && uri.getRawUserInfo() == null;
      if (!sameOrigin
          || path == null
          || !path.startsWith(contextPath + "/")
          || path.startsWith(contextPath + "//")
          || path.contains("/jakarta.faces.resource/")
          || path.contains("..")) {
        return Optional.empty();
      }
      return Optional.of(uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery());
    } catch (URISyntaxException e) {
      return Optional.empty();
    }
  }

  private static int defaultPort(String scheme) {
    return "https".equalsIgnoreCase(scheme) ? 443 : 80;
  }

  /** The view's bookmarkable URL with the view parameters found in the request. */
  private static String viewUrl(FacesContext faces, String viewId, HttpServletRequest request) {
    String fallback = request.getContextPath() + "/expired.xhtml";
    if (viewId == null || viewId.isBlank()) {
      return fallback;
    }
    UIViewRoot current = faces.getViewRoot();
    try {
      ViewDeclarationLanguage vdl =
          faces.getApplication().getViewHandler().getViewDeclarationLanguage(faces, viewId);
      ViewMetadata metadata = vdl == null ? null : vdl.getViewMetadata(faces, viewId);
      Map<String, List<String>> params = new LinkedHashMap<>();
      if (metadata != null) {
        for (UIViewParameter param :
            ViewMetadata.getViewParameters(metadata.createMetadataView(faces))) {
          String value = request.getParameter(param.getName());
          if (value != null && !value.isBlank()) {
            params.put(param.getName(), List.of(value));
          }
        }
      }
      return faces
          .getApplication()
          .getViewHandler()
          .getBookmarkableURL(faces, viewId, params, false);
    } catch (RuntimeException e) {
      return fallback;
    } finally {
      if (current != null) {
        faces.setViewRoot(current);
      }
    }
  }

  /** The URL with {@code expired=1} in its query (once). */
  static String withFlag(String url) {
    int query = url.indexOf('?');
    if (query < 0) {
      return url + "?" + FLAG;
    }
    for (String pair : url.substring(query + 1).split("&")) {
      if (pair.equals(FLAG)) {
        return url;
      }
    }
    return url.endsWith("?") || url.endsWith("&") ? url + FLAG : url + "&" + FLAG;
  }
}
