package org.channelport.support;

import java.util.Optional;
import org.channelport.shared.Codes;

/**
 * Where an issue stands against its SLA, as lists filter and pages show it ({@link
 * SlaClock#state}): on track, at risk (a running clock with less than 20 % of its target left),
 * breached (a target missed; stays so once missed), paused (waiting for the partner or the
 * customer), met (solved within the targets). Written as the lower-case code ({@code on_track} …).
 */
public enum SlaState {
  ON_TRACK,
  AT_RISK,
  BREACHED,
  PAUSED,
  MET;

  public String code() {
    return Codes.of(this);
  }

  public static Optional<SlaState> parse(String text) {
    return Codes.parse(SlaState.class, text);
  }
}
