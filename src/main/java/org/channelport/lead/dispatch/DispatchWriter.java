package org.channelport.lead.dispatch;

import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.channelport.lead.LeadStep;
import org.channelport.platform.StoredJson;

/**
 * Writes the decisions of a chunk of leads with JDBC batches: version-checked updates (a lead
 * changed since it was read is skipped, never assigned twice), then its history events and its
 * audit entries as multi-row inserts, all on the caller's connection and transaction.
 */
public final class DispatchWriter {
  private static final String DISPATCH =
      "UPDATE sales_lead SET partner_id = ?, assigned_username = NULL, status = '"
          + LeadStep.DISPATCH.to().name()
          + "', no_partner_available = FALSE, status_reason = NULL, dispatched_at = ?,"
          + " accept_due_at = ?, dispatch_explanation = ?, updated_at = ?, version = version + 1"
          + " WHERE id = ? AND version = ? AND status IN "
          + LeadStep.DISPATCH.sqlFrom();
  private static final String NO_PARTNER =
      "UPDATE sales_lead SET no_partner_available = TRUE, dispatch_explanation = ?,"
          + " updated_at = ?, version = version + 1"
          + " WHERE id = ? AND version = ? AND status IN "
          + LeadStep.NO_PARTNER.sqlFrom();
  private static final String EVENT_ROW = "(?, ?, ?, ?, ?, ?, ?, ?)";
  private static final String AUDIT_ROW = "(?, ?, ?, 'Lead', ?, 'UPDATE', ?)";

  /** One lead's outcome: dispatched to {@code partnerId} (or tagged, when it is null). */
  public record Write(
      long leadId,
      long version,
      String fromStatus,
      boolean wasTagged,
      String fromReason,
      Long partnerId,
      Instant acceptDue,
      String explanation) {}

  /** Hands out a block of lead_event ids: the first of {@code n} consecutive ones. */
  @FunctionalInterface
  public interface EventIds {
    long reserve(int n) throws SQLException;
  }

  private DispatchWriter() {}

  /**
   * Writes the chunk and returns the writes that took effect (the others found the lead changed).
   */
  public static List<Write> write(
      Connection c, List<Write> writes, String actor, Instant now, EventIds ids)
      throws SQLException {
    List<Write> done = new ArrayList<>();
    Timestamp at = Timestamp.from(now);
    List<Write> dispatched = writes.stream().filter(w -> w.partnerId() != null).toList();
    List<Write> tagged = writes.stream().filter(w -> w.partnerId() == null).toList();
    if (!dispatched.isEmpty()) {
      try (PreparedStatement s = c.prepareStatement(DISPATCH)) {
        for (Write w : dispatched) {
          s.setLong(1, w.partnerId());
          s.setTimestamp(2, at);
          s.setTimestamp(3, Timestamp.from(w.acceptDue()));
          s.setString(4, w.explanation());
          s.setTimestamp(5, at);
          s.setLong(6, w.leadId());
          s.setLong(7, w.version());
          s.addBatch();
        }
        collect(s.executeBatch(), dispatched, done);
      }
    }
    if (!tagged.isEmpty()) {
      try (PreparedStatement s = c.prepareStatement(NO_PARTNER)) {
        for (Write w : tagged) {
          s.setString(1, w.explanation());
          s.setTimestamp(2, at);
          s.setLong(3, w.leadId());
          s.setLong(4, w.version());
          s.addBatch();
        }
        collect(s.executeBatch(), tagged, done);
      }
    }
    if (!done.isEmpty()) {
      insertEvents(c, done, actor, at, ids.reserve(done.size()));
      insertAudit(c, done, actor, at);
    }
    return done;
  }

  private static void collect(int[] counts, List<Write> writes, List<Write> done) {
    for (int i = 0; i < counts.length; i++) {
      if (counts[i] == 1) {
        done.add(writes.get(i));
      } else if (counts[i] != 0) {
        // "no info" (bulk mode) would hide a lost update: refuse rather than guess
        throw new IllegalStateException(
            "The driver reported " + counts[i] + " rows for a version-checked update");
      }
    }
  }

