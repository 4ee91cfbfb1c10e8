package org.channelport.platform;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.ws.rs.core.MediaType;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LimitedBodyTest {
  static class TooLarge extends RuntimeException {}

  private static final MediaType MULTIPART =
      new MediaType("multipart", "form-data", Map.of("boundary", "b0undary"));

  private static String body(int parts) {
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < parts; i++) {
      s.append("--b0undary\r\nContent-Disposition: form-data; name=\"file\"; filename=\"f")
          .append(i)
          .append(".txt\"\r\n\r\nsome --b0undar text\r\n");
    }
    return s.append("--b0undary--\r\n").toString();
  }

  private static byte[] readAll(InputStream in, int chunk) throws IOException {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    byte[] buffer = new byte[chunk];
    int n;
    while ((n = in.read(buffer)) >= 0) {
      out.write(buffer, 0, n);
    }
    return out.toByteArray();
  }

  private static InputStream stream(String s) {
    return new ByteArrayInputStream(s.getBytes(StandardCharsets.ISO_8859_1));
  }

  @Test
  void aBodyWithinTheLimitReadsWhole() throws IOException {
    byte[] bytes = new byte[1000];
    LimitedBody in = LimitedBody.of(new ByteArrayInputStream(bytes), 1000, TooLarge::new);
    assertArrayEquals(bytes, readAll(in, 64));
    assertEquals(1000, in.bytesRead());
  }

  @Test
  void oneByteOverTheLimitFailsWhileReading() {
    LimitedBody in = LimitedBody.of(new ByteArrayInputStream(new byte[1001]), 1000, TooLarge::new);
    assertThrows(TooLarge.class, () -> readAll(in, 64));
  }

  @Test
  void singleByteReadsAndSkipsCountToo() throws IOException {
    LimitedBody in = LimitedBody.of(new ByteArrayInputStream(new byte[20]), 10, TooLarge::new);
    assertEquals(5, in.skip(5));
    for (int i = 0; i < 5; i++) {
      in.read();
    }
    assertThrows(TooLarge.class, in::read);
  }

  @Test
  void partsUpToTheLimitPassInAnyChunking() throws IOException {
    for (int chunk : new int[] {1, 3, 7, 8192}) {
      String s = body(3);
      LimitedBody in = LimitedBody.multipart(stream(s), MULTIPART, 1 << 20, 3, TooLarge::new);
      assertEquals(s.length(), readAll(in, chunk).length);
    }
  }

  @Test
  void onePartMoreFailsBeforeTheRestIsRead() {
    for (int chunk : new int[] {1, 3, 7, 8192}) {
      LimitedBody in =
          LimitedBody.multipart(
              stream(body(4) + "x".repeat(10_000)), MULTIPART, 1 << 20, 3, TooLarge::new);
      assertThrows(TooLarge.class, () -> readAll(in, chunk));
    }
  }

  @Test
  void millionsOfTinyPartsFailEarly() {
    String many = body(100_000);
    LimitedBody in =
        LimitedBody.multipart(stream(many), MULTIPART, Long.MAX_VALUE, 6, TooLarge::new);
    assertThrows(TooLarge.class, () -> readAll(in, 8192));
    assertEquals(true, in.bytesRead() < 8192 * 2);
  }

  @Test
  void withoutABoundaryOnlyTheBytesCount() throws IOException {
    String s = body(10);
    LimitedBody in =
        LimitedBody.multipart(
            stream(s), MediaType.APPLICATION_OCTET_STREAM_TYPE, 1 << 20, 1, TooLarge::new);
    assertEquals(s.length(), readAll(in, 100).length);
  }
}
