package org.channelport.support;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * A comment of the conversation with its files; {@code fromPartner} tells the partner's side from
 * the service's. Internal ones reach channel managers only.
 */
public record CommentView(
    long id,
    String author,
    boolean fromPartner,
    boolean internal,
    String text,
    Instant createdAt,
    List<AttachmentView> attachments)
    implements Serializable {
  public CommentView {
    attachments = List.copyOf(attachments);
  }
}
