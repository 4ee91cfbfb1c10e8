package org.channelport.support.api;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.ext.Provider;
import org.channelport.platform.ApiExceptionMapper;
import org.channelport.platform.LimitedBody;
import org.channelport.shared.DomainException;
import org.channelport.support.IssueFiles;
import org.channelport.support.IssueService;

/**
 * A multipart comment is refused before a byte of its body is read: when the caller may not comment
 * on the issue (404 for another partner's, audited; 403 for a role that writes none) and when its
 * declared length is more than the files allowed could be (413), so a client that sent {@code
 * Expect: 100-continue} never sends it. Runs after matching (the issue's id is known) and before
 * the body is read. A body without a length (chunked) or with a false one is cut off (413) once it
 * is longer than that, or once it starts more parts than the comment and its files.
 */
@Provider
@CommentUpload
@Priority(Priorities.AUTHORIZATION)
public class CommentUploadFilter implements ContainerRequestFilter {
  /** Room for the comment's JSON and the multipart headers around the files. */
  static final long ENVELOPE = 128 * 1024;

  @Inject IssueService issues;

  @Override
  public void filter(ContainerRequestContext request) {
    try {
      Long id =
          org.channelport.platform.ListFilters.id(
              request.getUriInfo().getPathParameters().getFirst("id"));
      if (id == null) {
        return; // not an issue's id: the resource's own parameter check answers
      }
      issues.requireMayComment(id, false);
      IssueFiles.Limits limits = issues.attachmentLimits();
      long most = (long) limits.maxBytes() * limits.maxFiles() + ENVELOPE;
      if (request.getLength() > most) {
        throw new IssueFiles.TooLarge("error.issue.fileSize", limits.maxBytes() / 1024);
      }
      // a chunked body, or one whose declared length is false: cut off as it is read, and
      // its parts (the comment and the files) counted before they are kept
      request.setEntityStream(
          LimitedBody.multipart(
              request.getEntityStream(),
              request.getMediaType(),
              most,
              limits.maxFiles() + 1,
              () -> new IssueFiles.TooLarge("error.issue.fileSize", limits.maxBytes() / 1024)));
    } catch (DomainException e) {
      request.abortWith(ApiExceptionMapper.problem(e).toResponse());
    }
  }
}
