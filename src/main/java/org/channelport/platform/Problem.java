package org.channelport.platform;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/** An RFC 9457 problem detail: what the API answers for every error. */
public record Problem(
    String type, String title, int status, String detail, String field, List<FieldProblem> errors) {
  public static final MediaType MEDIA_TYPE = new MediaType("application", "problem+json");

  public record FieldProblem(String field, String message) {}

  public static Problem of(Response.Status status, String detail) {
    return new Problem(
        "about:blank", status.getReasonPhrase(), status.getStatusCode(), detail, null, null);
  }

  public Response toResponse() {
    return Response.status(status).type(MEDIA_TYPE).entity(this).build();
  }
}
