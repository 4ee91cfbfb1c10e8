package org.channelport.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.channelport.devstack.KeycloakServer;
import org.channelport.it.support.Http;
import org.channelport.it.support.PortalSession;
import org.channelport.it.support.Stack;
import org.channelport.it.support.Tokens;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The realm's brute-force detection at the token endpoint (the password grant of channelport-cli):
 * after five wrong passwords in a row the account is locked — the right password is refused too —
 * until the wait (30 s at first) is over. Only throw-away users made here through the admin API are
 * ever locked: the demo users sign in all through the suite.
 */
@ExtendWith(ArquillianExtension.class)
class LoginLockoutIT {
  private static final String PASSWORD = "Throw-away-passw0rd-" + System.nanoTime() % 100_000;
  private static final Duration FIRST_WAIT = Duration.ofSeconds(30);

  private static String adminToken() {
    return Tokens.from(
        Stack.keycloakUrl() + "/realms/master",
        "admin-cli",
        KeycloakServer.ADMIN_USER,
        KeycloakServer.ADMIN_PASSWORD);
  }

  private static String admin(String path) {
    return Stack.keycloakUrl() + "/admin/realms/channelport" + path;
  }

  /** Creates a user with the given password; the answer of Keycloak's admin API. */
  private static HttpResponse<String> createUser(String username, String password) {
    String json =
        "{\"username\":\""
            + username
            + "\",\"enabled\":true,\"emailVerified\":true,\"firstName\":\"Throw\",\"lastName\":\"Away\","
            + "\"email\":\""
            + username
            + "@lockout.example\",\"credentials\":[{\"type\":\"password\",\"value\":\""
            + password
            + "\",\"temporary\":false}]}";
    return new Http()
        .send(
            "POST",
            admin("/users"),
            json,
            "Authorization",
            "Bearer " + adminToken(),
            "Content-Type",
            "application/json");
  }

  /** A throw-away user; returns its id (for the clean-up). */
  private static String throwAwayUser(String username) {
    HttpResponse<String> created = createUser(username, PASSWORD);
    assertEquals(201, created.statusCode(), created.body());
    String location = created.headers().firstValue("Location").orElseThrow();
    return location.substring(location.lastIndexOf('/') + 1);
  }

  private static void delete(String id) {
    new Http()
        .send("DELETE", admin("/users/" + id), null, "Authorization", "Bearer " + adminToken());
  }

  private static void assertRefused(HttpResponse<String> answer) {
    assertNotEquals(200, answer.statusCode(), answer.body());
    assertFalse(answer.body().contains("access_token"), answer.body());
    assertEquals("invalid_grant", Http.json(answer).getString("error"), answer.body());
  }

  @Test
  void theSixthWrongPasswordInARowLocksTheAccountUntilTheWaitIsOver() {
    String username = "lockout-" + System.nanoTime() % 1_000_000;
    String id = throwAwayUser(username);
    try {
      assertEquals(200, Tokens.passwordGrant(username, PASSWORD).statusCode(), "the user signs in");
      long lockedAt = 0;
      for (int i = 1; i <= 6; i++) {
        assertRefused(Tokens.passwordGrant(username, "wrong-" + i));
        if (i == 5) {
          lockedAt = System.nanoTime();
        }
      }
      // Keycloak counts failures on a thread of its own: the lock follows the sixth failure
      // within moments, not within the same request
      long until = System.nanoTime() + Duration.ofSeconds(10).toNanos();
      JsonObject state = bruteForceState(id);
      while (!state.getBoolean("disabled") && System.nanoTime() < until) {
        pause();
        state = bruteForceState(id);
      }
      assertTrue(state.getBoolean("disabled"), state.toString());
      assertRefused(Tokens.passwordGrant(username, PASSWORD)); // the right password, refused

      // wait until Keycloak takes the right password again: not before the wait is over
      long deadline = System.nanoTime() + FIRST_WAIT.multipliedBy(3).toNanos();
      HttpResponse<String> answer = Tokens.passwordGrant(username, PASSWORD);
      while (answer.statusCode() != 200 && System.nanoTime() < deadline) {
        pause();
        answer = Tokens.passwordGrant(username, PASSWORD);
      }
      Duration locked = Duration.ofNanos(System.nanoTime() - lockedAt);
      assertEquals(200, answer.statusCode(), "accepted after the wait: " + answer.body());
      assertTrue(
          locked.compareTo(FIRST_WAIT.minusSeconds(3)) >= 0,
          "locked for " + locked + " only; the realm's first wait is " + FIRST_WAIT);
      assertFalse(bruteForceState(id).getBoolean("disabled"));
    } finally {
      delete(id);
    }
  }

  @Test
  void aFewTyposDoNotLockAndASuccessStartsTheCountAgain() {
    String username = "typos-" + System.nanoTime() % 1_000_000;
    String id = throwAwayUser(username);
    try {
      for (int round = 0; round < 2; round++) {
        for (int i = 0; i < 4; i++) {
          assertRefused(Tokens.passwordGrant(username, "typo-" + i));
        }
        HttpResponse<String> right = Tokens.passwordGrant(username, PASSWORD);
        assertEquals(200, right.statusCode(), "round " + round + ": " + right.body());
      }
    } finally {
      delete(id);
    }
  }

  @Test
  void thePasswordPolicyRefusesShortPasswordsButTheDemoUsersKeepDemo() {
    HttpResponse<String> weak = createUser("weak-" + System.nanoTime() % 1_000_000, "demo");
    assertEquals(400, weak.statusCode(), weak.body());
    HttpResponse<String> sameAsName = createUser("longusername-" + 12345, "longusername-12345");
    assertEquals(400, sameAsName.statusCode(), sameAsName.body());
    assertEquals(
        200, Tokens.passwordGrant("pe-baltic", "demo").statusCode(), "the demo-only exception");
    PortalSession.signIn("pe-northwind"); // the login form too
  }

  @Test
  void theRealmLogsLoginsAndAdminChangesAndWantsHttpsFromOutside() {
    JsonObject realm =
        Http.json(new Http().get(admin(""), "Authorization", "Bearer " + adminToken()));
    assertEquals("external", realm.getString("sslRequired"));
    assertTrue(realm.getBoolean("bruteForceProtected"));
    assertTrue(realm.getBoolean("eventsEnabled"));
    assertTrue(realm.getBoolean("adminEventsEnabled"));
    assertTrue(realm.getString("passwordPolicy").contains("length(12)"));
  }

  private static JsonObject bruteForceState(String id) {
    return Http.json(
        new Http()
            .get(
                admin("/attack-detection/brute-force/users/" + id),
                "Authorization",
                "Bearer " + adminToken()));
  }

  /** Between two polls of the token endpoint (which answers at once while locked). */
  private static void pause() {
    try {
      Thread.sleep(1000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
