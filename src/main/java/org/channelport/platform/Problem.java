package org.channelport.platform;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/** An RFC 9457 problem detail: what the API answers for every error. */
public record Problem(
    String type, String title, int status, String detail, String field, List<FieldProblem> errors) {
  public static final MediaType MEDIA_TYPE = new MediaType("application", "problem+json");

  /** The status of a request larger than its limit. */
  public static final int TOO_LARGE = 413;

  public record FieldProblem(String field, String message) {}

  public static Problem of(Response.Status status, String detail) {
    return new Problem(
        "about:blank", status.getReasonPhrase(), status.getStatusCode(), detail, null, null);
  }

  /**
   * A request over its size limit (413, RFC 9110's "Content Too Large"): a catalog file, a JSON
   * body; {@code field} names the input, if one.
   */
  public static Problem tooLarge(String detail, String field) {
    return new Problem("about:blank", "Content Too Large", TOO_LARGE, detail, field, null);
  }

  public Response toResponse() {
    return Response.status(status).type(MEDIA_TYPE).entity(this).build();
  }
}
