package org.channelport.it.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Set;

/** Catalog uploads through the API, waiting for their job. */
public final class Uploads {
  private static final HttpClient CLIENT =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .build();

  private Uploads() {}

  public static HttpResponse<String> post(
      String username, String query, String contentType, byte[] body) {
    return send(
        HttpRequest.newBuilder(URI.create(Api.url("/catalog/uploads" + query)))
            .header("Authorization", "Bearer " + Tokens.of(username))
            .header("Accept", "application/json")
            .header("Content-Type", contentType)
            .expectContinue(body.length > 1024 * 1024)
            .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
  }

  public static HttpResponse<String> multipart(String username, String fileName, byte[] body) {
    String boundary = "----channelport" + System.nanoTime();
    byte[] head =
        ("--"
                + boundary
                + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
                + fileName
                + "\"\r\nContent-Type: text/csv\r\n\r\n")
            .getBytes(StandardCharsets.UTF_8);
    byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
    byte[] all = new byte[head.length + body.length + tail.length];
    System.arraycopy(head, 0, all, 0, head.length);
    System.arraycopy(body, 0, all, head.length, body.length);
    System.arraycopy(tail, 0, all, head.length + body.length, tail.length);
    return post(username, "", "multipart/form-data; boundary=" + boundary, all);
  }

  /** Uploads and waits until the job has finished; the upload as JSON. */
  public static JsonObject finished(String username, String query, String type, String body) {
    HttpResponse<String> accepted =
        post(username, query, type, body.getBytes(StandardCharsets.UTF_8));
    assertEquals(202, accepted.statusCode(), accepted.body());
    return await(username, Http.json(accepted).getJsonNumber("id").longValue());
  }

  public static JsonObject await(String username, long id) {
    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    while (System.nanoTime() < deadline) {
      HttpResponse<String> status = Api.as(username).get("/catalog/uploads/" + id + "?errors=1000");
      assertEquals(200, status.statusCode(), status.body());
      JsonObject upload = Http.json(status);
      if (Set.of("done", "failed", "rejected").contains(upload.getString("status"))) {
        return upload;
      }
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
    fail("upload " + id + " did not finish within a minute");
    return null;
  }

  private static HttpResponse<String> send(HttpRequest.Builder request) {
    try {
      return CLIENT.send(
          request.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
