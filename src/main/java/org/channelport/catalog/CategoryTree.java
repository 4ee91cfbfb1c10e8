package org.channelport.catalog;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.sql.DataSource;

/**
 * The category tree as an import sees it: category ids by code, and the categories a file declares
 * itself (BMEcat's catalog group system) added to the tree, parents before their children.
 */
final class CategoryTree {
  private CategoryTree() {}

  /** Category id by code (both as stored and lower case). */
  static Map<String, Long> byCode(Connection c) throws SQLException {
    Map<String, Long> byCode = new HashMap<>();
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT id, code FROM catalog_category")) {
      while (rs.next()) {
        byCode.put(rs.getString(2), rs.getLong(1));
        byCode.putIfAbsent(rs.getString(2).toLowerCase(Locale.ROOT), rs.getLong(1));
      }
    }
    return byCode;
  }

  /**
   * The known categories by code, with the declared ones not yet known stored first (on {@code c},
   * ids taken from {@code dataSource}'s generator).
   */
  static Map<String, Long> withDeclared(
      Connection c, DataSource dataSource, List<CategoryDecl> declared) throws SQLException {
    Map<String, Long> known = byCode(c);
    if (declared.isEmpty()) {
      return known;
    }
    IdAllocator ids = new IdAllocator(dataSource, "catalog_category", 50);
    List<CategoryDecl> pending = new ArrayList<>();
    for (CategoryDecl d : declared) {
      if (!known.containsKey(d.code()) && d.code().length() <= 64) {
        pending.add(d);
      }
    }
    // parents first: repeat while some category waits for its parent
    int sort = 1000;
    boolean progress = true;
    while (!pending.isEmpty() && progress) {
      progress = false;
      for (var it = pending.iterator(); it.hasNext(); ) {
        CategoryDecl d = it.next();
        boolean parentReady =
            d.parentCode() == null
                || known.containsKey(d.parentCode())
                || declared.stream().noneMatch(o -> o.code().equals(d.parentCode()));
        if (!parentReady) {
          continue;
        }
        long id = ids.next();
        try (PreparedStatement s =
            c.prepareStatement(
                "INSERT INTO catalog_category (id, code, name, parent_id, sort_order, version)"
                    + " VALUES (?, ?, ?, ?, ?, 0)")) {
          s.setLong(1, id);
          s.setString(2, d.code());
          s.setString(3, clip(d.name(), 200));
          Long parent = d.parentCode() == null ? null : known.get(d.parentCode());
          if (parent == null) {
            s.setNull(4, Types.BIGINT);
          } else {
            s.setLong(4, parent);
          }
          s.setInt(5, sort++);
          s.executeUpdate();
        }
        known.put(d.code(), id);
        it.remove();
        progress = true;
      }
    }
    return known;
  }

  private static String clip(String s, int max) {
    return s.length() <= max ? s : s.substring(0, max);
  }
}
