package org.channelport.mdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.Set;
import org.channelport.security.Caller;
import org.channelport.security.Role;
import org.channelport.shared.ConflictException;
import org.junit.jupiter.api.Test;

class MdfStepsTest {
  static final Caller PM = new Caller("pm", Set.of(Role.PARTNER_MANAGER), 2L);
  static final Caller PE = new Caller("pe", Set.of(Role.PARTNER_EMPLOYEE), 2L);
  static final Caller CM = new Caller("cm", Set.of(Role.CHANNEL_MANAGER), null);

  @Test
  void aRequestIsDecidedOnlyWhileItAwaitsADecision() {
    for (MdfRequestStatus s : MdfRequestStatus.values()) {
      assertEquals(s.awaitsDecision(), MdfRequestStep.APPROVE.allowedFrom(s), s.name());
      assertEquals(s.awaitsDecision(), MdfRequestStep.REJECT.allowedFrom(s), s.name());
    }
    // a first approval only once: from submitted, never from awaiting the second
    assertTrue(MdfRequestStep.FIRST_APPROVE.allowedFrom(MdfRequestStatus.SUBMITTED));
    assertFalse(
        MdfRequestStep.FIRST_APPROVE.allowedFrom(MdfRequestStatus.AWAITING_SECOND_APPROVAL));
    ConflictException e =
        assertThrows(
            ConflictException.class,
            () -> MdfRequestStep.APPROVE.require(MdfRequestStatus.REJECTED));
    assertEquals("status", e.field());
    assertTrue(e.getMessage().contains("rejected"), e.getMessage());
  }

  @Test
  void onlyAnApprovedRequestTakesClaimsClosesOrExpiresWithMoneyReserved() {
    assertEquals(
        EnumSet.of(MdfRequestStatus.APPROVED), EnumSet.copyOf(MdfRequestStep.CLAIM.from()));
    assertEquals(
        EnumSet.of(MdfRequestStatus.APPROVED), EnumSet.copyOf(MdfRequestStep.CLOSE.from()));
    assertTrue(MdfRequestStep.EXPIRE.allowedFrom(MdfRequestStatus.APPROVED));
    assertFalse(MdfRequestStep.EXPIRE.allowedFrom(MdfRequestStatus.CLOSED));
    assertFalse(MdfRequestStep.EXPIRE.allowedFrom(MdfRequestStatus.REJECTED));
    assertTrue(MdfRequestStep.EXPIRE.roles().isEmpty(), "the portal expires, nobody else");
  }

  @Test
  void channelManagersDecideRequestsAndClaimsPartnersNever() {
    for (var step : java.util.List.of(MdfRequestStep.APPROVE, MdfRequestStep.REJECT)) {
      assertTrue(step.takenBy(CM));
      assertFalse(step.takenBy(PM));
      assertFalse(step.takenBy(PE));
    }
    for (var step :
        java.util.List.of(MdfClaimStep.APPROVE, MdfClaimStep.REJECT, MdfClaimStep.RETURN)) {
      assertTrue(step.takenBy(CM));
      assertFalse(step.takenBy(PM));
      assertFalse(step.takenBy(PE));
    }
  }

  @Test
  void employeesPrepareClaimsOnlyManagersSubmitThem() {
    assertTrue(MdfClaimStep.EDIT.allows(PE, MdfClaimStatus.DRAFT));
    assertTrue(MdfClaimStep.EDIT.allows(PE, MdfClaimStatus.RETURNED));
    assertFalse(MdfClaimStep.EDIT.allows(PE, MdfClaimStatus.SUBMITTED));
    assertFalse(MdfClaimStep.SUBMIT.takenBy(PE));
    assertTrue(MdfClaimStep.SUBMIT.allows(PM, MdfClaimStatus.DRAFT));
    assertTrue(MdfClaimStep.SUBMIT.allows(PM, MdfClaimStatus.RETURNED));
    assertFalse(MdfClaimStep.SUBMIT.allows(PM, MdfClaimStatus.PAYABLE));
    assertFalse(MdfClaimStep.SUBMIT.takenBy(CM));
  }

  @Test
  void aClaimIsPayableOnApprovalAndPaidOnlyByTheErp() {
    assertEquals(MdfClaimStatus.PAYABLE, MdfClaimStep.APPROVE.to());
    assertEquals(MdfClaimStatus.AWAITING_SECOND_APPROVAL, MdfClaimStep.FIRST_APPROVE.to());
    assertTrue(MdfClaimStep.PAY.roles().isEmpty());
    assertTrue(MdfClaimStep.PAY.allowedFrom(MdfClaimStatus.PAYABLE));
    assertFalse(MdfClaimStep.PAY.allowedFrom(MdfClaimStatus.PAID), "paid once");
    assertFalse(MdfClaimStep.PAY.allowedFrom(MdfClaimStatus.SUBMITTED));
    for (MdfClaimStatus s : MdfClaimStatus.values()) {
      assertEquals(s.awaitsDecision(), MdfClaimStep.RETURN.allowedFrom(s), s.name());
      assertEquals(s.editable(), MdfClaimStep.EDIT.allowedFrom(s), s.name());
    }
  }

  @Test
  void whatAResubmissionChangedIsSpelledOutForTheReviewer() {
    String before =
        "{\"claimedAmount\":\"5000.00\",\"actualCost\":\"10000.00\",\"results\":\"a\","
            + "\"final\":false,\"proofs\":[\"invoice: a.pdf\"]}";
    String after =
        "{\"claimedAmount\":\"4000.00\",\"actualCost\":\"10000.00\",\"results\":\"b\","
            + "\"final\":true,\"proofs\":[\"invoice: a.pdf\",\"attendee_list: list.csv\"]}";
    assertEquals(
        "claimedAmount: 5000.00 → 4000.00; final: false → true; results changed;"
            + " proof added: attendee_list: list.csv",
        MdfClaims.changes(before, after));
    assertEquals("nothing changed", MdfClaims.changes(before, before));
  }
}
