package org.channelport.erp;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The connector's own tables (poll cursors, alert conditions and incidents, reconciliation runs),
 * each change in a transaction of its own. Used by the leased jobs, no caller checks.
 */
@ApplicationScoped
@Transactional
public class ConnectorState {
  EntityManager em;

  protected ConnectorState() {}

  @Inject
  public ConnectorState(EntityManager em) {
    this.em = em;
  }

  // --- poll cursor ---

  public String cursor(String adapter) {
    List<?> rows =
        em.createNativeQuery("SELECT cursor_value FROM erp_poll_cursor WHERE adapter = ?")
            .setParameter(1, adapter)
            .getResultList();
    return rows.isEmpty() ? null : (String) rows.get(0);
  }

  public void saveCursor(String adapter, String cursor, Instant now) {
    em.createNativeQuery(
            "INSERT INTO erp_poll_cursor (adapter, cursor_value, updated_at) VALUES (?, ?, ?)"
                + " ON DUPLICATE KEY UPDATE cursor_value = VALUES(cursor_value),"
                + " updated_at = VALUES(updated_at)")
        .setParameter(1, adapter)
        .setParameter(2, cursor)
        .setParameter(3, Timestamp.from(now))
        .executeUpdate();
  }

  // --- alerts ---

  /** An incident as the alert job and the page see it. */
  public record Incident(
      long id,
      AlertType type,
      Instant failingSince,
      Instant openedAt,
      Instant clearedAt,
      String detail,
      Instant openedMailAt,
      Instant clearedMailAt,
      String mailError) {
    public boolean open() {
      return clearedAt == null;
    }
  }

  /**
   * Applies one evaluation of a condition: its failing-since, and opening or clearing its incident.
   * Returns the action taken.
   */
  public AlertRules.Action evaluate(
      AlertType type,
      boolean failingNow,
      String detail,
      Instant now,
      java.time.Duration threshold) {
    // the condition row first, locked: one evaluation of a type at a time, whichever node
    em.createNativeQuery(
            "INSERT IGNORE INTO alert_condition (alert_type, failing_since, detail, checked_at)"
                + " VALUES (?, NULL, NULL, ?)")
        .setParameter(1, type.code())
        .setParameter(2, Timestamp.from(now))
        .executeUpdate();
    List<?> rows =
        em.createNativeQuery(
                "SELECT failing_since FROM alert_condition WHERE alert_type = ? FOR UPDATE")
            .setParameter(1, type.code())
            .getResultList();
    Instant since = rows.isEmpty() || rows.get(0) == null ? null : instant(rows.get(0));
    Incident open = openIncident(type);
    AlertRules.Step step = AlertRules.step(since, failingNow, now, threshold, open != null);
    em.createNativeQuery(
            "UPDATE alert_condition SET failing_since = ?, detail = ?, checked_at = ?"
                + " WHERE alert_type = ?")
        .setParameter(1, step.failingSince() == null ? null : Timestamp.from(step.failingSince()))
        .setParameter(2, IntegrationLog.clip(detail, 2000))
        .setParameter(3, Timestamp.from(now))
        .setParameter(4, type.code())
        .executeUpdate();
    switch (step.action()) {
      case OPEN ->
          em.createNativeQuery(
                  "INSERT INTO alert_incident (alert_type, failing_since, opened_at, detail)"
                      + " VALUES (?, ?, ?, ?)")
              .setParameter(1, type.code())
              .setParameter(2, Timestamp.from(step.failingSince()))
              .setParameter(3, Timestamp.from(now))
              .setParameter(4, IntegrationLog.clip(detail, 2000))
              .executeUpdate();
      case CLEAR ->
          em.createNativeQuery("UPDATE alert_incident SET cleared_at = ? WHERE id = ?")
              .setParameter(1, Timestamp.from(now))
              .setParameter(2, open.id())
              .executeUpdate();
      case NONE -> {
        if (open != null && failingNow && detail != null) {
          em.createNativeQuery("UPDATE alert_incident SET detail = ? WHERE id = ?")
              .setParameter(1, IntegrationLog.clip(detail, 2000))
              .setParameter(2, open.id())
              .executeUpdate();
        }
      }
    }
    return step.action();
  }

  public Incident openIncident(AlertType type) {
    List<Incident> found =
        incidents(
            "WHERE alert_type = ? AND cleared_at IS NULL ORDER BY id DESC LIMIT 1", type.code());
    return found.isEmpty() ? null : found.get(0);
  }

  /** Incidents whose opening or clearing mail has not gone out yet. */
  public List<Incident> unmailed() {
    return incidents(
        "WHERE opened_mail_at IS NULL OR (cleared_at IS NOT NULL AND cleared_mail_at IS NULL)"
            + " ORDER BY id");
  }

  public List<Incident> recentIncidents(int max) {
    return incidents("ORDER BY id DESC LIMIT " + Math.max(1, Math.min(max, 200)));
  }

  public void mailed(long id, boolean clearing, Instant now) {
    em.createNativeQuery(
            "UPDATE alert_incident SET "
                + (clearing ? "cleared_mail_at" : "opened_mail_at")
                + " = ?, mail_error = NULL WHERE id = ?")
        .setParameter(1, Timestamp.from(now))
        .setParameter(2, id)
        .executeUpdate();
  }

  public void mailFailed(long id, String error) {
    em.createNativeQuery("UPDATE alert_incident SET mail_error = ? WHERE id = ?")
        .setParameter(1, IntegrationLog.clip(error, 2000))
        .setParameter(2, id)
        .executeUpdate();
  }

