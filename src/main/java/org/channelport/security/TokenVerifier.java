package org.channelport.security;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jose.util.DefaultResourceRetriever;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.proc.ConfigurableJWTProcessor;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.MalformedURLException;
import java.net.URI;
import java.text.ParseException;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Verifies Keycloak access tokens for the API: RS256 signature against the realm's cached JWKS,
 * exact issuer, the API audience, expiry and not-before (with Nimbus' default clock skew), and that
 * it is an access token ("typ": "Bearer"), not an ID token.
 */
@ApplicationScoped
public class TokenVerifier {
  @Inject OidcConfig config;

  private volatile ConfigurableJWTProcessor<SecurityContext> processor;

  public TokenVerifier() {}

  /** For tests: a verifier over a given key source. */
  public TokenVerifier(JWKSource<SecurityContext> keys, String issuer, String audience) {
    this.processor = processor(keys, issuer, audience);
  }

  public Caller verify(String token) throws InvalidTokenException {
    if (token == null || token.isBlank()) {
      throw new InvalidTokenException("missing bearer token");
    }
    JWTClaimsSet claims;
    try {
      claims = processor().process(token.strip(), null);
    } catch (ParseException e) {
      throw new InvalidTokenException("malformed token");
    } catch (BadJOSEException e) {
      throw new InvalidTokenException(e.getMessage());
    } catch (JOSEException e) {
      throw new InvalidTokenException("token could not be verified");
    }
    return toCaller(claims);
  }

  static Caller toCaller(JWTClaimsSet claims) throws InvalidTokenException {
    try {
      String username = claims.getStringClaim("preferred_username");
      EnumSet<Role> roles = EnumSet.noneOf(Role.class);
      List<String> groups = claims.getStringListClaim("groups");
      if (groups != null) {
        groups.forEach(g -> Role.fromName(g).ifPresent(roles::add));
      }
      Object partner = claims.getClaim(CurrentCaller.PARTNER_CLAIM);
      Long partnerId = partner == null ? null : parsePartnerId(String.valueOf(partner));
      return new Caller(username, roles, partnerId);
    } catch (ParseException | IllegalArgumentException e) {
      throw new InvalidTokenException("token claims are malformed");
    }
  }

  static Long parsePartnerId(String value) {
    String text = value.strip();
    if (text.startsWith("[") && text.endsWith("]")) {
      text = text.substring(1, text.length() - 1).strip();
    }
    return text.isEmpty() ? null : Long.valueOf(text.replace("\"", ""));
  }

  private ConfigurableJWTProcessor<SecurityContext> processor() {
    ConfigurableJWTProcessor<SecurityContext> p = processor;
    if (p == null) {
      synchronized (this) {
        if (processor == null) {
          processor = processor(remoteKeys(), config.getProviderUri(), config.getApiAudience());
        }
        p = processor;
      }
    }
    return p;
  }

  private JWKSource<SecurityContext> remoteKeys() {
    try {
      return JWKSourceBuilder.<SecurityContext>create(
              URI.create(config.getJwksUri()).toURL(), new DefaultResourceRetriever(2000, 3000))
          .retrying(true)
          .build();
    } catch (MalformedURLException e) {
      throw new IllegalStateException("Bad Keycloak URL: " + config.getJwksUri(), e);
    }
  }

  static ConfigurableJWTProcessor<SecurityContext> processor(
      JWKSource<SecurityContext> keys, String issuer, String audience) {
    DefaultJWTProcessor<SecurityContext> p = new DefaultJWTProcessor<>();
    p.setJWSKeySelector(new JWSVerificationKeySelector<>(JWSAlgorithm.RS256, keys));
    p.setJWTClaimsSetVerifier(
        new DefaultJWTClaimsVerifier<>(
            new HashSet<>(Set.of(audience)),
            new JWTClaimsSet.Builder().issuer(issuer).claim("typ", "Bearer").build(),
            new HashSet<>(Set.of("exp", "iat", "preferred_username")),
            null));
    return p;
  }

  /** Why a token was refused; the API answers 401 with it. */
  public static class InvalidTokenException extends Exception {
    public InvalidTokenException(String reason) {
      super(reason);
    }
  }
}
