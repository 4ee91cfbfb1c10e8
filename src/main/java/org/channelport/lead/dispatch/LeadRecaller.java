package org.channelport.lead.dispatch;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import org.channelport.lead.Lead;
import org.channelport.lead.LeadService;
import org.channelport.lead.LeadStep;
import org.channelport.platform.Clock;
import org.channelport.security.Caller;
import org.channelport.security.CurrentCaller;

/**
 * Takes back dispatched leads whose acceptance time ran out, one lead per transaction. The update
 * is version-checked: when a partner accepts the same lead at the same moment, exactly one of the
 * two wins and the other changes nothing.
 */
@ApplicationScoped
public class LeadRecaller {
  @PersistenceContext EntityManager em;
  @Inject LeadService leads;
  @Inject Clock clock;
  @Inject CurrentCaller currentCaller;

  /** Id and version of dispatched leads past their deadline, the most overdue first. */
  @Transactional
  public List<Object[]> overdue(Instant now, int max) {
    return em.createQuery(
            "SELECT l.id, l.version FROM Lead l WHERE l.status IN :recallable"
                + " AND l.acceptDueAt < :now ORDER BY l.acceptDueAt, l.id",
            Object[].class)
        .setParameter("recallable", LeadStep.RECALL.from())
        .setParameter("now", now)
        .setMaxResults(max)
        .getResultList();
  }

  /**
   * Recalls the lead if it is still dispatched, overdue and unchanged since it was listed; returns
   * whether it did. A concurrent change (an accept) makes it throw a conflict and roll back.
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public boolean recall(long id, long listedVersion) {
    try {
      currentCaller.actAsSystem();
    } catch (ContextNotActiveException noRequestContext) {
      // the audit writer names "system" itself when there is no request
    }
    Lead lead = em.find(Lead.class, id);
    Instant now = clock.now();
    if (lead == null
        || lead.getVersion() != listedVersion
        || !LeadStep.RECALL.allowedFrom(lead.getStatus())
        || lead.getAcceptDueAt() == null
        || !lead.getAcceptDueAt().isBefore(now)) {
      return false;
    }
    leads.recall(lead, Caller.SYSTEM.username());
    return true;
  }
}
