package org.channelport.deal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.channelport.customer.CustomerRef;
import org.channelport.customer.Customers;
import org.channelport.lead.DealLeads;
import org.channelport.lead.Lead;
import org.channelport.lead.LeadDetails;
import org.channelport.lead.LeadStatus;
import org.channelport.partner.Partner;
import org.channelport.platform.Clock;
import org.channelport.platform.Locks;
import org.channelport.security.AccessRules;
import org.channelport.security.Caller;
import org.channelport.security.Role;
import org.channelport.shared.CategoryCodes;
import org.channelport.shared.Checks;
import org.channelport.shared.ConflictException;
import org.channelport.shared.FieldError;
import org.channelport.shared.InvalidInputException;
import org.channelport.shared.Page;
import org.channelport.shared.PageRequest;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Deal registration: partner users register deals they found; channel managers whose portfolio
 * holds the partner approve, reject or return them. Every submission and approval is checked for
 * conflicts with other partners' open leads and protected registrations. Partner users learn only
 * that a conflict exists, never with whom.
 */
@ApplicationScoped
@Transactional
public class DealRegistrationService {
  static final String TYPE = "DealRegistration";
  private static final int MAX_CONFLICTS = 50;

  private static final Map<String, String> SORTS =
      Map.of(
          "submittedAt", "submittedAt",
          "updatedAt", "updatedAt",
          "company", "company",
          "status", "status",
          "estimatedValue", "estimatedValue",
          "expectedClose", "expectedClose",
          "protectedUntil", "protectedUntil");

  /** The names lists sort by (the API's allowed {@code sort} values), alphabetically. */
  public static final List<String> SORT_FIELDS = SORTS.keySet().stream().sorted().toList();

  @PersistenceContext EntityManager em;
  @Inject AccessRules access;
  @Inject Clock clock;
  @Inject Customers customers;
  @Inject DealLeads dealLeads;
  @Inject Locks locks;
  @Inject CategoryCodes categories;

  @Inject
  @ConfigProperty(name = "channelport.leads.protection-days", defaultValue = "90")
  int protectionDays;

  // --- reading -----------------------------------------------------------------------------

  /**
   * The caller's registrations. Filters: status (as of today: an approval past its window is
   * expired), conflict (true/false), q (company, contact, e-mail), partnerId.
   */
  public Page<DealRegistration> list(PageRequest page) {
    return new Page<>(rows(page), count(page));
  }

  public List<DealRegistration> rows(PageRequest page) {
    access.requireUser();
    CriteriaBuilder cb = em.getCriteriaBuilder();
    CriteriaQuery<DealRegistration> rows = cb.createQuery(DealRegistration.class);
    Root<DealRegistration> r = rows.from(DealRegistration.class);
    rows.select(r).where(filters(cb, rows, r, page));
    String sort =
        page.sortField() == null
            ? "submittedAt"
            : SORTS.getOrDefault(page.sortField(), "submittedAt");
    boolean ascending = page.sortField() != null && page.ascending();
    rows.orderBy(
        ascending ? cb.asc(r.get(sort)) : cb.desc(r.get(sort)),
        ascending ? cb.asc(r.get("id")) : cb.desc(r.get("id")));
    return em.createQuery(rows)
        .setFirstResult(page.first())
        .setMaxResults(page.size())
        .getResultList();
  }

  public long count(PageRequest page) {
    access.requireUser();
    CriteriaBuilder cb = em.getCriteriaBuilder();
    CriteriaQuery<Long> count = cb.createQuery(Long.class);
    Root<DealRegistration> r = count.from(DealRegistration.class);
    count.select(cb.count(r)).where(filters(cb, count, r, page));
    return em.createQuery(count).getSingleResult();
  }

  private Predicate[] filters(
      CriteriaBuilder cb, CriteriaQuery<?> query, Root<DealRegistration> r, PageRequest page) {
    List<Predicate> where = new ArrayList<>();
    where.add(access.visible(cb, query, r.get("partnerId")));
    String status = page.filter("status");
    if (status != null) {
      where.add(
          DealStatus.parse(status).map(s -> statusOn(cb, r, s, today())).orElse(cb.disjunction()));
    }
    // the pages' columns filter by their field names, the API by short names
    String conflict = first(page.filter("conflict"), page.filter("hasConflict"));
    if (conflict != null) {
      where.add(
          cb.equal(r.get("hasConflict"), Boolean.parseBoolean(conflict.toLowerCase(Locale.ROOT))));
    }
    String q = first(page.filter("q"), page.filter("company"));
    if (q != null) {
      String like = "%" + q.toLowerCase(Locale.ROOT).replace("%", "\\%").replace("_", "\\_") + "%";
      where.add(
          cb.or(
              cb.like(cb.lower(r.get("company")), like),
              cb.like(cb.lower(r.get("contactName")), like),
              cb.like(r.get("email"), like)));
    }
    if (page.filter("partnerId") != null) {
      Long partner = number(page.filter("partnerId"));
      where.add(partner == null ? cb.disjunction() : cb.equal(r.get("partnerId"), partner));
    }
    return where.toArray(Predicate[]::new);
  }

