package org.channelport.audit;

import jakarta.persistence.EntityListeners;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Transient;
import java.util.Map;

/** Base of audited entities: remembers the state as loaded so that updates can say what changed. */
@MappedSuperclass
@EntityListeners(AuditListener.class)
public abstract class AuditedEntity implements Auditable {
  @Transient private transient Map<String, Object> auditSnapshot;

  Map<String, Object> auditSnapshot() {
    return auditSnapshot;
  }

  void auditSnapshot(Map<String, Object> snapshot) {
    this.auditSnapshot = snapshot;
  }
}
