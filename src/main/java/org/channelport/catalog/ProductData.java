package org.channelport.catalog;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.SortedMap;

/**
 * A checked product row, ready to store. {@link #contentHash()} covers everything an upload sets
 * except the active flag (compared on its own), so an unchanged row is recognised and left alone.
 */
public record ProductData(
    long line,
    String sku,
    String name,
    String description,
    long categoryId,
    String categoryCode,
    String manufacturer,
    String manufacturerPartNumber,
    BigDecimal weightKg,
    Integer deliveryDays,
    String imageUrl,
    BigDecimal basePrice,
    String currency,
    boolean active,
    SortedMap<String, String> attributes,
    SortedMap<String, Long> stock,
    boolean delete) {

  public String contentHash() {
    StringBuilder b = new StringBuilder(256);
    field(b, sku);
    field(b, name);
    field(b, description);
    field(b, categoryCode);
    field(b, manufacturer);
    field(b, manufacturerPartNumber);
    field(b, weightKg == null ? null : weightKg.stripTrailingZeros().toPlainString());
    field(b, deliveryDays == null ? null : deliveryDays.toString());
    field(b, imageUrl);
    field(b, basePrice.stripTrailingZeros().toPlainString());
    field(b, currency);
    field(b, Json.object(attributes));
    field(b, Json.object(stock));
    try {
      MessageDigest md5 = MessageDigest.getInstance("MD5");
      return HexFormat.of().formatHex(md5.digest(b.toString().getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void field(StringBuilder b, String value) {
    if (value == null) {
      b.append('\u0000');
    } else {
      b.append(value.length()).append(':').append(value);
    }
    b.append('\u001f');
  }

  /** A tiny JSON writer for the attribute and stock objects (string keys, string/long values). */
  public static final class Json {
    private Json() {}

    public static String object(Map<String, ?> map) {
      if (map == null || map.isEmpty()) {
        return null;
      }
      StringBuilder b = new StringBuilder("{");
      map.forEach(
          (k, v) -> {
            if (b.length() > 1) {
              b.append(',');
            }
            string(b, k);
            b.append(':');
            string(b, String.valueOf(v));
          });
      return b.append('}').toString();
    }

    private static void string(StringBuilder b, String s) {
      b.append('"');
      for (int i = 0; i < s.length(); i++) {
        char c = s.charAt(i);
        switch (c) {
          case '"' -> b.append("\\\"");
          case '\\' -> b.append("\\\\");
          case '\n' -> b.append("\\n");
          case '\r' -> b.append("\\r");
          case '\t' -> b.append("\\t");
          default -> {
            if (c < 0x20 || c == '\u2028' || c == '\u2029') {
              b.append(String.format("\\u%04x", (int) c));
            } else {
              b.append(c);
            }
          }
        }
      }
      b.append('"');
    }
  }
}
