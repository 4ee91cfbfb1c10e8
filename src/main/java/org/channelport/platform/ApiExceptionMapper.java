package org.channelport.platform;

import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.channelport.shared.AccessDeniedException;
import org.channelport.shared.ConflictException;
import org.channelport.shared.DomainException;
import org.channelport.shared.FieldError;
import org.channelport.shared.InvalidInputException;
import org.channelport.shared.RecordNotFoundException;

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
    InvalidInputException invalidInput = find(e, InvalidInputException.class);
    if (invalidInput != null) {
      e = invalidInput;
    }
    if (e instanceof InvalidInputException invalid) {
      var errors =
          invalid.errors().stream()
              .map(f -> new Problem.FieldProblem(f.field(), f.message()))
              .toList();
      return new Problem(
          "about:blank",
          "Bad Request",
          400,
          invalid.getMessage(),
          errors.isEmpty() ? null : errors.get(0).field(),
          errors);
    }
    if (e instanceof RecordNotFoundException) {
      return Problem.of(Response.Status.NOT_FOUND, e.getMessage());
    }
    if (e instanceof AccessDeniedException) {
      return Problem.of(Response.Status.FORBIDDEN, e.getMessage());
    }
    if (e instanceof ConflictException conflict) {
      return new Problem(
          "about:blank", "Conflict", 409, conflict.getMessage(), conflict.field(), null);
    }
    if (e instanceof ProcessingException) {
      return unfitBody();
    }
    if (e instanceof WebApplicationException web) {
      Response.StatusType status = web.getResponse().getStatusInfo();
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
        Response.Status.INTERNAL_SERVER_ERROR, "Something went wrong; the error has been logged.");
  }

  private static Throwable unwrap(Throwable error) {
    Throwable e = error;
    while (e.getCause() != null
        && (e instanceof jakarta.ejb.EJBException
            || e instanceof jakarta.transaction.TransactionalException)) {
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
