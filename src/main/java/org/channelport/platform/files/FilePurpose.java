package org.channelport.platform.files;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.channelport.shared.FieldError;
import org.channelport.shared.InvalidInputException;

/**
 * What a kind of upload may be: the form field it comes from, the media types it accepts
 * (recognised by content) and its default size limit, which {@code channelport.files.<name>.max-kb}
 * overrides. The message keys name what a bad file is told.
 */
public record FilePurpose(
    String name,
    String field,
    Set<String> mediaTypes,
    int defaultMaxBytes,
    String typeMessageKey,
    String sizeMessageKey) {
  private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9-]{0,39}");

  public FilePurpose {
    if (name == null || !NAME.matcher(name).matches()) {
      throw new IllegalArgumentException("purpose name must be lower-case words: " + name);
    }
    if (field == null || field.isBlank()) {
      throw new IllegalArgumentException("purpose " + name + " needs the field it comes from");
    }
    if (mediaTypes == null || mediaTypes.isEmpty()) {
      throw new IllegalArgumentException("purpose " + name + " accepts no media type");
    }
    if (defaultMaxBytes <= 0) {
      throw new IllegalArgumentException("purpose " + name + " needs a positive size limit");
    }
    mediaTypes = Set.copyOf(mediaTypes);
  }

  /** With the generic messages {@code file.type} and {@code file.size}. */
  public FilePurpose(String name, String field, Set<String> mediaTypes, int defaultMaxBytes) {
    this(name, field, mediaTypes, defaultMaxBytes, "file.type", "file.size");
  }

  /** The accepted media type the bytes are, or null when they are none of them. */
  public String recognise(byte[] content) {
    return FileTypes.accepted(content, mediaTypes);
  }

  /**
   * The media type of an acceptable file of at most {@code maxBytes}; otherwise bad input naming
   * the field (a wrong type is reported before a size).
   */
  public String check(byte[] content, int maxBytes) {
    String type = recognise(content);
    if (type == null) {
      throw new InvalidInputException(
          List.of(new FieldError(field, typeMessageKey, String.join(", ", sortedTypes()))));
    }
    if (content.length > maxBytes) {
      throw new InvalidInputException(
          List.of(new FieldError(field, sizeMessageKey, maxBytes / 1024)));
    }
    return type;
  }

  private List<String> sortedTypes() {
    return mediaTypes.stream().sorted().toList();
  }
}
