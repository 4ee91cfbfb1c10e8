package org.channelport.devstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Starts what the integration tests need around the portal, once per test JVM and before any test
 * class runs: a fresh MariaDB on 13306, Keycloak on 18180 with the realm of realm-config/, Tryton
 * on 18000 with a fresh database of demo master data (see {@link TrytonServer}; copied from a
 * template under target/tryton-template while the setup script is the same), GreenMail for the
 * portal's mails (SMTP 13025, REST API 18889), and Chromium with its driver (Chromium and Tryton
 * installed with apt-get when missing and allowed). Arquillian then starts the portal on Payara
 * Micro (port 18080), when the first Arquillian test class begins.
 *
 * <p>Active only when the system property {@code channelport.it} is true, as failsafe sets it; unit
 * tests under surefire start nothing. Registered in
 * META-INF/services/org.junit.platform.launcher.LauncherSessionListener.
 */
public final class IntegrationInfrastructure implements LauncherSessionListener {

  private static EmbeddedMariaDb mariaDb;
  private static KeycloakServer keycloak;
  private static GreenMailServer mail;
  private static TrytonServer tryton;
  private static CuttingProxy trytonProxy;
  private static boolean started;

  @Override
  public void launcherSessionOpened(LauncherSession session) {
    if (Boolean.getBoolean("channelport.it")) {
      startOnce();
    }
  }

  @Override
  public void launcherSessionClosed(LauncherSession session) {
    if (Boolean.getBoolean("channelport.it")) {
      stopAll();
    }
  }

  private static synchronized void startOnce() {
    if (started) {
      return;
    }
    started = true;
    Runtime.getRuntime()
        .addShutdownHook(new Thread(IntegrationInfrastructure::stopAll, "it-stack-stop"));
    Path build = Path.of(System.getProperty("channelport.build.dir", "target"));
    Path runtime = Path.of(System.getProperty("channelport.runtime.dir", build + "/runtime"));
    Path realms = Path.of(System.getProperty("channelport.realm.dir", "realm-config"));
    Path it = build.resolve("it");
    // fail fast, before anything starts (Arquillian starts Payara Micro later)
    Processes.requireFreePort(TestStack.PORTAL_PORT, "the portal under test (Payara Micro)");
    Processes.requireFreePort(TestStack.DB_PORT, "the test MariaDB");
    Processes.requireFreePort(TestStack.KEYCLOAK_PORT, "the test Keycloak");
    Processes.requireFreePort(TestStack.MAIL_SMTP_PORT, "the test GreenMail (SMTP)");
    Processes.requireFreePort(TestStack.MAIL_API_PORT, "the test GreenMail (REST API)");
    Processes.requireFreePort(TestStack.TRYTON_PORT, "the test Tryton");
    Processes.requireFreePort(TestStack.TRYTON_PROXY_PORT, "the proxy before the test Tryton");
    if (!TrytonServer.installable()) {
      throw new IllegalStateException(
          "The integration tests need Tryton (the reference ERP). " + TrytonServer.installHint());
    }
    preparePayaraFolders(it.resolve("payara"));

    mariaDb = new EmbeddedMariaDb(TestStack.DB_PORT, it.resolve("mariadb"));
    keycloak =
        new KeycloakServer(
            it.resolve("keycloak"),
            TestStack.KEYCLOAK_PORT,
            runtime.resolve("keycloak-dist.tar.gz"),
            realms);
    CompletableFuture<Void> database = timed("MariaDB", () -> mariaDb.start(true));
    CompletableFuture<Void> identity = timed("Keycloak", keycloak::start);
    CompletableFuture<Void> browser = timed("Chromium check", Browsers::ensureInstalled);
    mail =
        new GreenMailServer(
            it.resolve("greenmail"),
            runtime.resolve("greenmail-standalone.jar"),
            TestStack.MAIL_SMTP_PORT,
            TestStack.MAIL_API_PORT);
    CompletableFuture<Void> mailServer = timed("GreenMail", mail::start);
    tryton =
        new TrytonServer(
            it.resolve("tryton"),
            TestStack.TRYTON_PORT,
            Path.of(System.getProperty("channelport.tryton.dir", "src/main/tryton")));
    CompletableFuture<Void> erp =
        timed(
            "Tryton",
            () -> {
              TrytonServer.ensureInstalled();
              tryton.prepare(true, build.resolve("tryton-template"));
              tryton.start();
              trytonProxy = new CuttingProxy(TestStack.TRYTON_PROXY_PORT, TestStack.TRYTON_PORT);
            });
    try {
      CompletableFuture.allOf(database, identity, browser, mailServer, erp).join();
    } catch (CompletionException e) {
      stopAll();
      throw new IllegalStateException(
          "The integration test stack did not start: " + e.getCause().getMessage(), e.getCause());
    }
  }

  /**
   * The proxy the portal reaches the test Tryton through (port 18001), for tests that cut a
   * connection after Tryton got a request; null outside an IT run.
   */
  public static synchronized CuttingProxy trytonProxy() {
    return trytonProxy;
  }

  /** The test Tryton, for tests that stop and start the ERP (an outage); null outside an IT run. */
  public static synchronized TrytonServer tryton() {
    return tryton;
  }

  private static synchronized void stopAll() {
    if (mail != null) {
      mail.stop();
      mail = null;
    }
    if (trytonProxy != null) {
      trytonProxy.close();
      trytonProxy = null;
    }
    if (tryton != null) {
      tryton.stop();
      tryton = null;
    }
    if (keycloak != null) {
      keycloak.stop();
      keycloak = null;
    }
    if (mariaDb != null) {
      mariaDb.stop();
      mariaDb = null;
    }
  }

  /** Payara Micro (started by Arquillian, see arquillian.xml) gets a clean folder each run. */
  private static void preparePayaraFolders(Path payara) {
    Processes.deleteTree(payara);
    try {
      Files.createDirectories(payara.resolve("tmp"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    PayaraMicroServer.writePrebootCommands(payara.resolve("preboot.asadmin"));
  }

  private static CompletableFuture<Void> timed(String what, Runnable start) {
    return Processes.inBackground(
        "it-stack-" + what,
        () -> {
          long begin = System.nanoTime();
          start.run();
          System.out.printf(
              "[it-stack] %s ready in %.1f s%n", what, (System.nanoTime() - begin) / 1e9);
          return null;
        });
  }

  /** Chromium and chromedriver from Debian's packages, for the browser tests. */
  static final class Browsers {

    private Browsers() {}

    static void ensureInstalled() {
      if (installed()) {
        return;
      }
      boolean canInstall =
          Processes.runningAsRoot() && Files.isExecutable(Path.of("/usr/bin/apt-get"));
      if (!canInstall) {
        throw new IllegalStateException(
            "The browser tests need Chromium and chromedriver at "
                + TestStack.CHROMIUM
                + " and "
                + TestStack.CHROMEDRIVER
                + ": install them with `sudo apt-get install chromium chromium-driver`");
      }
      System.out.println("[it-stack] installing chromium and chromium-driver with apt-get");
      AptGet.install(List.of("chromium", "chromium-driver"));
      if (!installed()) {
        throw new IllegalStateException(
            "apt-get installed chromium and chromium-driver, but "
                + TestStack.CHROMIUM
                + " or "
                + TestStack.CHROMEDRIVER
                + " is still missing");
      }
    }

    private static boolean installed() {
      return Files.isExecutable(TestStack.CHROMIUM) && Files.isExecutable(TestStack.CHROMEDRIVER);
    }
  }
}
