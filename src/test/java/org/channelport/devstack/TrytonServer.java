package org.channelport.devstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Tryton 6.0 from Debian's packages, the reference ERP of the run command and the integration
 * tests: installed with apt-get when missing and allowed (root with apt-get), its SQLite database
 * created once per data folder with the demo master data of {@code src/main/tryton/setup_demo.py}
 * (company, chart of accounts, warehouses main and east, the demo products, parties, carriers, one
 * offline sale), then {@code trytond} listening on 127.0.0.1 only.
 *
 * <p>Layout of its folder: {@code trytond.conf}, {@code db/channelport.sqlite} (the database,
 * {@code db/.channelport-ready} once the demo data is in), {@code trytond.log}, {@code setup.log}.
 * A database that was not finished (no marker) is created again.
 */
public final class TrytonServer {

  /** What apt-get installs (with --no-install-recommends; without it pulls 337 packages). */
  public static final List<String> PACKAGES =
      List.of(
          "tryton-server",
          "tryton-proteus",
          "tryton-modules-sale",
          "tryton-modules-stock",
          "tryton-modules-carrier",
          "tryton-modules-sale-shipment-cost",
          "tryton-modules-stock-package-shipping",
          "tryton-modules-account-credit-limit",
          "tryton-modules-sale-credit-limit");

  /** The modules activated in the database (their dependencies come along). */
  public static final List<String> MODULES =
      List.of(
          "sale",
          "stock",
          "carrier",
          "sale_shipment_cost",
          "stock_package_shipping",
          "account_credit_limit",
          "sale_credit_limit");

  public static final String DATABASE = "channelport";

  /** The portal's user in Tryton: sales and stock rights, not in the credit-limit group. */
  public static final String USER = "channelport";

  /** Distinct characters only: Tryton's password entropy check refuses repeated ones. */
  public static final String PASSWORD = "cpTryt0n-42";

  public static final String ADMIN_PASSWORD = "Adm1n-pw!x";

  static final Path TRYTOND = Path.of("/usr/bin/trytond");
  static final Path TRYTOND_ADMIN = Path.of("/usr/bin/trytond-admin");
  static final Path PYTHON = Path.of("/usr/bin/python3");
  static final Path PROTEUS = Path.of("/usr/lib/python3/dist-packages/proteus");

  private static final Duration START_TIMEOUT = Duration.ofSeconds(60);
  private static final Duration STOP_GRACE = Duration.ofSeconds(10);
  private static final String READY_MARKER = ".channelport-ready";

  private final Path home;
  private final int port;
  private final Path scriptDir;
  private Process process;

  /**
   * @param home the folder of the configuration, database and logs
   * @param port the JSON-RPC port (on 127.0.0.1)
   * @param scriptDir the folder with setup_demo.py (src/main/tryton)
   */
  public TrytonServer(Path home, int port, Path scriptDir) {
    this.home = home.toAbsolutePath().normalize();
    this.port = port;
    this.scriptDir = scriptDir.toAbsolutePath().normalize();
  }

  /** http://127.0.0.1:PORT/ (the database name goes after it). */
  public String url() {
    return "http://127.0.0.1:" + port + "/";
  }

  public int port() {
    return port;
  }

  public Path log() {
    return home.resolve("trytond.log");
  }

  public Path home() {
    return home;
  }

  /** The config properties that point the portal's Tryton adapter at this server. */
  public Map<String, String> portalConfig() {
    return Map.of(
        "channelport.erp.adapter", "tryton",
        "channelport.erp.tryton.url", url(),
        "channelport.erp.tryton.database", DATABASE,
        "channelport.erp.tryton.user", USER,
        "channelport.erp.tryton.password", PASSWORD);
  }

  /** True when trytond, trytond-admin and proteus are there. */
  public static boolean installed() {
    return Files.isExecutable(TRYTOND)
        && Files.isExecutable(TRYTOND_ADMIN)
        && Files.isExecutable(PYTHON)
        && Files.isDirectory(PROTEUS);
  }

  /** True when Tryton is there or this process may install it (root with apt-get). */
  public static boolean installable() {
    return installed()
        || (Processes.runningAsRoot() && Files.isExecutable(Path.of("/usr/bin/apt-get")));
  }

