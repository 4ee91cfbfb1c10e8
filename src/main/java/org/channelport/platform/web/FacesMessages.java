package org.channelport.platform.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import org.channelport.shared.Messages;

/** Messages for the user, from the bundle, in their language. */
public final class FacesMessages {
  private FacesMessages() {}

  public static void info(String key, Object... args) {
    add(FacesMessage.SEVERITY_INFO, null, text(key, args));
  }

  public static void error(String key, Object... args) {
    add(FacesMessage.SEVERITY_ERROR, null, text(key, args));
  }

  public static String text(String key, Object... args) {
    FacesContext faces = FacesContext.getCurrentInstance();
    return Messages.text(faces.getViewRoot().getLocale(), key, args);
  }

  static void add(FacesMessage.Severity severity, String clientId, String text) {
    FacesContext faces = FacesContext.getCurrentInstance();
    faces.addMessage(clientId, new FacesMessage(severity, text, null));
    faces.getExternalContext().getFlash().setKeepMessages(true);
  }
}
