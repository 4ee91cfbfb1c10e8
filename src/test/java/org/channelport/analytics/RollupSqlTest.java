package org.channelport.analytics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class RollupSqlTest {
  @Test
  void anIncrementalRoundReachesTheRawRowsThroughTheDirtyPartnerDays() {
    String sql = "SELECT 1 FROM lead_event e {D:e.partner_id:e.at} WHERE x";
    assertEquals(
        "SELECT 1 FROM lead_event e JOIN analytics_dirty d ON d.partner_id = e.partner_id AND e.at"
            + " >= d.day AND e.at < d.day + INTERVAL 1 DAY WHERE x",
        RollupSql.scoped(sql, true));
    assertEquals(
        "SELECT 1 FROM sales_order o JOIN analytics_dirty d ON d.partner_id = o.partner_id AND"
            + " d.day = o.order_date",
        RollupSql.scoped("SELECT 1 FROM sales_order o {DD:o.partner_id:o.order_date}", true));
  }

  @Test
  void aRebuildReadsEverything() {
    assertEquals(
        "SELECT 1 FROM lead_event e  WHERE x",
        RollupSql.scoped("SELECT 1 FROM lead_event e {D:e.partner_id:e.at} WHERE x", false));
    for (String sql : RollupSql.FILL) {
      assertFalse(RollupSql.scoped(sql, false).contains("analytics_dirty"), sql);
      assertTrue(RollupSql.scoped(sql, true).contains("analytics_dirty"), sql);
    }
  }

  @Test
  void aRoundRereadsTheGraceAndNeverStartsInTheFuture() {
    Instant now = Instant.parse("2026-12-01T10:00:00Z");
    assertEquals(
        Instant.parse("2026-12-01T09:55:00Z"),
        AnalyticsRollup.since(Instant.parse("2026-12-01T10:00:00Z"), now));
    // the test clock went back: start from now, not from the later watermark
    assertEquals(
        Instant.parse("2026-12-01T09:55:00Z"),
        AnalyticsRollup.since(Instant.parse("2026-12-03T00:00:00Z"), now));
  }
}
