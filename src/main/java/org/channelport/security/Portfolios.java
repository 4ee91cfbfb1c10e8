package org.channelport.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.regex.Pattern;
import org.channelport.platform.Clock;
import org.channelport.platform.Locks;
import org.channelport.shared.AccessDeniedException;
import org.channelport.shared.Checks;

/**
 * Channel managers' portfolios. A channel manager who creates or approves a partner gets it in
 * their portfolio; only a channel admin (realm role channel-admin) assigns partners to others.
 */
@ApplicationScoped
@Transactional
public class Portfolios {
  private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9._@-]{2,100}");

  @PersistenceContext EntityManager em;
  @Inject CurrentCaller currentCaller;
  @Inject AccessRules access;
  @Inject Clock clock;
  @Inject Locks locks;
  @Inject Event<PortfolioChanged> changed;

  /**
   * A channel manager who has just created or approved a partner takes it into their own portfolio.
   */
  public void assignToCaller(Long partnerId) {
    Caller caller = access.require(Role.CHANNEL_MANAGER);
    assign(caller.username(), partnerId);
  }

  /** Puts a partner into a manager's portfolio (no-op if it is there already). */
  private void assign(String managerUsername, Long partnerId) {
    String manager = Checks.clean(managerUsername);
    new Checks()
        .required("manager", manager)
        .matches("manager", manager, USERNAME, "error.portfolio.manager")
        .throwIfAny();
    // the partner's assignments one at a time: assigning twice at once is assigning once
    locks.row("partner", partnerId);
    if (!isAssigned(manager, partnerId)) {
      PortfolioAssignment assignment =
          new PortfolioAssignment(manager, partnerId, clock.now(), currentCaller.get().username());
      em.persist(assignment);
      em.flush();
      changed.fire(PortfolioChanged.assigned(assignment));
      currentCaller.portfolio(null);
    }
  }

  /** A channel admin assigns a partner to another channel manager. */
  public void assignByAdmin(String managerUsername, Long partnerId) {
    requireAdmin();
    requireVisible(partnerId);
    assign(managerUsername, partnerId);
  }

  public void unassignByAdmin(String managerUsername, Long partnerId) {
    requireAdmin();
    requireVisible(partnerId);
    List<PortfolioAssignment> removed =
        em.createQuery(
                "SELECT a FROM PortfolioAssignment a WHERE a.managerUsername = :m AND a.partnerId"
                    + " = :p",
                PortfolioAssignment.class)
            .setParameter("m", managerUsername)
            .setParameter("p", partnerId)
            .getResultList();
    removed.forEach(em::remove);
    em.flush();
    removed.forEach(a -> changed.fire(PortfolioChanged.unassigned(a)));
    currentCaller.portfolio(null);
  }

  /** The assignments of every partner in the admin's own portfolio. */
  public List<PortfolioAssignment> all() {
    requireAdmin();
    return em.createQuery(
            "SELECT a FROM PortfolioAssignment a WHERE a.partnerId IN (SELECT b.partnerId FROM"
                + " PortfolioAssignment b WHERE b.managerUsername = :me)"
                + " ORDER BY a.managerUsername, a.partnerId",
            PortfolioAssignment.class)
        .setParameter("me", currentCaller.get().username())
        .getResultList();
  }

  private boolean isAssigned(String manager, Long partnerId) {
    return !em.createQuery(
            "SELECT a.id FROM PortfolioAssignment a WHERE a.managerUsername = :m AND a.partnerId = :p",
            Long.class)
        .setParameter("m", manager)
        .setParameter("p", partnerId)
        .getResultList()
        .isEmpty();
  }

  private void requireVisible(Long partnerId) {
    access.requireVisible("Partner", partnerId, partnerId);
  }

  private void requireAdmin() {
    if (!currentCaller.get().isChannelAdmin()) {
      throw new AccessDeniedException("error.portfolio.adminOnly");
    }
  }
}
