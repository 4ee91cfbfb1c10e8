package org.channelport.platform;

import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import org.channelport.shared.Versioned;

/**
 * Optimistic locking, the one way: a caller sends the version of the record it read, and a change
 * made meanwhile by someone else is refused with the record's conflict (409, field {@code version},
 * see {@link Versioned#staleConflict()}) — both when the version sent is not the record's and when
 * the write itself finds the row changed at the flush.
 */
public final class Versions {
  private Versions() {}

  /**
   * Refuses when the caller sent a version ({@code expected} not null) that is not the record's.
   */
  public static void check(Versioned record, Long expected) {
    if (expected != null && expected != record.getVersion()) {
      throw record.staleConflict();
    }
  }

  /** Like {@link #check}, but a caller that sent no version is refused too. */
  public static void checkRequired(Versioned record, Long expected) {
    if (expected == null || expected != record.getVersion()) {
      throw record.staleConflict();
    }
  }

  /**
   * Flushes the pending changes now, so a row changed meanwhile is refused with the record's
   * conflict (not later at commit with an anonymous one); returns the record.
   */
  public static <T extends Versioned> T flushed(EntityManager em, T record) {
    try {
      em.flush();
    } catch (OptimisticLockException e) {
      throw record.staleConflict();
    }
    return record;
  }
}
