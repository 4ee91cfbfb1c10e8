package org.channelport.shared;

/** The request clashes with the current state: a duplicate, a stale version, a wrong step (409). */
public class ConflictException extends DomainException {
  private final String field;

  public ConflictException(String field, String messageKey, Object... args) {
    super(messageKey, args);
    this.field = field;
  }

  @Override
  public String field() {
    return field;
  }

  @Override
  public Kind kind() {
    return Kind.CONFLICT;
  }
}
