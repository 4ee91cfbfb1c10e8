package org.channelport.lead;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.channelport.platform.StoredJson;
import org.channelport.security.AccessRules;
import org.channelport.security.Caller;

/** The steps of every lead, and the partners each lead must not be offered to again. */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class LeadHistory {
  private static final String PARTNER_ID = "\"partnerId\"";

  EntityManager em;
  AccessRules access;

  /** For the container's proxies. */
  protected LeadHistory() {}

  @Inject
  public LeadHistory(EntityManager em, AccessRules access) {
    this.em = em;
    this.access = access;
  }

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
        .setParameter(4, Timestamp.from(at))
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
   * Whether every partner a text names (as "partnerId": n at any depth of its JSON, the way
   * dispatch explanations do) is in the caller's portfolio: a channel manager does not learn about
   * partners of other portfolios through a lead that passed through them. A text that is not JSON
   * names no partner, unless it carries a "partnerId" all the same: then it is not shown.
   */
  boolean mentionsOnlyVisiblePartners(String detail) {
    if (detail == null) {
      return true;
    }
    Optional<JsonValue> json = StoredJson.read(detail);
    if (json.isEmpty()) {
      return !detail.contains(PARTNER_ID);
    }
    for (JsonValue mention : StoredJson.membersNamed(json.get(), "partnerId")) {
      Long partnerId = StoredJson.id(mention);
      if (partnerId != null && !access.canSee(partnerId)) {
        return false;
      }
    }
    return true;
  }

  /**
   * The history of a lead as the caller may see it: channel managers the steps of the pool and of
   * their portfolio's partners; partner users the steps that concern their own partner (and the
   * lead's creation), without the dispatch reasoning (it names the other partners that were
   * considered).
   */
  List<LeadEventView> of(Lead lead, Caller caller) {
    List<LeadEvent> events =
        em.createQuery(
                "SELECT e FROM LeadEvent e WHERE e.leadId = :lead ORDER BY e.at, e.id",
                LeadEvent.class)
            .setParameter("lead", lead.getId())
            .getResultList();
    if (caller.isChannelManager()) {
      return events.stream()
          .filter(e -> e.getPartnerId() == null || access.canSee(e.getPartnerId()))
          .map(e -> LeadEventView.of(e, mentionsOnlyVisiblePartners(e.getDetail())))
          .toList();
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