  /** What to tell someone whose machine lacks Tryton and who cannot install it from here. */
  public static String installHint() {
    return "Tryton 6.0 is not installed (no "
        + TRYTOND
        + " or proteus); install it with `sudo apt-get update && sudo apt-get install"
        + " --no-install-recommends "
        + String.join(" ", PACKAGES)
        + "`";
  }

  /**
   * Installs Tryton's packages with apt-get when they are missing.
   *
   * @throws IllegalStateException when missing and this process cannot install them (saying what to
   *     install), or when apt-get fails
   */
  public static synchronized void ensureInstalled() {
    if (installed()) {
      return;
    }
    if (!installable()) {
      throw new IllegalStateException(installHint());
    }
    System.out.println("[tryton] installing " + String.join(" ", PACKAGES) + " with apt-get");
    List<String> install = new ArrayList<>(List.of("--no-install-recommends"));
    install.addAll(PACKAGES);
    AptGet.install(install);
    if (!installed()) {
      throw new IllegalStateException(
          "apt-get installed Tryton's packages, but " + TRYTOND + " or proteus is still missing");
    }
  }

  /**
   * Creates the database with the demo data unless this folder already holds a finished one.
   *
   * @param fresh true to delete the folder's database first
   * @param templateCache a folder where a finished database is kept and copied from while the setup
   *     script and Tryton's version stay the same (null: always create)
   */
  public synchronized void prepare(boolean fresh, Path templateCache) {
    Path db = home.resolve("db");
    if (fresh) {
      Processes.deleteTree(db);
    }
    writeConfig();
    if (Files.isRegularFile(db.resolve(READY_MARKER))) {
      return;
    }
    Processes.deleteTree(db);
    Path template = templateCache == null ? null : templateCache.resolve(templateKey());
    if (template != null && Files.isRegularFile(template.resolve(READY_MARKER))) {
      copyTree(template, db);
      return;
    }
    createDatabase(db);
    if (template != null) {
      Processes.deleteTree(templateCache);
      copyTree(db, template);
    }
  }

  private void createDatabase(Path db) {
    long begin = System.nanoTime();
    try {
      Files.createDirectories(db);
      Files.createFile(db.resolve(DATABASE + ".sqlite"));
      Path passFile = home.resolve("admin-password");
      Files.writeString(passFile, ADMIN_PASSWORD);
      Path setupLog = home.resolve("setup.log");
      Files.deleteIfExists(setupLog);
      Path conf = config();
      run(
          List.of(
              TRYTOND_ADMIN.toString(),
              "-c",
              conf.toString(),
              "-d",
              DATABASE,
              "--all",
              "--email",
              "admin@channelport.example"),
          setupLog,
          Map.of("TRYTONPASSFILE", passFile.toString()));
      List<String> activate =
          new ArrayList<>(List.of(TRYTOND_ADMIN.toString(), "-c", conf.toString(), "-d", DATABASE));
      activate.add("-u");
      activate.addAll(MODULES);
      activate.add("--activate-dependencies");
      run(activate, setupLog, Map.of());
      // proteus works on the database directly while trytond is stopped: a running server on
      // SQLite would resync its caches only every five minutes
      run(
          List.of(
              PYTHON.toString(),
              scriptDir.resolve("setup_demo.py").toString(),
              "--config",
              conf.toString(),
              "--database",
              DATABASE,
              "--user-password",
              PASSWORD),
          setupLog,
          Map.of());
      Files.writeString(db.resolve(READY_MARKER), templateKey());
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot create Tryton's database in " + db, e);
    }
    System.out.printf(
        "[tryton] database %s created in %.1f s%n", DATABASE, (System.nanoTime() - begin) / 1e9);
  }

