package org.channelport.it.support;

import java.net.http.HttpResponse;

/** Calls /api/v1 as a demo user. */
public final class Api {
  private final Http http = new Http();
  private final String token;

  private Api(String token) {
    this.token = token;
  }

  public static Api as(String username) {
    return new Api(Tokens.of(username));
  }

  public static Api withToken(String token) {
    return new Api(token);
  }

  public HttpResponse<String> get(String path) {
    return http.get(url(path), "Authorization", "Bearer " + token, "Accept", "application/json");
  }

  public HttpResponse<String> post(String path, String json) {
    return http.send("POST", url(path), json, auth("Content-Type", "application/json"));
  }

  /** A POST with more request headers (name, value, …), e.g. an Idempotency-Key. */
  public HttpResponse<String> post(String path, String json, String... headers) {
    return http.send(
        "POST", url(path), json, auth(Http.concat(headers, "Content-Type", "application/json")));
  }

  public HttpResponse<String> put(String path, String json) {
    return http.send("PUT", url(path), json, auth("Content-Type", "application/json"));
  }

  private String[] auth(String... more) {
    return Http.concat(more, "Authorization", "Bearer " + token, "Accept", "application/json");
  }

  public static String url(String path) {
    return Stack.portalUrl() + "/api/v1" + path;
  }
}
