package org.channelport.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.Map;
import java.util.stream.Collectors;
import org.channelport.devstack.TestStack;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The test stack is up: portal, identity provider, database. See also {@link
 * OneDeploymentPerSuiteIT}.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class StackSmokeIT {

  static final HttpClient HTTP = HttpClient.newHttpClient();

  @Test
  void portalAnswersItsHealthCheck() throws Exception {
    assertHealthAnswers(URI.create(TestStack.portalUrl() + "/health"));
  }

  @Test
  void keycloakGivesAPartnerManagerAnApiToken() throws Exception {
    assertFalse(passwordGrant("pm-northwind", "demo").getString("access_token").isBlank());
  }

  @Test
  void theTestDatabaseAcceptsTheApplicationsAccount() throws Exception {
    try (Connection connection =
        DriverManager.getConnection(
            TestStack.dbUrl(), TestStack.dbUser(), TestStack.dbPassword())) {
      assertEquals("channelport", connection.getCatalog());
    }
  }

  /** MicroProfile Health answers JSON with a status: 200 when UP, 503 when a check is DOWN. */
  static void assertHealthAnswers(URI uri) throws Exception {
    HttpResponse<String> response =
        HTTP.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString());
    System.out.println(uri + " answered " + response.statusCode() + " " + response.body());
    assertTrue(
        response.statusCode() == 200 || response.statusCode() == 503,
        () -> uri + " answered " + response.statusCode() + " " + response.body());
    JsonObject health = Json.createReader(new StringReader(response.body())).readObject();
    assertTrue(health.containsKey("status"), () -> "no status in " + health);
  }

  static JsonObject passwordGrant(String username, String password) throws Exception {
    Map<String, String> form =
        Map.of(
            "grant_type",
            "password",
            "client_id",
            "channelport-cli",
            "username",
            username,
            "password",
            password);
    String body =
        form.entrySet().stream()
            .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
            .collect(Collectors.joining("&"));
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(TestStack.tokenUrl()))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build();
    HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    assertEquals(200, response.statusCode(), () -> "token endpoint answered " + response.body());
    return Json.createReader(new StringReader(response.body())).readObject();
  }
}
