package org.channelport.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.OpenIdAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.openid.ClaimsDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.openid.LogoutDefinition;

/**
 * The page door: Jakarta Security's OpenID Connect mechanism against Keycloak. /api/* is not a
 * protected URL in web.xml, so this mechanism leaves it alone and {@link BearerTokenFilter}
 * authenticates API calls (Jakarta Security 3.0 allows only one mechanism per application).
 */
@OpenIdAuthenticationMechanismDefinition(
    providerURI = "${oidcConfig.providerUri}",
    clientId = "${oidcConfig.clientId}",
    clientSecret = "${oidcConfig.clientSecret}",
    redirectURI = "${baseURL}/callback",
    redirectToOriginalResource = false,
    scope = {"openid", "profile", "email"},
    claimsDefinition =
        @ClaimsDefinition(callerNameClaim = "preferred_username", callerGroupsClaim = "groups"),
    tokenAutoRefresh = true,
    logout = @LogoutDefinition(notifyProvider = true, redirectURI = "${baseURL}/signed-out.xhtml"))
@ApplicationScoped
public class PortalSecurity {}
