package org.channelport.lead;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.channelport.lead.importing.LeadFileException;

/** An upload that may hold at most so many bytes; beyond that the file is refused as a whole. */
public final class BoundedInput extends FilterInputStream {
  public static final long MAX_BYTES = 5L * 1024 * 1024;
  private final long max;
  private long read;

  public BoundedInput(InputStream in, long max) {
    super(in);
    this.max = max;
  }

  public static BoundedInput of(InputStream in) {
    return new BoundedInput(in, MAX_BYTES);
  }

  @Override
  public int read() throws IOException {
    int b = super.read();
    if (b >= 0) {
      count(1);
    }
    return b;
  }

  @Override
  public int read(byte[] buffer, int offset, int length) throws IOException {
    int n = super.read(buffer, offset, length);
    if (n > 0) {
      count(n);
    }
    return n;
  }

  private void count(long n) {
    read += n;
    if (read > max) {
      throw new LeadFileException("import.file.tooLarge", max / (1024 * 1024));
    }
  }

  @Override
  public boolean markSupported() {
    return false;
  }
}