  private List<Incident> incidents(String tail, Object... args) {
    var query =
        em.createNativeQuery(
            "SELECT id, alert_type, failing_since, opened_at, cleared_at, detail, opened_mail_at,"
                + " cleared_mail_at, mail_error FROM alert_incident "
                + tail);
    for (int i = 0; i < args.length; i++) {
      query.setParameter(i + 1, args[i]);
    }
    List<Incident> incidents = new ArrayList<>();
    for (Object row : query.getResultList()) {
      Object[] r = (Object[]) row;
      AlertType type = AlertType.parse((String) r[1]).orElse(null);
      if (type == null) {
        continue;
      }
      incidents.add(
          new Incident(
              ((Number) r[0]).longValue(),
              type,
              instant(r[2]),
              instant(r[3]),
              instant(r[4]),
              (String) r[5],
              instant(r[6]),
              instant(r[7]),
              (String) r[8]));
    }
    return incidents;
  }

  // --- recipients ---

  public record Recipient(long id, AlertType type, String email) {}

  public List<Recipient> recipients() {
    List<Recipient> all = new ArrayList<>();
    for (Object row :
        em.createNativeQuery(
                "SELECT id, alert_type, email FROM alert_recipient ORDER BY alert_type, email")
            .getResultList()) {
      Object[] r = (Object[]) row;
      AlertType.parse((String) r[1])
          .ifPresent(t -> all.add(new Recipient(((Number) r[0]).longValue(), t, (String) r[2])));
    }
    return all;
  }

  /** Adds a recipient; false when it was there already. */
  public boolean addRecipient(AlertType type, String email, Instant now) {
    return em.createNativeQuery(
                "INSERT IGNORE INTO alert_recipient (alert_type, email, created_at) VALUES (?, ?, ?)")
            .setParameter(1, type.code())
            .setParameter(2, email)
            .setParameter(3, Timestamp.from(now))
            .executeUpdate()
        > 0;
  }

  public boolean removeRecipient(long id) {
    return em.createNativeQuery("DELETE FROM alert_recipient WHERE id = ?")
            .setParameter(1, id)
            .executeUpdate()
        > 0;
  }

  // --- reconciliation ---

  public record Run(
      long id,
      Instant runAt,
      String adapter,
      Instant since,
      int checked,
      String error,
      List<ReconciliationDiff.Difference> differences) {}

  public void saveRun(
      Instant now,
      String adapter,
      Instant since,
      int checked,
      String error,
      List<ReconciliationDiff.Difference> differences) {
    em.createNativeQuery(
            "INSERT INTO reconciliation_run (run_at, adapter, since, checked, differences, error)"
                + " VALUES (?, ?, ?, ?, ?, ?)")
        .setParameter(1, Timestamp.from(now))
        .setParameter(2, adapter)
        .setParameter(3, Timestamp.from(since))
        .setParameter(4, checked)
        .setParameter(5, differences.size())
        .setParameter(6, IntegrationLog.clip(error, 2000))
        .executeUpdate();
    long runId =
        ((Number) em.createNativeQuery("SELECT LAST_INSERT_ID()").getSingleResult()).longValue();
    for (ReconciliationDiff.Difference d : differences) {
      em.createNativeQuery(
              "INSERT INTO reconciliation_difference (run_id, order_number, kind, portal_status,"
                  + " erp_status, erp_number) VALUES (?, ?, ?, ?, ?, ?)")
          .setParameter(1, runId)
          .setParameter(2, IntegrationLog.clip(d.orderNumber(), 64))
          .setParameter(3, d.kind())
          .setParameter(4, IntegrationLog.clip(d.portalStatus(), 32))
          .setParameter(5, IntegrationLog.clip(d.erpStatus(), 32))
          .setParameter(6, IntegrationLog.clip(d.erpNumber(), 64))
          .executeUpdate();
    }
    // keep the last 50 runs
    em.createNativeQuery(
            "DELETE FROM reconciliation_run WHERE id < (SELECT MIN(id) FROM (SELECT id FROM"
                + " reconciliation_run ORDER BY id DESC LIMIT 50) AS keep)")
        .executeUpdate();
  }

  public Run latestRun() {
    List<?> rows =
        em.createNativeQuery(
                "SELECT id, run_at, adapter, since, checked, error FROM reconciliation_run"
                    + " ORDER BY id DESC LIMIT 1")
            .getResultList();
    if (rows.isEmpty()) {
      return null;
    }
    Object[] r = (Object[]) rows.get(0);
    long id = ((Number) r[0]).longValue();
    List<ReconciliationDiff.Difference> differences = new ArrayList<>();
    for (Object row :
        em.createNativeQuery(
                "SELECT order_number, kind, portal_status, erp_status, erp_number"
                    + " FROM reconciliation_difference WHERE run_id = ? ORDER BY id")
            .setParameter(1, id)
            .getResultList()) {
      Object[] d = (Object[]) row;
      differences.add(
          new ReconciliationDiff.Difference(
              (String) d[0], (String) d[1], (String) d[2], (String) d[3], (String) d[4]));
    }
    return new Run(
        id,
        instant(r[1]),
        (String) r[2],
        instant(r[3]),
        ((Number) r[4]).intValue(),
        (String) r[5],
        differences);
  }

  static Instant instant(Object value) {
    if (value == null) {
      return null;
    }
    if (value instanceof Timestamp t) {
      return t.toInstant();
    }
    if (value instanceof java.time.LocalDateTime l) {
      return Timestamp.valueOf(l).toInstant();
    }
    throw new IllegalStateException("not a time: " + value.getClass());
  }
}
