package org.channelport.it.support;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
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
