package org.channelport.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Sign-in and API tokens both depend on Keycloak: report whether its realm answers. */
@Readiness
@ApplicationScoped
public class KeycloakHealthCheck implements HealthCheck {
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

  @Inject OidcConfig oidc;

  @Override
  public HealthCheckResponse call() {
    String url = oidc.getProviderUri() + "/.well-known/openid-configuration";
    try {
      HttpResponse<Void> response =
          http.send(
              HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(3)).build(),
              HttpResponse.BodyHandlers.discarding());
      return HealthCheckResponse.named("keycloak")
          .status(response.statusCode() == 200)
          .withData("realm", oidc.getProviderUri())
          .withData("status", response.statusCode())
          .build();
    } catch (IOException e) {
      return HealthCheckResponse.named("keycloak")
          .down()
          .withData("realm", oidc.getProviderUri())
          .withData("error", e.getClass().getSimpleName())
          .build();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return HealthCheckResponse.named("keycloak").down().build();
    }
  }
}
