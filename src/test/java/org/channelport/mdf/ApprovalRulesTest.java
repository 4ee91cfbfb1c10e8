package org.channelport.mdf;

import static org.channelport.mdf.ApprovalRules.Outcome.APPROVED;
import static org.channelport.mdf.ApprovalRules.Outcome.FIRST_APPROVAL;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import org.channelport.shared.AccessDeniedException;
import org.channelport.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

class ApprovalRulesTest {
  static final BigDecimal DANUBE_LIMIT = new BigDecimal("10000");
  static final BigDecimal ALL_LIMIT = new BigDecimal("100000");

  static ApprovalRules.Outcome decide(
      String approver, BigDecimal limit, String first, String amount, String asked, String reason) {
    return ApprovalRules.decide(
        approver,
        limit,
        "pm-danube",
        first,
        new BigDecimal(amount),
        new BigDecimal(asked),
        "EUR",
        reason);
  }

  @Test
  void withinTheLimitIsApprovedAtOnce() {
    assertEquals(APPROVED, decide("cm-danube", DANUBE_LIMIT, null, "10000", "10000", null));
  }

  @Test
  void aboveTheLimitIsAFirstApprovalThatASecondApproverWithEnoughLimitFinishes() {
    assertEquals(FIRST_APPROVAL, decide("cm-danube", DANUBE_LIMIT, null, "10000.01", "12000", "x"));
    assertEquals(APPROVED, decide("cm-all", ALL_LIMIT, "cm-danube", "12000", "12000", null));
  }

  @Test
  void theSamePersonNeverApprovesTwice() {
    AccessDeniedException e =
        assertThrows(
            AccessDeniedException.class,
            () -> decide("cm-danube", DANUBE_LIMIT, "cm-danube", "12000", "12000", null));
    assertEquals("error.mdf.sameApprover", e.messageKey());
  }

  @Test
  void aSecondApproverWhoseLimitDoesNotCoverItIsRefusedNamingTheLimit() {
    AccessDeniedException e =
        assertThrows(
            AccessDeniedException.class,
            () -> decide("cm-other", DANUBE_LIMIT, "cm-first", "12000", "12000", null));
    assertEquals(
        "Your approval limit of 10,000.00 EUR does not cover 12,000.00 EUR; an approver with a"
            + " higher limit must approve it.",
        e.getMessage());
  }

  @Test
  void anApproverWithoutALimitOnlyGivesFirstApprovals() {
    assertEquals(FIRST_APPROVAL, decide("cm-new", BigDecimal.ZERO, null, "1", "1", null));
  }

  @Test
  void theSubmitterNeverApproves() {
    AccessDeniedException e =
        assertThrows(
            AccessDeniedException.class,
            () -> decide("pm-danube", ALL_LIMIT, null, "100", "100", null));
    assertEquals("error.mdf.approverIsSubmitter", e.messageKey());
  }

  @Test
  void lessThanAskedNeedsAReasonAndMoreThanAskedIsRefused() {
    InvalidInputException noReason =
        assertThrows(
            InvalidInputException.class,
            () -> decide("cm-all", ALL_LIMIT, null, "3000", "4000", " "));
    assertEquals("reason", noReason.field());
    assertEquals(APPROVED, decide("cm-all", ALL_LIMIT, null, "3000", "4000", "one webinar only"));
    InvalidInputException more =
        assertThrows(
            InvalidInputException.class,
            () -> decide("cm-all", ALL_LIMIT, null, "4000.01", "4000", "x"));
    assertEquals("approvedAmount", more.field());
    assertThrows(
        InvalidInputException.class, () -> decide("cm-all", ALL_LIMIT, null, "0", "4000", "x"));
  }
}
