package org.channelport.lead.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import java.util.Locale;
import org.channelport.shared.FieldError;
import org.channelport.shared.InvalidInputException;

/**
 * Bad input shown next to the fields it concerns: each field error goes to the input of the same id
 * in the form, others to the top of the page. The view is marked as failed, so dialogs stay open.
 */
final class FieldMessages {
  private FieldMessages() {}

  static void show(String formId, InvalidInputException invalid) {
    FacesContext faces = FacesContext.getCurrentInstance();
    Locale locale = faces.getViewRoot().getLocale();
    for (FieldError error : invalid.errors()) {
      String clientId = formId + ":" + error.field();
      UIComponent input = faces.getViewRoot().findComponent(clientId);
      String text = LeadPages.label(locale, error.field()) + ": " + error.message(locale);
      faces.addMessage(
          input == null ? null : clientId,
          new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
    }
    faces.validationFailed();
  }
}
