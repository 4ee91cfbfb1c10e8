package org.channelport.platform.web;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.io.Serializable;
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

  public List<String> getLanguages() {
    return SUPPORTED;
  }

  public void setLanguage(String language) {
    if (SUPPORTED.contains(language)) {
      locale = Locale.forLanguageTag(language);
      FacesContext.getCurrentInstance().getViewRoot().setLocale(locale);
    }
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
