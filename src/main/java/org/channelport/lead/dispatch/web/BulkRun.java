package org.channelport.lead.dispatch.web;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * A bulk dispatch that the page drives chunk by chunk: which leads are still to do, and what
 * happened to those done. Each chunk is processed in its own request, so every service call runs as
 * the signed-in caller under the access rules.
 */
public class BulkRun implements Serializable {
  private static final long serialVersionUID = 1L;

  /** How many failures are kept with their message (the count goes on). */
  static final int KEPT_FAILURES = 200;

  /** By hand to one partner, or by the rules. */
  public enum Kind {
    MANUAL,
    RULES
  }

  /** A lead that could not be dispatched, and why (in the user's language). */
  public record Failure(Long leadId, String message) implements Serializable {}

  private final Kind kind;
  private final Long partnerId;
  private final long[] ids;
  private int next;
  private int dispatched;
  private int noPartner;
  private int skipped;
  private int failed;
  private final List<Failure> failures = new ArrayList<>();

  public BulkRun(Kind kind, Long partnerId, List<Long> leadIds) {
    this.kind = kind;
    this.partnerId = partnerId;
    this.ids = leadIds.stream().mapToLong(Long::longValue).distinct().toArray();
  }

  /** The next chunk of lead ids (empty when everything is done); they count as done from now. */
  public List<Long> nextChunk(int size) {
    int end = Math.min(ids.length, next + size);
    List<Long> chunk = Arrays.stream(ids, next, end).boxed().toList();
    next = end;
    return chunk;
  }

  public void counted(int newlyDispatched, int newlyNoPartner, int newlySkipped) {
    dispatched += newlyDispatched;
    noPartner += newlyNoPartner;
    skipped += newlySkipped;
  }

  public void failed(Long leadId, String message) {
    failed++;
    if (failures.size() < KEPT_FAILURES) {
      failures.add(new Failure(leadId, message));
    }
  }

  public boolean isFinished() {
    return next >= ids.length;
  }

  /** Done so far, 0 to 100. */
  public int getPercent() {
    return ids.length == 0 ? 100 : (int) (100L * next / ids.length);
  }

  public Kind getKind() {
    return kind;
  }

  public Long getPartnerId() {
    return partnerId;
  }

  public int getTotal() {
    return ids.length;
  }

  public int getDone() {
    return next;
  }

  public int getDispatched() {
    return dispatched;
  }

  public int getNoPartner() {
    return noPartner;
  }

  public int getSkipped() {
    return skipped;
  }

  public int getFailed() {
    return failed;
  }

  /** The failures kept with their message (at most {@value #KEPT_FAILURES}). */
  public List<Failure> getFailures() {
    return Collections.unmodifiableList(failures);
  }

  public boolean isFailuresTruncated() {
    return failed > failures.size();
  }
}
