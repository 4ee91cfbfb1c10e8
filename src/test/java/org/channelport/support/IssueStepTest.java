package org.channelport.support;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.channelport.security.Caller;
import org.channelport.security.Role;
import org.channelport.shared.ConflictException;
import org.channelport.shared.Messages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The steps declared on {@link IssueStep} are what {@link ServiceIssue} does, for every status, and
 * who takes them: the service works issues, the partner manager closes and reopens, an employee
 * only logs and comments, an internal note is the service's.
 */
class IssueStepTest {
  /** Monday 30 November 2026, 10:00 in Berlin: within the service team's hours. */
  static final Instant NOW = Instant.parse("2026-11-30T09:00:00Z");

  static final BusinessCalendar CALENDAR =
      BusinessCalendar.weekdays(
          ZoneId.of("Europe/Berlin"), LocalTime.of(8, 0), LocalTime.of(18, 0), List.of());

  static final SlaTargets NORMAL = SlaTargets.ofMinutes(600, 3000);

  static final Caller CM = new Caller("cm-all", Set.of(Role.CHANNEL_MANAGER), null);
  static final Caller PM = new Caller("pm-northwind", Set.of(Role.PARTNER_MANAGER), 1L);
  static final Caller PE = new Caller("pe-northwind", Set.of(Role.PARTNER_EMPLOYEE), 1L);

  static ServiceIssue issue() {
    return new ServiceIssue(
        "SI-2026-00001",
        1,
        20,
        "Brauhaus Technik GmbH",
        "NET-SW24",
        "Switch 24 port gigabit",
        "SN-1",
        101L,
        "CP-2026-000101",
        1,
        "Switch does not power up",
        "No LED at all.",
        IssuePriority.NORMAL,
        IssueCategory.DEFECT,
        "pe-northwind",
        NOW,
        NORMAL,
        CALENDAR);
  }

  /** An issue brought to {@code status} by the steps that lead there. */
  static ServiceIssue in(IssueStatus status) {
    ServiceIssue issue = issue();
    if (status == IssueStatus.NEW) {
      return issue;
    }
    issue.take("cm-all", NOW, CALENDAR);
    switch (status) {
      case WAITING_PARTNER -> issue.waitFor(IssueStep.WAIT_FOR_PARTNER, "serial?", NOW, CALENDAR);
      case WAITING_CUSTOMER -> issue.waitFor(IssueStep.WAIT_FOR_CUSTOMER, "photo?", NOW, CALENDAR);
      case SOLVED -> issue.solve("Replace the power supply.", null, "cm-all", NOW);
      case CLOSED -> {
        issue.solve("Replace the power supply.", null, "cm-all", NOW);
        issue.close(IssueStep.CLOSE, NOW);
      }
      default -> {}
    }
    assertEquals(status, issue.getStatus());
    return issue;
  }

  /** Takes {@code step} on the issue through the entity, as the service does. */
  static void take(ServiceIssue issue, IssueStep step) {
    Instant later = NOW.plus(Duration.ofHours(1));
    switch (step) {
      case TAKE -> issue.take("cm-danube", later, CALENDAR);
      case WAIT_FOR_PARTNER, WAIT_FOR_CUSTOMER -> issue.waitFor(step, "why", later, CALENDAR);
      case RESUME -> issue.resume(later, CALENDAR);
      case SOLVE -> issue.solve("answer", null, "cm-all", later);
      case CLOSE, AUTO_CLOSE -> issue.close(step, later);
      case REOPEN -> issue.reopen(later, 14, CALENDAR);
      case COMMENT, NOTE -> step.require(issue.getStatus());
    }
  }

  static Stream<Arguments> everyStatusAndStep() {
    return Stream.of(IssueStatus.values())
        .flatMap(s -> Stream.of(IssueStep.values()).map(step -> Arguments.of(s, step)));
  }

  @ParameterizedTest(name = "{1} from {0}")
  @MethodSource("everyStatusAndStep")
  void theIssueTakesAStepExactlyFromTheStatusesItIsDeclaredFor(IssueStatus status, IssueStep step) {
    ServiceIssue issue = in(status);
    if (step.allowedFrom(status)) {
      assertDoesNotThrow(() -> take(issue, step));
      assertEquals(step.after(status), issue.getStatus());
    } else {
      ConflictException refused = assertThrows(ConflictException.class, () -> take(issue, step));
      assertEquals("status", refused.field());
      assertEquals(status, issue.getStatus(), "a refused step changes nothing");
      assertNotEquals(
          step.conflictKey(),
          Messages.english(step.conflictKey(), status.code()),
          "the refusal's message is in the bundle");
    }
  }

  @Test
  void theServiceTakesWaitsAndSolvesButNeverAPartnerUser() {
    for (IssueStep step :
        List.of(
            IssueStep.TAKE,
            IssueStep.WAIT_FOR_PARTNER,
            IssueStep.WAIT_FOR_CUSTOMER,
            IssueStep.SOLVE)) {
      assertTrue(step.takenBy(CM), step + " by a channel manager");
      assertFalse(step.takenBy(PM), step + " not by a partner manager");
      assertFalse(step.takenBy(PE), step + " not by a partner employee");
    }
  }

  @Test
  void thePartnerManagerClosesAndReopensButNotAnEmployee() {
    for (IssueStep step : List.of(IssueStep.CLOSE, IssueStep.REOPEN)) {
      assertTrue(step.takenBy(PM), step + " by the partner manager");
      assertTrue(step.takenBy(CM), step + " by the service too");
      assertFalse(step.takenBy(PE), step + " not by a partner employee");
    }
  }

