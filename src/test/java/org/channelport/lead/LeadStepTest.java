package org.channelport.lead;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Set;
import java.util.stream.Stream;
import org.channelport.security.Caller;
import org.channelport.security.Role;
import org.channelport.shared.ConflictException;
import org.channelport.shared.Messages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The steps declared on {@link LeadStep} are exactly what {@link Lead}'s guards do. */
class LeadStepTest {
  static final Instant NOW = LeadTest.NOW;

  static Stream<Arguments> everyStatusAndStep() {
    return Stream.of(LeadStatus.values())
        .flatMap(s -> Stream.of(LeadStep.values()).map(step -> Arguments.of(s, step)));
  }

  /** A lead brought to {@code status} by the entity's own steps. */
  static Lead leadIn(LeadStatus status) {
    Lead lead = LeadTest.newLead();
    switch (status) {
      case NEW -> {}
      case DISPATCHED -> lead.dispatch(1L, NOW, "{}", NOW);
      case REJECTED -> {
        lead.dispatch(1L, NOW, "{}", NOW);
        lead.reject("no capacity", NOW);
      }
      case ACCEPTED -> accepted(lead);
      case QUALIFIED -> qualified(lead);
      case WON -> {
        qualified(lead);
        lead.win(new BigDecimal("90"), NOW);
      }
      case LOST -> {
        accepted(lead);
        lead.lose("budget cut", NOW);
      }
    }
    assertEquals(status, lead.getStatus());
    return lead;
  }

  private static void accepted(Lead lead) {
    lead.dispatch(1L, NOW, "{}", NOW);
    lead.accept(NOW);
  }

  private static void qualified(Lead lead) {
    accepted(lead);
    lead.qualify(new Qualification("b", "a", "n", "t").validated(), NOW);
  }

  static void take(Lead lead, LeadStep step) {
    switch (step) {
      case DISPATCH -> lead.dispatch(2L, NOW, "{}", NOW);
      case NO_PARTNER -> lead.noPartnerAvailable("{}", NOW);
      case ACCEPT -> lead.accept(NOW);
      case REJECT -> lead.reject("no capacity", NOW);
      case RECALL -> lead.recall(NOW);
      case ASSIGN -> lead.assign("pe-northwind", NOW);
      case QUALIFY -> lead.qualify(new Qualification("b", "a", "n", "t").validated(), NOW);
      case WIN -> lead.win(new BigDecimal("90"), NOW);
      case LOSE -> lead.lose("budget cut", NOW);
    }
  }

  @ParameterizedTest(name = "{1} from {0}")
  @MethodSource("everyStatusAndStep")
  void theEntityTakesAStepExactlyWhenTheStepAllowsIt(LeadStatus from, LeadStep step) {
    Lead lead = leadIn(from);
    assertEquals(step.allowedFrom(from), from.allows(step));
    if (step.allowedFrom(from)) {
      take(lead, step);
      assertEquals(step.after(from), lead.getStatus());
    } else {
      ConflictException refused = assertThrows(ConflictException.class, () -> take(lead, step));
      assertEquals("status", refused.field());
      assertEquals(step.conflictKey(), refused.messageKey());
      assertEquals(Messages.english(step.conflictKey(), from.code()), refused.getMessage());
      assertEquals(from, lead.getStatus());
    }
  }

  @Test
  void theBatchSqlListsThePoolStatuses() {
    assertEquals("('NEW', 'REJECTED')", LeadStep.DISPATCH.sqlFrom());
    assertEquals("('NEW', 'REJECTED')", LeadStep.NO_PARTNER.sqlFrom());
    assertEquals("('DISPATCHED')", LeadStep.RECALL.sqlFrom());
    assertEquals(LeadStatus.IN_POOL, LeadStep.DISPATCH.from());
  }

  @Test
  void eachStepIsTakenByItsRolesOnly() {
    Caller cm = new Caller("cm", Set.of(Role.CHANNEL_MANAGER), null);
    Caller pm = new Caller("pm", Set.of(Role.PARTNER_MANAGER), 1L);
    Caller pe = new Caller("pe", Set.of(Role.PARTNER_EMPLOYEE), 1L);
    Caller pmWithoutPartner = new Caller("pm", Set.of(Role.PARTNER_MANAGER), null);

    assertTrue(LeadStep.DISPATCH.allows(cm, LeadStatus.REJECTED));
    assertFalse(LeadStep.DISPATCH.allows(pm, LeadStatus.NEW));
    assertFalse(LeadStep.DISPATCH.allows(cm, LeadStatus.DISPATCHED));
    assertTrue(LeadStep.ACCEPT.allows(pm, LeadStatus.DISPATCHED));
    assertFalse(LeadStep.ACCEPT.allows(pe, LeadStatus.DISPATCHED));
    assertFalse(LeadStep.ACCEPT.allows(pmWithoutPartner, LeadStatus.DISPATCHED));
    assertTrue(LeadStep.ASSIGN.allows(pm, LeadStatus.QUALIFIED));
    assertFalse(LeadStep.ASSIGN.allows(pe, LeadStatus.QUALIFIED));
    assertTrue(LeadStep.QUALIFY.allows(pe, LeadStatus.ACCEPTED));
    assertTrue(LeadStep.WIN.allows(pe, LeadStatus.QUALIFIED));
    assertFalse(LeadStep.WIN.allows(pe, LeadStatus.ACCEPTED));
    assertTrue(LeadStep.LOSE.allows(pm, LeadStatus.ACCEPTED));
    assertFalse(LeadStep.LOSE.allows(cm, LeadStatus.ACCEPTED));
    // the portal's own step: no caller takes it
    assertFalse(LeadStep.RECALL.allows(cm, LeadStatus.DISPATCHED));
    assertFalse(LeadStep.RECALL.allows(Caller.SYSTEM, LeadStatus.DISPATCHED));
  }
}
