package org.channelport.catalog;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;

/**
 * The catalog's revision: one number raised by every import that changed something, and a log of
 * when each revision was written. Runs on the import's connection, inside its transaction.
 */
final class RevisionLog {
  private RevisionLog() {}

  /** The revision this import writes; the row lock also keeps imports one at a time. */
  static long next(Connection c) throws SQLException {
    try (Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery("SELECT revision FROM catalog_revision WHERE id = 1 FOR UPDATE")) {
      rs.next();
      return rs.getLong(1) + 1;
    }
  }

  /** Makes {@code revision} the catalog's current one and logs when it was written. */
  static void record(Connection c, long revision, Instant now) throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement("UPDATE catalog_revision SET revision = ? WHERE id = 1")) {
      s.setLong(1, revision);
      s.executeUpdate();
    }
    try (PreparedStatement s =
        c.prepareStatement("INSERT INTO catalog_revision_log (revision, at) VALUES (?, ?)")) {
      s.setLong(1, revision);
      s.setTimestamp(2, Timestamp.from(now));
      s.executeUpdate();
    }
  }
}
