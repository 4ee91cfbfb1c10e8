package org.channelport.catalog;

import org.channelport.shared.DomainException;

/** The whole file cannot be read as a catalog: not a CSV, no header, bad XML, not UTF-8... */
public class CatalogFileException extends DomainException {
  private final transient Object[] args;

  public CatalogFileException(String messageKey, Object... args) {
    super(messageKey, args);
    this.args = args.clone();
  }

  public Object[] args() {
    return args.clone();
  }

  @Override
  public Kind kind() {
    return Kind.INVALID_INPUT;
  }

  /** The file as a whole. */
  @Override
  public String field() {
    return "file";
  }
}
