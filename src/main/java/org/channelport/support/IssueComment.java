package org.channelport.support;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One comment of an issue's conversation: a partner user's or the service's; an internal one is a
 * note of the brand owner's service that no partner ever reads.
 */
@Entity
@Table(name = "service_issue_comment")
public class IssueComment {
  @Id
  @GeneratedValue(strategy = GenerationType.TABLE, generator = "service_issue_comment_ids")
  private Long id;

  @Column(name = "issue_id")
  private Long issueId;

  private String author;

  /** The author's partner; null for the brand owner's people. */
  @Column(name = "author_partner_id")
  private Long authorPartnerId;

  private boolean internal;
  private String text;

  @Column(name = "created_at")
  private Instant createdAt;

  protected IssueComment() {}

  IssueComment(
      long issueId,
      String author,
      Long authorPartnerId,
      boolean internal,
      String text,
      Instant createdAt) {
    if (internal && authorPartnerId != null) {
      throw new IllegalArgumentException("a partner user writes no internal note");
    }
    this.issueId = issueId;
    this.author = author;
    this.authorPartnerId = authorPartnerId;
    this.internal = internal;
    this.text = text;
    this.createdAt = createdAt;
  }

  public Long getId() {
    return id;
  }

  public Long getIssueId() {
    return issueId;
  }

  public String getAuthor() {
    return author;
  }

  public Long getAuthorPartnerId() {
    return authorPartnerId;
  }

  public boolean isInternal() {
    return internal;
  }

  public String getText() {
    return text;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }
}
