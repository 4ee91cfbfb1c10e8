package org.channelport.support;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A file on an issue (a photo, a log), on the issue itself or on one of its comments; the bytes are
 * kept by the platform's file store, the type is the one recognised from them.
 */
@Entity
@Table(name = "service_issue_attachment")
public class IssueAttachment {
  @Id
  @GeneratedValue(strategy = GenerationType.TABLE, generator = "service_issue_attachment_ids")
  private Long id;

  @Column(name = "issue_id")
  private Long issueId;

  @Column(name = "comment_id")
  private Long commentId;

  @Column(name = "file_id")
  private Long fileId;

  private String name;

  @Column(name = "content_type")
  private String contentType;

  private long size;

  @Column(name = "created_by")
  private String createdBy;

  @Column(name = "created_at")
  private Instant createdAt;

  protected IssueAttachment() {}

  IssueAttachment(
      long issueId,
      Long commentId,
      long fileId,
      String name,
      String contentType,
      long size,
      String createdBy,
      Instant createdAt) {
    this.issueId = issueId;
    this.commentId = commentId;
    this.fileId = fileId;
    this.name = name;
    this.contentType = contentType;
    this.size = size;
    this.createdBy = createdBy;
    this.createdAt = createdAt;
  }

  public Long getId() {
    return id;
  }

  public Long getIssueId() {
    return issueId;
  }

  public Long getCommentId() {
    return commentId;
  }

  public Long getFileId() {
    return fileId;
  }

  public String getName() {
    return name;
  }

  public String getContentType() {
    return contentType;
  }

  public long getSize() {
    return size;
  }

  public String getCreatedBy() {
    return createdBy;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }
}
