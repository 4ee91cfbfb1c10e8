package org.channelport.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.channelport.it.support.Http;
import org.channelport.it.support.PortalSession;
import org.channelport.it.support.Stack;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Deny by default: every page in the WAR and every REST operation in the OpenAPI document is
 * refused to an anonymous caller, except the named public pages.
 */
@ExtendWith(ArquillianExtension.class)
class DenyByDefaultIT {
  /** The pages anyone may open. Adding a page here is a decision, not an accident. */
  static final Set<String> PUBLIC_PAGES =
      Set.of(
          "/apply.xhtml",
          "/error.xhtml",
          "/not-found.xhtml",
          "/expired.xhtml",
          "/forbidden.xhtml",
          "/signed-out.xhtml");

  /** The public showroom pages: open to anyone, but without a showroom's address not found. */
  static final Set<String> SHOWROOM_PAGES =
      Set.of(
          "/showroom/index.xhtml",
          "/showroom/product.xhtml",
          "/showroom/inquiry.xhtml",
          "/showroom/thanks.xhtml");

  /** The public order-status page: open to anyone, but without a genuine signed link not found. */
  static final Set<String> SIGNED_LINK_PAGES = Set.of("/order-status.xhtml");

  static List<String> allPages() throws IOException {
    Path webapp = Path.of("src/main/webapp");
    try (Stream<Path> files = Files.walk(webapp)) {
      return files
          .filter(f -> f.toString().endsWith(".xhtml"))
          .map(f -> "/" + webapp.relativize(f).toString().replace('\\', '/'))
          .filter(p -> !p.startsWith("/WEB-INF/"))
          .sorted()
          .toList();
    }
  }

  @Test
  void everyPageButThePublicOnesSendsAnonymousVisitorsToKeycloak() throws IOException {
    List<String> pages = allPages();
    assertTrue(pages.size() >= 10, pages.toString());
    assertTrue(pages.containsAll(PUBLIC_PAGES), "public pages exist");
    List<String> wrong = new ArrayList<>();
    for (String page : pages) {
      HttpResponse<String> response = PortalSession.anonymous().get(page);
      boolean toLogin =
          response.statusCode() == 302
              && PortalSession.location(response).startsWith(Stack.realmUrl());
      boolean open = PUBLIC_PAGES.contains(page);
      if (SHOWROOM_PAGES.contains(page) || SIGNED_LINK_PAGES.contains(page)) {
        if (response.statusCode() != 404) {
          wrong.add(page + " -> " + response.statusCode());
        }
        continue;
      }
      if (open ? response.statusCode() != 200 : !toLogin) {
        wrong.add(page + " -> " + response.statusCode());
      }
    }
    assertEquals(List.of(), wrong);
  }

  @Test
  void showroomsAreOpenToAnyoneAndNothingElseUnderTheirAddress() {
    assertEquals(200, PortalSession.anonymous().get("/showroom/northwind-systems").statusCode());
    assertEquals(
        200, PortalSession.anonymous().get("/showroom/northwind-systems/p/NET-SW24").statusCode());
    // the search box's suggestions (JSON)
    assertEquals(
        200,
        PortalSession.anonymous().get("/showroom/northwind-systems/suggest?q=sw").statusCode());
    for (String path :
        List.of(
            "/showroom/",
            "/showroom/no-such-partner",
            "/showroom/northwind-systems/p/NO-SUCH-SKU",
            "/showroom/northwind-systems/secret",
            "/showroom/../channel/partners.xhtml")) {
      HttpResponse<String> response = PortalSession.anonymous().get(path);
      assertTrue(
          response.statusCode() == 404
              || response.statusCode() == 400
              || (response.statusCode() == 302
                  && PortalSession.location(response).startsWith(Stack.realmUrl())),
          path + " -> " + response.statusCode());
    }
  }

  @Test
  void theRootAndUnknownUrlsAreProtectedToo() {
    for (String path :
        List.of(
            "/",
            "/callback",
            "/logout",
            "/channel/",
            "/partner/nothing.xhtml",
            "/WEB-INF/web.xml")) {
      HttpResponse<String> response = PortalSession.anonymous().get(path);
      assertTrue(
          response.statusCode() == 302
                  && PortalSession.location(response).startsWith(Stack.realmUrl())
              || response.statusCode() == 404,
          path + " -> " + response.statusCode());
    }
  }

  @Test
  void everyApiOperationNeedsABearerToken() {
    HttpResponse<String> openapi =
        new Http().get(Stack.portalUrl() + "/openapi", "Accept", "application/json");
    assertEquals(200, openapi.statusCode());
    JsonObject paths = Http.json(openapi).getJsonObject("paths");
    assertTrue(
        paths.keySet().stream().anyMatch(p -> p.endsWith("/partners")), paths.keySet().toString());
    List<String> wrong = new ArrayList<>();
    int operations = 0;
    for (String path : paths.keySet()) {
      String url =
          Stack.portalUrl()
              + (path.startsWith("/api/") ? "" : "/api/v1")
              + path.replaceAll("\\{[^}]+}", "1");
      for (String method : paths.getJsonObject(path).keySet()) {
        if (!Set.of("get", "put", "post", "delete", "patch").contains(method)) {
          continue;
        }
        operations++;
        HttpResponse<String> response =
            new Http()
                .send(
                    method.toUpperCase(),
                    url,
                    method.equals("get") || method.equals("delete") ? null : "{}",
                    "Content-Type",
                    "application/json");
        if (response.statusCode() != 401) {
          wrong.add(method + " " + url + " -> " + response.statusCode());
        }
      }
    }
    assertTrue(operations >= 5, "operations found: " + operations);
    assertEquals(List.of(), wrong);
  }

  @Test
  void healthAndTheApiDocumentAreOpenAndSayNothingSecret() {
    HttpResponse<String> health = new Http().get(Stack.portalUrl() + "/health");
    assertEquals(200, health.statusCode(), health.body());
    assertTrue(
        health.body().contains("database") && health.body().contains("keycloak"), health.body());
    assertFalse(health.body().contains("channelport-portal-secret"));
  }
}
