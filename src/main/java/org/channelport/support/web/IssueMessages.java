package org.channelport.support.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.util.Locale;
import org.channelport.shared.FieldError;
import org.channelport.shared.InvalidInputException;
import org.channelport.shared.Messages;

/**
 * Bad input on a service-issue form, named as the form names its fields ({@code
 * issuePage.field.<name>}); the view is marked as failed, so a dialog stays open and nothing moves
 * on.
 */
final class IssueMessages {
  private IssueMessages() {}

  static void show(InvalidInputException invalid) {
    FacesContext faces = FacesContext.getCurrentInstance();
    Locale locale = faces.getViewRoot().getLocale();
    for (FieldError error : invalid.errors()) {
      faces.addMessage(
          null,
          new FacesMessage(
              FacesMessage.SEVERITY_ERROR,
              Messages.fieldLabel(locale, "issuePage", error.field())
                  + ": "
                  + error.message(locale),
              null));
    }
    faces.validationFailed();
  }

  static void error(String key, Object... args) {
    FacesContext faces = FacesContext.getCurrentInstance();
    faces.addMessage(
        null,
        new FacesMessage(
            FacesMessage.SEVERITY_ERROR,
            Messages.text(faces.getViewRoot().getLocale(), key, args),
            null));
    faces.validationFailed();
  }
}
