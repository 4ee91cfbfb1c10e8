package org.channelport.platform.jobs;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import javax.sql.DataSource;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;
import net.javacrumbs.shedlock.support.KeepAliveLockProvider;
import net.javacrumbs.shedlock.support.StorageBasedLockProvider;

/**
 * A named lease in the database that one portal node holds at a time (ShedLock's table, database
 * time). A node that does not get it skips the work: another node is doing it. While the work runs,
 * the lease is renewed every half {@code atMostFor} from a thread of its own ({@link
 * KeepAliveLockProvider}), so a long round keeps it and a node that dies in a round blocks the
 * others only until its last renewal runs out.
 */
public final class Lease {
  /** ShedLock's keep-alive renews leases of at least this hold only. */
  public static final Duration MIN_AT_MOST = Duration.ofSeconds(30);

  private final LockProvider locks;

  /** With a renewing thread of its own (a daemon). */
  public Lease(DataSource dataSource) {
    this(
        dataSource,
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread t = new Thread(r, "lease-keep-alive");
              t.setDaemon(true);
              return t;
            }));
  }

  /** {@code keepAlive} renews running leases; it must not be the executor running the work. */
  public Lease(DataSource dataSource, ScheduledExecutorService keepAlive) {
    this.locks =
        new KeepAliveLockProvider(
            new StorageBasedLockProvider(new DbTimeLockStorage(dataSource)) {}, keepAlive);
  }

  /**
   * Runs the work if this node gets the lease; returns whether it ran. The lease is held at most
   * {@code atMostFor} (at least {@link #MIN_AT_MOST}) past its last renewal — what a node that dies
   * while holding it blocks the others — and at least {@code atLeastFor} from the start (so another
   * node whose schedule is a little later does not run the same round again).
   */
  public boolean runIfFree(String name, Duration atMostFor, Duration atLeastFor, Runnable work) {
    // the lease's ends are computed by the database; ShedLock's configuration wants a start too
    Duration atMost = atMostFor.compareTo(MIN_AT_MOST) < 0 ? MIN_AT_MOST : atMostFor;
    Optional<SimpleLock> lock =
        locks.lock(new LockConfiguration(Instant.now(), name, atMost, atLeastFor));
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
