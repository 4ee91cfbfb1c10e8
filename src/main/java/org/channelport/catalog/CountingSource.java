package org.channelport.catalog;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * A file source that counts the bytes a reader took from it, for the progress bar. Each opening
 * starts the count again (BMEcat reads its file twice).
 */
final class CountingSource implements CatalogReader.Source {
  private final CatalogReader.Source source;
  private volatile long bytes;

  CountingSource(CatalogReader.Source source) {
    this.source = source;
  }

  long bytes() {
    return bytes;
  }

  @Override
  public InputStream open() throws IOException {
    bytes = 0;
    return new FilterInputStream(source.open()) {
      @Override
      public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
          bytes++;
        }
        return b;
      }

      @Override
      public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        if (n > 0) {
          bytes += n;
        }
        return n;
      }
    };
  }
}
