package org.channelport.shared;

/**
 * A record changed under optimistic locking: it has a version, and names itself in the conflict a
 * caller hears when it changed since they read it (see {@code platform.Versions}).
 */
public interface Versioned {
  long getVersion();

  /** The conflict (409, field {@code version}) naming this record. */
  ConflictException staleConflict();

  /** The stale-version conflict with the record's message: field {@code version}. */
  static ConflictException stale(String messageKey, Object... args) {
    return new ConflictException("version", messageKey, args);
  }
}
