package org.channelport.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.identitystore.openid.Claims;
import jakarta.security.enterprise.identitystore.openid.OpenIdContext;
import java.security.Principal;
import java.util.EnumSet;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

/**
 * The caller of this request, however they came in: a page session signed in through Keycloak, or
 * an API call whose bearer token {@link BearerTokenFilter} verified.
 */
@RequestScoped
public class CurrentCaller {
  static final String PARTNER_CLAIM = "partner_id";

  @Inject SecurityContext securityContext;
  @Inject Instance<OpenIdContext> openIdContext;

  private Caller caller;
  private Set<Long> portfolio;

  public Caller get() {
    if (caller == null) {
      caller = fromPageSession();
    }
    return caller;
  }

  void authenticatedByToken(Caller tokenCaller) {
    this.caller = tokenCaller;
    this.portfolio = null;
  }

  /** The channel manager's portfolio, as read once in this request (or null: not read yet). */
  Set<Long> portfolio() {
    return portfolio;
  }

  void portfolio(Set<Long> partnerIds) {
    this.portfolio = partnerIds;
  }

  /**
   * A background job (no request, no user) acts as {@link Caller#SYSTEM}: it is named in the audit
   * log and the history, and holds no role, so it passes no role check.
   */
  public void actAsSystem() {
    this.caller = Caller.SYSTEM;
  }

  /**
   * A background job acting for one user (the weekly digest): for the rest of this request context
   * every service answers as if that user asked — their roles, their partner, their portfolio — so
   * the user's own access rules hold and nothing wider is seen.
   */
  public void actAs(Caller user) {
    this.caller = user;
    this.portfolio = null;
  }

  private Caller fromPageSession() {
    Principal principal = securityContext.getCallerPrincipal();
    if (principal == null) {
      return Caller.ANONYMOUS;
    }
    EnumSet<Role> roles = EnumSet.noneOf(Role.class);
    for (Role role : Role.PORTAL) {
      // a page session is a person's: the ERP's role counts only with its bearer token
      if (securityContext.isCallerInRole(role.roleName())) {
        roles.add(role);
      }
    }
    return new Caller(principal.getName(), roles, partnerIdFromSession());
  }

  private Long partnerIdFromSession() {
    if (openIdContext.isUnsatisfied()) {
      return null;
    }
    OpenIdContext context = openIdContext.get();
    Long fromId = partnerId(context.getIdentityToken().getJwtClaims());
    return fromId != null ? fromId : partnerId(context.getAccessToken().getJwtClaims());
  }

  private static Long partnerId(Claims claims) {
    try {
      OptionalLong value = claims.getLongClaim(PARTNER_CLAIM);
      if (value.isPresent()) {
        return value.getAsLong();
      }
    } catch (RuntimeException notANumber) {
      // fall through: some realms write the attribute as a string
    }
    Optional<String> text = claims.getStringClaim(PARTNER_CLAIM);
    return text.map(TokenVerifier::parsePartnerId).orElse(null);
  }
}
