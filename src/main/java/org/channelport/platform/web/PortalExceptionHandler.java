package org.channelport.platform.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.Locale;
import org.channelport.platform.PersistenceFailures;
import org.channelport.shared.DomainException;
import org.channelport.shared.FieldError;
import org.channelport.shared.InvalidInputException;
import org.channelport.shared.Messages;

/**
 * What a page does when a business rule says no: a record outside the caller's scope is a 404 page,
 * a forbidden action a 403 page, and bad input or a conflict a message on the same page (nothing
 * was changed). A write that lost a race with another user's (a record changed meanwhile, a
 * duplicate that a unique key refused) is such a conflict too. A postback with an unknown view
 * state (expired, forged, another session's) gets a fresh copy of the same page with a message
 * ({@link ExpiredViews}). Anything else goes to the error page, without a stack trace.
 */
public class PortalExceptionHandler extends ExceptionHandlerWrapper {
  public PortalExceptionHandler(ExceptionHandler wrapped) {
    super(wrapped);
  }

  @Override
  public void handle() {
    FacesContext faces = FacesContext.getCurrentInstance();
    Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
    while (events.hasNext()) {
      Throwable thrown = events.next().getContext().getException();
      ViewExpiredException expired = ExpiredViews.find(thrown);
      if (expired != null) {
        events.remove();
        ExpiredViews.reload(faces, expired.getViewId());
        continue;
      }
      if (ExpiredViews.isForeignNonce(thrown)) {
        events.remove();
        ExpiredViews.reload(
            faces, faces.getViewRoot() == null ? null : faces.getViewRoot().getViewId());
        continue;
      }
      DomainException domain = find(thrown);
      if (domain == null) {
        domain = PersistenceFailures.conflict(thrown);
      }
      if (domain == null) {
        continue;
      }
      events.remove();
      if (domain.kind() == DomainException.Kind.NOT_FOUND) {
        sendError(faces, 404);
      } else if (domain.kind() == DomainException.Kind.ACCESS_DENIED && !isPostback(faces)) {
        sendError(faces, 403);
      } else {
        Locale locale =
            faces.getViewRoot() == null ? Locale.ENGLISH : faces.getViewRoot().getLocale();
        if (domain instanceof InvalidInputException invalid) {
          for (FieldError error : invalid.errors()) {
            faces.addMessage(
                null,
                new FacesMessage(
                    FacesMessage.SEVERITY_ERROR,
                    Messages.fieldLabel(locale, error.field()) + ": " + error.message(locale),
                    null));
          }
        } else {
          faces.addMessage(
              null,
              new FacesMessage(FacesMessage.SEVERITY_ERROR, domain.localizedMessage(locale), null));
        }
        faces.validationFailed();
        faces.renderResponse();
      }
    }
    getWrapped().handle();
  }

  private static boolean isPostback(FacesContext faces) {
    return faces.isPostback();
  }

  private static void sendError(FacesContext faces, int status) {
    try {
      faces.getExternalContext().responseSendError(status, null);
      faces.responseComplete();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static DomainException find(Throwable error) {
    for (Throwable e = error; e != null; e = e.getCause()) {
      if (e instanceof DomainException domain) {
        return domain;
      }
    }
    return null;
  }
}
