package org.channelport.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.AbstractQuery;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.channelport.shared.AccessDeniedException;
import org.channelport.shared.RecordNotFoundException;

/**
 * The one access-rule mechanism. Every query for partner-owned data takes its predicate from {@link
 * #visible}, and every load by id goes through {@link #find}: a channel manager sees the partners
 * in their portfolio, a partner user their own partner, nobody else anything. A record outside the
 * caller's scope is "not found", and the attempt is audited.
 */
@ApplicationScoped
public class AccessRules {
  EntityManager em;
  CurrentCaller currentCaller;
  Event<AccessDenied> accessDenied;

  /** For the container's proxies. */
  protected AccessRules() {}

  /** {@code accessDenied} tells the audit log of attempts to reach a record outside the scope. */
  @Inject
  public AccessRules(
      EntityManager em, CurrentCaller currentCaller, Event<AccessDenied> accessDenied) {
    this.em = em;
    this.currentCaller = currentCaller;
    this.accessDenied = accessDenied;
  }

  public Caller caller() {
    return currentCaller.get();
  }

  /** The predicate that limits a query to the partners the caller may see. */
  public Predicate visible(CriteriaBuilder cb, AbstractQuery<?> query, Expression<Long> partnerId) {
    Caller caller = caller();
    if (caller.isPartnerUser()) {
      return cb.equal(partnerId, caller.partnerId());
    }
    if (caller.isChannelManager()) {
      Subquery<Long> portfolio = query.subquery(Long.class);
      Root<PortfolioAssignment> assignment = portfolio.from(PortfolioAssignment.class);
      portfolio
          .select(assignment.get("partnerId"))
          .where(cb.equal(assignment.get("managerUsername"), caller.username()));
      return partnerId.in(portfolio);
    }
    return cb.disjunction();
  }

  /**
   * Like {@link #visible}, for records that may not belong to any partner yet (the channel's pool
   * of leads): those are visible to channel managers, never to partner users.
   */
  public Predicate visibleOrPool(
      CriteriaBuilder cb, AbstractQuery<?> query, Expression<Long> partnerId) {
    Predicate owned = visible(cb, query, partnerId);
    return caller().isChannelManager() ? cb.or(cb.isNull(partnerId), owned) : owned;
  }

  /**
   * The same rule as {@link #visibleOrPool} (or {@link #visible} without {@code pool}) as a JPQL
   * condition on {@code partnerIdPath}, its parameters put into {@code parameters}: for list
   * queries written in JPQL, whose parsed form EclipseLink keeps (criteria queries are translated
   * anew every time).
   */
  public String visibleJpql(String partnerIdPath, Map<String, Object> parameters, boolean pool) {
    Caller caller = caller();
    if (caller.isPartnerUser()) {
      parameters.put("scopePartner", caller.partnerId());
      return partnerIdPath + " = :scopePartner";
    }
    if (caller.isChannelManager()) {
      parameters.put("scopeManager", caller.username());
      String owned =
          partnerIdPath
              + " IN (SELECT pa.partnerId FROM PortfolioAssignment pa"
              + " WHERE pa.managerUsername = :scopeManager)";
      return pool ? "(" + partnerIdPath + " IS NULL OR " + owned + ")" : owned;
    }
    return "1 = 0";
  }

  /**
   * The same rule as {@link #visibleJpql}, as a native SQL condition on the column {@code
   * partnerIdColumn}, its values appended to {@code parameters} in the order of their {@code ?}:
   * for queries that reach another capability's rows at table level (the customers a caller may see
   * are those of the leads and registrations they may see).
   */
  public String visibleSql(String partnerIdColumn, List<Object> parameters, boolean pool) {
    Caller caller = caller();
    if (caller.isPartnerUser()) {
      parameters.add(caller.partnerId());
      return partnerIdColumn + " = ?";
    }
    if (caller.isChannelManager()) {
      parameters.add(caller.username());
      String owned =
          partnerIdColumn
              + " IN (SELECT pa.partner_id FROM portfolio_assignment pa"
              + " WHERE pa.manager_username = ?)";
      return pool ? "(" + partnerIdColumn + " IS NULL OR " + owned + ")" : owned;
    }
    return "1 = 0";
  }

  /**
   * Like {@link #requireVisible}, for records that may be in the channel's pool (no partner yet),
   * which channel managers see.
   */
  public void requireVisibleOrPool(String entityType, Object id, Long partnerId) {
    if (partnerId == null && caller().isChannelManager()) {
      return;
    }
    requireVisible(entityType, id, partnerId);
  }

  public boolean canSee(Long partnerId) {
    Caller caller = caller();
    if (partnerId == null) {
      return false;
    }
    if (caller.isPartnerUser()) {
      return partnerId.equals(caller.partnerId());
    }
    if (caller.isChannelManager()) {
      return portfolio().contains(partnerId);
    }
    return false;
  }

  /** The partners in the calling channel manager's portfolio, read once per request. */
  private Set<Long> portfolio() {
    Set<Long> cached = currentCaller.portfolio();
    if (cached == null) {
      cached =
          Set.copyOf(
              em.createQuery(
                      "SELECT a.partnerId FROM PortfolioAssignment a WHERE a.managerUsername = :m",
                      Long.class)
                  .setParameter("m", caller().username())
                  .getResultList());
      currentCaller.portfolio(cached);
    }
    return cached;
  }

  /** Loads a record the caller may see; anything else is not found (and audited if it exists). */
  public <T extends PartnerOwned> T find(Class<T> type, Object id) {
    T entity = id == null ? null : em.find(type, id);
    if (entity == null) {
      throw new RecordNotFoundException(type.getSimpleName(), id);
    }
    requireVisible(type.getSimpleName(), id, entity.ownerPartnerId());
    return entity;
  }

  /**
   * Requires that the caller sees the partner a record belongs to; otherwise the record is not
   * found, and the attempt is audited.
   */
  public void requireVisible(String entityType, Object id, Long partnerId) {
    if (!canSee(partnerId)) {
      denied(entityType, id, partnerId);
    }
  }

  /** The record exists but is not the caller's: audit the attempt and answer "not found". */
  public void denied(String entityType, Object id, Long partnerId) {
    accessDenied.fire(new AccessDenied(entityType, id, partnerId));
    throw new RecordNotFoundException(entityType, id);
  }

  /** Requires one of the roles; a caller without any of them gets 403. */
  public Caller require(Role... anyOf) {
    Caller caller = caller();
    if (Arrays.stream(anyOf).noneMatch(caller::has)) {
      throw new AccessDeniedException("error.forbiddenRole");
    }
    return caller;
  }

  /**
   * Requires a signed-in user with at least one portal role (never the ERP's service account, whose
   * role opens only the ERP protocol's inbound calls).
   */
  public Caller requireUser() {
    return require(Role.PORTAL.toArray(Role[]::new));
  }
}
