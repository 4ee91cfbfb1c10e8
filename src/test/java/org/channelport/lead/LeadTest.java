package org.channelport.lead;

import static org.channelport.testdata.Leads.aLead;
import static org.channelport.testdata.Leads.anEmptyLead;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.Instant;
import org.channelport.shared.ConflictException;
import org.channelport.shared.InvalidInputException;
import org.channelport.testdata.TestTime;
import org.junit.jupiter.api.Test;

class LeadTest {
  static final Instant NOW = TestTime.NOW;

  static Lead newLead() {
    return aLead().build();
  }

  @Test
  void theHappyPath() {
    Lead lead = newLead();
    assertEquals(LeadStatus.NEW, lead.getStatus());
    lead.dispatch(1L, NOW.plusSeconds(3600), "{}", NOW);
    assertEquals(LeadStatus.DISPATCHED, lead.getStatus());
    assertEquals(1L, lead.getPartnerId());
    lead.accept(NOW);
    lead.assign("pe-northwind", NOW);
    lead.qualify(new Qualification("b", "a", "n", "t").validated(), NOW);
    lead.win(new BigDecimal("90"), NOW);
    assertEquals(LeadStatus.WON, lead.getStatus());
    assertEquals(NOW, lead.getClosedAt());
  }

  @Test
  void rejectAndRecallReturnTheLeadToThePool() {
    Lead lead = newLead();
    lead.dispatch(1L, NOW, "{}", NOW);
    assertEquals(1L, lead.reject("no capacity", NOW));
    assertEquals(LeadStatus.REJECTED, lead.getStatus());
    assertNull(lead.getPartnerId());
    lead.dispatch(2L, NOW, "{}", NOW);
    assertEquals(2L, lead.recall(NOW));
    assertEquals(LeadStatus.NEW, lead.getStatus());
    assertNull(lead.getAcceptDueAt());
  }

  @Test
  void stepsOutOfOrderAreRefused() {
    Lead lead = newLead();
    assertThrows(ConflictException.class, () -> lead.accept(NOW));
    assertThrows(ConflictException.class, () -> lead.win(BigDecimal.ONE, NOW));
    lead.dispatch(1L, NOW, "{}", NOW);
    assertThrows(ConflictException.class, () -> lead.dispatch(2L, NOW, "{}", NOW));
    assertThrows(ConflictException.class, () -> lead.assign("x", NOW));
    lead.accept(NOW);
    assertThrows(ConflictException.class, () -> lead.reject("late", NOW));
    assertThrows(ConflictException.class, () -> lead.recall(NOW));
    assertThrows(ConflictException.class, () -> lead.win(BigDecimal.ONE, NOW));
    lead.lose("price", NOW);
    assertThrows(ConflictException.class, () -> lead.lose("again", NOW));
    assertEquals(LeadStatus.LOST, lead.getStatus());
  }

  @Test
  void inputRules() {
    assertThrows(InvalidInputException.class, () -> anEmptyLead().in("DE").details());
    InvalidInputException e =
        assertThrows(
            InvalidInputException.class,
            () ->
                anEmptyLead().company("A").email("a@b.example").in("DE").value("1.234").details());
    assertEquals(2, e.errors().size(), e.errors().toString());
    assertThrows(
        InvalidInputException.class, () -> new Qualification("b", null, "n", "t").validated());
  }
}
