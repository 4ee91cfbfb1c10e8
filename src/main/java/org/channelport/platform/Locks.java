package org.channelport.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.regex.Pattern;

/**
 * Row locks that make a check and the write it allows one step: whoever holds the lock checks
 * against everything committed before (the datasource reads committed data), and the next caller
 * waits until the holder's transaction ends. Taken with plain SQL so that no version check runs on
 * a locked entity. Locks are held to the end of the transaction; take them in the order parent row,
 * named lock, so two transactions never wait for each other.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class Locks {
  private static final Pattern TABLE = Pattern.compile("[a-z_]{1,64}");

  @PersistenceContext EntityManager em;

  /** Locks the row {@code id} of {@code table}; false when there is no such row. */
  public boolean row(String table, long id) {
    if (!TABLE.matcher(table).matches()) {
      throw new IllegalArgumentException("not a table name: " + table);
    }
    return !em.createNativeQuery("SELECT id FROM " + table + " WHERE id = ? FOR UPDATE")
        .setParameter(1, id)
        .getResultList()
        .isEmpty();
  }

  /** Locks one of the named locks of table app_lock (one row each, made by a migration). */
  public void named(String name) {
    if (em.createNativeQuery("SELECT name FROM app_lock WHERE name = ? FOR UPDATE")
        .setParameter(1, name)
        .getResultList()
        .isEmpty()) {
      throw new IllegalStateException("no lock named " + name + " in app_lock");
    }
  }
}