  /** The status as of {@code today}, in SQL: approvals whose window has passed are expired. */
  private static Predicate statusOn(
      CriteriaBuilder cb, Root<DealRegistration> r, DealStatus status, LocalDate today) {
    Path<LocalDate> until = r.get("protectedUntil");
    return switch (status) {
      case APPROVED ->
          cb.and(
              cb.equal(r.get("status"), DealStatus.APPROVED),
              cb.greaterThanOrEqualTo(until, today));
      case EXPIRED ->
          cb.or(
              cb.equal(r.get("status"), DealStatus.EXPIRED),
              cb.and(cb.equal(r.get("status"), DealStatus.APPROVED), cb.lessThan(until, today)));
      default -> cb.equal(r.get("status"), status);
    };
  }

  private static String first(String a, String b) {
    return a != null ? a : b;
  }

  private static Long number(String text) {
    try {
      return Long.valueOf(text.strip());
    } catch (NumberFormatException e) {
      return null;
    }
  }

  /** A registration the caller may see; anything else is not found (and the attempt audited). */
  public DealRegistration find(Long id) {
    access.requireUser();
    return access.find(DealRegistration.class, id);
  }

  /**
   * The other partners' open leads and protected registrations that the registration conflicts
   * with, for the channel manager's review. Records of partners outside the manager's portfolio
   * show only that they exist.
   */
  public List<DealConflictView> conflicts(Long id) {
    access.require(Role.CHANNEL_MANAGER);
    DealRegistration reg = find(id);
    LocalDate today = today();
    List<DealConflictView> views = new ArrayList<>();
    for (Lead lead : conflictingLeads(reg)) {
      views.add(
          access.canSee(lead.getPartnerId())
              ? new DealConflictView(
                  DealConflictView.LEAD,
                  lead.getId(),
                  true,
                  lead.getPartnerId(),
                  partnerName(lead.getPartnerId()),
                  lead.getCompany(),
                  lead.getContactName(),
                  lead.getEmail(),
                  lead.getCategory() == null ? List.of() : List.of(lead.getCategory()),
                  lead.getEstimatedValue(),
                  lead.getCurrency(),
                  lead.getStatus().code(),
                  lead.getCreatedAt(),
                  null)
              : DealConflictView.hidden(DealConflictView.LEAD));
    }
    for (DealRegistration other : protectingRegistrations(reg, today, false)) {
      views.add(
          access.canSee(other.getPartnerId())
              ? new DealConflictView(
                  DealConflictView.REGISTRATION,
                  other.getId(),
                  true,
                  other.getPartnerId(),
                  partnerName(other.getPartnerId()),
                  other.getCompany(),
                  other.getContactName(),
                  other.getEmail(),
                  other.getCategories(),
                  other.getEstimatedValue(),
                  other.getCurrency(),
                  other.statusOn(today).code(),
                  other.getSubmittedAt(),
                  other.getProtectedUntil())
              : DealConflictView.hidden(DealConflictView.REGISTRATION));
    }
    return views;
  }

  private String partnerName(Long partnerId) {
    Partner partner = partnerId == null ? null : em.find(Partner.class, partnerId);
    return partner == null ? null : partner.getName();
  }

  // --- the partner's side ------------------------------------------------------------------

  /** A partner user registers a deal for their own partner. */
  public DealRegistration submit(DealInput input) {
    Caller caller = access.require(Role.PARTNER_MANAGER, Role.PARTNER_EMPLOYEE);
    DealDetails details = requireInput(input).validate(today(), categories);
    Instant now = clock.now();
    lockConflictChecks();
    CustomerRef customer = customer(details);
    DealRegistration reg =
        new DealRegistration(caller.partnerId(), details, customer, caller.username(), now);
    reg.conflictFound(hasConflict(reg, today()), now);
    em.persist(reg);
    return flushed(reg);
  }

  /** A partner user answers a return: the registration is submitted again with new details. */
  public DealRegistration resubmit(Long id, DealInput input) {
    Caller caller = access.require(Role.PARTNER_MANAGER, Role.PARTNER_EMPLOYEE);
    DealRegistration reg = locked(id);
    checkVersion(reg, requireInput(input).version());
    if (reg.getStatus() != DealStatus.RETURNED) {
      throw transition(reg, "error.deal.transition.resubmit");
    }
    DealDetails details = input.validate(today(), categories);
    Instant now = clock.now();
    lockConflictChecks();
    reg.resubmit(details, customer(details), caller.username(), now);
    reg.conflictFound(hasConflict(reg, today()), now);
    return flushed(reg);
  }

