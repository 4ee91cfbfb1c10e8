package org.channelport.platform.files;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.channelport.platform.TestDatabase;
import org.junit.jupiter.api.Test;

/** Logos kept in the showroom row before V24 move into the file store and still show. */
class LogoMigrationTest {

  @Test
  void aLogoInTheShowroomRowBecomesAStoredFileOfThatShowroom() throws Exception {
    TestDatabase.flyway(null).clean();
    TestDatabase.flyway("23").migrate();
    DataSource db = TestDatabase.dataSource();
    byte[] png = FilePurposeTest.picture("png", 8);
    try (Connection c = db.getConnection()) {
      for (long id : new long[] {7, 8}) {
        update(
            c,
            "INSERT INTO partner (id, name, account_number, tier, country, status, created_at,"
                + " updated_at) VALUES (?, ?, ?, 'GOLD', 'DE', 'ACTIVE', UTC_TIMESTAMP(6),"
                + " UTC_TIMESTAMP(6))",
            id,
            "Partner " + id,
            "ACC-" + id);
      }
      update(
          c,
          "INSERT INTO showroom (partner_id, slug, logo, logo_type, updated_at)"
              + " VALUES (7, 'seven', ?, 'image/png', UTC_TIMESTAMP(6))",
          png);
      update(
          c,
          "INSERT INTO showroom (partner_id, slug, updated_at) VALUES (8, 'eight',"
              + " UTC_TIMESTAMP(6))");
    }

    TestDatabase.flyway(null).migrate();

    try (Connection c = db.getConnection()) {
      try (PreparedStatement s =
              c.prepareStatement(
                  "SELECT f.content, f.media_type, f.sha256, f.size_bytes, f.purpose, s.logo_type"
                      + " FROM showroom s JOIN stored_file f ON f.id = s.logo_file_id"
                      + " WHERE s.slug = 'seven'");
          ResultSet rs = s.executeQuery()) {
        assertTrue(rs.next(), "the logo is a stored file of its showroom");
        assertArrayEquals(png, rs.getBytes(1));
        assertEquals("image/png", rs.getString(2));
        assertEquals(FileStore.sha256(png), rs.getString(3));
        assertEquals(png.length, rs.getLong(4));
        assertEquals("showroom-logo", rs.getString(5));
        assertEquals("image/png", rs.getString(6));
      }
      try (PreparedStatement s =
              c.prepareStatement(
                  "SELECT logo_file_id, logo_type FROM showroom WHERE slug = 'eight'");
          ResultSet rs = s.executeQuery()) {
        assertTrue(rs.next());
        assertNull(rs.getObject(1));
        assertNull(rs.getObject(2));
      }
      try (ResultSet rs = c.getMetaData().getColumns(c.getCatalog(), null, "showroom", "logo")) {
        assertFalse(rs.next(), "the old logo column is gone");
      }
      update(
          c,
          "INSERT INTO stored_file (purpose, sha256, media_type, size_bytes, created_at,"
              + " created_by) VALUES ('showroom-logo', 'x', 'image/png', 0, UTC_TIMESTAMP(6), 't')");
      try (PreparedStatement s = c.prepareStatement("SELECT LAST_INSERT_ID()");
          ResultSet rs = s.executeQuery()) {
        rs.next();
        assertTrue(rs.getLong(1) > 7, "new files are numbered after the migrated ones");
      }
    }
  }

  private static void update(Connection c, String sql, Object... args) throws SQLException {
    try (PreparedStatement s = c.prepareStatement(sql)) {
      for (int i = 0; i < args.length; i++) {
        s.setObject(i + 1, args[i]);
      }
      s.executeUpdate();
    }
  }
}
