package org.channelport.shared;

import java.util.List;
import java.util.stream.Collectors;

/** Bad input: every problem found, each naming its field (400). Nothing was changed. */
public class InvalidInputException extends DomainException {
  private final List<FieldError> errors;

  public InvalidInputException(List<FieldError> errors) {
    super("error.invalidInput", summary(errors));
    this.errors = List.copyOf(errors);
  }

  public List<FieldError> errors() {
    return errors;
  }

  @Override
  public Kind kind() {
    return Kind.INVALID_INPUT;
  }

  /** The first field named, if any. */
  @Override
  public String field() {
    return errors.isEmpty() ? null : errors.get(0).field();
  }

  private static String summary(List<FieldError> errors) {
    return errors.stream()
        .map(e -> e.field() + ": " + e.message())
        .collect(Collectors.joining("; "));
  }
}
