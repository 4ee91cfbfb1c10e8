package org.channelport.platform.jobs;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import javax.sql.DataSource;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.support.AbstractStorageAccessor;
import net.javacrumbs.shedlock.support.LockException;

/**
 * ShedLock's {@code shedlock} table, with every lease end computed by the database's clock (UTC),
 * so nodes whose clocks differ still agree on who holds a lease. ShedLock 6.9.2's plain {@code
 * JdbcLockProvider} takes the time from the JVM; its database-time statements live in the Spring
 * provider only, so these are the same MySQL/MariaDB statements: {@code INSERT IGNORE}, then an
 * update that succeeds only when the lease has ended.
 */
final class DbTimeLockStorage extends AbstractStorageAccessor {
  private final DataSource dataSource;

  DbTimeLockStorage(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  @Override
  public boolean insertRecord(LockConfiguration lock) {
    return update(
            "INSERT IGNORE INTO shedlock (name, lock_until, locked_at, locked_by) VALUES"
                + " (?, UTC_TIMESTAMP(3) + INTERVAL ? MICROSECOND, UTC_TIMESTAMP(3), ?)",
            lock.getName(),
            micros(lock.getLockAtMostFor()),
            getHostname())
        > 0;
  }

  @Override
  public boolean updateRecord(LockConfiguration lock) {
    return update(
            "UPDATE shedlock SET lock_until = UTC_TIMESTAMP(3) + INTERVAL ? MICROSECOND,"
                + " locked_at = UTC_TIMESTAMP(3), locked_by = ?"
                + " WHERE name = ? AND lock_until <= UTC_TIMESTAMP(3)",
            micros(lock.getLockAtMostFor()),
            getHostname(),
            lock.getName())
        > 0;
  }

  @Override
  public void unlock(LockConfiguration lock) {
    long atLeast = micros(lock.getLockAtLeastFor());
    update(
        "UPDATE shedlock SET lock_until = IF(locked_at + INTERVAL ? MICROSECOND > UTC_TIMESTAMP(3),"
            + " locked_at + INTERVAL ? MICROSECOND, UTC_TIMESTAMP(3)) WHERE name = ?",
        atLeast,
        atLeast,
        lock.getName());
  }

  @Override
  public boolean extend(LockConfiguration lock) {
    return update(
            "UPDATE shedlock SET lock_until = UTC_TIMESTAMP(3) + INTERVAL ? MICROSECOND"
                + " WHERE name = ? AND locked_by = ? AND lock_until > UTC_TIMESTAMP(3)",
            micros(lock.getLockAtMostFor()),
            lock.getName(),
            getHostname())
        > 0;
  }

  private static long micros(Duration d) {
    return d.toNanos() / 1000;
  }

  private int update(String sql, Object... args) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s = c.prepareStatement(sql)) {
      for (int i = 0; i < args.length; i++) {
        s.setObject(i + 1, args[i]);
      }
      return s.executeUpdate();
    } catch (SQLException e) {
      throw new LockException("Could not use the lease table: " + e.getMessage(), e);
    }
  }
}
