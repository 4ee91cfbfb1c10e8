package org.channelport.it.support;

import java.net.CookieHandler;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * A browser-like cookie jar for tests on localhost: cookies per host (ports share them, as in
 * browsers), every path. The JDK's CookieManager drops Keycloak's Version=1 cookies for
 * "localhost".
 */
final class CookieJar extends CookieHandler {
  private final Map<String, Map<String, String>> byHost = new ConcurrentHashMap<>();

  @Override
  public Map<String, List<String>> get(URI uri, Map<String, List<String>> requestHeaders) {
    Map<String, String> cookies = byHost.getOrDefault(uri.getHost(), Map.of());
    if (cookies.isEmpty()) {
      return Map.of();
    }
    String header =
        cookies.entrySet().stream()
            .map(e -> e.getKey() + "=" + e.getValue())
            .collect(Collectors.joining("; "));
    return Map.of("Cookie", List.of(header));
  }

  @Override
  public void put(URI uri, Map<String, List<String>> responseHeaders) {
    responseHeaders.forEach(
        (name, values) -> {
          if (name != null && name.equalsIgnoreCase("Set-Cookie")) {
            values.forEach(value -> store(uri.getHost(), value));
          }
        });
  }

  private void store(String host, String setCookie) {
    String pair = setCookie.split(";", 2)[0];
    int eq = pair.indexOf('=');
    if (eq <= 0) {
      return;
    }
    String name = pair.substring(0, eq).strip();
    String value = pair.substring(eq + 1).strip();
    Map<String, String> cookies = byHost.computeIfAbsent(host, h -> new ConcurrentHashMap<>());
    boolean expired = setCookie.toLowerCase().contains("max-age=0") || value.isEmpty();
    if (expired) {
      cookies.remove(name);
    } else {
      cookies.put(name, value);
    }
  }
}
