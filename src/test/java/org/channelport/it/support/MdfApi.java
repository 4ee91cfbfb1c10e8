package org.channelport.it.support;

import jakarta.json.JsonObject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;

/** The MDF API from a test: multipart claims and proof, a fresh program of its own, proof files. */
public final class MdfApi {
  private MdfApi() {}

  /** A part of a multipart body. */
  public record Part(String name, String fileName, String type, byte[] bytes) {
    public static Part json(String name, String json) {
      return new Part(name, null, "application/json", json.getBytes(StandardCharsets.UTF_8));
    }

    public static Part text(String name, String text) {
      return new Part(name, null, "text/plain", text.getBytes(StandardCharsets.UTF_8));
    }

    /** A proof file (part "proof"). */
    public static Part proof(String fileName, String type, byte[] bytes) {
      return new Part("proof", fileName, type, bytes);
    }
  }

  /** A small real PDF: what an invoice looks like to a check by content. */
  public static byte[] pdf() {
    return ("%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
            + "2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n")
        .getBytes(StandardCharsets.US_ASCII);
  }

  /** POSTs a multipart body to {@code path} (below /api/v1) as {@code user}. */
  public static HttpResponse<String> multipart(String user, String path, Part... parts) {
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
      HttpRequest request =
          HttpRequest.newBuilder(URI.create(Api.url(path)))
              .header("Authorization", "Bearer " + Tokens.of(user))
              .header("Accept", "application/json")
              .header("Content-Type", "multipart/form-data; boundary=" + boundary)
              .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
              .build();
      return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /**
   * A new program of the test's own (cm-all), taking requests from ten days ago to fifty days on,
   * with {@code budget} EUR and 50 % co-funding of every activity type; returns its JSON.
   */
  public static JsonObject program(String name, String budget) {
    LocalDate today = LocalDate.now(ZoneOffset.UTC);
    HttpResponse<String> r =
        Api.as("cm-all")
            .post(
                "/mdf/programs",
                "{\"name\":\""
                    + name
                    + "\",\"period\":\"IT\",\"currency\":\"EUR\",\"budget\":"
                    + budget
                    + ",\"startsOn\":\""
                    + today.minusDays(10)
                    + "\",\"endsOn\":\""
                    + today.plusDays(60)
                    + "\",\"requestDeadline\":\""
                    + today.plusDays(50)
                    + "\",\"claimDeadline\":\""
                    + today.plusDays(90)
                    + "\",\"reimbursementPct\":50,\"coopPct\":0,\"activityTypes\":"
                    + "[\"webinar\",\"event\",\"advertising\",\"trade_show\"]}");
    if (r.statusCode() != 201) {
      throw new AssertionError("program not created: " + r.statusCode() + " " + r.body());
    }
    return Http.json(r);
  }

  public static BigDecimal amount(JsonObject o, String field) {
    return o.getJsonNumber(field).bigDecimalValue();
  }
}
