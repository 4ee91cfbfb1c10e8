package org.channelport.catalog;

import java.util.List;
import org.channelport.shared.FieldError;
import org.channelport.shared.InvalidInputException;

/** The uploaded file is over the size limit (413 on the API). Nothing was stored. */
public class UploadTooLargeException extends InvalidInputException {
  public UploadTooLargeException(long limitMb) {
    super(List.of(new FieldError("file", "catalog.file.tooLarge", limitMb)));
  }

  @Override
  public Kind kind() {
    return Kind.TOO_LARGE;
  }
}
