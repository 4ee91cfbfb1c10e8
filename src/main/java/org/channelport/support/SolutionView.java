package org.channelport.support;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/** A solution as pages and the API show it. */
public record SolutionView(
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
    long version)
    implements Serializable {

  static SolutionView of(Solution s) {
    return new SolutionView(
        s.getId(),
        s.getTitle(),
        s.getSymptoms(),
        s.getSteps(),
        s.isPublished(),
        s.getPublishedAt(),
        s.getCategories().stream().sorted().toList(),
        s.getSkus().stream().sorted().toList(),
        s.getSolvedCount(),
        s.getSourceIssueId(),
        s.getCreatedBy(),
        s.getCreatedAt(),
        s.getUpdatedBy(),
        s.getUpdatedAt(),
        s.getVersion());
  }
}
