package org.channelport.support;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.channelport.audit.AuditedEntity;
import org.channelport.shared.ConflictException;
import org.channelport.shared.FieldError;
import org.channelport.shared.InvalidInputException;
import org.channelport.shared.Versioned;

/**
 * A known solution of the brand owner's service: what the customer sees (symptoms) and what makes
 * it go away (steps), for some products (SKUs) and catalog categories. A draft until published;
 * only published solutions reach partner users. Counts how often it solved an issue: a "this solved
 * it" before an issue was logged, or an issue solved with it.
 */
@Entity
@Table(name = "solution")
public class Solution extends AuditedEntity implements Versioned {
  static final String TYPE = "Solution";

  @Id
  @GeneratedValue(strategy = GenerationType.TABLE, generator = "solution_ids") // orm.xml
  private Long id;

  private String title;
  private String symptoms;
  private String steps;
  private boolean published;

  @Column(name = "published_at")
  private Instant publishedAt;

  @Column(name = "source_issue_id")
  private Long sourceIssueId;

  @Column(name = "solved_count")
  private int solvedCount;

  @Column(name = "created_by")
  private String createdBy;

  @Column(name = "created_at")
  private Instant createdAt;

  @Column(name = "updated_by")
  private String updatedBy;

  @Column(name = "updated_at")
  private Instant updatedAt;

  @Version private long version;

  @ElementCollection
  @CollectionTable(name = "solution_category", joinColumns = @JoinColumn(name = "solution_id"))
  @Column(name = "code")
  private Set<String> categories = new TreeSet<>();

  @ElementCollection
  @CollectionTable(name = "solution_sku", joinColumns = @JoinColumn(name = "solution_id"))
  @Column(name = "sku")
  private Set<String> skus = new TreeSet<>();

  protected Solution() {}

  /** A new draft, perhaps made from a solved issue ({@code sourceIssueId}). */
  Solution(SolutionContent content, Long sourceIssueId, String by, Instant now) {
    this.sourceIssueId = sourceIssueId;
    this.createdBy = by;
    this.createdAt = now;
    revise(content, by, now);
  }

  /** New text, products and categories; a published solution stays published. */
  void revise(SolutionContent content, String by, Instant now) {
    this.title = content.title();
    this.symptoms = content.symptoms();
    this.steps = content.steps();
    this.categories.clear();
    this.categories.addAll(content.categories());
    this.skus.clear();
    this.skus.addAll(content.skus());
    touch(by, now);
  }

  /** Partner users see it from now on; a solution without symptoms cannot be found by them. */
  void publish(String by, Instant now) {
    if (symptoms == null || symptoms.isBlank()) {
      throw new InvalidInputException(
          List.of(new FieldError("symptoms", "support.solution.noSymptoms")));
    }
    if (!published) {
      published = true;
      publishedAt = now;
      touch(by, now);
    }
  }

  /** Back to a draft: partner users no longer see it. */
  void unpublish(String by, Instant now) {
    if (published) {
      published = false;
      touch(by, now);
    }
  }

  private void touch(String by, Instant now) {
    this.updatedBy = by;
    this.updatedAt = now;
  }

  @Override
  public long getVersion() {
    return version;
  }

  @Override
  public ConflictException staleConflict() {
    return Versioned.stale("support.solution.stale", title);
  }

  @Override
  public String auditType() {
    return TYPE;
  }

  @Override
  public Object auditId() {
    return id;
  }

  @Override
  public Long auditPartnerId() {
    return null;
  }

  @Override
  public Map<String, Object> auditState() {
    Map<String, Object> state = new LinkedHashMap<>();
    state.put("title", title);
    state.put("published", published);
    state.put("categories", String.join(",", categories));
    state.put("skus", String.join(",", skus));
    state.put("symptomsLength", symptoms == null ? 0 : symptoms.length());
    state.put("stepsLength", steps == null ? 0 : steps.length());
    return state;
  }

  public Long getId() {
    return id;
  }

  public String getTitle() {
    return title;
  }

  public String getSymptoms() {
    return symptoms;
  }

  public String getSteps() {
    return steps;
  }

  public boolean isPublished() {
    return published;
  }

  public Instant getPublishedAt() {
    return publishedAt;
  }

  public Long getSourceIssueId() {
    return sourceIssueId;
  }

  public int getSolvedCount() {
    return solvedCount;
  }

  public String getCreatedBy() {
    return createdBy;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public String getUpdatedBy() {
    return updatedBy;
  }

  public Instant getUpdatedAt() {
    return updatedAt;
  }

  public Set<String> getCategories() {
    return Set.copyOf(categories);
  }

  public Set<String> getSkus() {
    return Set.copyOf(skus);
  }
}
