package org.channelport.partner;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.util.List;
import org.channelport.audit.AuditLog;
import org.channelport.audit.AuditWriter;
import org.channelport.platform.Clock;
import org.channelport.platform.Locks;
import org.channelport.security.AccessRules;
import org.channelport.security.Caller;
import org.channelport.security.Portfolios;
import org.channelport.security.Role;
import org.channelport.shared.CategoryCodes;
import org.channelport.shared.Checks;
import org.channelport.shared.FieldError;
import org.channelport.shared.InvalidInputException;
import org.channelport.shared.RecordNotFoundException;

/**
 * Partner onboarding: a public application, reviewed by a channel manager. An applicant who already
 * buys offline proves it with account number and billing postcode; approving such an application
 * activates that existing account instead of creating a second one.
 */
@ApplicationScoped
@Transactional
public class Onboarding {
  @PersistenceContext EntityManager em;
  @Inject AccessRules access;
  @Inject PartnerService partners;
  @Inject Portfolios portfolios;
  @Inject Clock clock;
  @Inject Locks locks;
  @Inject CategoryCodes categories;
  @Inject AuditLog auditLog;
  @Inject AuditWriter auditWriter;
  @Inject Event<PartnerActivated> activated;

  static final int LINK_ATTEMPTS = 5;
  static final String LINK_AUDIT_TYPE = "AccountLink";

  /** Anyone may apply. */
  public PartnerApplication submit(ApplicationInput input) {
    ApplicationInput in = input.validated(categories);
    Long linked = null;
    if (in.accountNumber() != null) {
      linked = provenAccount(in.accountNumber(), in.billingPostcode()).getId();
    }
    PartnerApplication application = new PartnerApplication(in, linked, clock.now());
    em.persist(application);
    return application;
  }

  /**
   * The existing customer account the applicant proved to be theirs. A wrong postcode is audited
   * against the account, and after {@value #LINK_ATTEMPTS} failures in an hour the account cannot
   * be linked from the public form for the rest of that hour; the answer never says which part was
   * wrong.
   */
  private Partner provenAccount(String accountNumber, String postcode) {
    Partner account = partners.byAccount(accountNumber);
    InvalidInputException refused =
        new InvalidInputException(
            List.of(new FieldError("accountNumber", "error.application.noSuchAccount")));
    if (account == null) {
      throw refused;
    }
    boolean matches =
        account.getBillingPostcode() != null
            && account
                .getBillingPostcode()
                .replace(" ", "")
                .equalsIgnoreCase(postcode.replace(" ", ""));
    long recentFailures =
        auditLog.deniedSince(
            LINK_AUDIT_TYPE, account.getAccountNumber(), clock.now().minus(Duration.ofHours(1)));
    if (!matches || recentFailures >= LINK_ATTEMPTS) {
      auditWriter.denied(LINK_AUDIT_TYPE, account.getAccountNumber(), account.getId());
      throw refused;
    }
    return account;
  }

  /** Applications waiting for a decision that this channel manager may decide. */
  public List<PartnerApplication> pending() {
    access.require(Role.CHANNEL_MANAGER);
    CriteriaBuilder cb = em.getCriteriaBuilder();
    CriteriaQuery<PartnerApplication> q = cb.createQuery(PartnerApplication.class);
    Root<PartnerApplication> a = q.from(PartnerApplication.class);
    q.select(a).where(decidable(cb, q, a)).orderBy(cb.asc(a.get("submittedAt")));
    return em.createQuery(q).setMaxResults(500).getResultList();
  }

  public long pendingCount() {
    access.require(Role.CHANNEL_MANAGER);
    CriteriaBuilder cb = em.getCriteriaBuilder();
    CriteriaQuery<Long> q = cb.createQuery(Long.class);
    Root<PartnerApplication> a = q.from(PartnerApplication.class);
    q.select(cb.count(a)).where(decidable(cb, q, a));
    return em.createQuery(q).getSingleResult();
  }

  /** Submitted, and either new to us or linked to an account in the caller's portfolio. */
  private Predicate decidable(CriteriaBuilder cb, CriteriaQuery<?> q, Root<PartnerApplication> a) {
    return cb.and(
        a.get("status").in(ApplicationStep.APPROVE.from()),
        cb.or(
            cb.isNull(a.get("linkedPartnerId")), access.visible(cb, q, a.get("linkedPartnerId"))));
  }

  /**
   * Approves: creates the partner (or activates the linked account) in the approver's portfolio.
   */
  public Partner approve(Long applicationId, String tier) {
    Caller caller = access.require(ApplicationStep.APPROVE.roleArray());
    PartnerApplication application = decidable(applicationId);
    Partner partner;
    if (application.getLinkedPartnerId() != null) {
      partner = em.find(Partner.class, application.getLinkedPartnerId());
      if (partner.getStatus() == PartnerStatus.PROSPECT) {
        partner.activate(clock.now());
        em.flush();
        activated.fire(PartnerActivated.of(partner));
      }
    } else {
      PartnerTier chosen =
          tier == null || tier.isBlank()
              ? PartnerTier.REGISTERED
              : PartnerTier.parse(tier)
                  .orElseThrow(
                      () ->
                          new InvalidInputException(
                              List.of(
                                  new FieldError(
                                      "tier",
                                      "error.partner.tier",
                                      "registered, silver, gold, platinum"))));
      PartnerDetails details =
          new PartnerDetails(
              application.getCompanyName(),
              freeAccountNumber("CP-" + (100000 + application.getId())),
              chosen,
              application.getCountry(),
              application.getRegion(),
              application.getSpecialisations(),
              new Contact(
                  application.getContactName(),
                  application.getContactEmail(),
                  application.getContactPhone()),
              null);
      partner = new Partner(details, PartnerStatus.ACTIVE, clock.now());
      em.persist(partner);
      em.flush();
      activated.fire(PartnerActivated.of(partner));
    }
    portfolios.assignToCaller(partner.getId());
    application.approve(partner.getId(), caller.username(), clock.now());
    em.flush();
    return partner;
  }

  public void reject(Long applicationId, String reason) {
    Caller caller = access.require(ApplicationStep.REJECT.roleArray());
    PartnerApplication application = decidable(applicationId);
    String why = Checks.clean(reason);
    new Checks().multiLineText("reason", why, true, 500).throwIfAny();
    application.reject(why, caller.username(), clock.now());
    em.flush();
  }

  /** The generated account number, or the first free variant of it. */
  private String freeAccountNumber(String wanted) {
    String candidate = wanted;
    for (int i = 2; partners.accountTaken(candidate); i++) {
      candidate = wanted + "-" + i;
    }
    return candidate;
  }

  /**
   * The application to decide on, locked first: of two decisions at once the second sees the first
   * and is refused as a decision on a decided application (no second partner is created).
   */
  private PartnerApplication decidable(Long id) {
    if (id != null) {
      locks.row("partner_application", id);
    }
    PartnerApplication application = id == null ? null : em.find(PartnerApplication.class, id);
    if (application == null) {
      throw new RecordNotFoundException("PartnerApplication", id);
    }
    if (application.getLinkedPartnerId() != null) {
      access.requireVisible("PartnerApplication", id, application.getLinkedPartnerId());
    }
    return application;
  }
}
