package org.channelport.support.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.primefaces.model.file.UploadedFile;

/**
 * The attachments a form holds until it is sent (a new issue, a comment): at most {@code maxFiles}
 * of at most {@code maxBytes} each. A file's declared size is checked before its bytes are read,
 * and no more than one byte over the limit is ever read; its type is checked by content when the
 * service stores it.
 */
public final class PendingFiles implements Serializable {
  private static final long serialVersionUID = 1L;

  /** A file waiting to be sent. */
  public record PendingFile(String name, long size, byte[] bytes) implements Serializable {}

  /** Why a file was not taken: a message key and its arguments. */
  public record Refusal(String key, Object... args) {}

  private final List<PendingFile> files = new ArrayList<>();

  /** Takes the upload, or says why not (too many files, too large). */
  public Refusal add(UploadedFile upload, int maxBytes, int maxFiles) {
    String name = upload.getFileName();
    if (files.size() >= maxFiles) {
      return new Refusal("issuePage.attachments.tooManyNamed", maxFiles);
    }
    // the size the request declared first: a large file is refused before it is read
    if (upload.getSize() > maxBytes) {
      return new Refusal("issuePage.attachments.tooLargeNamed", name, maxBytes / 1024);
    }
    byte[] bytes;
    try (InputStream in = upload.getInputStream()) {
      bytes = in.readNBytes(maxBytes + 1);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (bytes.length > maxBytes) {
      return new Refusal("issuePage.attachments.tooLargeNamed", name, maxBytes / 1024);
    }
    files.add(new PendingFile(name, bytes.length, bytes));
    return null;
  }

  public void remove(int index) {
    if (index >= 0 && index < files.size()) {
      files.remove(index);
    }
  }

  public List<PendingFile> list() {
    return List.copyOf(files);
  }

  public boolean isEmpty() {
    return files.isEmpty();
  }

  public void clear() {
    files.clear();
  }
}