  private static void insertEvents(
      Connection c, List<Write> done, String actor, Timestamp at, long first) throws SQLException {
    String sql =
        "INSERT INTO lead_event (id, lead_id, at, actor, type, partner_id, internal, detail) VALUES "
            + String.join(", ", Collections.nCopies(done.size(), EVENT_ROW));
    try (PreparedStatement s = c.prepareStatement(sql)) {
      int p = 1;
      long id = first;
      for (Write w : done) {
        s.setLong(p++, id++);
        s.setLong(p++, w.leadId());
        s.setTimestamp(p++, at);
        s.setString(p++, actor);
        if (w.partnerId() != null) {
          s.setString(p++, "DISPATCHED");
          s.setLong(p++, w.partnerId());
          s.setBoolean(p++, false);
        } else {
          s.setString(p++, "NO_PARTNER_AVAILABLE");
          s.setNull(p++, Types.BIGINT);
          s.setBoolean(p++, true);
        }
        s.setString(p++, w.explanation());
      }
      s.executeUpdate();
    }
  }

  private static void insertAudit(Connection c, List<Write> done, String actor, Timestamp at)
      throws SQLException {
    String sql =
        "INSERT INTO audit_log (at, actor, partner_id, entity_type, entity_id, action, changes)"
            + " VALUES "
            + String.join(", ", Collections.nCopies(done.size(), AUDIT_ROW));
    try (PreparedStatement s = c.prepareStatement(sql)) {
      int p = 1;
      for (Write w : done) {
        s.setTimestamp(p++, at);
        s.setString(p++, actor);
        if (w.partnerId() == null) {
          s.setNull(p++, Types.BIGINT);
        } else {
          s.setLong(p++, w.partnerId());
        }
        s.setString(p++, String.valueOf(w.leadId()));
        s.setString(p++, changes(w));
      }
      s.executeUpdate();
    }
  }

  /** The audit log's change format: {"field":{"from":..,"to":..}}, as the entity listener's. */
  static String changes(Write w) {
    JsonObjectBuilder json = StoredJson.object();
    if (w.partnerId() != null) {
      change(json, "status", w.fromStatus(), "DISPATCHED");
      change(json, "partnerId", null, String.valueOf(w.partnerId()));
      if (w.fromReason() != null) {
        change(json, "statusReason", w.fromReason(), null);
      }
      if (w.wasTagged()) {
        change(json, "noPartnerAvailable", "true", "false");
      }
    } else if (!w.wasTagged()) {
      change(json, "noPartnerAvailable", "false", "true");
    }
    JsonObject built = json.build();
    return built.isEmpty() ? null : built.toString();
  }

  private static void change(JsonObjectBuilder json, String field, String from, String to) {
    JsonObjectBuilder change = StoredJson.object();
    StoredJson.add(change, "from", from);
    StoredJson.add(change, "to", to);
    json.add(field, change);
  }

  /**
   * Reserves {@code n} ids of a table generator the way EclipseLink's TableGenerator does (add n to
   * next_val, then use the n values up to and including it), so they never collide with ids that
   * JPA hands out. Returns the first id of the block.
   */
  public static long reserveIds(Connection c, String name, int n) throws SQLException {
    try (PreparedStatement update =
        c.prepareStatement("UPDATE id_generator SET next_val = next_val + ? WHERE name = ?")) {
      update.setInt(1, n);
      update.setString(2, name);
      if (update.executeUpdate() != 1) {
        throw new IllegalStateException("No id generator row " + name);
      }
    }
    try (PreparedStatement select =
        c.prepareStatement("SELECT next_val FROM id_generator WHERE name = ?")) {
      select.setString(1, name);
      try (ResultSet rs = select.executeQuery()) {
        rs.next();
        return rs.getLong(1) - n + 1;
      }
    }
  }
}
