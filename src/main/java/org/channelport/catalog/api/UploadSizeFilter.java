package org.channelport.catalog.api;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.ext.Provider;
import org.channelport.catalog.CatalogUploads;
import org.channelport.catalog.UploadTooLargeException;
import org.channelport.platform.ApiExceptionMapper;
import org.channelport.platform.LimitedBody;

/**
 * A catalog upload whose declared length is over the limit is refused (413) before its body is
 * read, so a client that sent {@code Expect: 100-continue} never sends it. A body without a length
 * (chunked) or with a false one is cut off (413) once it is longer than the limit allows, before a
 * multipart parser has kept it.
 */
@Provider
@PreMatching
@Priority(Priorities.AUTHENTICATION + 100)
public class UploadSizeFilter implements ContainerRequestFilter {
  /** Room for the multipart headers around the file. */
  private static final long ENVELOPE = 64 * 1024;

  /** The file part and a few form fields. */
  private static final int MAX_PARTS = 8;

  @Inject CatalogUploads uploads;

  @Override
  public void filter(ContainerRequestContext request) {
    if (!"POST".equals(request.getMethod())) {
      return;
    }
    String path = request.getUriInfo().getPath();
    if (!path.replaceAll("/+$", "").endsWith("catalog/uploads")) {
      return;
    }
    long limit = uploads.maxUploadMb() * 1024 * 1024;
    if (request.getLength() > limit + ENVELOPE) {
      request.abortWith(
          ApiExceptionMapper.problem(new UploadTooLargeException(uploads.maxUploadMb()))
              .toResponse());
      return;
    }
    // no length (chunked) or a false one: cut off as it is read, before a multipart parser keeps
    // it (the file part and a few form fields at most)
    request.setEntityStream(
        LimitedBody.multipart(
            request.getEntityStream(),
            request.getMediaType(),
            limit + ENVELOPE,
            MAX_PARTS,
            () -> new UploadTooLargeException(uploads.maxUploadMb())));
  }
}
