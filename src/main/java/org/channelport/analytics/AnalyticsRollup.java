package org.channelport.analytics;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.concurrent.ScheduledFuture;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.channelport.platform.Clock;
import org.channelport.platform.Database;
import org.channelport.platform.jobs.LeasedJobs;
import org.eclipse.microprofile.config.Config;

/**
 * Keeps the roll-up tables, a leased job ({@value #LEASE}, every {@code
 * analytics.rollup-interval-seconds}, default 30): each round finds the partner-days the raw
 * records changed since its watermark (less a grace of {@link #GRACE} for transactions that
 * committed late) and recomputes exactly those rows from the raw records, in one transaction. So an
 * event counts once however often a round sees it, and a correction (a cancelled order, a reversed
 * journal entry, a changed won value) replaces what it corrected. Once a day, and when there is no
 * watermark yet, everything is rebuilt (which also catches a record that moved to another day).
 */
@Singleton
@Startup
@DependsOn("DatabaseMigrations")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class AnalyticsRollup {
  private static final Logger LOG = Logger.getLogger(AnalyticsRollup.class.getName());
  static final String LEASE = "analytics-rollup";
  static final Duration GRACE = Duration.ofMinutes(5);
  static final String ROUND = "round";
  static final String REBUILD = "rebuild";

  @Inject LeasedJobs jobs;
  @Inject Clock clock;
  @Inject Config config;

  @Resource(lookup = Database.JNDI_NAME)
  DataSource dataSource;

  private ScheduledFuture<?> task;

  @PostConstruct
  void schedule() {
    long seconds =
        config.getOptionalValue("analytics.rollup-interval-seconds", Long.class).orElse(30L);
    Duration interval = Duration.ofSeconds(Math.max(1, seconds));
    task = jobs.every(LEASE, interval, Duration.ofSeconds(Math.min(seconds, 5)), this::run);
  }

  @PreDestroy
  void stop() {
    if (task != null) {
      task.cancel(false);
    }
  }

  /** One round: a rebuild when the day's one is due, else the touched partner-days. */
  public void run() {
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(false);
      try {
        Instant now = clock.now();
        Instant watermark = watermark(c, ROUND);
        Instant rebuilt = watermark(c, REBUILD);
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        boolean rebuild =
            watermark == null
                || rebuilt == null
                || LocalDate.ofInstant(rebuilt, ZoneOffset.UTC).isBefore(today);
        long started = System.nanoTime();
        int days = rebuild ? rebuild(c) : incremental(c, since(watermark, now));
        setWatermark(c, ROUND, now);
        if (rebuild) {
          setWatermark(c, REBUILD, now);
        }
        c.commit();
        if (rebuild || days > 0) {
          long ms = (System.nanoTime() - started) / 1_000_000;
          LOG.fine(
              () ->
                  rebuild ? "analytics rebuilt in " + ms + " ms" : days + " partner-days in " + ms);
        }
      } catch (SQLException | RuntimeException e) {
        c.rollback();
        throw e;
      } finally {
        c.setAutoCommit(true);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("analytics roll-up failed: " + e.getMessage(), e);
    }
  }

  /**
   * Where a round starts reading: the last round's start less the grace, and never after now (the
   * test clock may have been moved back meanwhile).
   */
  static Instant since(Instant watermark, Instant now) {
    Instant from = watermark.isAfter(now) ? now : watermark;
    return from.minus(GRACE);
  }

  /** Recomputes the partner-days touched since {@code since}; returns how many. */
  int incremental(Connection c, Instant since) throws SQLException {
    try (Statement s = c.createStatement()) {
      s.executeUpdate("DELETE FROM analytics_dirty");
    }
    Timestamp from = Timestamp.from(since);
    for (String sql : RollupSql.DIRTY) {
      try (PreparedStatement p = c.prepareStatement(sql)) {
        int marks = (int) sql.chars().filter(ch -> ch == '?').count();
        for (int i = 1; i <= marks; i++) {
          p.setTimestamp(i, from);
        }
        p.executeUpdate();
      }
    }
    int days;
    try (Statement s = c.createStatement();
        ResultSet r = s.executeQuery("SELECT COUNT(*) FROM analytics_dirty")) {
      r.next();
      days = r.getInt(1);
    }
    if (days == 0) {
      return 0;
    }
    try (Statement s = c.createStatement()) {
      for (String table : RollupSql.TABLES) {
        s.executeUpdate(
            "DELETE t FROM "
                + table
                + " t JOIN analytics_dirty d ON d.partner_id = t.partner_id AND d.day = t.day");
      }
      s.executeUpdate(
          "DELETE t FROM analytics_pipeline t JOIN (SELECT DISTINCT partner_id FROM"
              + " analytics_dirty) d ON d.partner_id = t.partner_id");
      for (String sql : RollupSql.FILL) {
        s.executeUpdate(RollupSql.scoped(sql, true));
      }
      s.executeUpdate(RollupSql.scoped(RollupSql.PIPELINE, true));
      for (String sql : RollupSql.clearMonths(true)) {
        s.executeUpdate(sql);
      }
      for (String sql : RollupSql.fillMonths(true)) {
        s.executeUpdate(sql);
      }
      s.executeUpdate("DELETE FROM analytics_dirty");
    }
    return days;
  }

  /** Recomputes every roll-up from the raw records. */
  int rebuild(Connection c) throws SQLException {
    try (Statement s = c.createStatement()) {
      for (String table : RollupSql.TABLES) {
        s.executeUpdate("DELETE FROM " + table);
      }
      s.executeUpdate("DELETE FROM analytics_pipeline");
      for (String sql : RollupSql.FILL) {
        s.executeUpdate(RollupSql.scoped(sql, false));
      }
      s.executeUpdate(RollupSql.scoped(RollupSql.PIPELINE, false));
      for (String sql : RollupSql.clearMonths(false)) {
        s.executeUpdate(sql);
      }
      for (String sql : RollupSql.fillMonths(false)) {
        s.executeUpdate(sql);
      }
    }
    return -1;
  }

  /** Rebuilds everything now (tests, benchmark, an operator after a bulk correction). */
  public void rebuildNow() {
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(false);
      try {
        rebuild(c);
        Instant now = clock.now();
        setWatermark(c, ROUND, now);
        setWatermark(c, REBUILD, now);
        c.commit();
      } catch (SQLException | RuntimeException e) {
        c.rollback();
        throw e;
      } finally {
        c.setAutoCommit(true);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("analytics rebuild failed: " + e.getMessage(), e);
    }
  }

  private static Instant watermark(Connection c, String name) throws SQLException {
    try (PreparedStatement p =
        c.prepareStatement("SELECT at FROM analytics_watermark WHERE name = ? FOR UPDATE")) {
      p.setString(1, name);
      try (ResultSet r = p.executeQuery()) {
        return r.next() ? r.getTimestamp(1).toInstant() : null;
      }
    }
  }

  private static void setWatermark(Connection c, String name, Instant at) throws SQLException {
    try (PreparedStatement p =
        c.prepareStatement(
            "INSERT INTO analytics_watermark (name, at) VALUES (?, ?)"
                + " ON DUPLICATE KEY UPDATE at = VALUES(at)")) {
      p.setString(1, name);
      p.setTimestamp(2, Timestamp.from(at));
      p.executeUpdate();
    }
  }
}
