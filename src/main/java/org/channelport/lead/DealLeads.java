package org.channelport.lead;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import org.channelport.platform.Clock;
import org.channelport.platform.Versions;

/**
 * The lead core's door for deal registration: an approved registration becomes its partner's own
 * lead, accepted from the start. The caller (the registration service) has checked the approval.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class DealLeads {
  @PersistenceContext EntityManager em;
  @Inject LeadService leads;
  @Inject LeadHistory history;
  @Inject Clock clock;

  /** A lead of source deal registration, owned by {@code partnerId} and accepted. */
  public Lead acceptedLead(LeadDetails details, long partnerId, String actor, String note) {
    Lead lead = leads.createLead(details, LeadSource.DEAL_REGISTRATION, actor);
    Instant now = clock.now();
    lead.ownedFromTheStart(partnerId, LeadStatus.ACCEPTED, now);
    history.record(lead, now, actor, LeadEventType.ACCEPTED, partnerId, false, note);
    return Versions.flushed(em, lead);
  }
}
