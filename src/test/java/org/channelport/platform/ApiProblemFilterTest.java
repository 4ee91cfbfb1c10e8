package org.channelport.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ApiProblemFilterTest {
  @ParameterizedTest
  @ValueSource(
      strings = {
        "/api/v1/%2e%2e/x",
        "/api/v1/%2E%2E/x",
        "/api/v1/.%2e/x",
        "/api/v1/../x",
        "/api/v1/./partners",
        "/api/v1/%2e/partners",
        "/api/v1/..%2fx",
        "/api/v1/%2e%2e%2Fx",
        "/api/v1/..;/x",
        "/api/v1/partners/..",
        "/api/v1/partners%00",
        "/api/v1/partners%5c",
        "/api/v1/partners\\x",
      })
  void dotSegmentsAndEncodedSeparatorsAreMalformed(String path) {
    assertTrue(ApiProblemFilter.MALFORMED.matcher(path).find(), path);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "/api/v1/partners",
        "/api/v1/catalog/products/NET.SW24",
        "/api/v1/catalog/products/A..B",
        "/api/v1/catalog/products/A%2eB",
        "/api/v1/catalog/products/...x",
        "/api/v1/partners;x=1",
      })
  void ordinaryPathsAreNot(String path) {
    assertFalse(ApiProblemFilter.MALFORMED.matcher(path).find(), path);
  }

  @Test
  void onlyApiPathsAreTheFiltersBusiness() {
    assertTrue(ApiProblemFilter.isApi("", "/api"));
    assertTrue(ApiProblemFilter.isApi("", "/api/v1/x"));
    assertTrue(ApiProblemFilter.isApi("/cp", "/cp/api/nothing"));
    assertFalse(ApiProblemFilter.isApi("", "/apis"));
    assertFalse(ApiProblemFilter.isApi("", "/channel/leads.xhtml"));
  }

  @Test
  void theProblemHasTheShapeTheApiAnswersWith() {
    JsonObject problem =
        Json.createReader(new StringReader(ApiProblemFilter.json(405, "Method Not Allowed.")))
            .readObject();
    assertEquals(405, problem.getInt("status"));
    assertEquals("Method Not Allowed", problem.getString("title"));
    assertEquals("about:blank", problem.getString("type"));
    assertEquals("Method Not Allowed.", problem.getString("detail"));
    assertEquals("Error 499", ApiProblemFilter.title(499));
  }
}
