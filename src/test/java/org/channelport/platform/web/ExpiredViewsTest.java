package org.channelport.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class ExpiredViewsTest {
  private static Optional<String> referer(String referer) {
    return ExpiredViews.sameOriginReferer(referer, "http", "localhost", 18080, "");
  }

  @Test
  void aPageOfThisPortalOnTheSameOriginIsKeptWithItsQuery() {
    assertEquals(
        Optional.of("/showroom/northwind-systems/inquiry?sku=NET-AP6"),
        referer("http://localhost:18080/showroom/northwind-systems/inquiry?sku=NET-AP6"));
    assertEquals(
        Optional.of("/portal/lead.xhtml?id=5"),
        ExpiredViews.sameOriginReferer(
            "https://partners.example/portal/lead.xhtml?id=5",
            "https",
            "partners.example",
            443,
            "/portal"));
  }

  @Test
  void anythingElseIsIgnored() {
    assertEquals(Optional.empty(), referer(null));
    assertEquals(Optional.empty(), referer(""));
    assertEquals(Optional.empty(), referer("http://evil.example/apply.xhtml"));
    assertEquals(Optional.empty(), referer("http://localhost:8080/apply.xhtml"));
    assertEquals(Optional.empty(), referer("https://localhost:18080/apply.xhtml"));
    assertEquals(Optional.empty(), referer("http://user@localhost:18080/apply.xhtml"));
    assertEquals(Optional.empty(), referer("http://localhost:18080/../etc"));
    assertEquals(Optional.empty(), referer("//evil.example/apply.xhtml"));
    // a path that starts with two slashes would be another site's address in a Location header
    assertEquals(Optional.empty(), referer("http://localhost:18080//evil.example/x"));
    assertEquals(Optional.empty(), referer("not a url at all"));
    assertEquals(
        Optional.empty(),
        ExpiredViews.sameOriginReferer(
            "http://localhost:18080/other/apply.xhtml", "http", "localhost", 18080, "/portal"));
  }

  @Test
  void theFlagIsAddedOnce() {
    assertEquals("/apply.xhtml?expired=1", ExpiredViews.withFlag("/apply.xhtml"));
    assertEquals("/a.xhtml?s=x&expired=1", ExpiredViews.withFlag("/a.xhtml?s=x"));
    assertEquals("/a.xhtml?s=x&expired=1", ExpiredViews.withFlag("/a.xhtml?s=x&expired=1"));
    assertEquals("/a.xhtml?expired=1", ExpiredViews.withFlag("/a.xhtml?"));
  }
}
