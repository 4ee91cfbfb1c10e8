package org.channelport.it;

import static org.channelport.it.PartnerAccessMatrixIT.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.net.http.HttpResponse;
import java.util.Base64;
import org.channelport.it.support.Api;
import org.channelport.it.support.Http;
import org.channelport.it.support.Stack;
import org.channelport.it.support.Tokens;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The API door: only a valid Keycloak access token for this API gets in; never a login redirect.
 */
@ExtendWith(ArquillianExtension.class)
class ApiAuthenticationIT {

  @Test
  void noTokenIs401ProblemJsonNotARedirect() {
    HttpResponse<String> response =
        new Http().get(Api.url("/partners"), "Accept", "application/json");
    assertProblem(response, 401);
    assertTrue(response.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Bearer"));
    assertFalse(response.headers().firstValue("Location").isPresent());
  }

  @Test
  void aTokenFromThePasswordGrantOfTheCliClientWorks() {
    assertEquals(200, Api.as("pm-northwind").get("/partners/1").statusCode());
  }

  @Test
  void aForgedTokenIs401() throws Exception {
    RSAKey forger = new RSAKeyGenerator(2048).generate();
    String realKid = SignedJWT.parse(Tokens.of("cm-all")).getHeader().getKeyID();
    JWTClaimsSet claims =
        JWTClaimsSet.parse(
            new String(Base64.getUrlDecoder().decode(Tokens.of("pm-baltic").split("\\.")[1])));
    JWTClaimsSet elevated = new JWTClaimsSet.Builder(claims).claim("partner_id", 1).build();
    SignedJWT jwt =
        new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(realKid).build(), elevated);
    jwt.sign(new RSASSASigner(forger));
    assertProblem(Api.withToken(jwt.serialize()).get("/partners/1"), 401);
  }

  @Test
  void aTamperedTokenIs401() {
    String[] parts = Tokens.of("pm-baltic").split("\\.");
    String payload =
        new String(Base64.getUrlDecoder().decode(parts[1]))
            .replace("\"partner_id\":2", "\"partner_id\":1");
    String tampered =
        parts[0]
            + "."
            + Base64.getUrlEncoder().withoutPadding().encodeToString(payload.getBytes())
            + "."
            + parts[2];
    assertProblem(Api.withToken(tampered).get("/partners/1"), 401);
  }

  @Test
  void aTokenOfTheSameRealmWithoutTheApiAudienceIs401() {
    // admin-cli is Keycloak's own public client; its tokens are not meant for this API
    String token = Tokens.from(Stack.realmUrl(), "admin-cli", "cm-all", "demo");
    assertProblem(Api.withToken(token).get("/me"), 401);
  }

  @Test
  void aTokenOfAnotherRealmIs401() {
    String token =
        Tokens.from(Stack.keycloakUrl() + "/realms/master", "admin-cli", "admin", "admin");
    assertProblem(Api.withToken(token).get("/me"), 401);
  }

  @Test
  void garbageAndOtherSchemesAre401() {
    assertProblem(Api.withToken("garbage").get("/me"), 401);
    HttpResponse<String> basic =
        new Http().get(Api.url("/me"), "Authorization", "Basic Y20tYWxsOmRlbW8=");
    assertProblem(basic, 401);
  }
}
