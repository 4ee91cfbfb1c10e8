package org.channelport.audit;

import java.util.Map;

/** A business record whose every change goes to the audit log. */
public interface Auditable {
  String auditType();

  Object auditId();

  /** The partner the record belongs to, so its channel managers can read the log; or null. */
  Long auditPartnerId();

  /** The fields worth auditing, by name, in a stable order. */
  Map<String, Object> auditState();
}
