package org.channelport.devstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * GreenMail standalone (a real SMTP server with a REST API, from Maven Central), for the portal's
 * mails in the dev stack and the integration tests: SMTP on {@code smtpPort}, the REST API on
 * {@code apiPort}, both on 127.0.0.1. Every recipient gets a mailbox on first mail; read it at
 * {@code GET http://127.0.0.1:<apiPort>/api/user/<email>/messages/INBOX} (JSON: subject, full
 * MIME). Nothing is kept when it stops.
 */
public final class GreenMailServer {
  private static final Duration START_TIMEOUT = Duration.ofSeconds(60);

  private final Path home;
  private final Path jar;
  private final int smtpPort;
  private final int apiPort;
  private Process process;

  public GreenMailServer(Path home, Path jar, int smtpPort, int apiPort) {
    this.home = home.toAbsolutePath().normalize();
    this.jar = jar.toAbsolutePath().normalize();
    this.smtpPort = smtpPort;
    this.apiPort = apiPort;
  }

  public int smtpPort() {
    return smtpPort;
  }

  /** http://127.0.0.1:API_PORT */
  public String apiUrl() {
    return "http://127.0.0.1:" + apiPort;
  }

  public Path log() {
    return home.resolve("greenmail.log");
  }

  public synchronized void start() {
    if (!Files.isRegularFile(jar)) {
      throw new IllegalStateException("No GreenMail at " + jar + " (run the Maven build first)");
    }
    Processes.requireFreePort(smtpPort, "GreenMail SMTP");
    Processes.requireFreePort(apiPort, "GreenMail's REST API");
    List<String> command =
        List.of(
            Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-Xmx128m",
            "-Dgreenmail.smtp.hostname=127.0.0.1",
            "-Dgreenmail.smtp.port=" + smtpPort,
            "-Dgreenmail.api.hostname=127.0.0.1",
            "-Dgreenmail.api.port=" + apiPort,
            "-Dgreenmail.users=ops:secret@channelport.local",
            "-jar",
            jar.toString());
    try {
      Files.createDirectories(home);
      process =
          new ProcessBuilder(command)
              .directory(home.toFile())
              .redirectErrorStream(true)
              .redirectOutput(log().toFile())
              .start();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot start " + command, e);
    }
    URI probe = URI.create(apiUrl() + "/api/service/readiness");
    long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        Processes.printTail(log(), 30, System.err);
        throw new IllegalStateException("GreenMail exited during start; see " + log());
      }
      if (Processes.httpStatus(probe) == 200) {
        return;
      }
      try {
        Thread.sleep(300);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while starting GreenMail", e);
      }
    }
    stop();
    throw new IllegalStateException("GreenMail did not start within 60 s; see " + log());
  }

  public synchronized void stop() {
    if (process != null) {
      Processes.stopTree(process.toHandle(), Duration.ofSeconds(5));
      process = null;
    }
  }
}
