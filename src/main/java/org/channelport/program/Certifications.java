package org.channelport.program;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import org.channelport.partner.PartnerService;
import org.channelport.partner.PartnerUsers;
import org.channelport.platform.Clock;
import org.channelport.security.AccessRules;
import org.channelport.security.Caller;
import org.channelport.security.Role;
import org.channelport.shared.RecordNotFoundException;

/**
 * The certifications of a partner's users: the partner's users and channel managers read them,
 * channel managers record and remove them; each change recomputes today's scorecard.
 */
@ApplicationScoped
@Transactional
public class Certifications {
  @PersistenceContext EntityManager em;
  @Inject AccessRules access;
  @Inject PartnerService partners;
  @Inject PartnerUsers partnerUsers;
  @Inject Scorecards scorecards;
  @Inject Clock clock;

  /** The certifications of a partner the caller may see, by user and date. */
  public List<Certification> of(long partnerId) {
    access.requireUser();
    partners.tier(partnerId);
    return em.createQuery(
            "SELECT c FROM Certification c WHERE c.partnerId = :p"
                + " ORDER BY c.username, c.issuedOn, c.id",
            Certification.class)
        .setParameter("p", partnerId)
        .getResultList();
  }

  public Certification add(long partnerId, CertificationInput input) {
    Caller caller = access.require(Role.CHANNEL_MANAGER);
    List<String> users = partnerUsers.usernames(partnerId);
    CertificationInput.Valid valid =
        (input == null ? new CertificationInput(null, null, null, null) : input).validate(users);
    Certification certification =
        new Certification(
            partnerId,
            valid.username(),
            valid.name(),
            valid.issuedOn(),
            valid.expiresOn(),
            caller.username(),
            clock.now());
    em.persist(certification);
    em.flush();
    scorecards.recompute(partnerId, partners.tier(partnerId), scorecards.today());
    return certification;
  }

  public void remove(long partnerId, long certificationId) {
    access.require(Role.CHANNEL_MANAGER);
    Certification certification = access.find(Certification.class, certificationId);
    if (certification.getPartnerId() != partnerId) {
      throw new RecordNotFoundException("Certification", certificationId);
    }
    em.remove(certification);
    em.flush();
    scorecards.recompute(partnerId, partners.tier(partnerId), scorecards.today());
  }
}
