package org.channelport.mdf;

import java.util.Optional;
import org.channelport.shared.Codes;

/** The kinds of proof of performance a claim carries. */
public enum MdfProofKind {
  INVOICE,
  ATTENDEE_LIST,
  PHOTO,
  SCREENSHOT,
  OTHER;

  public String code() {
    return Codes.of(this);
  }

  public static Optional<MdfProofKind> parse(String code) {
    return Codes.parse(MdfProofKind.class, code);
  }
}
