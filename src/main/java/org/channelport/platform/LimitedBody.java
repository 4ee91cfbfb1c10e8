package org.channelport.platform;

import jakarta.ws.rs.core.MediaType;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;

/**
 * A request body that fails as soon as more than its limit has been read, whatever length the
 * client declared (none for a chunked body, or a false one), and — for a multipart body — as soon
 * as it starts one part more than allowed. Install it in a request filter before the body is read
 * ({@code request.setEntityStream(...)}); the parser then never keeps more than the limit, on disk
 * or in memory. The failure is the caller's exception (a 413 business rule), thrown from {@code
 * read}.
 */
public final class LimitedBody extends FilterInputStream {
  private final long maxBytes;
  private final int maxParts;
  private final Supplier<? extends RuntimeException> tooLarge;

  /** "\n--boundary": a delimiter line; null when parts are not counted. */
  private final byte[] delimiter;

  private final int[] fail;
  private long read;
  private int matched;
  private int delimiters;

  private LimitedBody(
      InputStream in,
      long maxBytes,
      String boundary,
      int maxParts,
      Supplier<? extends RuntimeException> tooLarge) {
    super(in);
    this.maxBytes = maxBytes;
    this.maxParts = maxParts;
    this.tooLarge = tooLarge;
    this.delimiter =
        boundary == null ? null : ("\n--" + boundary).getBytes(StandardCharsets.ISO_8859_1);
    this.fail = delimiter == null ? null : failure(delimiter);
    // the body's first line is a delimiter too: read as if a line had just ended
    this.matched = delimiter == null ? 0 : 1;
  }

  /** A body of at most {@code maxBytes}. */
  public static LimitedBody of(
      InputStream in, long maxBytes, Supplier<? extends RuntimeException> tooLarge) {
    return new LimitedBody(in, maxBytes, null, 0, tooLarge);
  }

  /**
   * A body of at most {@code maxBytes} and, when {@code type} is multipart with a boundary, of at
   * most {@code maxParts} parts.
   */
  public static LimitedBody multipart(
      InputStream in,
      MediaType type,
      long maxBytes,
      int maxParts,
      Supplier<? extends RuntimeException> tooLarge) {
    String boundary = type == null ? null : type.getParameters().get("boundary");
    if (boundary != null && boundary.isEmpty()) {
      boundary = null;
    }
    return new LimitedBody(in, maxBytes, boundary, maxParts, tooLarge);
  }

  /** Bytes read so far. */
  public long bytesRead() {
    return read;
  }

  @Override
  public int read() throws IOException {
    int b = super.read();
    if (b >= 0) {
      count(new byte[] {(byte) b}, 0, 1);
    }
    return b;
  }

  @Override
  public int read(byte[] buffer, int offset, int length) throws IOException {
    int n = super.read(buffer, offset, length);
    if (n > 0) {
      count(buffer, offset, n);
    }
    return n;
  }

  @Override
  public long skip(long n) throws IOException {
    // through read, so skipped bytes are counted too
    byte[] buffer = new byte[(int) Math.min(Math.max(n, 0), 8192)];
    long skipped = 0;
    while (skipped < n) {
      int r = read(buffer, 0, (int) Math.min(buffer.length, n - skipped));
      if (r < 0) {
        break;
      }
      skipped += r;
    }
    return skipped;
  }

  @Override
  public boolean markSupported() {
    return false;
  }

  @Override
  public synchronized void mark(int limit) {}

  @Override
  public synchronized void reset() throws IOException {
    throw new IOException("mark/reset not supported");
  }

  private void count(byte[] buffer, int offset, int n) {
    read += n;
    if (read > maxBytes) {
      throw tooLarge.get();
    }
    if (delimiter == null) {
      return;
    }
    for (int i = offset; i < offset + n; i++) {
      byte b = buffer[i];
      while (matched > 0 && delimiter[matched] != b) {
        matched = fail[matched - 1];
      }
      if (delimiter[matched] == b) {
        matched++;
      }
      if (matched == delimiter.length) {
        delimiters++;
        // n parts need n + 1 delimiters (the last one closes the body)
        if (delimiters > maxParts + 1) {
          throw tooLarge.get();
        }
        matched = fail[matched - 1];
      }
    }
  }

  /** Knuth–Morris–Pratt: the longest proper prefix of the delimiter that ends at each position. */
  private static int[] failure(byte[] pattern) {
    int[] f = new int[pattern.length];
    int k = 0;
    for (int i = 1; i < pattern.length; i++) {
      while (k > 0 && pattern[i] != pattern[k]) {
        k = f[k - 1];
      }
      if (pattern[i] == pattern[k]) {
        k++;
      }
      f[i] = k;
    }
    return f;
  }
}
