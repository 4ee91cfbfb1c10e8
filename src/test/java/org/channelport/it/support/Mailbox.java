package org.channelport.it.support;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

/** A mailbox of the test run's GreenMail, read through its REST API. */
public final class Mailbox {
  private final String address;
  private final Http http = new Http();

  private Mailbox(String address) {
    this.address = address;
  }

  public static Mailbox of(String address) {
    return new Mailbox(address);
  }

  /** The subjects of the mails in the inbox, oldest first (none when the mailbox is new). */
  public List<String> subjects() {
    HttpResponse<String> response =
        http.get(Stack.mailApiUrl() + "/api/user/" + address + "/messages/INBOX");
    if (response.statusCode() == 404 || response.statusCode() == 400) {
      return List.of();
    }
    if (response.statusCode() != 200) {
      throw new IllegalStateException("GreenMail answered " + response.statusCode());
    }
    return Http.parse(response.body()).asJsonArray().stream()
        .map(JsonValue::asJsonObject)
        .map(JsonObject.class::cast)
        .map(m -> m.getString("subject", ""))
        .toList();
  }

  /**
   * The decoded text bodies of the mails whose subject matches, oldest first (single-part plain
   * text mails, as the portal sends them: quoted-printable, base64 or 7/8 bit).
   */
  public List<String> texts(Predicate<String> subject) {
    HttpResponse<String> response =
        http.get(Stack.mailApiUrl() + "/api/user/" + address + "/messages/INBOX");
    if (response.statusCode() != 200) {
      return List.of();
    }
    return Http.parse(response.body()).asJsonArray().stream()
        .map(JsonValue::asJsonObject)
        .filter(m -> subject.test(m.getString("subject", "")))
        .map(m -> text(m.getString("mimeMessage", "")))
        .toList();
  }

  static String text(String mime) {
    String normalized = mime.replace("\r\n", "\n");
    int blank = normalized.indexOf("\n\n");
    String headers = blank < 0 ? normalized : normalized.substring(0, blank);
    String body = blank < 0 ? "" : normalized.substring(blank + 2);
    String encoding = headers.toLowerCase(Locale.ROOT);
    if (encoding.contains("content-transfer-encoding: base64")) {
      return new String(Base64.getMimeDecoder().decode(body.strip()), StandardCharsets.UTF_8);
    }
    if (encoding.contains("content-transfer-encoding: quoted-printable")) {
      return quotedPrintable(body);
    }
    return body;
  }

  private static String quotedPrintable(String body) {
    String joined = body.replace("=\n", "");
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    for (int i = 0; i < joined.length(); i++) {
      char c = joined.charAt(i);
      if (c == '=' && isHex(joined, i + 1) && isHex(joined, i + 2)) {
        bytes.write(Integer.parseInt(joined.substring(i + 1, i + 3), 16));
        i += 2;
      } else {
        byte[] b = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
        bytes.write(b, 0, b.length);
      }
    }
    return bytes.toString(StandardCharsets.UTF_8);
  }

  private static boolean isHex(String s, int i) {
    return i < s.length() && Character.digit(s.charAt(i), 16) >= 0;
  }

  public long count(Predicate<String> subject) {
    return subjects().stream().filter(subject).count();
  }

  /** Waits until {@code count} mails match, at most {@code timeout}; returns how many match. */
  public long await(Predicate<String> subject, long count, Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    long n = count(subject);
    while (n < count && System.nanoTime() < deadline) {
      try {
        Thread.sleep(500);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return n;
      }
      n = count(subject);
    }
    return n;
  }
}