  private CustomerRef customer(DealDetails details) {
    CustomerRef customer =
        customers.matchOrCreate(details.company(), details.email(), details.country());
    em.flush();
    return customer;
  }

  // --- the channel manager's decisions -----------------------------------------------------

  /**
   * Approves a submitted registration: the partner is protected for the configured number of days
   * and gets the deal as its own accepted lead. Refused while another approved registration
   * protects the same opportunity.
   */
  public DealRegistration approve(Long id, Long version) {
    Caller caller = access.require(Role.CHANNEL_MANAGER);
    DealRegistration reg = locked(id);
    checkVersion(reg, version);
    if (reg.getStatus() != DealStatus.SUBMITTED) {
      throw transition(reg, "error.deal.transition.approve");
    }
    // approvals one at a time (they are rare), so two cannot both see "no other approval" for one
    // opportunity, however its mentions are spread over customer records
    lockConflictChecks();
    LocalDate today = today();
    if (!protectingRegistrations(reg, today, true).isEmpty()) {
      throw new ConflictException("status", "error.deal.alreadyProtected", reg.getCompany());
    }
    Instant now = clock.now();
    reg.conflictFound(hasConflict(reg, today), now);
    reg.approve(caller.username(), today.plusDays(protectionDays()), now);
    Lead lead =
        dealLeads.acceptedLead(
            leadDetails(reg),
            reg.getPartnerId(),
            caller.username(),
            "deal registration " + reg.getId());
    reg.linkLead(lead.getId());
    return flushed(reg);
  }

  public DealRegistration reject(Long id, String reason, Long version) {
    Caller caller = access.require(Role.CHANNEL_MANAGER);
    DealRegistration reg = locked(id);
    checkVersion(reg, version);
    if (reg.getStatus() != DealStatus.SUBMITTED) {
      throw transition(reg, "error.deal.transition.reject");
    }
    String why = Checks.clean(reason);
    new Checks().multiLineText("reason", why, true, 1000).throwIfAny();
    reg.reject(caller.username(), why, clock.now());
    return flushed(reg);
  }

  /** Back to the partner with what is missing; the partner edits and resubmits it. */
  public DealRegistration returnForInformation(Long id, String message, Long version) {
    Caller caller = access.require(Role.CHANNEL_MANAGER);
    DealRegistration reg = locked(id);
    checkVersion(reg, version);
    if (reg.getStatus() != DealStatus.SUBMITTED) {
      throw transition(reg, "error.deal.transition.return");
    }
    String why = Checks.clean(message);
    new Checks().multiLineText("reason", why, true, 1000).throwIfAny();
    reg.returnForInformation(caller.username(), why, clock.now());
    return flushed(reg);
  }

  /**
   * Marks approvals whose window has passed as expired (the daily job; reads never wait for it).
   */
  public int expireOverdue() {
    LocalDate today = today();
    Instant now = clock.now();
    List<DealRegistration> overdue =
        em.createQuery(
                "SELECT r FROM DealRegistration r WHERE r.status = :approved"
                    + " AND r.protectedUntil < :today",
                DealRegistration.class)
            .setParameter("approved", DealStatus.APPROVED)
            .setParameter("today", today)
            .getResultList();
    overdue.forEach(r -> r.expire(today, now));
    em.flush();
    return overdue.size();
  }

  // --- conflicts ---------------------------------------------------------------------------

  /**
   * A decision on a registration, one at a time: the row is locked before it is read, so of two
   * callers deciding at once the second sees the first one's decision and is told so.
   */
  private DealRegistration locked(Long id) {
    // the caller's scope first, so nobody can hold or time a lock on a row they may not see
    DealRegistration reg = find(id);
    locks.row("deal_registration", reg.getId());
    em.refresh(reg);
    return reg;
  }

  /**
   * Conflict checks and approvals one at a time, so a submission sees an approval made at the same
   * moment (and is flagged), and two approvals of one opportunity cannot both see none.
   */
  private void lockConflictChecks() {
    locks.named("deal_conflicts");
  }

  private boolean hasConflict(DealRegistration reg, LocalDate today) {
    return !conflictingLeads(reg).isEmpty()
        || !protectingRegistrations(reg, today, false).isEmpty();
  }

