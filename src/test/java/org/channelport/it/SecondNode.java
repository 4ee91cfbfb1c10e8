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

  @Override
  public void close() {
    server.stop();
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
