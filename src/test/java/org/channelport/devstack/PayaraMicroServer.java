package org.channelport.devstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * The portal WAR on Payara Micro in its own JVM, listening on 127.0.0.1 only, its output copied to
 * the console with a {@code [payara]} prefix. For the run command; the test suite starts Payara
 * Micro through Arquillian instead (with the same pre-boot commands).
 */
public final class PayaraMicroServer {

  /**
   * Binds the HTTP listener (called http-listener in Payara Micro's MICRO-INF/domain/domain.xml) to
   * 127.0.0.1, and turns the Hazelcast data grid off: even with --nocluster or --nohazelcast it
   * listens on all interfaces (port 6900), and --interfaces does not change that.
   */
  public static final String PREBOOT_COMMANDS =
      "set configs.config.server-config.network-config.network-listeners"
          + ".network-listener.http-listener.address=127.0.0.1\n"
          + "set configs.config.server-config.hazelcast-config-specific-configuration.enabled=false\n";

  private static final Duration START_TIMEOUT = Duration.ofSeconds(300);
  private static final Duration STOP_GRACE = Duration.ofSeconds(30);

  private final Path home;
  private final int port;
  private final Path microJar;
  private final Path war;
  private final List<Path> serverLibraries;
  private Process process;

  /**
   * @param home the folder for Payara Micro's root dir, temp dir and pre-boot command file
   * @param port the HTTP port
   * @param microJar payara-micro.jar
   * @param war the WAR to deploy at the context root /
   * @param serverLibraries jars for Payara's own class path (--addlibs), such as the JDBC driver
   */
  public PayaraMicroServer(
      Path home, int port, Path microJar, Path war, List<Path> serverLibraries) {
    this.home = home.toAbsolutePath().normalize();
    this.port = port;
    this.microJar = microJar.toAbsolutePath().normalize();
    this.war = war.toAbsolutePath().normalize();
    this.serverLibraries =
        serverLibraries.stream().map(path -> path.toAbsolutePath().normalize()).toList();
  }

  public String url() {
    return "http://localhost:" + port + "/";
  }

  /** Writes the pre-boot command file that binds the HTTP listener to 127.0.0.1. */
  public static Path writePrebootCommands(Path file) {
    try {
      Files.createDirectories(file.getParent());
      return Files.writeString(file, PREBOOT_COMMANDS);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Starts Payara Micro and waits until it is up and the portal answers.
   *
   * @param systemProperties -D properties for the portal (the channelport.* configuration)
   */
  public synchronized void start(Map<String, String> systemProperties) {
    Processes.requireFreePort(port, "Payara Micro");
    requireFile(microJar, "Payara Micro");
    requireFile(war, "the portal WAR");
    serverLibraries.forEach(library -> requireFile(library, "a server library"));
    Path tmp = home.resolve("tmp");
    Path root = home.resolve("root");
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xmx768m");
    command.add("-Duser.timezone=UTC");
    command.add("-Djava.io.tmpdir=" + tmp);
    systemProperties.forEach((key, value) -> command.add("-D" + key + "=" + value));
    command.addAll(
        List.of(
            "-jar",
            microJar.toString(),
            "--deploy",
            war.toString(),
            "--contextroot",
            "/",
            "--port",
            String.valueOf(port),
            "--nocluster",
            "--rootdir",
            root.toString(),
            "--prebootcommandfile",
            writePrebootCommands(home.resolve("preboot.asadmin")).toString()));
    for (Path library : serverLibraries) {
      command.add("--addlibs");
      command.add(library.toString());
    }
    CountDownLatch booted = new CountDownLatch(1);
    try {
      Files.createDirectories(tmp);
      process = new ProcessBuilder(command).redirectErrorStream(true).start();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot start Payara Micro", e);
    }
    Processes.pump(
        process.getInputStream(),
        "payara-output",
        line -> {
          System.out.println("[payara] " + line);
          if (line.contains("Payara Micro") && line.contains(" ready in ")) {
            booted.countDown();
          }
        });
    awaitReady(booted);
  }

  /** The Payara Micro JVM, for callers that want to wait on it. */
  public Process process() {
    return process;
  }

  /** Stops Payara Micro. Safe to call twice. */
  public synchronized void stop() {
    if (process != null) {
      Processes.stopTree(process.toHandle(), STOP_GRACE);
      process = null;
    }
  }

  private void awaitReady(CountDownLatch booted) {
    long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
    URI probe = URI.create(url());
    try {
      while (!booted.await(500, TimeUnit.MILLISECONDS)) {
        failIfGone(deadline);
      }
      int status;
      while ((status = Processes.httpStatus(probe)) < 0 || status >= 500) {
        failIfGone(deadline);
        Thread.sleep(500);
      }
      if (status == 404) {
        System.err.println(
            "[payara] WARNING: "
                + probe
                + " answers 404: the portal may have failed to deploy (see the log above)");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for Payara Micro", e);
    }
  }

  private void failIfGone(long deadline) {
    if (!process.isAlive()) {
      throw new IllegalStateException(
          "Payara Micro exited with code " + process.exitValue() + " (see the log above)");
    }
    if (System.nanoTime() > deadline) {
      stop();
      throw new IllegalStateException(
          "Payara Micro did not become ready within " + START_TIMEOUT.toSeconds() + " s");
    }
  }

  private static void requireFile(Path file, String what) {
    if (!Files.isRegularFile(file)) {
      throw new IllegalStateException(
          "No " + what + " at " + file + " (run `mvn package` or `mvn -Prun package`)");
    }
  }
}
