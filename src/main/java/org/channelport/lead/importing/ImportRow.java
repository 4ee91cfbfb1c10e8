package org.channelport.lead.importing;

import java.util.List;
import org.channelport.lead.LeadInput;
import org.channelport.shared.FieldError;

/**
 * One record of a lead file: the physical line where it starts, what it says, and what could not
 * even be read (a number that is no number, a row of the wrong width).
 */
public record ImportRow(long line, LeadInput input, List<FieldError> readErrors) {
  public ImportRow {
    readErrors = List.copyOf(readErrors);
  }
}
