package org.channelport.mdf;

import java.util.Optional;
import org.channelport.shared.Codes;

/** The kinds of funded activity a program may allow. */
public enum MdfActivityType {
  WEBINAR,
  EVENT,
  ADVERTISING,
  TRADE_SHOW;

  public String code() {
    return Codes.of(this);
  }

  public static Optional<MdfActivityType> parse(String code) {
    return Codes.parse(MdfActivityType.class, code);
  }
}
