package org.channelport.it.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

/**
 * The ERP's service-account token, got as the middleware would: the client credentials grant of the
 * confidential client channelport-erp at the realm's token endpoint.
 */
public final class ErpTokens {
  public static final String CLIENT_ID = "channelport-erp";
  public static final String CLIENT_SECRET = "channelport-erp-secret";

  private static volatile String cached;
  private static volatile long expiresAt;

  private ErpTokens() {}

  public static String token() {
    if (cached == null || System.currentTimeMillis() > expiresAt) {
      HttpResponse<String> response = grant(CLIENT_ID, CLIENT_SECRET);
      assertEquals(200, response.statusCode(), response.body());
      JsonObject json = Http.json(response);
      cached = json.getString("access_token");
      expiresAt = System.currentTimeMillis() + (json.getInt("expires_in") - 30) * 1000L;
    }
    return cached;
  }

  /** The token endpoint's answer to a client credentials grant, whatever it is. */
  public static HttpResponse<String> grant(String clientId, String secret) {
    return new Http()
        .postForm(
            Stack.realmUrl() + "/protocol/openid-connect/token",
            Map.of(
                "grant_type", "client_credentials",
                "client_id", clientId,
                "client_secret", secret));
  }

  /** The claims of a token (not verified: the portal does that). */
  public static JsonObject claims(String token) {
    String payload = token.split("\\.")[1];
    return (JsonObject)
        Http.parse(new String(Base64.getUrlDecoder().decode(payload), StandardCharsets.UTF_8));
  }
}
