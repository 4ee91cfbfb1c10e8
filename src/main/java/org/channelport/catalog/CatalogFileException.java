package org.channelport.catalog;

import org.channelport.shared.DomainException;

/** The whole file cannot be read as a catalog: not a CSV, no header, bad XML, not UTF-8... */
public class CatalogFileException extends DomainException {
  public CatalogFileException(String messageKey, Object... args) {
    super(messageKey, args);
  }
}
