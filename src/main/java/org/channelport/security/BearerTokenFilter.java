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
 * problem+json, never a redirect to a login page. The ERP's service account (role erp-integration)
 * is let through to /api/v1/integration/ only; anywhere else it gets 403.
 */
@Provider
@PreMatching
@Priority(Priorities.AUTHENTICATION)
public class BearerTokenFilter implements ContainerRequestFilter {
  private static final String BEARER = "bearer ";
  private static final String INTEGRATION = "integration/";

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
    if (caller.isErpIntegration() && !isIntegrationPath(request.getUriInfo().getPath())) {
      // deny by default: the ERP's token opens the ERP protocol's inbound calls and nothing else
      request.abortWith(
          Problem.of(
                  Response.Status.FORBIDDEN,
                  "The ERP's service account may call only /api/v1/integration/.")
              .toResponse());
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

  /** Whether an API path (relative to /api/v1, decoded) is one of the ERP protocol's calls. */
  static boolean isIntegrationPath(String path) {
    String p = path == null ? "" : path;
    while (p.startsWith("/")) {
      p = p.substring(1);
    }
    return p.startsWith(INTEGRATION) && !p.contains("..") && !p.contains(";");
  }

  private static Response unauthorized(String detail, String error) {
    String challenge =
        "Bearer realm=\"channelport\"" + (error == null ? "" : ", error=\"" + error + "\"");
    Response problem = Problem.of(Response.Status.UNAUTHORIZED, detail).toResponse();
    return Response.fromResponse(problem).header(HttpHeaders.WWW_AUTHENTICATE, challenge).build();
  }
}
