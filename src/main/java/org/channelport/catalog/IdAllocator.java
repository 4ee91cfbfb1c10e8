package org.channelport.catalog;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * Blocks of ids from the id_generator table, the same way EclipseLink's table generator takes them
 * (the row holds the last id handed out), in a short transaction of its own so that a long import
 * never holds the generator row.
 */
public final class IdAllocator {
  private final DataSource dataSource;
  private final String name;
  private final int block;
  private long next;
  private long last = -1;

  public IdAllocator(DataSource dataSource, String name, int block) {
    this.dataSource = dataSource;
    this.name = name;
    this.block = block;
  }

  public long next() throws SQLException {
    if (next > last) {
      last = reserve(block);
      next = last - block + 1;
    }
    return next++;
  }

  private long reserve(int count) throws SQLException {
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(true);
      try (PreparedStatement update =
          c.prepareStatement(
              "UPDATE id_generator SET next_val = LAST_INSERT_ID(next_val + ?) WHERE name = ?")) {
        update.setInt(1, count);
        update.setString(2, name);
        if (update.executeUpdate() != 1) {
          throw new SQLException("No id_generator row for " + name);
        }
      }
      try (PreparedStatement select = c.prepareStatement("SELECT LAST_INSERT_ID()");
          ResultSet rs = select.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }
}
