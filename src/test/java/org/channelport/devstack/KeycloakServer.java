package org.channelport.devstack;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Keycloak in dev mode ({@code kc.sh start-dev}, H2 database) with the realm files of {@code
 * realm-config/} imported, listening on 127.0.0.1 only. Clients reach it as {@code
 * http://localhost:PORT} so that the browser and the portal see the same issuer.
 *
 * <p>Layout of its folder: {@code dist/} the unpacked distribution (kept while the archive is the
 * same), {@code dist/data/h2} Keycloak's own database (wiped when the realm files change, since
 * {@code --import-realm} skips a realm that already exists), {@code tmp/}, {@code keycloak.log}.
 */
public final class KeycloakServer {

  public static final String REALM = "channelport";
  public static final String ADMIN_USER = "admin";
  public static final String ADMIN_PASSWORD = "admin";

  private static final Duration START_TIMEOUT = Duration.ofSeconds(360);
  private static final Duration STOP_GRACE = Duration.ofSeconds(20);

  private final Path home;
  private final int port;
  private final Path distArchive;
  private final Path realmDir;
  private Process process;

  /**
   * @param home the folder to unpack and run Keycloak in
   * @param port the HTTP port
   * @param distArchive keycloak-quarkus-dist tar.gz
   * @param realmDir folder with the realm JSON files to import
   */
  public KeycloakServer(Path home, int port, Path distArchive, Path realmDir) {
    this.home = home.toAbsolutePath().normalize();
    this.port = port;
    this.distArchive = distArchive.toAbsolutePath().normalize();
    this.realmDir = realmDir.toAbsolutePath().normalize();
  }

  /** http://localhost:PORT */
  public String url() {
    return "http://localhost:" + port;
  }

  /** http://localhost:PORT/realms/channelport, the OIDC provider URI (issuer). */
  public String realmUrl() {
    return url() + "/realms/" + REALM;
  }

  public Path log() {
    return home.resolve("keycloak.log");
  }

  /** Unpacks if needed, imports the realm files if they changed, starts, waits until ready. */
  public synchronized void start() {
    requireLocalhostIsLoopback();
    Processes.requireFreePort(port, "Keycloak");
    Path dist = home.resolve("dist");
    unpack(dist);
    String realmHash = stageRealmFiles(dist);
    Path tmp = home.resolve("tmp");
    List<String> command =
        List.of(
            dist.resolve("bin/kc.sh").toString(),
            "start-dev",
            "--http-port",
            String.valueOf(port),
            "--http-host",
            "127.0.0.1",
            "--import-realm");
    try {
      Files.createDirectories(tmp);
      ProcessBuilder builder =
          new ProcessBuilder(command)
              .directory(dist.toFile())
              .redirectErrorStream(true)
              .redirectOutput(log().toFile());
      Map<String, String> env = builder.environment();
      env.put("KC_BOOTSTRAP_ADMIN_USERNAME", ADMIN_USER);
      env.put("KC_BOOTSTRAP_ADMIN_PASSWORD", ADMIN_PASSWORD);
      env.put("JAVA_OPTS_APPEND", "-Djava.io.tmpdir=" + tmp);
      // Keycloak would otherwise size its heap from the machine's memory
      env.put("JAVA_OPTS_KC_HEAP", "-Xms128m -Xmx1g");
      process = builder.start();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot start " + command, e);
    }
    awaitReady();
    writeMarker(dist.resolve("data/.channelport-realm-hash"), realmHash);
  }

  /** Stops kc.sh and the JVM it started. Safe to call twice. */
  public synchronized void stop() {
    if (process != null) {
      Processes.stopTree(process.toHandle(), STOP_GRACE);
      process = null;
    }
  }

