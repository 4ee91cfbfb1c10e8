package org.channelport.shared;

/** No such record, or one the caller may not see: both answer the same (404). */
public class RecordNotFoundException extends DomainException {
  public RecordNotFoundException(String entityType, Object id) {
    super("error.notFound", entityType, String.valueOf(id));
  }

  @Override
  public Kind kind() {
    return Kind.NOT_FOUND;
  }
}
