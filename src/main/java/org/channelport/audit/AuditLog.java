package org.channelport.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.channelport.platform.ListFilters;
import org.channelport.platform.ListQuery;
import org.channelport.security.AccessRules;
import org.channelport.security.Role;
import org.channelport.shared.PageRequest;

/** Reading the audit log: channel managers, for the partners in their portfolio. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class AuditLog {
  @PersistenceContext EntityManager em;
  @Inject AccessRules access;

  /** The log's one sort field: when; without it, the newest first. */
  static final ListQuery.Sorts SORTS =
      ListQuery.sorts("e.id", ListQuery.Tie.DESC).field("at", "e.at").byDefault("at", false);

  public List<AuditEntry> rows(PageRequest page) {
    access.require(Role.CHANNEL_MANAGER);
    return query(page).rows(em, page, SORTS, AuditEntry.class, "e");
  }

  public long count(PageRequest page) {
    access.require(Role.CHANNEL_MANAGER);
    return query(page).count(em);
  }

  /** Filters: partnerId (ignored unless a number), entityType, entityId, actor, action. */
  private ListQuery query(PageRequest page) {
    Map<String, Object> scope = new HashMap<>();
    ListQuery list =
        ListQuery.from("AuditEntry e")
            .where(access.visibleJpql("e.partnerId", scope, false), scope);
    list.equal("e.partnerId", ListFilters.id(page.filter("partnerId")))
        .equal("e.entityType", page.filter("entityType"))
        .equal("e.entityId", page.filter("entityId"))
        .equal("e.actor", page.filter("actor"));
    String action = page.filter("action");
    if (action != null) {
      for (AuditAction a : AuditAction.values()) {
        if (a.name().equalsIgnoreCase(action)) {
          list.equal("e.action", a);
        }
      }
    }
    return list;
  }

  /** How often access to this record was refused since then (for throttling, no caller check). */
  public long deniedSince(String entityType, String entityId, Instant since) {
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
