package org.channelport.erp.protocol;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperties;

/**
 * Where and how the protocol adapter reaches the middleware, looked up at every call so that a
 * change takes effect without a restart. Today it reads {@link ProtocolConfig}; the integration
 * settings that channel admins edit (endpoint stored in the database) are to be read here first.
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

  protected ProtocolEndpoint() {}

  @Inject
  public ProtocolEndpoint(@ConfigProperties ProtocolConfig config) {
    this.config = config;
  }

  /** The middleware to call now; empty when no endpoint is configured. */
  public Optional<Target> current() {
    return config
        .endpoint
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
