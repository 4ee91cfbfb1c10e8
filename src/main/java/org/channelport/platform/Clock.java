package org.channelport.platform;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The portal's notion of now, in UTC, at the precision the database stores: the system clock, plus
 * an offset when {@code channelport.clock.adjustable=true} (tests only, e.g. "24 hours pass"). The
 * offset lives in the one row of table {@code clock_offset}, so every node sees the same one; each
 * node reads it at most once a second. Leases ({@code platform.jobs}) keep using the database's own
 * time: the offset moves due dates, never who holds a lease.
 */
@ApplicationScoped
public class Clock {
  private static final Logger LOG = Logger.getLogger(Clock.class.getName());
  static final long CACHE_NANOS = Duration.ofSeconds(1).toNanos();

  @Inject
  @ConfigProperty(name = "channelport.clock.adjustable", defaultValue = "false")
  boolean adjustable;

  @Resource(lookup = Database.JNDI_NAME)
  DataSource dataSource;

  private volatile long offsetMillis;
  private volatile long readAtNanos;
  private volatile boolean read;

  /** The system clock (no offset): for tests and tools that construct services by hand. */
  public Clock() {}

  public Instant now() {
    Instant system = Instant.now();
    long offset = offsetMillis();
    return (offset == 0 ? system : system.plusMillis(offset)).truncatedTo(ChronoUnit.MICROS);
  }

  /** Whether the offset can be moved ({@code channelport.clock.adjustable}). */
  public boolean adjustable() {
    return adjustable && dataSource != null;
  }

  /** How far the portal's clock is ahead of the system clock. */
  public Duration offset() {
    return Duration.ofMillis(offsetMillis());
  }

  /**
   * Moves the clock of every node by {@code seconds} (negative: back, but never behind the system
   * clock); returns the new offset. Only when {@link #adjustable()}.
   */
  public Duration advance(long seconds) {
    if (!adjustable()) {
      throw new IllegalStateException("the clock is not adjustable");
    }
    try (Connection c = dataSource.getConnection()) {
      try (PreparedStatement s =
          c.prepareStatement(
              "UPDATE clock_offset SET offset_ms = GREATEST(0, offset_ms + ?) WHERE id = 1")) {
        s.setLong(1, Math.multiplyExact(seconds, 1000L));
        s.executeUpdate();
      }
      long now = readOffset(c);
      offsetMillis = now;
      readAtNanos = System.nanoTime();
      read = true;
      return Duration.ofMillis(now);
    } catch (SQLException e) {
      throw new IllegalStateException("Could not move the clock", e);
    }
  }

  private long offsetMillis() {
    if (!adjustable()) {
      return 0;
    }
    long nanos = System.nanoTime();
    if (!read || nanos - readAtNanos > CACHE_NANOS) {
      try (Connection c = dataSource.getConnection()) {
        offsetMillis = readOffset(c);
      } catch (SQLException e) {
        // before the migration, or the database away: keep the last offset known
        LOG.log(Level.FINE, "clock offset not readable; keeping " + offsetMillis + " ms", e);
      }
      readAtNanos = nanos;
      read = true;
    }
    return offsetMillis;
  }

  private static long readOffset(Connection c) throws SQLException {
    try (PreparedStatement s =
            c.prepareStatement("SELECT offset_ms FROM clock_offset WHERE id = 1");
        ResultSet rs = s.executeQuery()) {
      return rs.next() ? rs.getLong(1) : 0;
    }
  }
}
