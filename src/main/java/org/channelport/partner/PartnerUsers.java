package org.channelport.partner;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.channelport.platform.Clock;
import org.channelport.platform.Locks;
import org.channelport.security.AccessRules;
import org.channelport.security.Caller;
import org.channelport.security.Role;
import org.channelport.security.SignedIn;

/** The people of each partner: refreshed when they sign in, listed for their partner. */
@ApplicationScoped
@Transactional
public class PartnerUsers {
  @PersistenceContext EntityManager em;
  @Inject AccessRules access;
  @Inject Clock clock;
  @Inject Locks locks;

  /** At sign-in: keeps the directory in step with what Keycloak says about the caller. */
  public void signedIn(@Observes SignedIn signedIn) {
    Caller caller = signedIn.caller();
    if (!caller.isPartnerUser()) {
      return;
    }
    // the partner's directory one sign-in at a time: two first sign-ins (two tabs) add one entry
    if (!locks.row("partner", caller.partnerId())) {
      return; // the token names a partner this portal does not know
    }
    PartnerUser user =
        em.createQuery("SELECT u FROM PartnerUser u WHERE u.username = :u", PartnerUser.class)
            .setParameter("u", caller.username())
            .getResultStream()
            .findFirst()
            .orElse(null);
    if (user == null) {
      user = new PartnerUser(caller.partnerId(), caller.username());
      em.persist(user);
    }
    String role = caller.has(Role.PARTNER_MANAGER) ? "partner-manager" : "partner-employee";
    user.seen(caller.partnerId(), signedIn.displayName(), signedIn.email(), role, clock.now());
  }

  /** The users of a partner the caller may see. */
  public List<PartnerUser> ofPartner(Long partnerId) {
    access.requireUser();
    access.find(Partner.class, partnerId);
    return em.createQuery(
            "SELECT u FROM PartnerUser u WHERE u.partnerId = :p ORDER BY u.username",
            PartnerUser.class)
        .setParameter("p", partnerId)
        .getResultList();
  }

  /**
   * The e-mail addresses of a partner's users (username → address; users without one left out), for
   * the notifications the portal sends them — also from jobs, so no caller is needed; nothing of it
   * is shown to anyone.
   */
  public Map<String, String> addresses(Long partnerId) {
    Map<String, String> addresses = new LinkedHashMap<>();
    if (partnerId == null) {
      return addresses;
    }
    for (Object[] row :
        em.createQuery(
                "SELECT u.username, u.email FROM PartnerUser u WHERE u.partnerId = :p"
                    + " AND u.email IS NOT NULL ORDER BY u.username",
                Object[].class)
            .setParameter("p", partnerId)
            .getResultList()) {
      String email = (String) row[1];
      if (!email.isBlank()) {
        addresses.put((String) row[0], email.strip());
      }
    }
    return addresses;
  }

  /** The user names of a partner the caller may see, in order. */
  public List<String> usernames(Long partnerId) {
    return ofPartner(partnerId).stream().map(PartnerUser::getUsername).toList();
  }

  /**
   * The e-mail addresses of a partner's managers (username → address), for the notices only a
   * partner manager acts on (a tier change); like {@link #addresses}, no caller needed.
   */
  public Map<String, String> managerAddresses(Long partnerId) {
    Map<String, String> addresses = new LinkedHashMap<>();
    if (partnerId == null) {
      return addresses;
    }
    for (Object[] row :
        em.createQuery(
                "SELECT u.username, u.email FROM PartnerUser u WHERE u.partnerId = :p"
                    + " AND u.role = 'partner-manager' AND u.email IS NOT NULL ORDER BY u.username",
                Object[].class)
            .setParameter("p", partnerId)
            .getResultList()) {
      String email = (String) row[1];
      if (!email.isBlank()) {
        addresses.put((String) row[0], email.strip());
      }
    }
    return addresses;
  }
}
