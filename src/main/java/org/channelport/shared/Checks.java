package org.channelport.shared;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Collects every input problem, then throws them together. */
public final class Checks {
  private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
  private final List<FieldError> errors = new ArrayList<>();

  public Checks required(String field, Object value) {
    if (value == null || (value instanceof String s && s.isBlank())) {
      errors.add(new FieldError(field, "error.required"));
    }
    return this;
  }

  public Checks maxLength(String field, String value, int max) {
    if (value != null && value.length() > max) {
      errors.add(new FieldError(field, "error.tooLong", max));
    }
    return this;
  }

  public Checks text(String field, String value, boolean required, int max) {
    if (required) {
      required(field, value);
    }
    return maxLength(field, value, max);
  }

  public Checks matches(String field, String value, Pattern pattern, String messageKey) {
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

  /** Blank becomes null; everything else is trimmed. */
  public static String clean(String value) {
    if (value == null) {
      return null;
    }
    String trimmed = value.strip();
    return trimmed.isEmpty() ? null : trimmed;
  }
}
