package org.channelport.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class TokenVerifierTest {
  static final String ISSUER = "http://localhost:8180/realms/channelport";
  static RSAKey realmKey;
  static RSAKey strangerKey;
  static TokenVerifier verifier;

  @BeforeAll
  static void keys() throws JOSEException {
    realmKey = new RSAKeyGenerator(2048).keyID("realm").generate();
    strangerKey = new RSAKeyGenerator(2048).keyID("realm").generate();
    verifier =
        new TokenVerifier(
            new ImmutableJWKSet<>(new JWKSet(realmKey.toPublicJWK())), ISSUER, "channelport-api");
  }

  static String token(RSAKey key, UnaryOperator<JWTClaimsSet.Builder> tweak) throws JOSEException {
    Instant now = Instant.now();
    JWTClaimsSet.Builder claims =
        new JWTClaimsSet.Builder()
            .issuer(ISSUER)
            .audience("channelport-api")
            .subject("b5a1")
            .issueTime(Date.from(now))
            .expirationTime(Date.from(now.plusSeconds(300)))
            .claim("typ", "Bearer")
            .claim("preferred_username", "pm-northwind")
            .claim("groups", List.of("partner-manager", "offline_access"))
            .claim("partner_id", 1L);
    SignedJWT jwt =
        new SignedJWT(
            new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(),
            tweak.apply(claims).build());
    jwt.sign(new RSASSASigner(key));
    return jwt.serialize();
  }

  @Test
  void aValidKeycloakTokenGivesTheCallerWithRolesAndPartner() throws Exception {
    Caller caller = verifier.verify(token(realmKey, c -> c));
    assertEquals("pm-northwind", caller.username());
    assertEquals(Set.of(Role.PARTNER_MANAGER), caller.roles());
    assertEquals(1L, caller.partnerId());
    assertTrue(caller.isPartnerManager());
  }

  @Test
  void aChannelManagerTokenHasNoPartner() throws Exception {
    Caller caller =
        verifier.verify(
            token(
                realmKey,
                c ->
                    c.claim("preferred_username", "cm-all")
                        .claim("groups", List.of("channel-manager", "channel-admin"))
                        .claim("partner_id", null)));
    assertNull(caller.partnerId());
    assertTrue(caller.isChannelAdmin());
  }

  @Test
  void aTokenSignedByAnotherKeyIsRefused() {
    assertThrows(
        TokenVerifier.InvalidTokenException.class,
        () -> verifier.verify(token(strangerKey, c -> c)));
  }

  @Test
  void anExpiredTokenIsRefused() {
    Instant past = Instant.now().minusSeconds(3600);
    assertThrows(
        TokenVerifier.InvalidTokenException.class,
        () ->
            verifier.verify(
                token(
                    realmKey,
                    c ->
                        c.issueTime(Date.from(past.minusSeconds(300)))
                            .expirationTime(Date.from(past)))));
  }

  @Test
  void aTokenForAnotherAudienceIsRefused() {
    assertThrows(
        TokenVerifier.InvalidTokenException.class,
        () -> verifier.verify(token(realmKey, c -> c.audience("account"))));
  }

  @Test
  void aTokenFromAnotherRealmIsRefused() {
    assertThrows(
        TokenVerifier.InvalidTokenException.class,
        () ->
            verifier.verify(token(realmKey, c -> c.issuer("http://localhost:8180/realms/master"))));
  }

  @Test
  void anIdTokenIsNotAnAccessToken() {
    assertThrows(
        TokenVerifier.InvalidTokenException.class,
        () -> verifier.verify(token(realmKey, c -> c.claim("typ", "ID"))));
  }

  @Test
  void garbageIsRefused() {
    assertThrows(TokenVerifier.InvalidTokenException.class, () -> verifier.verify("not.a.jwt"));
    assertThrows(TokenVerifier.InvalidTokenException.class, () -> verifier.verify(""));
  }

  @Test
  void anUnsignedTokenIsRefused() throws Exception {
    String signed = token(realmKey, c -> c);
    String[] parts = signed.split("\\.");
    String unsigned =
        Base64.getUrlEncoder().withoutPadding().encodeToString("{\"alg\":\"none\"}".getBytes())
            + "."
            + parts[1]
            + ".";
    assertThrows(TokenVerifier.InvalidTokenException.class, () -> verifier.verify(unsigned));
  }
}
