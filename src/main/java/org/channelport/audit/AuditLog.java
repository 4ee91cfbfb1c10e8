package org.channelport.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import org.channelport.security.AccessRules;
import org.channelport.security.Role;
import org.channelport.shared.PageRequest;

/** Reading the audit log: channel managers, for the partners in their portfolio. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class AuditLog {
  @PersistenceContext EntityManager em;
  @Inject AccessRules access;

  public List<AuditEntry> rows(PageRequest page) {
    access.require(Role.CHANNEL_MANAGER);
    CriteriaBuilder cb = em.getCriteriaBuilder();
    CriteriaQuery<AuditEntry> q = cb.createQuery(AuditEntry.class);
    Root<AuditEntry> e = q.from(AuditEntry.class);
    q.select(e).where(filters(cb, q, e, page));
    q.orderBy(
        page.ascending() && "at".equals(page.sortField())
            ? cb.asc(e.get("at"))
            : cb.desc(e.get("at")),
        cb.desc(e.get("id")));
    return em.createQuery(q)
        .setFirstResult(page.first())
        .setMaxResults(page.size())
        .getResultList();
  }

  public long count(PageRequest page) {
    access.require(Role.CHANNEL_MANAGER);
    CriteriaBuilder cb = em.getCriteriaBuilder();
    CriteriaQuery<Long> q = cb.createQuery(Long.class);
    Root<AuditEntry> e = q.from(AuditEntry.class);
    q.select(cb.count(e)).where(filters(cb, q, e, page));
    return em.createQuery(q).getSingleResult();
  }

  /** Filters: partnerId, entityType, entityId, actor, action. */
  private Predicate[] filters(
      CriteriaBuilder cb, CriteriaQuery<?> q, Root<AuditEntry> e, PageRequest page) {
    List<Predicate> where = new ArrayList<>();
    where.add(access.visible(cb, q, e.get("partnerId")));
    String partner = page.filter("partnerId");
    if (partner != null && partner.matches("\\d{1,18}")) {
      where.add(cb.equal(e.get("partnerId"), Long.valueOf(partner)));
    }
    for (String field : List.of("entityType", "entityId", "actor")) {
      String value = page.filter(field);
      if (value != null) {
        where.add(cb.equal(e.get(field), value));
      }
    }
    String action = page.filter("action");
    if (action != null) {
      for (AuditAction a : AuditAction.values()) {
        if (a.name().equalsIgnoreCase(action)) {
          where.add(cb.equal(e.get("action"), a));
        }
      }
    }
    return where.toArray(Predicate[]::new);
  }

  /** How often access to this record was refused since then (for throttling, no caller check). */
  public long deniedSince(String entityType, String entityId, java.time.Instant since) {
    return em.createQuery(
            "SELECT COUNT(e) FROM AuditEntry e WHERE e.entityType = :type AND e.entityId = :id"
                + " AND e.action = :denied AND e.at >= :since",
            Long.class)
        .setParameter("type", entityType)
        .setParameter("id", entityId)
        .setParameter("denied", AuditAction.DENIED)
        .setParameter("since", since)
        .getSingleResult();
  }
}
