package org.channelport.platform.web;

import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.FacesContext;
import jakarta.faces.context.ResponseWriter;
import java.io.IOException;
import java.util.Map;

/**
 * Every form carries the page's CSP nonce as the hidden field {@code primefaces.nonce}, next to its
 * view state. With {@code primefaces.CSP} on, PrimeFaces refuses a postback without the nonce it
 * issued to that view ("CSP nonce mismatch", a 500); its own scripts add the nonce to the requests
 * they send, but a plain form submit — the showroom pages load no PrimeFaces script, and any
 * non-AJAX button — would not have it.
 */
public class CspNonceField extends ViewHandlerWrapper {
  /** The request parameter and view-map key PrimeFaces keeps the nonce under. */
  static final String NONCE = "primefaces.nonce";

  public CspNonceField(ViewHandler wrapped) {
    super(wrapped);
  }

  @Override
  public void writeState(FacesContext context) throws IOException {
    super.writeState(context);
    UIViewRoot root = context.getViewRoot();
    Map<String, Object> viewMap = root == null ? null : root.getViewMap(false);
    Object nonce = viewMap == null ? null : viewMap.get(NONCE);
    if (nonce instanceof String value && !value.isBlank()) {
      ResponseWriter writer = context.getResponseWriter();
      writer.startElement("input", null);
      writer.writeAttribute("type", "hidden", null);
      writer.writeAttribute("name", NONCE, null);
      writer.writeAttribute("value", value, null);
      writer.endElement("input");
    }
  }
}
