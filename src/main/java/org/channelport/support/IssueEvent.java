package org.channelport.support;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One entry of an issue's timeline: who (a user, or {@code system}), when, what ({@link #KINDS}),
 * and a detail; an internal one (a note, an assignment, a breach) only the service sees.
 */
@Entity
@Table(name = "service_issue_event")
public class IssueEvent {
  public static final String CREATED = "created";
  public static final String TAKEN = "taken";
  public static final String ASSIGNED = "assigned";
  public static final String WAITING = "waiting";
  public static final String RESUMED = "resumed";
  public static final String COMMENTED = "commented";
  public static final String NOTE = "note";
  public static final String SOLVED = "solved";
  public static final String CLOSED = "closed";
  public static final String REOPENED = "reopened";
  public static final String RETURN_REQUESTED = "return_requested";
  public static final String BREACHED = "breached";
  public static final String AUTO_CLOSED = "auto_closed";

  /** Every kind (the table's CHECK lists the same). */
  public static final java.util.Set<String> KINDS =
      java.util.Set.of(
          CREATED,
          TAKEN,
          ASSIGNED,
          WAITING,
          RESUMED,
          COMMENTED,
          NOTE,
          SOLVED,
          CLOSED,
          REOPENED,
          RETURN_REQUESTED,
          BREACHED,
          AUTO_CLOSED);

  @Id
  @GeneratedValue(strategy = GenerationType.TABLE, generator = "service_issue_event_ids")
  private Long id;

  @Column(name = "issue_id")
  private Long issueId;

  private Instant at;
  private String actor;
  private String kind;
  private String detail;
  private boolean internal;

  protected IssueEvent() {}

  IssueEvent(long issueId, Instant at, String actor, String kind, String detail, boolean internal) {
    if (!KINDS.contains(kind)) {
      throw new IllegalArgumentException("no issue event kind " + kind);
    }
    this.issueId = issueId;
    this.at = at;
    this.actor = actor;
    this.kind = kind;
    this.detail = detail == null ? null : detail.substring(0, Math.min(detail.length(), 2000));
    this.internal = internal;
  }

  public Long getId() {
    return id;
  }

  public Long getIssueId() {
    return issueId;
  }

  public Instant getAt() {
    return at;
  }

  public String getActor() {
    return actor;
  }

  public String getKind() {
    return kind;
  }

  public String getDetail() {
    return detail;
  }

  public boolean isInternal() {
    return internal;
  }
}
