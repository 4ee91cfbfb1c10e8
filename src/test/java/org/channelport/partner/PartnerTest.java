package org.channelport.partner;

import static org.channelport.testdata.Partners.aPartner;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.List;
import org.channelport.shared.ConflictException;
import org.junit.jupiter.api.Test;

class PartnerTest {
  final Instant now = Instant.parse("2026-11-23T10:00:00Z");

  Partner active() {
    return aPartner().startingAs(PartnerStatus.ACTIVE).at(now).build();
  }

  @Test
  void suspendingRecordsTheReasonAndActivatingClearsIt() {
    Partner p = active();
    p.suspend("unpaid invoices", now);
    assertEquals(PartnerStatus.SUSPENDED, p.getStatus());
    assertEquals("unpaid invoices", p.getStatusReason());
    p.activate(now.plusSeconds(60));
    assertEquals(PartnerStatus.ACTIVE, p.getStatus());
    assertNull(p.getStatusReason());
    assertEquals(now.plusSeconds(60), p.getUpdatedAt());
  }

  @Test
  void aSuspendedPartnerCannotBeSuspendedAgain() {
    Partner p = active();
    p.suspend("x", now);
    assertThrows(ConflictException.class, () -> p.suspend("y", now));
  }

  @Test
  void aPartnerNeverGoesBackToProspect() {
    Partner p = active();
    assertThrows(ConflictException.class, () -> p.changeStatus(PartnerStatus.PROSPECT, null, now));
  }

  @Test
  void aTierChangeKeepsItsReasonForTheAuditLog() {
    Partner p = active();
    PartnerTier before = p.getTier();
    PartnerTier target = before == PartnerTier.PLATINUM ? PartnerTier.GOLD : PartnerTier.PLATINUM;
    p.changeTier(target, "a strong year", now.plusSeconds(60));
    assertEquals(target, p.getTier());
    assertEquals("a strong year", p.getTierReason());
    assertEquals(target, p.auditState().get("tier"));
    assertEquals("a strong year", p.auditState().get("tierReason"));
    assertEquals(now.plusSeconds(60), p.getUpdatedAt());
  }

  @Test
  void aPartnerIsNotMovedToTheTierItHas() {
    Partner p = active();
    assertThrows(ConflictException.class, () -> p.changeTier(p.getTier(), "again", now));
  }

  @Test
  void theAuditStateNamesEveryBusinessField() {
    assertEquals(
        List.of(
            "name",
            "accountNumber",
            "tier",
            "country",
            "region",
            "specialisations",
            "primaryContact",
            "billingPostcode",
            "status",
            "statusReason",
            "tierReason"),
        List.copyOf(active().auditState().keySet()));
  }
}
