package org.channelport.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.channelport.devstack.PayaraMicroServer;

/**
 * A second portal node for the tests that need one (an outage with a restart, two relays competing
 * for one lease): the same WAR and the same configuration as the node Arquillian starts (read from
 * arquillian.xml's cmdOptions, so the two never drift apart), on its own port and folders, sharing
 * the test database, Keycloak and ERP.
 */
final class SecondNode implements AutoCloseable {
  static final int PORT = 18081;

  private final PayaraMicroServer server;
  private final Map<String, String> properties;

  SecondNode() {
    Path build = Path.of(System.getProperty("channelport.build.dir", "target"));
    Path runtime = Path.of(System.getProperty("channelport.runtime.dir", build + "/runtime"));
    server =
        new PayaraMicroServer(
            build.resolve("it/node2"),
            PORT,
            runtime.resolve("payara-micro.jar"),
            Path.of(System.getProperty("channelport.war", build + "/channelport.war")),
            List.of(runtime.resolve("mariadb-java-client.jar")));
    properties = arquillianProperties(build);
  }

  String url() {
    return "http://localhost:" + PORT;
  }

  void start() {
    server.start(properties);
  }

  void restart() {
    server.stop();
    server.start(properties);
  }

  /**
   * Stops the node for good. A node stopped in the middle of a leased job's round (the ERP poll,
   * the outbox relay) never ends its lease, which then blocks the first node for the lease's
   * longest hold (15 minutes): the tests after this one would see no poll and no delivery for that
   * long. Once this node is gone, only the first node runs jobs, so a lease held now is either this
   * node's dead round or the first node's running one (whose next round cannot overlap it: rounds
   * of a job follow each other) — released, both.
   */
  @Override
  public void close() {
    server.stop();
    org.channelport.it.support.Db.update(
        "UPDATE shedlock SET lock_until = UTC_TIMESTAMP(3)"
            + " WHERE lock_until > UTC_TIMESTAMP(3) + INTERVAL 1 MINUTE");
  }

  /** The -D properties of arquillian.xml's cmdOptions, with the ${…:default} paths resolved. */
  static Map<String, String> arquillianProperties(Path build) {
    String xml;
    try {
      Path file = Path.of(System.getProperty("channelport.test.classes", build + "/test-classes"));
      xml = Files.readString(file.resolve("arquillian.xml"));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read arquillian.xml", e);
    }
    Matcher options = Pattern.compile("name=\"cmdOptions\">([^<]*)<").matcher(xml);
    if (!options.find()) {
      throw new IllegalStateException("arquillian.xml has no cmdOptions property");
    }
    Map<String, String> properties = new LinkedHashMap<>();
    Matcher property = Pattern.compile("-D([^=\\s]+)=(\\S*)").matcher(options.group(1));
    while (property.find()) {
      String key = property.group(1);
      if (key.equals("java.io.tmpdir") || key.equals("user.timezone")) {
        continue; // PayaraMicroServer sets both itself
      }
      properties.put(key, resolve(property.group(2)));
    }
    return properties;
  }

  private static String resolve(String value) {
    Matcher placeholder = Pattern.compile("\\$\\{([^:}]+)(?::([^}]*))?}").matcher(value);
    StringBuilder out = new StringBuilder();
    while (placeholder.find()) {
      String replacement = System.getProperty(placeholder.group(1), placeholder.group(2));
      placeholder.appendReplacement(
          out, Matcher.quoteReplacement(replacement == null ? "" : replacement));
    }
    placeholder.appendTail(out);
    return out.toString();
  }
}
