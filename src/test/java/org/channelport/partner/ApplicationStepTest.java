package org.channelport.partner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.stream.Stream;
import org.channelport.shared.ConflictException;
import org.channelport.shared.Messages;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The decisions declared on {@link ApplicationStep} are what {@link PartnerApplication} does. */
class ApplicationStepTest {
  static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");

  static Stream<Arguments> everyStatusAndStep() {
    return Stream.of(ApplicationStatus.values())
        .flatMap(s -> Stream.of(ApplicationStep.values()).map(step -> Arguments.of(s, step)));
  }

  static PartnerApplication applicationIn(ApplicationStatus status) {
    PartnerApplication a =
        new PartnerApplication(
            new ApplicationInput(
                "Nordlicht IT",
                "DE",
                null,
                null,
                "Nina",
                "nina@nordlicht.example",
                null,
                null,
                null,
                null),
            null,
            NOW);
    switch (status) {
      case SUBMITTED -> {}
      case APPROVED -> a.approve(7L, "cm", NOW);
      case REJECTED -> a.reject("not a fit", "cm", NOW);
    }
    assertEquals(status, a.getStatus());
    return a;
  }

  static void take(PartnerApplication a, ApplicationStep step) {
    switch (step) {
      case APPROVE -> a.approve(7L, "cm", NOW);
      case REJECT -> a.reject("not a fit", "cm", NOW);
    }
  }

  @ParameterizedTest(name = "{1} from {0}")
  @MethodSource("everyStatusAndStep")
  void theApplicationIsDecidedExactlyWhenTheStepAllowsIt(
      ApplicationStatus from, ApplicationStep step) {
    PartnerApplication a = applicationIn(from);
    if (step.allowedFrom(from)) {
      take(a, step);
      assertEquals(step.after(from), a.getStatus());
    } else {
      ConflictException refused = assertThrows(ConflictException.class, () -> take(a, step));
      assertEquals("status", refused.field());
      assertEquals(Messages.english(step.conflictKey(), "Nordlicht IT"), refused.getMessage());
      assertEquals(from, a.getStatus());
    }
  }
}
