package org.channelport.testdata;

import java.time.Instant;
import java.time.LocalDate;

/** The moment unit tests are set at, unless a test says otherwise. */
public final class TestTime {
  public static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");
  public static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

  private TestTime() {}
}
