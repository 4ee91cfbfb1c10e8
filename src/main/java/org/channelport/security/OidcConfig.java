package org.channelport.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Where Keycloak is, for both doors. Read by EL in the OpenID Connect mechanism definition. */
@Named("oidcConfig")
@ApplicationScoped
public class OidcConfig {
  @Inject
  @ConfigProperty(
      name = "channelport.oidc.provider-uri",
      defaultValue = "http://localhost:8180/realms/channelport")
  String providerUri;

  @Inject
  @ConfigProperty(name = "channelport.oidc.client-id", defaultValue = "channelport-portal")
  String clientId;

  @Inject
  @ConfigProperty(
      name = "channelport.oidc.client-secret",
      defaultValue = "channelport-portal-secret")
  String clientSecret;

  @Inject
  @ConfigProperty(name = "channelport.api.audience", defaultValue = "channelport-api")
  String apiAudience;

  public String getProviderUri() {
    return providerUri.endsWith("/")
        ? providerUri.substring(0, providerUri.length() - 1)
        : providerUri;
  }

  public String getClientId() {
    return clientId;
  }

  public String getClientSecret() {
    return clientSecret;
  }

  public String getApiAudience() {
    return apiAudience;
  }

  public String getJwksUri() {
    return getProviderUri() + "/protocol/openid-connect/certs";
  }
}
