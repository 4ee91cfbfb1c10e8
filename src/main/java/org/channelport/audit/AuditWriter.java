package org.channelport.audit;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.sql.DataSource;
import org.channelport.platform.Clock;
import org.channelport.platform.Database;
import org.channelport.security.AccessDenied;
import org.channelport.security.CurrentCaller;
import org.channelport.security.PortfolioChanged;

/** Appends to the audit log with plain JDBC on the transaction's own connection. */
@ApplicationScoped
public class AuditWriter {
  private static final String INSERT =
      "INSERT INTO audit_log (at, actor, partner_id, entity_type, entity_id, action, changes)"
          + " VALUES (?, ?, ?, ?, ?, ?, ?)";

  @Resource(lookup = Database.JNDI_NAME)
  DataSource dataSource;

  @Inject CurrentCaller currentCaller;
  @Inject Clock clock;

  void write(Auditable entity, AuditAction action, Map<String, Object[]> changes) {
    insert(
        entity.auditType(),
        String.valueOf(entity.auditId()),
        entity.auditPartnerId(),
        action,
        toJson(changes));
  }

  /** Records an attempt to reach another partner's record, even though the request fails. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void denied(String entityType, Object id, Long partnerId) {
    insert(entityType, String.valueOf(id), partnerId, AuditAction.DENIED, null);
  }

  /** The access rules refused a record outside the caller's scope: kept even though it fails. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void denied(@Observes AccessDenied denied) {
    insert(
        denied.entityType(),
        String.valueOf(denied.id()),
        denied.partnerId(),
        AuditAction.DENIED,
        null);
  }

  /**
   * A partner entered or left a channel manager's portfolio: written in the same transaction, with
   * the same entry an audited entity's insert or delete gets.
   */
  public void portfolioChanged(@Observes PortfolioChanged change) {
    Map<String, Object[]> changes = new LinkedHashMap<>();
    changes.put("manager", fromTo(change.managerUsername(), change.assigned()));
    changes.put("partnerId", fromTo(change.partnerId(), change.assigned()));
    insert(
        "PortfolioAssignment",
        String.valueOf(change.assignmentId()),
        change.partnerId(),
        change.assigned() ? AuditAction.CREATE : AuditAction.DELETE,
        toJson(changes));
  }

  private static Object[] fromTo(Object value, boolean added) {
    return added ? new Object[] {null, value} : new Object[] {value, null};
  }

  private void insert(String type, String id, Long partnerId, AuditAction action, String changes) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement insert = connection.prepareStatement(INSERT)) {
      insert.setTimestamp(1, Timestamp.from(clock.now()));
      insert.setString(2, actor());
      if (partnerId == null) {
        insert.setNull(3, Types.BIGINT);
      } else {
        insert.setLong(3, partnerId);
      }
      insert.setString(4, type);
      insert.setString(5, id);
      insert.setString(6, action.name());
      insert.setString(7, changes);
      insert.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException("Could not write the audit log", e);
    }
  }

  private String actor() {
    try {
      return currentCaller.get().username();
    } catch (ContextNotActiveException noRequest) {
      return "system";
    }
  }

  static String toJson(Map<String, Object[]> changes) {
    if (changes == null || changes.isEmpty()) {
      return null;
    }
    JsonObjectBuilder json = Json.createObjectBuilder();
    changes.forEach(
        (field, fromTo) -> {
          JsonObjectBuilder change = Json.createObjectBuilder();
          add(change, "from", fromTo[0]);
          add(change, "to", fromTo[1]);
          json.add(field, change);
        });
    return json.build().toString();
  }

  private static void add(JsonObjectBuilder builder, String name, Object value) {
    if (value == null) {
      builder.addNull(name);
    } else {
      builder.add(name, String.valueOf(value));
    }
  }
}
