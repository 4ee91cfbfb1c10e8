package org.channelport.support.api;

import java.time.Instant;
import java.util.List;
import org.channelport.support.SolutionHit;
import org.channelport.support.SolutionView;

/** Solutions as the API writes them. */
public final class SolutionJson {
  private SolutionJson() {}

  /** One solution with everything the API knows of it. */
  public record Full(
      long id,
      String title,
      String symptoms,
      String steps,
      boolean published,
      Instant publishedAt,
      List<String> categories,
      List<String> skus,
      int solvedCount,
      Long sourceIssueId,
      String createdBy,
      Instant createdAt,
      String updatedBy,
      Instant updatedAt,
      long version) {
    static Full of(SolutionView s) {
      return new Full(
          s.id(),
          s.title(),
          s.symptoms(),
          s.steps(),
          s.published(),
          s.publishedAt(),
          s.categories(),
          s.skus(),
          s.solvedCount(),
          s.sourceIssueId(),
          s.createdBy(),
          s.createdAt(),
          s.updatedBy(),
          s.updatedAt(),
          s.version());
    }
  }

  /** A solution in a list or search, best first: the contract's fields and what it applies to. */
  public record Hit(
      long id,
      String title,
      String symptoms,
      String steps,
      double score,
      int solvedCount,
      boolean published,
      List<String> skus,
      List<String> categories) {
    static Hit of(SolutionHit h) {
      return new Hit(
          h.id(),
          h.title(),
          h.symptoms(),
          h.steps(),
          h.score(),
          h.solvedCount(),
          h.published(),
          h.skus(),
          h.categories());
    }
  }
}
