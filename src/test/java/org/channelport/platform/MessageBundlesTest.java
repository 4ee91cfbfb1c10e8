package org.channelport.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** All UI text comes from the bundles, and every language has every text. */
class MessageBundlesTest {
  static final Path BUNDLES = Path.of("src/main/resources/org/channelport");

  static Properties load(String file) throws IOException {
    Properties p = new Properties();
    try (Reader r = Files.newBufferedReader(BUNDLES.resolve(file), StandardCharsets.UTF_8)) {
      p.load(r);
    }
    return p;
  }

  @Test
  void polishHasEveryEnglishKeyAndNoOther() throws IOException {
    assertEquals(
        new TreeSet<>(load("messages.properties").stringPropertyNames()),
        new TreeSet<>(load("messages_pl.properties").stringPropertyNames()));
  }

  @Test
  void everyKeyAPageUsesExists() throws IOException {
    Set<String> keys = load("messages.properties").stringPropertyNames();
    Pattern used = Pattern.compile("msg\\['([A-Za-z0-9.\\-]+)'\\]");
    Set<String> missing = new TreeSet<>();
    try (Stream<Path> pages = Files.walk(Path.of("src/main/webapp"))) {
      for (Path page : pages.filter(p -> p.toString().endsWith(".xhtml")).toList()) {
        Matcher m = used.matcher(Files.readString(page));
        while (m.find()) {
          if (!keys.contains(m.group(1))) {
            missing.add(page.getFileName() + ": " + m.group(1));
          }
        }
      }
    }
    assertEquals(Set.of(), missing);
  }

  @Test
  void everyMessageKeyTheCodeUsesExists() throws IOException {
    Set<String> keys = load("messages.properties").stringPropertyNames();
    // names on the wire that look like keys but are no UI text (the ERP protocol's message types)
    Set<String> WIRE_NAMES = Set.of("partner.upsert");
    Pattern used =
        Pattern.compile("\"((?:error|partner|applications|profile|portfolio)\\.[A-Za-z.]+)\"");
    Set<String> missing = new TreeSet<>();
    try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
      for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
        Matcher m = used.matcher(Files.readString(source));
        while (m.find()) {
          String key = m.group(1);
          // a key ending in a dot is a prefix completed at run time ("error.lead.transition." +
          // step)
          boolean found =
              key.endsWith(".")
                  ? keys.stream().anyMatch(k -> k.startsWith(key))
                  : keys.contains(key);
          if (!found && !WIRE_NAMES.contains(key)) {
            missing.add(source.getFileName() + ": " + key);
          }
        }
      }
    }
    assertEquals(Set.of(), missing);
  }
}
