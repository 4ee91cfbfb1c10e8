package org.channelport.lead.importing;

import java.util.List;
import org.channelport.shared.FieldError;
import org.channelport.shared.InvalidInputException;

/** The uploaded lead file as a whole cannot be read: nothing was imported (400). */
public class LeadFileException extends InvalidInputException {
  public LeadFileException(String messageKey, Object... args) {
    super(List.of(new FieldError("file", messageKey, args)));
  }
}
