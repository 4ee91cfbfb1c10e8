package org.channelport.it.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Access tokens from the real Keycloak, obtained as a script or the ERP would (channelport-cli).
 */
public final class Tokens {
  private record Cached(String token, Instant expires) {}

  private static final Map<String, Cached> CACHE = new ConcurrentHashMap<>();

  private Tokens() {}

  public static String of(String username) {
    // one sign-in per user at a time: parallel clients share the token instead of racing for it
    return CACHE
        .compute(
            username,
            (user, cached) ->
                cached == null || Instant.now().isAfter(cached.expires())
                    ? fetch(Stack.realmUrl(), "channelport-cli", user)
                    : cached)
        .token();
  }

  /** A token from another client or realm (for the negative cases). */
  public static String from(String realmUrl, String clientId, String username, String password) {
    HttpResponse<String> response = request(realmUrl, clientId, username, password);
    assertEquals(200, response.statusCode(), response.body());
    return Http.json(response).getString("access_token");
  }

  /** The token endpoint's answer to a password grant of channelport-cli, whatever it is. */
  public static HttpResponse<String> passwordGrant(String username, String password) {
    return request(Stack.realmUrl(), "channelport-cli", username, password);
  }

  private static Cached fetch(String realmUrl, String clientId, String username) {
    HttpResponse<String> response = request(realmUrl, clientId, username, "demo");
    assertEquals(200, response.statusCode(), "token for " + username + ": " + response.body());
    var json = Http.json(response);
    return new Cached(
        json.getString("access_token"),
        Instant.now().plusSeconds(Math.max(10, json.getInt("expires_in") - 30)));
  }

  private static HttpResponse<String> request(
      String realmUrl, String clientId, String username, String password) {
    return new Http()
        .postForm(
            realmUrl + "/protocol/openid-connect/token",
            Map.of(
                "grant_type", "password",
                "client_id", clientId,
                "username", username,
                "password", password,
                "scope", "openid"));
  }
}
