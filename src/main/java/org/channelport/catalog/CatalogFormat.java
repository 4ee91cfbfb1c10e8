package org.channelport.catalog;

import java.util.Locale;
import java.util.Optional;

/** The file formats of the catalog upload interface. */
public enum CatalogFormat {
  CSV,
  BMECAT;

  /**
   * The format of a file from its first bytes (after a byte order mark and white space): XML starts
   * with {@code <}; anything else that is text is taken for CSV. Binary content (NUL bytes, a ZIP
   * or PDF signature) is no catalog.
   */
  public static Optional<CatalogFormat> sniff(byte[] head, int length) {
    int i = 0;
    if (length >= 3
        && (head[0] & 0xff) == 0xEF
        && (head[1] & 0xff) == 0xBB
        && (head[2] & 0xff) == 0xBF) {
      i = 3;
    }
    for (int j = i; j < length; j++) {
      if (head[j] == 0) {
        return Optional.empty();
      }
    }
    if (length - i >= 4 && head[i] == 'P' && head[i + 1] == 'K' && head[i + 2] == 3) {
      return Optional.empty();
    }
    if (length - i >= 4 && head[i] == '%' && head[i + 1] == 'P' && head[i + 2] == 'D') {
      return Optional.empty();
    }
    while (i < length && Character.isWhitespace(head[i])) {
      i++;
    }
    if (i < length && head[i] == '<') {
      return Optional.of(BMECAT);
    }
    return Optional.of(CSV);
  }

  /** From a content type or a file name, when the client said what it sends. */
  public static Optional<CatalogFormat> declared(String contentType, String fileName) {
    String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
    String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
    if (type.contains("xml") || name.endsWith(".xml")) {
      return Optional.of(BMECAT);
    }
    if (type.contains("csv") || name.endsWith(".csv") || type.startsWith("text/plain")) {
      return Optional.of(CSV);
    }
    return Optional.empty();
  }

  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }
}
