package org.channelport.deal;

import static org.channelport.testdata.Deals.aDeal;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.LocalDate;
import java.util.stream.Stream;
import org.channelport.customer.CustomerRef;
import org.channelport.shared.ConflictException;
import org.channelport.shared.Messages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The steps declared on {@link DealStep} are exactly what {@link DealRegistration}'s guards do. */
class DealStepTest {
  static final LocalDate TODAY = DealConflictsTest.TODAY;
  static final Instant NOW = DealConflictsTest.NOW;

  /** Protected until yesterday once approved, so an approval can expire today. */
  static final LocalDate UNTIL = TODAY.minusDays(1);

  static Stream<Arguments> everyStatusAndStep() {
    return Stream.of(DealStatus.values())
        .flatMap(s -> Stream.of(DealStep.values()).map(step -> Arguments.of(s, step)));
  }

  static DealRegistration registrationIn(DealStatus status) {
    DealRegistration reg = DealConflictsTest.registration(1);
    switch (status) {
      case SUBMITTED -> {}
      case APPROVED -> reg.approve("cm", UNTIL, NOW);
      case REJECTED -> reg.reject("cm", "no", NOW);
      case RETURNED -> reg.returnForInformation("cm", "more", NOW);
      case EXPIRED -> {
        reg.approve("cm", UNTIL, NOW);
        reg.expire(TODAY, NOW);
      }
    }
    assertEquals(status, reg.getStatus());
    return reg;
  }

  static void take(DealRegistration reg, DealStep step) {
    switch (step) {
      case RESUBMIT -> reg.resubmit(details(), customer(), "pm", NOW);
      case APPROVE -> reg.approve("cm", TODAY.plusDays(90), NOW);
      case REJECT -> reg.reject("cm", "no", NOW);
      case RETURN -> reg.returnForInformation("cm", "more", NOW);
      case EXPIRE -> reg.expire(TODAY, NOW);
    }
  }

  private static DealDetails details() {
    return aDeal().company("Acme GmbH").email("it@acme.example").categories("security").details();
  }

  private static CustomerRef customer() {
    return aDeal().company("Acme GmbH").email("it@acme.example").in("DE").customer();
  }

  @ParameterizedTest(name = "{1} from {0}")
  @MethodSource("everyStatusAndStep")
  void theEntityTakesAStepExactlyWhenTheStepAllowsIt(DealStatus from, DealStep step) {
    DealRegistration reg = registrationIn(from);
    if (step.allowedFrom(from)) {
      take(reg, step);
      assertEquals(step.after(from), reg.getStatus());
    } else {
      ConflictException refused = assertThrows(ConflictException.class, () -> take(reg, step));
      assertEquals("status", refused.field());
      assertEquals(step.conflictKey(), refused.messageKey());
      assertEquals(Messages.english(step.conflictKey(), from.code()), refused.getMessage());
      assertEquals(from, reg.getStatus());
    }
  }

  @Test
  void anApprovalExpiresOnlyOnceItsWindowHasPassed() {
    DealRegistration reg = DealConflictsTest.registration(1);
    reg.approve("cm", TODAY, NOW);
    ConflictException refused = assertThrows(ConflictException.class, () -> reg.expire(TODAY, NOW));
    assertEquals("error.deal.transition.expire", refused.messageKey());
    assertEquals(DealStatus.APPROVED, reg.getStatus());
    reg.expire(TODAY.plusDays(1), NOW);
    assertEquals(DealStatus.EXPIRED, reg.getStatus());
  }
}
