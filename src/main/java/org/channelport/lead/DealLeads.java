package org.channelport.lead;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import org.channelport.platform.Clock;

/**
 * The lead core's door for deal registration: an approved registration becomes its partner's own
 * lead, accepted from the start. The caller (the registration service) has checked the approval.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class DealLeads {
  @Inject LeadService leads;
  @Inject LeadHistory history;
  @Inject Clock clock;

  /** A lead of source deal registration, owned by {@code partnerId} and accepted. */
  public Lead acceptedLead(LeadDetails details, long partnerId, String actor, String note) {
    Lead lead = leads.createLead(details, LeadSource.DEAL_REGISTRATION, actor);
    Instant now = clock.now();
    lead.ownedFromTheStart(partnerId, LeadStatus.ACCEPTED, now);
    history.record(lead, now, actor, LeadEventType.ACCEPTED, partnerId, false, note);
    return leads.flushed(lead);
  }
}
