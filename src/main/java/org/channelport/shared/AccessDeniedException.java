package org.channelport.shared;

/** The caller may see the record but their role may not do this to it (403). */
public class AccessDeniedException extends DomainException {
  public AccessDeniedException(String messageKey, Object... args) {
    super(messageKey, args);
  }

  @Override
  public Kind kind() {
    return Kind.ACCESS_DENIED;
  }
}