  /** Open leads of other partners about the same opportunity. */
  private List<Lead> conflictingLeads(DealRegistration reg) {
    CriteriaBuilder cb = em.getCriteriaBuilder();
    CriteriaQuery<Lead> q = cb.createQuery(Lead.class);
    Root<Lead> l = q.from(Lead.class);
    q.select(l)
        .where(
            sameCustomer(cb, l, reg.party()),
            l.get("status").in(LeadStatus.OPEN),
            cb.notEqual(l.get("partnerId"), reg.getPartnerId()))
        .orderBy(cb.desc(l.get("createdAt")));
    Set<String> categories = reg.categorySet();
    return em.createQuery(q).setMaxResults(MAX_CONFLICTS * 50).getResultList().stream()
        .filter(
            lead ->
                DealConflicts.sameOpportunity(
                    reg.party(),
                    categories,
                    DealConflicts.Party.of(lead.getCompany(), lead.getEmail()),
                    lead.getCategory() == null ? Set.of() : Set.of(lead.getCategory())))
        .limit(MAX_CONFLICTS)
        .toList();
  }

  /**
   * Approved registrations that protect the same opportunity today: of other partners, or with
   * {@code anyPartner} of any partner (only one approval per opportunity).
   */
  private List<DealRegistration> protectingRegistrations(
      DealRegistration reg, LocalDate today, boolean anyPartner) {
    CriteriaBuilder cb = em.getCriteriaBuilder();
    CriteriaQuery<DealRegistration> q = cb.createQuery(DealRegistration.class);
    Root<DealRegistration> r = q.from(DealRegistration.class);
    List<Predicate> where = new ArrayList<>();
    where.add(sameCustomer(cb, r, reg.party()));
    where.add(cb.equal(r.get("status"), DealStatus.APPROVED));
    where.add(cb.greaterThanOrEqualTo(r.get("protectedUntil"), today));
    if (reg.getId() != null) {
      where.add(cb.notEqual(r.get("id"), reg.getId()));
    }
    if (!anyPartner) {
      where.add(cb.notEqual(r.get("partnerId"), reg.getPartnerId()));
    }
    q.select(r).where(where.toArray(Predicate[]::new)).orderBy(cb.desc(r.get("submittedAt")));
    Set<String> categories = reg.categorySet();
    // every candidate is checked for a common category: a cap here could hide the protecting one
    return em.createQuery(q).getResultList().stream()
        .filter(
            other ->
                other.protects(today)
                    && DealConflicts.sameOpportunity(
                        reg.party(), categories, other.party(), other.categorySet()))
        .limit(MAX_CONFLICTS)
        .toList();
  }

  private static Predicate sameCustomer(
      CriteriaBuilder cb, Root<?> root, DealConflicts.Party party) {
    List<Predicate> same = new ArrayList<>();
    same.add(cb.equal(root.get("companyKey"), party.companyKey()));
    if (party.email() != null) {
      same.add(cb.equal(root.get("email"), party.email()));
    }
    if (party.emailDomain() != null) {
      same.add(cb.equal(root.get("emailDomain"), party.emailDomain()));
    }
    return cb.or(same.toArray(Predicate[]::new));
  }

  // --- helpers -----------------------------------------------------------------------------

  private static LeadDetails leadDetails(DealRegistration reg) {
    return new LeadDetails(
        reg.getCompany(),
        reg.getContactName(),
        reg.getEmail(),
        reg.getPhone(),
        reg.getCountry(),
        null,
        null,
        reg.getDescription(),
        reg.getCategories().get(0),
        reg.getProducts(),
        reg.getEstimatedValue(),
        reg.getCurrency());
  }

  int protectionDays() {
    if (protectionDays < 1 || protectionDays > 3650) {
      throw new IllegalStateException(
          "channelport.leads.protection-days must be from 1 to 3650, not " + protectionDays);
    }
    return protectionDays;
  }

  public LocalDate today() {
    return LocalDate.ofInstant(clock.now(), ZoneOffset.UTC);
  }

  private ConflictException transition(DealRegistration reg, String messageKey) {
    return new ConflictException("status", messageKey, reg.statusOn(today()).code());
  }

  private static DealInput requireInput(DealInput input) {
    if (input == null) {
      throw new InvalidInputException(List.of(new FieldError("body", "error.api.emptyBody")));
    }
    return input;
  }

  private static void checkVersion(DealRegistration reg, Long expected) {
    if (expected != null && expected != reg.getVersion()) {
      throw stale(reg);
    }
  }

  private DealRegistration flushed(DealRegistration reg) {
    try {
      em.flush();
    } catch (OptimisticLockException e) {
      throw stale(reg);
    }
    return reg;
  }

  private static ConflictException stale(DealRegistration reg) {
    return new ConflictException("version", "error.deal.stale", reg.getCompany());
  }
}