  @Test
  void everyoneCommentsButOnlyTheServiceWritesInternalNotes() {
    assertTrue(IssueStep.COMMENT.takenBy(PE));
    assertTrue(IssueStep.COMMENT.takenBy(PM));
    assertTrue(IssueStep.COMMENT.takenBy(CM));
    assertTrue(IssueStep.NOTE.takenBy(CM));
    assertFalse(IssueStep.NOTE.takenBy(PM));
    assertFalse(IssueStep.NOTE.takenBy(PE));
    assertFalse(IssueStep.COMMENT.allowedFrom(IssueStatus.CLOSED), "a closed issue is reopened");
    assertTrue(IssueStep.NOTE.allowedFrom(IssueStatus.CLOSED));
  }

  @Test
  void thePortalAloneClosesAutomatically() {
    assertTrue(IssueStep.AUTO_CLOSE.bySystem());
    assertFalse(IssueStep.AUTO_CLOSE.takenBy(CM));
    assertTrue(
        EnumSet.complementOf(EnumSet.of(IssueStep.AUTO_CLOSE)).stream()
            .noneMatch(IssueStep::bySystem));
  }

  @Test
  void theWaitIsForThePartnerOrTheCustomer() {
    assertEquals(IssueStep.WAIT_FOR_PARTNER, IssueStep.waitFor("partner").orElseThrow());
    assertEquals(IssueStep.WAIT_FOR_CUSTOMER, IssueStep.waitFor(" Customer ").orElseThrow());
    assertTrue(IssueStep.waitFor("supplier").isEmpty());
    assertTrue(IssueStep.waitFor(null).isEmpty());
  }

  @Test
  void waitingPausesTheClockAndAReplyResumesItWithTheSameTimeLeft() {
    ServiceIssue issue = in(IssueStatus.IN_PROGRESS);
    Duration left = issue.getSla().resolutionLeft(NOW, CALENDAR);
    Instant due = issue.getSla().getResolutionDue();
    issue.waitFor(IssueStep.WAIT_FOR_PARTNER, "serial?", NOW, CALENDAR);
    assertTrue(issue.getSla().paused());
    assertEquals(SlaState.PAUSED, issue.getSla().state(NOW.plus(Duration.ofDays(3)), CALENDAR));
    // a reply two business hours later: the due moves by those two hours, the time left stays
    Instant reply = NOW.plus(Duration.ofHours(2));
    issue.resume(reply, CALENDAR);
    assertFalse(issue.getSla().paused());
    assertEquals(due.plus(Duration.ofHours(2)), issue.getSla().getResolutionDue());
    assertEquals(left, issue.getSla().resolutionLeft(reply, CALENDAR));
    assertNull(issue.getWaitReason());
  }

  @Test
  void takingGivesTheFirstResponseAndAssigns() {
    ServiceIssue issue = issue();
    assertNull(issue.getSla().getFirstRespondedAt());
    issue.take("cm-danube", NOW.plusSeconds(60), CALENDAR);
    assertEquals(NOW.plusSeconds(60), issue.getSla().getFirstRespondedAt());
    assertEquals("cm-danube", issue.getAssignee());
  }

  @Test
  void solvingStopsTheClockAndKeepsTheAnswer() {
    ServiceIssue issue = in(IssueStatus.IN_PROGRESS);
    issue.solve("Replace the power supply.", 7L, "cm-all", NOW.plusSeconds(60));
    assertEquals(SlaState.MET, issue.getSla().state(NOW.plus(Duration.ofDays(30)), CALENDAR));
    assertEquals("Replace the power supply.", issue.getSolutionText());
    assertEquals(7L, issue.getSolutionId());
    assertEquals(NOW.plusSeconds(60), issue.getSolvedAt());
  }

  @Test
  void aSolvedIssueReopensOnlyWithinTheReopenDays() {
    ServiceIssue late = in(IssueStatus.CLOSED);
    ConflictException refused =
        assertThrows(
            ConflictException.class,
            () -> late.reopen(NOW.plus(Duration.ofDays(15)), 14, CALENDAR));
    assertEquals("error.issue.reopenTooLate", refused.messageKey());
    assertEquals(IssueStatus.CLOSED, late.getStatus());

    ServiceIssue issue = in(IssueStatus.CLOSED);
    issue.reopen(NOW.plus(Duration.ofDays(2)), 14, CALENDAR);
    assertEquals(IssueStatus.IN_PROGRESS, issue.getStatus());
    assertEquals(1, issue.getReopenCount());
    assertNull(issue.getClosedAt());
    assertTrue(issue.getSla().running(), "the resolution clock runs again");
  }

  @ParameterizedTest
  @EnumSource(IssueStatus.class)
  void onlyWhatPartnersSeeMovesTheirLastChange(IssueStatus status) {
    ServiceIssue issue = in(status);
    Instant seen = issue.getPublicUpdatedAt();
    issue.touch(NOW.plus(Duration.ofHours(3)), false);
    assertEquals(seen, issue.getPublicUpdatedAt(), "an internal change is not a partner's news");
    assertNotEquals(seen, issue.getUpdatedAt());
    issue.touch(NOW.plus(Duration.ofHours(4)), true);
    assertEquals(NOW.plus(Duration.ofHours(4)), issue.getPublicUpdatedAt());
  }

  @Test
  void issueNumbersHaveTheYearAndFiveDigits() {
    assertEquals("SI-2026-00042", IssueNumbers.format(2026, 42));
    assertEquals("SI-2027-123456", IssueNumbers.format(2027, 123_456));
    assertTrue(IssueNumbers.FORMAT.matcher(IssueNumbers.format(2026, 1)).matches());
    assertThrows(IllegalArgumentException.class, () -> IssueNumbers.format(2026, 0));
  }
}
