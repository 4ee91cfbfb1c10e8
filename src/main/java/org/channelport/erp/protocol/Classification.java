package org.channelport.erp.protocol;

import java.io.IOException;
import java.net.ConnectException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import org.channelport.erp.ErpException;

/**
 * How the protocol adapter reads the middleware's HTTP answers. 2xx: taken. 408, 429, every 5xx,
 * any answer with {@code Retry-After}, an unexpected 1xx/3xx, and every connect error, timeout or
 * cut connection: transient (tried again later, never parked). Every other 4xx: the payload is
 * rejected, parked as needing attention with the middleware's body.
 */
final class Classification {
  /** The most of an answer's body kept with the failure (the outbox keeps 2,000 characters). */
  static final int MAX_ANSWER = 1500;

  private Classification() {}

  static boolean ok(int status) {
    return status >= 200 && status < 300;
  }

  /**
   * The failure an answer means; null for 2xx.
   *
   * @param retryAfter the {@code Retry-After} header, or null
   */
  static ErpException ofAnswer(String what, int status, String body, String retryAfter) {
    if (ok(status)) {
      return null;
    }
    String answer = shorten(body);
    String said = what + ": HTTP " + status;
    if (retryAfter != null && !retryAfter.isBlank()) {
      return new ErpException(
          ErpException.Kind.TRANSIENT,
          said + " (busy, retry after " + retryAfter.strip() + ")",
          answer,
          null);
    }
    if (status == 408 || status == 429 || status >= 500 || status < 400) {
      return new ErpException(ErpException.Kind.TRANSIENT, said, answer, null);
    }
    return ErpException.rejected(said + " (rejected)", answer);
  }

  /** A request that got no answer: always transient. */
  static ErpException ofFailure(String what, Exception e) {
    String why;
    if (e instanceof HttpConnectTimeoutException) {
      why = "connect timeout";
    } else if (e instanceof HttpTimeoutException) {
      why = "no answer in time";
    } else if (e instanceof ConnectException) {
      why = "cannot connect";
    } else if (e instanceof InterruptedException) {
      why = "interrupted";
    } else if (e instanceof IOException) {
      why = "connection failed (" + e.getClass().getSimpleName() + ")";
    } else {
      why = e.getClass().getSimpleName();
    }
    String detail = e.getMessage() == null ? "" : ": " + shorten(e.getMessage());
    return ErpException.transientFailure(what + ": " + why + detail, e);
  }

  static String shorten(String text) {
    if (text == null) {
      return null;
    }
    return text.length() <= MAX_ANSWER ? text : text.substring(0, MAX_ANSWER) + "…";
  }
}
