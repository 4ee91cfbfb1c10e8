package org.channelport.catalog;

import java.util.Locale;

/** Where an upload is: queued, being validated, being applied, or finished one way or another. */
public enum UploadStatus {
  QUEUED,
  VALIDATING,
  APPLYING,
  DONE,
  FAILED,
  REJECTED;

  public boolean running() {
    return this == QUEUED || this == VALIDATING || this == APPLYING;
  }

  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }
}
