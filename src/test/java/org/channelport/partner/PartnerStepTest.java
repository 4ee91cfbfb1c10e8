package org.channelport.partner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.stream.Stream;
import org.channelport.shared.ConflictException;
import org.channelport.shared.DemoCategories;
import org.channelport.shared.Messages;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The steps declared on {@link PartnerStep} are exactly what {@link Partner}'s guards do. */
class PartnerStepTest {
  static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");

  static Stream<Arguments> everyStatusAndStep() {
    return Stream.of(PartnerStatus.values())
        .flatMap(s -> Stream.of(PartnerStep.values()).map(step -> Arguments.of(s, step)));
  }

  static Partner partnerIn(PartnerStatus status) {
    Partner p =
        new Partner(
            PartnerInputTest.valid().validate(null, DemoCategories.CODES),
            status == PartnerStatus.PROSPECT ? PartnerStatus.PROSPECT : PartnerStatus.ACTIVE,
            NOW);
    if (status == PartnerStatus.SUSPENDED) {
      p.suspend("unpaid invoices", NOW);
    }
    assertEquals(status, p.getStatus());
    return p;
  }

  static void take(Partner p, PartnerStep step) {
    switch (step) {
      case SUSPEND -> p.suspend("unpaid invoices", NOW);
      case ACTIVATE -> p.activate(NOW);
    }
  }

  @ParameterizedTest(name = "{1} from {0}")
  @MethodSource("everyStatusAndStep")
  void theEntityTakesAStepExactlyWhenTheStepAllowsIt(PartnerStatus from, PartnerStep step) {
    Partner p = partnerIn(from);
    if (step.allowedFrom(from)) {
      take(p, step);
      assertEquals(step.after(from), p.getStatus());
    } else {
      ConflictException refused = assertThrows(ConflictException.class, () -> take(p, step));
      assertEquals("status", refused.field());
      assertEquals(step.conflictKey(), refused.messageKey());
      assertEquals(Messages.english(step.conflictKey(), p.getName()), refused.getMessage());
      assertEquals(from, p.getStatus());
    }
  }
}
