package org.channelport.lead;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import org.channelport.partner.Partner;
import org.channelport.partner.PartnerStatus;
import org.channelport.platform.Clock;
import org.channelport.platform.Versions;
import org.channelport.shared.CategoryCodes;
import org.channelport.shared.Checks;
import org.channelport.shared.RecordNotFoundException;

/**
 * Leads that come in from outside a signed-in session: inquiries from a partner's public showroom.
 * Callers check who may send them (rate limits, honeypots); this checks the content.
 */
@ApplicationScoped
@Transactional
public class LeadIntake {
  static final String SHOWROOM_ACTOR = "showroom";

  @PersistenceContext EntityManager em;
  @Inject LeadService leads;
  @Inject LeadHistory history;
  @Inject Clock clock;
  @Inject CategoryCodes categories;

  /**
   * An end customer's inquiry in the showroom of an active partner becomes a lead owned by that
   * partner, waiting in the partner manager's inbox (no acceptance deadline: it is the partner's
   * own customer). Invalid input is refused as a whole.
   */
  public Lead fromShowroom(long partnerId, ShowroomInquiry inquiry) {
    Partner partner = em.find(Partner.class, partnerId);
    if (partner == null || partner.getStatus() != PartnerStatus.ACTIVE) {
      throw new RecordNotFoundException("Partner", partnerId);
    }
    List<String> skus = inquiry.skus() == null ? List.of() : inquiry.skus();
    Checks checks = new Checks();
    if (skus.size() > 100) {
      checks.add("skus", "error.tooLong", 100);
    }
    String products =
        String.join(", ", skus.stream().map(Checks::clean).filter(s -> s != null).toList());
    LeadInput input =
        new LeadInput(
            inquiry.company(),
            inquiry.contactName(),
            inquiry.email(),
            inquiry.phone(),
            inquiry.country(),
            null,
            inquiry.postcode(),
            inquiry.message(),
            inquiry.category(),
            products.isEmpty() ? null : products,
            inquiry.estimatedValue(),
            inquiry.currency(),
            inquiry.campaignCode());
    LeadDetails details = input.validate(checks, categories);
    Lead lead = leads.createLead(details, LeadSource.SHOWROOM, SHOWROOM_ACTOR);
    Instant now = clock.now();
    lead.ownedFromTheStart(partner.getId(), LeadStatus.DISPATCHED, now);
    history.record(
        lead, now, SHOWROOM_ACTOR, LeadEventType.DISPATCHED, partner.getId(), false, "showroom");
    return Versions.flushed(em, lead);
  }
}
