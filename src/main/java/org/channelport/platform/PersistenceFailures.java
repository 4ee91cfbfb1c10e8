package org.channelport.platform;

import java.sql.SQLException;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.channelport.shared.ConflictException;
import org.channelport.shared.Messages;

/**
 * The one reading of failures raised by the database or the persistence provider, wherever they
 * surface: at an explicit flush, at a flush before a query, in a JDBC batch, or at commit inside
 * the transaction interceptor (then wrapped in a {@code TransactionalException} and a {@code
 * RollbackException}). A failure that means "someone else got there first" becomes a {@link
 * ConflictException} (409, nothing changed); anything else is not ours to explain.
 *
 * <ul>
 *   <li>an optimistic-lock failure: the record was changed meanwhile (field {@code version});
 *   <li>a unique key that refused a row: the same field and message as the check a service makes
 *       before writing, looked up in the bundle by the key's name ({@code error.unique.<key>},
 *       {@code field.unique.<key>}), so the loser of a race hears what a later caller would;
 *   <li>a deadlock or a lock wait that timed out: try again.
 * </ul>
 */
public final class PersistenceFailures {
  static final String STALE = "error.concurrentChange";
  static final String TRY_AGAIN = "error.tryAgain";
  static final String DUPLICATE = "error.unique";

  private static final int DUPLICATE_KEY = 1062;
  private static final int LOCK_WAIT_TIMEOUT = 1205;
  private static final int DEADLOCK = 1213;
  private static final Pattern DUPLICATE_ENTRY =
      Pattern.compile("Duplicate entry '(.*)' for key '([^']+)'", Pattern.DOTALL);
  private static final Pattern KEY_NAME = Pattern.compile("[A-Za-z0-9_]{1,64}");
  private static final String[] OPTIMISTIC_LOCK = {
    "jakarta.persistence.OptimisticLockException",
    "org.eclipse.persistence.exceptions.OptimisticLockException"
  };

  private PersistenceFailures() {}

  /** The conflict a failure means, or null when it is no conflict between callers. */
  public static ConflictException conflict(Throwable failure) {
    Map<Throwable, Boolean> seen = new IdentityHashMap<>();
    for (Throwable e = failure; e != null && seen.put(e, true) == null; e = next(e)) {
      if (isOptimisticLock(e)) {
        return new ConflictException("version", STALE);
      }
      if (e instanceof SQLException sql) {
        ConflictException conflict = fromSql(sql);
        if (conflict != null) {
          return conflict;
        }
      }
    }
    return null;
  }

  private static Throwable next(Throwable e) {
    if (e instanceof SQLException sql && sql.getNextException() != null && e.getCause() == null) {
      return sql.getNextException();
    }
    return e.getCause();
  }

  private static boolean isOptimisticLock(Throwable e) {
    for (Class<?> type = e.getClass(); type != null; type = type.getSuperclass()) {
      for (String name : OPTIMISTIC_LOCK) {
        if (name.equals(type.getName())) {
          return true;
        }
      }
    }
    return false;
  }

  private static ConflictException fromSql(SQLException sql) {
    int code = sql.getErrorCode();
    if (code == DEADLOCK || code == LOCK_WAIT_TIMEOUT || "40001".equals(sql.getSQLState())) {
      return new ConflictException(null, TRY_AGAIN);
    }
    Matcher duplicate = sql.getMessage() == null ? null : DUPLICATE_ENTRY.matcher(sql.getMessage());
    boolean found = duplicate != null && duplicate.find();
    if (code != DUPLICATE_KEY && !found) {
      return null;
    }
    if (!found) {
      return new ConflictException(null, DUPLICATE);
    }
    String key = keyName(duplicate.group(2));
    String messageKey = "error.unique." + key;
    if (key == null || Messages.english(messageKey).equals(messageKey)) {
      return new ConflictException(null, DUPLICATE);
    }
    String fieldKey = "field.unique." + key;
    String field = Messages.english(fieldKey);
    return new ConflictException(
        field.equals(fieldKey) ? null : field, messageKey, duplicate.group(1));
  }

  /** MariaDB names the key alone, MySQL 8 as table.key. */
  private static String keyName(String reported) {
    String name = reported.substring(reported.lastIndexOf('.') + 1);
    return KEY_NAME.matcher(name).matches() ? name : null;
  }
}
