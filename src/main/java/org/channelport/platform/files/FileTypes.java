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
   * The media type a file name claims by its extension (Tika's globs), or null when the name claims
   * none (no extension, or one Tika does not know).
   */
  public static String ofName(String name) {
    if (name == null || name.isBlank() || name.lastIndexOf('.') < 0) {
      return null;
    }
    try {
      String type = TYPES.getMimeType(name).getType().getBaseType().toString();
      return MediaType.OCTET_STREAM.toString().equals(type) ? null : type;
    } catch (RuntimeException e) {
      return null;
    }
  }

  /**
   * Whether a file's name and its bytes tell the same type: the name claims none, or one of the two
   * is the other or a more special kind of it (a .log name, text/x-log, holds text/plain).
   */
  public static boolean nameAgrees(String name, byte[] content) {
    String claimed = ofName(name);
    if (claimed == null) {
      return true;
    }
    MediaType found = MediaType.parse(detect(content));
    MediaType named = MediaType.parse(claimed);
    return isKindOf(found, named) || isKindOf(named, found);
  }

  /**
   * Whether {@code type} is {@code of} or a kind of it; everything is bytes, so that says nothing.
   */
  private static boolean isKindOf(MediaType type, MediaType of) {
    if (of.getBaseType().equals(MediaType.OCTET_STREAM)) {
      return false;
    }
    for (MediaType t = type; t != null; t = REGISTRY.getSupertype(t)) {
      if (t.getBaseType().equals(of.getBaseType())) {
        return true;
      }
    }
    return false;
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
