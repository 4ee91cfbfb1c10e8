package org.channelport.mdf;

import jakarta.persistence.EntityManager;
import javax.sql.DataSource;
import org.channelport.partner.PartnerService;
import org.channelport.partner.PartnerWiring;
import org.channelport.platform.Clock;
import org.channelport.platform.outbox.OutboxWiring;
import org.channelport.security.AccessRules;

/**
 * Outside the container (the MDF benchmark): the MDF services on a plain entity manager, by their
 * constructors, as the container wires them. Only what approving claims and reading allocations
 * needs: no proof files or file store (an approval reads neither).
 */
public final class MdfWiring {
  private MdfWiring() {}

  public static MdfLedger ledger(EntityManager em, AccessRules access, Clock clock) {
    return new MdfLedger(em, access, clock);
  }

  public static MdfClaims claims(
      EntityManager em, AccessRules access, Clock clock, DataSource dataSource) {
    MdfLedger ledger = ledger(em, access, clock);
    MdfPrograms programs = new MdfPrograms(em, access, clock, ledger);
    MdfApprovalLimits limits = new MdfApprovalLimits(em);
    MdfNumbers numbers = new MdfNumbers(em);
    MdfRequests requests = new MdfRequests(em, access, ledger, programs, numbers, limits);
    PartnerService partners = PartnerWiring.partnerService(em, access, clock);
    MdfPayments payments =
        new MdfPayments(em, OutboxWiring.outbox(em, clock, dataSource), clock, ledger, partners);
    return new MdfClaims(
        em, access, ledger, programs, requests, numbers, limits, null, null, payments);
  }

  public static MdfAllocations allocations(EntityManager em, AccessRules access, Clock clock) {
    MdfLedger ledger = ledger(em, access, clock);
    return new MdfAllocations(
        em,
        access,
        ledger,
        new MdfPrograms(em, access, clock, ledger),
        PartnerWiring.partnerService(em, access, clock));
  }
}
