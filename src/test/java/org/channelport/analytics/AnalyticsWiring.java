package org.channelport.analytics;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
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

  /**
   * The statements of {@link AnalyticsRollup#incremental} one by one, each timed (ns, in order): to
   * see where a round's time goes. Run it in a transaction that is rolled back afterwards.
   */
  public static Map<String, Long> incrementalBreakdown(Connection c, Instant since)
      throws SQLException {
    Map<String, Long> out = new LinkedHashMap<>();
    try (Statement s = c.createStatement()) {
      s.executeUpdate("DELETE FROM analytics_dirty");
    }
    Timestamp from = Timestamp.from(since);
    int n = 0;
    for (String sql : RollupSql.DIRTY) {
      long t = System.nanoTime();
      try (PreparedStatement p = c.prepareStatement(sql)) {
        int marks = (int) sql.chars().filter(ch -> ch == '?').count();
        for (int i = 1; i <= marks; i++) {
          p.setTimestamp(i, from);
        }
        p.executeUpdate();
      }
      out.put("dirty " + (++n) + ": " + label(sql), System.nanoTime() - t);
    }
    try (Statement s = c.createStatement()) {
      long t = System.nanoTime();
      for (String table : RollupSql.TABLES) {
        s.executeUpdate(
            "DELETE t FROM "
                + table
                + " t JOIN analytics_dirty d ON d.partner_id = t.partner_id AND d.day = t.day");
      }
      s.executeUpdate(
          "DELETE t FROM analytics_pipeline t JOIN (SELECT DISTINCT partner_id FROM"
              + " analytics_dirty) d ON d.partner_id = t.partner_id");
      out.put("delete the dirty rows", System.nanoTime() - t);
      n = 0;
      for (String sql : RollupSql.FILL) {
        t = System.nanoTime();
        s.executeUpdate(RollupSql.scoped(sql, true));
        out.put("fill " + (++n) + ": " + label(sql), System.nanoTime() - t);
      }
      t = System.nanoTime();
      s.executeUpdate(RollupSql.scoped(RollupSql.PIPELINE, true));
      out.put("pipeline", System.nanoTime() - t);
    }
    return out;
  }

  /**
   * A statement's target table and the table it reads through the dirty partner-days (the one
   * before the {@code {D...}} placeholder; else its first), for a report line.
   */
  private static String label(String sql) {
    String into = sql.replaceAll("^INSERT (IGNORE )?INTO (\\w+).*", "$2");
    java.util.regex.Matcher m =
        java.util.regex.Pattern.compile(" FROM (\\w+ \\w+) \\{").matcher(sql);
    if (!m.find()) {
      m = java.util.regex.Pattern.compile(" FROM (\\w+ \\w+)").matcher(sql);
      m.find();
    }
    String from = m.group(1);
    String metric =
        sql.contains("'accept'")
            ? " accept"
            : sql.contains("'deal_decision'")
                ? " deal_decision"
                : sql.contains("'order_ship'")
                    ? " order_ship"
                    : sql.contains("'claim_cycle'") ? " claim_cycle" : "";
    return into + metric + " <- " + from;
  }
}
