package org.channelport.support.api;

import java.time.Instant;
import java.util.List;
import org.channelport.support.AttachmentView;
import org.channelport.support.CommentView;

/** A comment of the conversation as the API shows it, with its files. */
public record CommentJson(
    long id,
    String author,
    boolean fromPartner,
    boolean internal,
    String text,
    Instant createdAt,
    List<AttachmentJson> attachments) {

  static CommentJson of(long issueId, CommentView c) {
    return new CommentJson(
        c.id(),
        c.author(),
        c.fromPartner(),
        c.internal(),
        c.text(),
        c.createdAt(),
        c.attachments().stream().map(a -> AttachmentJson.of(issueId, a)).toList());
  }

  /** A file, with the path that downloads it. */
  public record AttachmentJson(
      long id,
      Long commentId,
      String name,
      String contentType,
      long size,
      String createdBy,
      Instant createdAt,
      String href) {
    static AttachmentJson of(long issueId, AttachmentView a) {
      return new AttachmentJson(
          a.id(),
          a.commentId(),
          a.name(),
          a.contentType(),
          a.size(),
          a.createdBy(),
          a.createdAt(),
          org.channelport.platform.ApiApplication.PATH
              + "/service-issues/"
              + issueId
              + "/attachments/"
              + a.id());
    }
  }
}
