package org.channelport.platform;

import jakarta.ejb.EJBException;
import jakarta.json.bind.JsonbException;
import jakarta.transaction.TransactionalException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.channelport.shared.ConflictException;
import org.channelport.shared.DomainException;
import org.channelport.shared.FieldError;
import org.channelport.shared.InvalidInputException;

/** Turns every failure of an API call into problem+json; never a stack trace. */
@Provider
public class ApiExceptionMapper implements ExceptionMapper<Throwable> {
  private static final Logger LOG = Logger.getLogger(ApiExceptionMapper.class.getName());

  @Override
  public Response toResponse(Throwable error) {
    Throwable e = unwrap(error);
    ConflictException raced = e instanceof DomainException ? null : PersistenceFailures.conflict(e);
    return problem(raced == null ? e : raced).toResponse();
  }

  static Problem problem(Throwable e) {
    if (find(e, JsonbException.class) != null) {
      // a binder's message names Java types: the caller gets the general answer (the body reader
      // names the field for everything it can see before binding)
      return unfitBody();
    }
    DomainException domain = find(e, DomainException.class);
    if (domain != null) {
      return problem(domain);
    }
    if (e instanceof ProcessingException) {
      return unfitBody();
    }
    if (e instanceof WebApplicationException web) {
      Response.StatusType status = web.getResponse().getStatusInfo();
      if (status.getStatusCode() == Problem.TOO_LARGE) {
        return Problem.tooLarge(safe(web.getMessage(), status), null);
      }
      return new Problem(
          "about:blank",
          status.getReasonPhrase(),
          status.getStatusCode(),
          status.getStatusCode() == 404 ? "No such resource." : safe(web.getMessage(), status),
          null,
          null);
    }
    LOG.log(Level.SEVERE, "Unexpected error in an API call", e);
    return Problem.of(
        Response.Status.INTERNAL_SERVER_ERROR,
        "Something went wrong; the error has been logged." + diagnosis(e));
  }

  /**
   * Set only by the integration tests' configuration: an unexpected error's chain (types, messages
   * and the first frame of the portal's own code) is added to the answer, so that a test that meets
   * a 500 says why without the server's log. Never set in production: callers then get the general
   * sentence only.
   */
  static final String EXPOSE_ERRORS = "channelport.api.expose-errors";

  static String diagnosis(Throwable error) {
    if (!Boolean.getBoolean(EXPOSE_ERRORS) || error == null) {
      return "";
    }
    StringBuilder out = new StringBuilder(" [diagnosis:");
    int depth = 0;
    for (Throwable e = error; e != null && depth < 8; e = e.getCause(), depth++) {
      out.append(depth == 0 ? " " : " <- ").append(e.getClass().getName());
      if (e.getMessage() != null) {
        String message = e.getMessage();
        out.append(": ").append(message, 0, Math.min(300, message.length()));
      }
      for (StackTraceElement frame : e.getStackTrace()) {
        if (frame.getClassName().startsWith("org.channelport.")) {
          out.append(" at ").append(frame);
          break;
        }
      }
    }
    return out.append(']').toString();
  }

  /**
   * A business rule's "no", by its kind: bad input names each field, anything else the field it
   * concerns (if any). Every {@link DomainException}, also one of a capability this class does not
   * know, is answered with its own status.
   */
  public static Problem problem(DomainException e) {
    return switch (e.kind()) {
      case INVALID_INPUT -> invalidInput(e);
      case TOO_LARGE -> Problem.tooLarge(e.getMessage(), e.field());
      case ACCESS_DENIED -> of(Response.Status.FORBIDDEN, e);
      case NOT_FOUND -> of(Response.Status.NOT_FOUND, e);
      case CONFLICT -> of(Response.Status.CONFLICT, e);
      case UNPROCESSABLE ->
          new Problem("about:blank", "Unprocessable Content", 422, e.getMessage(), e.field(), null);
    };
  }

  private static Problem invalidInput(DomainException e) {
    List<Problem.FieldProblem> errors =
        e instanceof InvalidInputException invalid
            ? invalid.errors().stream()
                .map(f -> new Problem.FieldProblem(f.field(), f.message()))
                .toList()
            : e.field() == null
                ? List.of()
                : List.of(new Problem.FieldProblem(e.field(), e.getMessage()));
    return new Problem(
        "about:blank",
        "Bad Request",
        400,
        e.getMessage(),
        errors.isEmpty() ? null : errors.get(0).field(),
        errors.isEmpty() ? null : errors);
  }

  private static Problem of(Response.Status status, DomainException e) {
    return new Problem(
        "about:blank",
        status.getReasonPhrase(),
        status.getStatusCode(),
        e.getMessage(),
        e.field(),
        null);
  }

  private static Throwable unwrap(Throwable error) {
    Throwable e = error;
    while (e.getCause() != null
        && (e instanceof EJBException || e instanceof TransactionalException)) {
      e = e.getCause();
    }
    return e;
  }

  private static <T extends Throwable> T find(Throwable error, Class<T> type) {
    for (Throwable e = error; e != null; e = e.getCause()) {
      if (type.isInstance(e)) {
        return type.cast(e);
      }
    }
    return null;
  }

  private static Problem unfitBody() {
    FieldError body = new FieldError("body", "error.json.notFit");
    return new Problem(
        "about:blank",
        "Bad Request",
        400,
        body.message(),
        body.field(),
        List.of(new Problem.FieldProblem(body.field(), body.message())));
  }

  /** A framework's message only if it names no Java type; otherwise the status's own words. */
  static String safe(String message, Response.StatusType status) {
    if (message == null
        || message.contains("java.")
        || message.contains("jakarta.")
        || message.contains("org.")
        || message.contains("com.")
        || message.contains("class ")
        || message.contains("Exception")) {
      return status.getReasonPhrase() + ".";
    }
    String line = message.lines().findFirst().orElse("");
    return line.length() > 300 ? line.substring(0, 300) : line;
  }
}
