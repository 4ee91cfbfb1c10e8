package org.channelport.support.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.Locale;
import org.channelport.support.SlaState;
import org.junit.jupiter.api.Test;

class IssuePagesTest {
  static final Locale EN = Locale.ENGLISH;

  @Test
  void aRunningClockSaysTheBusinessTimeLeft() {
    assertEquals(
        "3 h 20 min left", IssuePages.clock(SlaState.ON_TRACK, Duration.ofMinutes(200), EN));
    assertEquals("40 min left", IssuePages.clock(SlaState.AT_RISK, Duration.ofMinutes(40), EN));
    assertEquals("1 min left", IssuePages.clock(SlaState.AT_RISK, Duration.ofSeconds(5), EN));
  }

  @Test
  void aBreachedClockSaysByHowMuch() {
    assertEquals(
        "Breached, 1 h 5 min over",
        IssuePages.clock(SlaState.BREACHED, Duration.ofMinutes(-65), EN));
    assertEquals("Breached", IssuePages.clock(SlaState.BREACHED, Duration.ofMinutes(30), EN));
  }

  @Test
  void aPausedClockSaysWhatIsLeftAndAMetOneSaysSo() {
    assertEquals(
        "Paused, 50 h 0 min left", IssuePages.clock(SlaState.PAUSED, Duration.ofHours(50), EN));
    assertEquals("Met", IssuePages.clock(SlaState.MET, Duration.ofHours(2), EN));
    assertEquals("", IssuePages.clock(null, null, EN));
  }

  @Test
  void polishReadsPolish() {
    assertEquals(
        "zostało 2 godz. 0 min",
        IssuePages.clock(SlaState.ON_TRACK, Duration.ofHours(2), Locale.forLanguageTag("pl")));
  }
}
