package org.channelport.support;

import java.io.Serializable;
import java.time.Instant;

/** A file on an issue or one of its comments (commentId null: on the issue itself). */
public record AttachmentView(
    long id,
    Long commentId,
    String name,
    String contentType,
    long size,
    String createdBy,
    Instant createdAt)
    implements Serializable {
  static AttachmentView of(IssueAttachment a) {
    return new AttachmentView(
        a.getId(),
        a.getCommentId(),
        a.getName(),
        a.getContentType(),
        a.getSize(),
        a.getCreatedBy(),
        a.getCreatedAt());
  }
}
