package org.channelport.audit;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Writes an audit entry for every insert, update and delete of an {@link AuditedEntity}, inside the
 * same transaction, so a change and its audit entry are committed (or rolled back) together.
 */
public class AuditListener {

  @PostLoad
  void loaded(AuditedEntity entity) {
    entity.auditSnapshot(new LinkedHashMap<>(entity.auditState()));
  }

  @PostPersist
  void created(AuditedEntity entity) {
    Map<String, Object> state = entity.auditState();
    Map<String, Object[]> changes = new LinkedHashMap<>();
    state.forEach((k, v) -> changes.put(k, new Object[] {null, v}));
    writer().write(entity, AuditAction.CREATE, changes);
    entity.auditSnapshot(new LinkedHashMap<>(state));
  }

  @PostUpdate
  void updated(AuditedEntity entity) {
    Map<String, Object> before = entity.auditSnapshot() == null ? Map.of() : entity.auditSnapshot();
    Map<String, Object> after = entity.auditState();
    Map<String, Object[]> changes = diff(before, after);
    if (!changes.isEmpty()) {
      writer().write(entity, AuditAction.UPDATE, changes);
    }
    entity.auditSnapshot(new LinkedHashMap<>(after));
  }

  @PostRemove
  void removed(AuditedEntity entity) {
    Map<String, Object[]> changes = new LinkedHashMap<>();
    entity.auditState().forEach((k, v) -> changes.put(k, new Object[] {v, null}));
    writer().write(entity, AuditAction.DELETE, changes);
  }

  static Map<String, Object[]> diff(Map<String, Object> before, Map<String, Object> after) {
    Map<String, Object[]> changes = new LinkedHashMap<>();
    after.forEach(
        (key, value) -> {
          Object old = before.get(key);
          if (!Objects.equals(String.valueOf(old), String.valueOf(value))) {
            changes.put(key, new Object[] {old, value});
          }
        });
    return changes;
  }

  private static AuditWriter writer() {
    return CDI.current().select(AuditWriter.class).get();
  }
}
