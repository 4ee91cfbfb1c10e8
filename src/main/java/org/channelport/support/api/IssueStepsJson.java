package org.channelport.support.api;

import jakarta.json.bind.annotation.JsonbProperty;

/** The bodies of the API's issue steps; each may carry the version the caller read. */
public final class IssueStepsJson {
  private IssueStepsJson() {}

  public record Versioned(Long version) {}

  /** Take: for the caller, or for {@code assignee} (a channel manager of the portfolio). */
  public record Take(String assignee, Long version) {}

  /** Wait for {@code partner} or {@code customer}, saying what is needed. */
  public record Wait(@JsonbProperty("for") String forWhom, String reason, Long version) {}

  /** Solve: the answer, and the knowledge-base solution it came from, if any. */
  public record Solve(String solution, Long solutionId, Long version) {}

  /** Reopen: why it is not solved after all. */
  public record Reopen(String reason, Long version) {}

  /** A comment: its text; {@code internal} a note of the service (channel managers only). */
  public record Comment(String text, Boolean internal) {}
}
