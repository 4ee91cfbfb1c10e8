package org.channelport.shared;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Collects every input problem, then throws them together. Every text a check is given also passes
 * the text rule ({@link #textProblem}): single-line unless checked with {@link #multiLineText}.
 */
public final class Checks {
  private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
  private final List<FieldError> errors = new ArrayList<>();
  private final Set<String> refusedText = new HashSet<>();

  public Checks required(String field, Object value) {
    if (value instanceof String s) {
      characters(field, s, false);
    }
    if (value == null || (value instanceof String s && s.isBlank())) {
      errors.add(new FieldError(field, "error.required"));
    }
    return this;
  }

  /** A single-line text of at most {@code max} characters. */
  public Checks maxLength(String field, String value, int max) {
    characters(field, value, false);
    return length(field, value, max);
  }

  /** A single-line text, perhaps required, of at most {@code max} characters. */
  public Checks text(String field, String value, boolean required, int max) {
    if (required) {
      required(field, value);
    }
    return maxLength(field, value, max);
  }

  /** A text that may hold line breaks and tabs (a need, a description, a note, a reason). */
  public Checks multiLineText(String field, String value, boolean required, int max) {
    characters(field, value, true);
    if (required && (value == null || value.isBlank())) {
      errors.add(new FieldError(field, "error.required"));
    }
    return length(field, value, max);
  }

  /** The text rule for a single-line text with no other condition (codes, names, user names). */
  public Checks characters(String field, String value) {
    return characters(field, value, false);
  }

  public Checks matches(String field, String value, Pattern pattern, String messageKey) {
    characters(field, value, false);
    if (value != null && !value.isBlank() && !pattern.matcher(value).matches()) {
      errors.add(new FieldError(field, messageKey));
    }
    return this;
  }

  public Checks email(String field, String value) {
    return matches(field, value, EMAIL, "error.email");
  }

  public Checks add(String field, String messageKey, Object... args) {
    errors.add(new FieldError(field, messageKey, args));
    return this;
  }

  public boolean hasErrors() {
    return !errors.isEmpty();
  }

  public void throwIfAny() {
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
  }

  private Checks length(String field, String value, int max) {
    if (value != null && value.length() > max) {
      errors.add(new FieldError(field, "error.tooLong", max));
    }
    return this;
  }

  private Checks characters(String field, String value, boolean multiLine) {
    String problem = textProblem(value, multiLine);
    if (problem != null && refusedText.add(field)) {
      errors.add(new FieldError(field, problem));
    }
    return this;
  }

  /**
   * The text rule, the one place that says which characters a text may hold: no C0 control
   * characters (tab, line feed and carriage return only in multi-line texts), no DEL, no C1 control
   * characters, no lone surrogates, no U+FFFD (what broken UTF-8 decodes to) and no noncharacters.
   *
   * @return the message key of the first problem, or null when the text is fine
   */
  public static String textProblem(String value, boolean multiLine) {
    if (value == null) {
      return null;
    }
    for (int i = 0; i < value.length(); ) {
      int c = value.codePointAt(i);
      i += Character.charCount(c);
      if (c == '\t' || c == '\n' || c == '\r') {
        if (!multiLine) {
          return "error.text.lineBreak";
        }
      } else if (c < 0x20 || (c >= 0x7F && c <= 0x9F)) {
        return "error.text.control";
      } else if ((c <= 0xFFFF && Character.isSurrogate((char) c))
          || c == 0xFFFD
          || (c >= 0xFDD0 && c <= 0xFDEF)
          || (c & 0xFFFE) == 0xFFFE) {
        return "error.text.unicode";
      }
    }
    return null;
  }

  /** Blank becomes null; everything else is trimmed and normalised to NFC. */
  public static String clean(String value) {
    if (value == null) {
      return null;
    }
    String trimmed = value.strip();
    if (trimmed.isEmpty()) {
      return null;
    }
    return Normalizer.isNormalized(trimmed, Normalizer.Form.NFC)
        ? trimmed
        : Normalizer.normalize(trimmed, Normalizer.Form.NFC);
  }
}
