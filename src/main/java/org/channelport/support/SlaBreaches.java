package org.channelport.support;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.channelport.platform.outbox.Outbox;
import org.eclipse.microprofile.config.inject.ConfigProperties;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Marks the SLA clocks that ran past their due and tells the service lead and the assignee. Each
 * clock is flagged by a conditional UPDATE (only while unflagged, still running and past its due),
 * so whichever node or round gets there first flags it and the others change nothing: one {@code
 * breached} timeline entry (internal) and one mail per breach, written in the same transaction. The
 * issue's version stays: a breach is no edit, so no one's pending step conflicts with it.
 */
@ApplicationScoped
public class SlaBreaches {
  static final String FIRST_RESPONSE = "first_response";
  static final String RESOLUTION = "resolution";

  /** The statuses in which a clock can run (a solved or closed issue's clocks stand still). */
  static final String OPEN = "'NEW', 'IN_PROGRESS', 'WAITING_PARTNER', 'WAITING_CUSTOMER'";

  static final String FIRST_RESPONSE_OVERDUE =
      "first_response_breached = FALSE AND first_responded_at IS NULL"
          + " AND first_response_due < ?";
  static final String RESOLUTION_OVERDUE =
      "resolution_breached = FALSE AND resolved_at IS NULL AND sla_paused_since IS NULL"
          + " AND resolution_due < ?";

  @PersistenceContext EntityManager em;
  @Inject Outbox outbox;
  @Inject SupportContacts contacts;
  @Inject @ConfigProperties SupportJobsConfig config;

  @Inject
  @ConfigProperty(name = "channelport.portal.url", defaultValue = "http://localhost:8080")
  String portalUrl;

  /** Ids of open issues with a clock past its due and not flagged yet, the oldest first. */
  @Transactional
  public List<Long> overdue(Instant now, int max) {
    Timestamp at = Timestamp.from(now);
    List<Long> ids = new ArrayList<>();
    for (Object id :
        em.createNativeQuery(
                "SELECT id FROM service_issue WHERE status IN ("
                    + OPEN
                    + ") AND (("
                    + FIRST_RESPONSE_OVERDUE
                    + ") OR ("
                    + RESOLUTION_OVERDUE
                    + ")) ORDER BY id LIMIT ?")
            .setParameter(1, at)
            .setParameter(2, at)
            .setParameter(3, max)
            .getResultList()) {
      ids.add(((Number) id).longValue());
    }
    return ids;
  }

  /**
   * Flags the overdue clocks of one issue and escalates them; returns which clocks this call
   * flagged (none: nothing overdue any more, or another node was first).
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public List<String> escalate(long issueId, Instant now) {
    Timestamp at = Timestamp.from(now);
    List<String> flagged = new ArrayList<>();
    if (flag("first_response_breached", FIRST_RESPONSE_OVERDUE, issueId, at)) {
      flagged.add(FIRST_RESPONSE);
    }
    if (flag("resolution_breached", RESOLUTION_OVERDUE, issueId, at)) {
      flagged.add(RESOLUTION);
    }
    if (flagged.isEmpty()) {
      return flagged;
    }
    Object[] issue =
        (Object[])
            em.createNativeQuery("SELECT number, subject, assignee FROM service_issue WHERE id = ?")
                .setParameter(1, issueId)
                .getSingleResult();
    tell(issueId, (String) issue[0], (String) issue[1], (String) issue[2], flagged, now);
    return flagged;
  }

  /**
   * A step (a late take, first answer, wait or solution) flagged {@code flagged} itself, on the
   * issue it holds locked: escalated as the job would have — one internal {@code breached} entry,
   * {@code escalated_at}, one mail — in the step's transaction. The job's conditional UPDATE then
   * finds the flag set and never tells it twice.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public void noticed(ServiceIssue issue, List<String> flagged, Instant now) {
    if (flagged.isEmpty()) {
      return;
    }
    issue.getSla().escalated(now);
    tell(issue.getId(), issue.getNumber(), issue.getSubject(), issue.getAssignee(), flagged, now);
  }

  private void tell(
      long issueId,
      String number,
      String subject,
      String assignee,
      List<String> flagged,
      Instant now) {
    em.persist(
        new IssueEvent(
            issueId,
            now,
            IssueService.SYSTEM,
            IssueEvent.BREACHED,
            String.join(",", flagged),
            true));
    Map<String, SupportContacts.Contact> known =
        assignee == null ? Map.of() : contacts.of(List.of(assignee));
    SupportMails.Mail mail =
        SupportMails.breach(
            issueId,
            number,
            subject,
            assignee,
            flagged,
            assignee == null ? null : known.get(assignee),
            config.leadEmail,
            portalUrl);
    if (!mail.to().isEmpty()) {
      outbox.enqueue(SupportMails.TOPIC, "issue-" + issueId, SupportMails.json(mail));
    }
  }

  private boolean flag(String column, String overdue, long issueId, Timestamp at) {
    return em.createNativeQuery(
                "UPDATE service_issue SET "
                    + column
                    + " = TRUE, escalated_at = ? WHERE id = ? AND status IN ("
                    + OPEN
                    + ") AND "
                    + overdue)
            .setParameter(1, at)
            .setParameter(2, issueId)
            .setParameter(3, at)
            .executeUpdate()
        == 1;
  }
}
