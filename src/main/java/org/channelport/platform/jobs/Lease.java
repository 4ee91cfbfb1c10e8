package org.channelport.platform.jobs;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import javax.sql.DataSource;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;
import net.javacrumbs.shedlock.support.StorageBasedLockProvider;

/**
 * A named lease in the database that one portal node holds at a time (ShedLock's table, database
 * time). A node that does not get it skips the work: another node is doing it.
 */
public final class Lease {
  private final LockProvider locks;

  public Lease(DataSource dataSource) {
    this.locks = new StorageBasedLockProvider(new DbTimeLockStorage(dataSource)) {};
  }

  /**
   * Runs the work if this node gets the lease; returns whether it ran. The lease is held at most
   * {@code atMostFor} (a node that dies while holding it blocks the others that long — keep it well
   * above a run) and at least {@code atLeastFor} from the start (so another node whose schedule is
   * a little later does not run the same round again).
   */
  public boolean runIfFree(String name, Duration atMostFor, Duration atLeastFor, Runnable work) {
    // the lease's ends are computed by the database; ShedLock's configuration wants a start too
    Optional<SimpleLock> lock =
        locks.lock(new LockConfiguration(Instant.now(), name, atMostFor, atLeastFor));
    if (lock.isEmpty()) {
      return false;
    }
    try {
      work.run();
    } finally {
      lock.get().unlock();
    }
    return true;
  }
}
