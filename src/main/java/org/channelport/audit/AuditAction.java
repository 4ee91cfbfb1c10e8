package org.channelport.audit;

public enum AuditAction {
  CREATE,
  UPDATE,
  DELETE,
  /** Someone asked for a record outside their scope; they were told it does not exist. */
  DENIED
}
