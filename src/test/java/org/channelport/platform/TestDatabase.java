package org.channelport.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.channelport.devstack.EmbeddedMariaDb;
import org.flywaydb.core.Flyway;
import org.mariadb.jdbc.MariaDbDataSource;

/**
 * One embedded MariaDB for the unit tests that need a real database (leases, outbox, file
 * migration): started on a free port at first use, holding the portal's schema, stopped when the
 * test JVM ends.
 */
public final class TestDatabase {
  private static EmbeddedMariaDb server;
  private static String url;

  private TestDatabase() {}

  public static synchronized String url() {
    if (server == null) {
      server = new EmbeddedMariaDb(freePort(), Path.of("target", "unit-mariadb"));
      url = server.start(true);
      Runtime.getRuntime().addShutdownHook(new Thread(server::stop));
    }
    return url;
  }

  /** A new connection pool-less data source for the test database, like one portal node's. */
  public static DataSource dataSource() {
    try {
      MariaDbDataSource ds = new MariaDbDataSource(url());
      ds.setUser(EmbeddedMariaDb.USER);
      ds.setPassword(EmbeddedMariaDb.PASSWORD);
      return ds;
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Flyway on the portal's migrations (sql/migration), for this database. */
  public static Flyway flyway(String target) {
    var config =
        Flyway.configure()
            .dataSource(url(), EmbeddedMariaDb.USER, EmbeddedMariaDb.PASSWORD)
            .locations("classpath:db/migration")
            .cleanDisabled(false);
    if (target != null) {
      config = config.target(target);
    }
    return config.load();
  }

  /** The database at the newest schema. */
  public static DataSource migrated() {
    flyway(null).migrate();
    return dataSource();
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
