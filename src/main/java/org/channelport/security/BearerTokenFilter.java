package org.channelport.security;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.ext.Provider;
import java.security.Principal;
import org.channelport.platform.Problem;

/**
 * The API door: every /api/v1 call needs a valid Keycloak access token. Anything else answers 401
 * problem+json, never a redirect to a login page.
 */
@Provider
@PreMatching
@Priority(Priorities.AUTHENTICATION)
public class BearerTokenFilter implements ContainerRequestFilter {
  private static final String BEARER = "bearer ";

  @Inject TokenVerifier verifier;
  @Inject CurrentCaller currentCaller;

  @Override
  public void filter(ContainerRequestContext request) {
    String header = request.getHeaderString(HttpHeaders.AUTHORIZATION);
    if (header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
      request.abortWith(unauthorized("A bearer token from Keycloak is required.", null));
      return;
    }
    Caller caller;
    try {
      caller = verifier.verify(header.substring(BEARER.length()));
    } catch (TokenVerifier.InvalidTokenException e) {
      request.abortWith(
          unauthorized("The bearer token was refused: " + e.getMessage(), "invalid_token"));
      return;
    }
    currentCaller.authenticatedByToken(caller);
    boolean secure = request.getSecurityContext().isSecure();
    request.setSecurityContext(
        new SecurityContext() {
          @Override
          public Principal getUserPrincipal() {
            return caller::username;
          }

          @Override
          public boolean isUserInRole(String role) {
            return Role.fromName(role).map(caller::has).orElse(false);
          }

          @Override
          public boolean isSecure() {
            return secure;
          }

          @Override
          public String getAuthenticationScheme() {
            return "Bearer";
          }
        });
  }

  private static Response unauthorized(String detail, String error) {
    String challenge =
        "Bearer realm=\"channelport\"" + (error == null ? "" : ", error=\"" + error + "\"");
    Response problem = Problem.of(Response.Status.UNAUTHORIZED, detail).toResponse();
    return Response.fromResponse(problem).header(HttpHeaders.WWW_AUTHENTICATE, challenge).build();
  }
}
