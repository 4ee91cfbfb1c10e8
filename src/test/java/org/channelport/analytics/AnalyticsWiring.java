package org.channelport.analytics;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import javax.sql.DataSource;
import org.channelport.security.AccessRules;

/**
 * Outside the container (the analytics benchmark): the read service on a plain data source and the
 * caller's access rules, and the roll-up job's two kinds of work on a connection the caller holds.
 */
public final class AnalyticsWiring {
  private AnalyticsWiring() {}

  public static Analytics analytics(DataSource dataSource, AccessRules access) {
    Analytics analytics = new Analytics();
    analytics.dataSource = dataSource;
    analytics.access = access;
    return analytics;
  }

  /** {@link AnalyticsRollup#rebuild}: every roll-up recomputed, on {@code c} (not committed). */
  public static void rebuild(Connection c) throws SQLException {
    new AnalyticsRollup().rebuild(c);
  }

  /** {@link AnalyticsRollup#incremental}: the partner-days touched since {@code since}. */
  public static int incremental(Connection c, Instant since) throws SQLException {
    return new AnalyticsRollup().incremental(c, since);
  }

  /** Where a round that last started at {@code watermark} reads from (less the grace). */
  public static Instant since(Instant watermark, Instant now) {
    return AnalyticsRollup.since(watermark, now);
  }
}
