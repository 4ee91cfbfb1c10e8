package org.channelport.platform.files;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Set;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MediaTypeRegistry;
import org.apache.tika.mime.MimeTypes;

/**
 * Media types recognised from a file's bytes (Apache Tika's magic numbers), never from its name or
 * from what the browser claims: an HTML page named logo.png is HTML.
 */
public final class FileTypes {
  private static final MimeTypes TYPES = MimeTypes.getDefaultMimeTypes();
  private static final MediaTypeRegistry REGISTRY = TYPES.getMediaTypeRegistry();

  private FileTypes() {}

  /** The media type the content is, e.g. image/png; application/octet-stream when unknown. */
  public static String detect(byte[] content) {
    if (content == null || content.length == 0) {
      return MediaType.OCTET_STREAM.toString();
    }
    try {
      // no resource name in the metadata: the name must not decide
      return TYPES
          .detect(new ByteArrayInputStream(content), new Metadata())
          .getBaseType()
          .toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The accepted type the content is (also when Tika knows a more special kind of it, such as an
   * animated PNG), or null.
   */
  static String accepted(byte[] content, Set<String> accepted) {
    MediaType found = MediaType.parse(detect(content));
    for (MediaType type = found; type != null; type = REGISTRY.getSupertype(type)) {
      if (accepted.contains(type.getBaseType().toString())) {
        return type.getBaseType().toString();
      }
    }
    return null;
  }
}
