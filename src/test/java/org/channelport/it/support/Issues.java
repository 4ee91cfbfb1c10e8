package org.channelport.it.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonObject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.UUID;

/** Service issues for the tests, logged and worked over the API. */
public final class Issues {
  private static final HttpClient CLIENT =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .build();

  /** A real 1×1 PNG. */
  public static final byte[] PNG =
      Base64.getDecoder()
          .decode(
              "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");

  private Issues() {}

  /** Who logs a partner's test issues: its employee where it has one, else its manager. */
  public static String loggerOf(long partner) {
    return Orders.placerOf(partner);
  }

  /**
   * A customer each partner's logger sees: Northwind's order customer, a Baltic Tech customer of
   * its demo issues, Danube's order customer.
   */
  public static long customerOf(long partner) {
    return partner == Orders.NORTHWIND ? 20 : partner == Orders.BALTIC ? 3 : 21;
  }

  public static String body(long customerId, String sku, String subject) {
    return "{\"customerId\":"
        + customerId
        + ",\"sku\":\""
        + sku
        + "\",\"serialNumber\":\"SN-"
        + UUID.randomUUID().toString().substring(0, 8)
        + "\",\"subject\":\""
        + subject
        + "\",\"description\":\"It stopped working after a day.\",\"priority\":\"normal\","
        + "\"category\":\"defect\"}";
  }

  /** A new issue of the partner, logged by {@link #loggerOf} (201 checked). */
  public static JsonObject log(long partner) {
    HttpResponse<String> created =
        Api.as(loggerOf(partner))
            .post("/service-issues", body(customerOf(partner), "NET-AP6", "Matrix issue"));
    assertEquals(201, created.statusCode(), created.body());
    return Http.json(created);
  }

  public static long logged(long partner) {
    return log(partner).getJsonNumber("id").longValue();
  }

  /** An issue of the partner that cm-all took: in progress. */
  public static long inProgress(long partner) {
    long id = logged(partner);
    step("cm-all", id, "take", "{}");
    return id;
  }

  /** An issue of the partner that cm-all solved. */
  public static long solved(long partner) {
    long id = inProgress(partner);
    step("cm-all", id, "solve", "{\"solution\":\"Replace the power supply.\"}");
    return id;
  }

  /** A step that must succeed. */
  public static JsonObject step(String user, long id, String step, String body) {
    HttpResponse<String> done = Api.as(user).post("/service-issues/" + id + "/" + step, body);
    assertEquals(200, done.statusCode(), step + ": " + done.body());
    return Http.json(done);
  }

  public static String status(long id) {
    return Db.string("SELECT status FROM service_issue WHERE id = ?", id);
  }

  public static long version(long id) {
    return Db.count("SELECT version FROM service_issue WHERE id = ?", id);
  }

  /** One part of a multipart body: a name, maybe a file name and a type, the bytes. */
  public record Part(String name, String fileName, String type, byte[] bytes) {
    public static Part json(String name, String json) {
      return new Part(name, null, "application/json", json.getBytes(StandardCharsets.UTF_8));
    }

    public static Part file(String fileName, String type, byte[] bytes) {
      return new Part("file", fileName, type, bytes);
    }
  }

  /** A multipart comment on the issue. */
  public static HttpResponse<String> multipart(String user, long id, Part... parts) {
    return multipart(user, id, false, parts);
  }

  /**
   * The same, {@code chunked}: sent without a Content-Length (Transfer-Encoding: chunked), so the
   * server cannot tell its size before reading it.
   */
  public static HttpResponse<String> multipart(
      String user, long id, boolean chunked, Part... parts) {
    String boundary = "----channelport" + UUID.randomUUID();
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    try {
      for (Part p : parts) {
        body.write(("--" + boundary + "\r\n").getBytes(StandardCharsets.UTF_8));
        String disposition = "Content-Disposition: form-data; name=\"" + p.name() + "\"";
        if (p.fileName() != null) {
          disposition += "; filename=\"" + p.fileName() + "\"";
        }
        body.write(
            (disposition + "\r\nContent-Type: " + p.type() + "\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.write(p.bytes());
        body.write("\r\n".getBytes(StandardCharsets.UTF_8));
      }
      body.write(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    byte[] bytes = body.toByteArray();
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(Api.url("/service-issues/" + id + "/comments")))
            .header("Authorization", "Bearer " + Tokens.of(user))
            .header("Accept", "application/json")
            .header("Content-Type", "multipart/form-data; boundary=" + boundary)
            .POST(
                chunked
                    ? HttpRequest.BodyPublishers.ofInputStream(
                        () -> new java.io.ByteArrayInputStream(bytes))
                    : HttpRequest.BodyPublishers.ofByteArray(bytes))
            .timeout(Duration.ofSeconds(30))
            .build();
    try {
      return CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** Downloads one of the issue's files: the status and the bytes. */
  public static HttpResponse<byte[]> download(String user, long id, long attachmentId) {
    HttpRequest request =
        HttpRequest.newBuilder(
                URI.create(Api.url("/service-issues/" + id + "/attachments/" + attachmentId)))
            .header("Authorization", "Bearer " + Tokens.of(user))
            .GET()
            .timeout(Duration.ofSeconds(30))
            .build();
    try {
      return CLIENT.send(request, HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
