package org.channelport.lead;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import org.channelport.security.Caller;

/** The steps of every lead, and the partners each lead must not be offered to again. */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class LeadHistory {
  @PersistenceContext EntityManager em;

  public LeadEvent record(
      Lead lead,
      Instant at,
      String actor,
      LeadEventType type,
      Long partnerId,
      boolean internal,
      String detail) {
    LeadEvent event = new LeadEvent(lead.getId(), at, actor, type, partnerId, internal, detail);
    em.persist(event);
    return event;
  }

  /** The partner declined the lead or let it lapse: it is not offered to them again. */
  public void exclude(Long leadId, Long partnerId, String reason, Instant at) {
    em.createNativeQuery(
            "INSERT IGNORE INTO lead_exclusion (lead_id, partner_id, reason, at) VALUES (?, ?, ?, ?)")
        .setParameter(1, leadId)
        .setParameter(2, partnerId)
        .setParameter(3, reason)
        .setParameter(4, java.sql.Timestamp.from(at))
        .executeUpdate();
  }

  public boolean excluded(Long leadId, Long partnerId) {
    return !em.createNativeQuery(
            "SELECT 1 FROM lead_exclusion WHERE lead_id = ? AND partner_id = ?")
        .setParameter(1, leadId)
        .setParameter(2, partnerId)
        .getResultList()
        .isEmpty();
  }

  /** The partners excluded from a lead. */
  public List<Long> exclusions(Long leadId) {
    @SuppressWarnings("unchecked")
    List<Number> ids =
        em.createNativeQuery("SELECT partner_id FROM lead_exclusion WHERE lead_id = ?")
            .setParameter(1, leadId)
            .getResultList();
    return ids.stream().map(Number::longValue).toList();
  }

  /**
   * The history of a lead as the caller may see it: channel managers everything; partner users the
   * steps that concern their own partner (and the lead's creation), without the dispatch reasoning
   * (it names the other partners that were considered).
   */
  List<LeadEventView> of(Lead lead, Caller caller) {
    List<LeadEvent> events =
        em.createQuery(
                "SELECT e FROM LeadEvent e WHERE e.leadId = :lead ORDER BY e.at, e.id",
                LeadEvent.class)
            .setParameter("lead", lead.getId())
            .getResultList();
    if (caller.isChannelManager()) {
      return events.stream().map(e -> LeadEventView.of(e, true)).toList();
    }
    return events.stream()
        .filter(e -> !e.isInternal())
        .filter(
            e ->
                caller.partnerId().equals(e.getPartnerId())
                    || (e.getPartnerId() == null && e.getType() == LeadEventType.CREATED))
        .map(e -> LeadEventView.of(e, e.getType() != LeadEventType.DISPATCHED))
        .toList();
  }
}
