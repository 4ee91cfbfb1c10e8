package org.channelport.platform.web;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.http.Cookie;
import java.io.Serializable;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;

/** The user's language: from the browser at first, then as chosen in the header. */
@Named
@SessionScoped
public class LocaleBean implements Serializable {
  private static final List<String> SUPPORTED = List.of("en", "pl");
  private Locale locale;

  public Locale getLocale() {
    if (locale == null) {
      locale = fromBrowser();
    }
    return locale;
  }

  public String getLanguage() {
    return getLocale().getLanguage();
  }

  public void setLanguage(String language) {
    if (SUPPORTED.contains(language)) {
      locale = Locale.forLanguageTag(language);
      FacesContext.getCurrentInstance().getViewRoot().setLocale(locale);
    }
  }

  /**
   * The user's time zone, as the browser reported it in the cp_tz cookie (set by the layout); UTC
   * when unknown.
   */
  public static ZoneId zoneOf(FacesContext faces) {
    Object cookie = faces.getExternalContext().getRequestCookieMap().get("cp_tz");
    if (cookie instanceof Cookie c) {
      try {
        return ZoneId.of(URLDecoder.decode(c.getValue(), StandardCharsets.UTF_8));
      } catch (DateTimeException | IllegalArgumentException unknownZone) {
        // fall back to UTC
      }
    }
    return ZoneOffset.UTC;
  }

  private static Locale fromBrowser() {
    FacesContext faces = FacesContext.getCurrentInstance();
    if (faces != null) {
      Iterator<Locale> wanted = faces.getExternalContext().getRequestLocales();
      while (wanted.hasNext()) {
        String language = wanted.next().getLanguage();
        if (SUPPORTED.contains(language)) {
          return Locale.forLanguageTag(language);
        }
      }
    }
    return Locale.ENGLISH;
  }
}
