package org.channelport.it.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/** Direct reads of the test database, to check what was (not) stored. */
public final class Db {
  private Db() {}

  public static long count(String sql, Object... args) {
    String value = string(sql, args);
    return value == null ? 0 : Long.parseLong(value);
  }

  /** Changes rows behind the portal's back (e.g. a deadline in the past); returns the count. */
  public static int update(String sql, Object... args) {
    try (Connection c =
            DriverManager.getConnection(Stack.dbUrl(), Stack.dbUser(), Stack.dbPassword());
        PreparedStatement s = c.prepareStatement(sql)) {
      for (int i = 0; i < args.length; i++) {
        s.setObject(i + 1, args[i]);
      }
      return s.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The first column of the first row, or null when there is no row. */
  public static String string(String sql, Object... args) {
    try (Connection c =
            DriverManager.getConnection(Stack.dbUrl(), Stack.dbUser(), Stack.dbPassword());
        PreparedStatement s = c.prepareStatement(sql)) {
      for (int i = 0; i < args.length; i++) {
        s.setObject(i + 1, args[i]);
      }
      try (ResultSet rs = s.executeQuery()) {
        return rs.next() ? rs.getString(1) : null;
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }
}