  /** Starts trytond on the prepared database and waits until its port answers. */
  public synchronized void start() {
    Processes.requireFreePort(port, "Tryton");
    List<String> command = List.of(TRYTOND.toString(), "-c", config().toString(), "-d", DATABASE);
    try {
      process =
          new ProcessBuilder(command)
              .directory(home.toFile())
              .redirectErrorStream(true)
              .redirectOutput(log().toFile())
              .start();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot start " + command, e);
    }
    long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        Processes.printTail(log(), 40, System.err);
        throw new IllegalStateException(
            "trytond exited with code " + process.exitValue() + " during start; see " + log());
      }
      if (portOpen()) {
        return;
      }
      sleep(200);
    }
    Processes.printTail(log(), 40, System.err);
    stop();
    throw new IllegalStateException(
        "trytond did not open port " + port + " within " + START_TIMEOUT.toSeconds() + " s");
  }

  /** Stops trytond (SIGTERM, it stops in about a second). Safe to call twice. */
  public synchronized void stop() {
    if (process != null) {
      Processes.stopTree(process.toHandle(), STOP_GRACE);
      process = null;
    }
  }

  public synchronized boolean running() {
    return process != null && process.isAlive();
  }

  private boolean portOpen() {
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress("127.0.0.1", port), 300);
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  private Path config() {
    return home.resolve("trytond.conf");
  }

  private void writeConfig() {
    String conf =
        """
        [database]
        uri = sqlite://
        path = %s

        [web]
        listen = 127.0.0.1:%d

        [session]
        timeout = 3600
        """
            .formatted(home.resolve("db"), port);
    try {
      Files.createDirectories(home);
      Files.writeString(config(), conf);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The setup script's content and Tryton's version: a template made by another is not used. */
  private String templateKey() {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      try (Stream<Path> files = Files.list(scriptDir)) {
        for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
          digest.update(file.getFileName().toString().getBytes(StandardCharsets.UTF_8));
          digest.update(Files.readAllBytes(file));
        }
      }
      digest.update(
          Files.readAllBytes(Path.of("/usr/lib/python3/dist-packages/trytond/__init__.py")));
      digest.update(String.join(",", MODULES).getBytes(StandardCharsets.UTF_8));
      digest.update(
          (USER + ":" + PASSWORD + ":" + ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest.digest()).substring(0, 16);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + scriptDir, e);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void copyTree(Path from, Path to) {
    try (Stream<Path> paths = Files.walk(from)) {
      for (Path source : paths.toList()) {
        Path target = to.resolve(from.relativize(source).toString());
        if (Files.isDirectory(source)) {
          Files.createDirectories(target);
        } else {
          Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot copy " + from + " to " + to, e);
    }
  }

  /** Runs a command to its end; its output goes to {@code log} (appended) or is kept for errors. */
  private static void run(List<String> command, Path log, Map<String, String> env) {
    try {
      ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
      builder.environment().put("DEBIAN_FRONTEND", "noninteractive");
      builder.environment().putAll(env);
      if (log != null) {
        builder.redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
      }
      Process started = builder.start();
      String output = log == null ? new String(started.getInputStream().readAllBytes()) : "";
      if (started.waitFor() != 0) {
        if (log != null) {
          Processes.printTail(log, 40, System.err);
        }
        throw new IllegalStateException(
            String.join(" ", command)
                + " failed"
                + (log != null ? "; see " + log : ":\n" + output));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot run " + command, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted: " + command, e);
    }
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for trytond", e);
    }
  }

  /**
   * Installs Tryton if needed, creates the database in the folder given (kept) and runs trytond
   * until Ctrl-C: {@code java … TrytonServer <folder> [port] [script folder]}.
   */
  public static void main(String[] args) throws InterruptedException {
    if (args.length > 0 && args[0].equals("--install")) {
      ensureInstalled();
      return;
    }
    Path home = Path.of(args.length > 0 ? args[0] : ".channelport/tryton");
    int port = args.length > 1 ? Integer.parseInt(args[1]) : 8000;
    Path scripts = Path.of(args.length > 2 ? args[2] : "src/main/tryton");
    ensureInstalled();
    TrytonServer server = new TrytonServer(home, port, scripts);
    server.prepare(false, null);
    if (args.length > 3 && args[3].equals("--prepare-only")) {
      return;
    }
    Runtime.getRuntime().addShutdownHook(new Thread(server::stop));
    server.start();
    System.out.println("[tryton] " + server.url() + DATABASE + "/ (log " + server.log() + ")");
    server.process.waitFor();
  }
}