  private void awaitReady() {
    URI probe =
        URI.create(
            "http://127.0.0.1:" + port + "/realms/" + REALM + "/.well-known/openid-configuration");
    long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        Processes.printTail(log(), 40, System.err);
        throw new IllegalStateException(
            "Keycloak exited with code " + process.exitValue() + " during start; see " + log());
      }
      if (Processes.httpStatus(probe) == 200) {
        return;
      }
      sleep(500);
    }
    Processes.printTail(log(), 40, System.err);
    stop();
    throw new IllegalStateException(
        "Keycloak did not serve "
            + probe
            + " within "
            + START_TIMEOUT.toSeconds()
            + " s (is realm \""
            + REALM
            + "\" in "
            + realmDir
            + "?); see "
            + log());
  }

  /** Unpacks the distribution unless the same archive was unpacked there before. */
  private void unpack(Path dist) {
    Path marker = dist.resolve(".channelport-dist");
    String fingerprint = archiveFingerprint();
    if (fingerprint.equals(readMarker(marker))) {
      return;
    }
    Processes.deleteTree(dist);
    try {
      Files.createDirectories(dist);
      Process tar =
          new ProcessBuilder(
                  "tar",
                  "xzf",
                  distArchive.toString(),
                  "-C",
                  dist.toString(),
                  "--strip-components=1")
              .redirectErrorStream(true)
              .start();
      String output = new String(tar.getInputStream().readAllBytes());
      if (tar.waitFor() != 0) {
        throw new IllegalStateException("Unpacking " + distArchive + " failed: " + output);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot unpack " + distArchive, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while unpacking Keycloak", e);
    }
    writeMarker(marker, fingerprint);
  }

  /**
   * Size plus the gzip trailer (CRC-32 and length of the content): tells two archives apart without
   * reading 170 MB, and survives a fresh copy of the same archive by `mvn clean`.
   */
  private String archiveFingerprint() {
    if (!Files.isRegularFile(distArchive)) {
      throw new IllegalStateException(
          "No Keycloak distribution at " + distArchive + " (run the Maven build first)");
    }
    try (RandomAccessFile file = new RandomAccessFile(distArchive.toFile(), "r")) {
      byte[] trailer = new byte[8];
      file.seek(file.length() - trailer.length);
      file.readFully(trailer);
      return file.length() + "-" + HexFormat.of().formatHex(trailer);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Copies the realm files to data/import. When they differ from the last successful import, wipes
   * the dev database so that --import-realm imports them again.
   *
   * @return the hash of the realm files
   */
  private String stageRealmFiles(Path dist) {
    Path importDir = dist.resolve("data/import");
    try {
      Files.createDirectories(importDir);
      try (Stream<Path> old = Files.list(importDir)) {
        for (Path file : old.toList()) {
          Files.delete(file);
        }
      }
      List<Path> realms = realmFiles();
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      for (Path realm : realms) {
        byte[] content = Files.readAllBytes(realm);
        digest.update(realm.getFileName().toString().getBytes());
        digest.update(content);
        Files.write(importDir.resolve(realm.getFileName()), content);
      }
      String hash = HexFormat.of().formatHex(digest.digest());
      if (!hash.equals(readMarker(dist.resolve("data/.channelport-realm-hash")))) {
        Processes.deleteTree(dist.resolve("data/h2"));
      }
      return hash;
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot stage the realm files of " + realmDir, e);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private List<Path> realmFiles() throws IOException {
    if (!Files.isDirectory(realmDir)) {
      throw new IllegalStateException("No realm folder at " + realmDir);
    }
    try (Stream<Path> files = Files.list(realmDir)) {
      List<Path> realms =
          files.filter(file -> file.getFileName().toString().endsWith(".json")).sorted().toList();
      if (realms.isEmpty()) {
        throw new IllegalStateException("No realm JSON files in " + realmDir);
      }
      return realms;
    }
  }

  /**
   * Keycloak binds 127.0.0.1 while the browser and the portal use http://localhost: they must be
   * the same address, or the issuer in the tokens would not match.
   */
  private static void requireLocalhostIsLoopback() {
    try {
      InetAddress first = InetAddress.getByName("localhost");
      boolean ipv4Loopback = Arrays.equals(first.getAddress(), new byte[] {127, 0, 0, 1});
      if (!ipv4Loopback) {
        throw new IllegalStateException(
            "localhost resolves to "
                + first.getHostAddress()
                + ", not 127.0.0.1: add '127.0.0.1 localhost' to /etc/hosts");
      }
    } catch (UnknownHostException e) {
      throw new IllegalStateException("localhost does not resolve", e);
    }
  }

  private static String readMarker(Path marker) {
    try {
      return Files.isRegularFile(marker) ? Files.readString(marker).trim() : "";
    } catch (IOException e) {
      return "";
    }
  }

  private static void writeMarker(Path marker, String value) {
    try {
      Files.createDirectories(marker.getParent());
      Files.writeString(marker, value);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for Keycloak", e);
    }
  }
}
