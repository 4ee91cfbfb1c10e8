package org.channelport.support.api;

import java.time.Instant;
import org.channelport.support.IssueRow;

/** An issue as the API's list shows it (no description, no answer). */
public record IssueRowJson(
    long id,
    String number,
    long partnerId,
    long customerId,
    String customerName,
    String sku,
    String productName,
    String subject,
    String priority,
    String category,
    String status,
    String assignee,
    Instant firstResponseDue,
    Instant resolutionDue,
    boolean slaPaused,
    String slaState,
    Long resolutionLeftMinutes,
    Instant createdAt,
    Instant updatedAt,
    long version) {

  static IssueRowJson of(IssueRow r) {
    return new IssueRowJson(
        r.id(),
        r.number(),
        r.partnerId(),
        r.customerId(),
        r.customerName(),
        r.sku(),
        r.productName(),
        r.subject(),
        r.priority().code(),
        r.category().code(),
        r.status().code(),
        r.assignee(),
        r.firstResponseDue(),
        r.resolutionDue(),
        r.slaPaused(),
        r.slaState() == null ? null : r.slaState().code(),
        IssueJson.minutes(r.resolutionLeft()),
        r.createdAt(),
        r.updatedAt(),
        r.version());
  }
}
