package org.channelport.erp.protocol;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.inject.ConfigProperties;

/**
 * Where and how the protocol adapter reaches the middleware, looked up at every call so that a
 * change takes effect without a restart. The base URL comes from {@code baseUrl}: the configuration
 * ({@link ProtocolConfig#endpoint}) here; where the integration settings that channel admins edit
 * are deployed, from them (they fall back to the same configuration key).
 */
@ApplicationScoped
public class ProtocolEndpoint {
  /** One lookup's result. */
  public record Target(
      String baseUrl,
      String authHeader,
      String authValue,
      Duration connectTimeout,
      Duration requestTimeout) {
    /** The URL of {@code path} below the base (one slash between them). */
    public String url(String path) {
      String base = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
      return base + path;
    }
  }

  ProtocolConfig config;
  Supplier<String> baseUrl;

  protected ProtocolEndpoint() {}

  @Inject
  public ProtocolEndpoint(@ConfigProperties ProtocolConfig config) {
    this(config, () -> config.endpoint.orElse(null));
  }

  /** For tests and other sources of the base URL (null or blank: none configured). */
  public ProtocolEndpoint(ProtocolConfig config, Supplier<String> baseUrl) {
    this.config = config;
    this.baseUrl = baseUrl;
  }

  /** The middleware to call now; empty when no endpoint is configured. */
  public Optional<Target> current() {
    return Optional.ofNullable(baseUrl.get())
        .map(String::strip)
        .filter(url -> !url.isEmpty())
        .map(
            url ->
                new Target(
                    url,
                    config.authHeader,
                    config.authValue.map(String::strip).filter(v -> !v.isEmpty()).orElse(null),
                    Duration.ofSeconds(config.connectTimeoutSeconds),
                    Duration.ofSeconds(config.requestTimeoutSeconds)));
  }
}
