package org.channelport.deal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
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
import org.channelport.platform.ListFilters;
import org.channelport.platform.ListQuery;
import org.channelport.platform.Locks;
import org.channelport.platform.Versions;
import org.channelport.security.AccessRules;
import org.channelport.security.Caller;
import org.channelport.security.Role;
import org.channelport.shared.CampaignCode;
import org.channelport.shared.CategoryCodes;
import org.channelport.shared.Checks;
import org.channelport.shared.ConflictException;
import org.channelport.shared.FieldError;
import org.channelport.shared.InvalidInputException;
import org.channelport.shared.Page;
import org.channelport.shared.PageRequest;
import org.eclipse.microprofile.config.inject.ConfigProperties;

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

  /** Sortable columns, by the name pages and the API use; without one, the newest first. */
  static final ListQuery.Sorts SORTS =
      ListQuery.sorts("r.id", ListQuery.Tie.SAME)
          .field("submittedAt", "r.submittedAt")
          .field("updatedAt", "r.updatedAt")
          .field("company", "r.company")
          .field("status", "r.status")
          .field("estimatedValue", "r.estimatedValue")
          .field("expectedClose", "r.expectedClose")
          .field("protectedUntil", "r.protectedUntil")
          .byDefault("submittedAt", false);

  /** The names lists sort by (the API's allowed {@code sort} values), alphabetically. */
  public static final List<String> SORT_FIELDS = SORTS.names();

  @PersistenceContext EntityManager em;
  @Inject AccessRules access;
  @Inject Clock clock;
  @Inject Customers customers;
  @Inject DealLeads dealLeads;
  @Inject Locks locks;
  @Inject CategoryCodes categories;

  @Inject @ConfigProperties DealsConfig config;

  // --- reading -----------------------------------------------------------------------------

  /**
   * The caller's registrations. Filters: status (as of today: an approval past its window is
   * expired), conflict (true/false), q (company, contact, e-mail), partnerId.
   */
  public Page<DealRegistration> list(PageRequest page) {
    access.requireUser();
    ListQuery list = query(page);
    return new Page<>(list.rows(em, page, SORTS, DealRegistration.class, "r"), list.count(em));
  }

  /** One page of the caller's registrations (read-only entities): one SQL statement. */
  public List<DealRegistration> rows(PageRequest page) {
    access.requireUser();
    return query(page).rows(em, page, SORTS, DealRegistration.class, "r");
  }

  public long count(PageRequest page) {
    access.requireUser();
    return query(page).count(em);
  }

  /** A registration as another capability's list shows it (the home page's "my work"). */
  public record Summary(
      long id,
      long partnerId,
      String company,
      BigDecimal estimatedValue,
      String currency,
      Instant submittedAt) {}

  /** A page of the caller's registrations as summaries and their count: two SQL statements. */
  public Page<Summary> summaries(PageRequest page) {
    access.requireUser();
    ListQuery list = query(page);
    List<Summary> rows =
        list.rows(em, page, SORTS, DealRegistration.class, "r").stream()
            .map(
                r ->
                    new Summary(
                        r.getId(),
                        r.getPartnerId(),
                        r.getCompany(),
                        r.getEstimatedValue(),
                        r.getCurrency(),
                        r.getSubmittedAt()))
            .toList();
    return new Page<>(rows, list.count(em));
  }

  private ListQuery query(PageRequest page) {
    Map<String, Object> scope = new HashMap<>();
    ListQuery list =
        ListQuery.from("DealRegistration r")
            .where(access.visibleJpql("r.partnerId", scope, false), scope);
    String status = page.filter("status");
    if (status != null) {
      DealStatus.parse(status).ifPresentOrElse(s -> statusOn(list, s, today()), list::nothing);
    }
    // the pages' columns filter by their field names, the API by short names
    return list.equal(
            "r.hasConflict",
            ListFilters.bool(first(page.filter("conflict"), page.filter("hasConflict"))))
        .contains(
            first(page.filter("q"), page.filter("company")),
            Integer.MAX_VALUE,
            "LOWER(r.company)",
            "LOWER(r.contactName)",
            "r.email")
        .equalId("r.partnerId", page.filter("partnerId"));
  }

  /** The status as of {@code today}: approvals whose window has passed are expired. */
  private static void statusOn(ListQuery list, DealStatus status, LocalDate today) {
    switch (status) {
      case APPROVED ->
          list.where(
              "(r.status = :"
                  + list.parameter(DealStatus.APPROVED)
                  + " AND r.protectedUntil >= :"
                  + list.parameter(today)
                  + ")");
      case EXPIRED ->
          list.where(
              "(r.status = :"
                  + list.parameter(DealStatus.EXPIRED)
                  + " OR (r.status = :"
                  + list.parameter(DealStatus.APPROVED)
                  + " AND r.protectedUntil < :"
                  + list.parameter(today)
                  + "))");
      default -> list.equal("r.status", status);
    }
  }

  private static String first(String a, String b) {
    return a != null ? a : b;
  }

  /**
   * What the caller's deal registrations credited to each of {@code codes} came to, per partner,
   * code and currency (for ROI of funded campaigns): one SQL aggregate, no rows loaded. Codes are
   * compared in upper case; invalid ones find nothing.
   */
  public List<DealCampaignFigures> campaignFigures(Collection<String> codes) {
    access.requireUser();
    List<String> valid = CampaignCode.valid(codes);
    if (valid.isEmpty()) {
      return List.of();
    }
    List<Object> parameters = new ArrayList<>(valid);
    String sql =
        "SELECT r.partner_id, r.campaign_code, r.currency, COUNT(*),"
            + " SUM(CASE WHEN r.status IN ('SUBMITTED', 'RETURNED') THEN 1 ELSE 0 END),"
            + " COALESCE(SUM(CASE WHEN r.status IN ('SUBMITTED', 'RETURNED')"
            + " THEN r.estimated_value END), 0)"
            + " FROM deal_registration r WHERE "
            + CampaignCode.inClause("r.campaign_code", valid.size())
            + " AND "
            + access.visibleSql("r.partner_id", parameters, false)
            + " GROUP BY r.partner_id, r.campaign_code, r.currency";
    Query query = em.createNativeQuery(sql);
    for (int i = 0; i < parameters.size(); i++) {
      query.setParameter(i + 1, parameters.get(i));
    }
    List<DealCampaignFigures> figures = new ArrayList<>();
    for (Object row : query.getResultList()) {
      Object[] r = (Object[]) row;
      figures.add(
          new DealCampaignFigures(
              ((Number) r[0]).longValue(),
              ((String) r[1]).toUpperCase(Locale.ROOT),
              (String) r[2],
              ((Number) r[3]).longValue(),
              ((Number) r[4]).longValue(),
              r[5] instanceof BigDecimal d ? d : new BigDecimal(String.valueOf(r[5]))));
    }
    return figures;
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
    return Versions.flushed(em, reg);
  }

  /** A partner user answers a return: the registration is submitted again with new details. */
  public DealRegistration resubmit(Long id, DealInput input) {
    Caller caller = access.require(DealStep.RESUBMIT.roleArray());
    DealRegistration reg = locked(id);
    Versions.check(reg, requireInput(input).version());
    if (!DealStep.RESUBMIT.allowedFrom(reg.getStatus())) {
      throw transition(reg, DealStep.RESUBMIT);
    }
    DealDetails details = input.validate(today(), categories);
    Instant now = clock.now();
    lockConflictChecks();
    reg.resubmit(details, customer(details), caller.username(), now);
    reg.conflictFound(hasConflict(reg, today()), now);
    return Versions.flushed(em, reg);
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
    Caller caller = access.require(DealStep.APPROVE.roleArray());
    DealRegistration reg = locked(id);
    Versions.check(reg, version);
    if (!DealStep.APPROVE.allowedFrom(reg.getStatus())) {
      throw transition(reg, DealStep.APPROVE);
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
    return Versions.flushed(em, reg);
  }

  public DealRegistration reject(Long id, String reason, Long version) {
    Caller caller = access.require(DealStep.REJECT.roleArray());
    DealRegistration reg = locked(id);
    Versions.check(reg, version);
    if (!DealStep.REJECT.allowedFrom(reg.getStatus())) {
      throw transition(reg, DealStep.REJECT);
    }
    String why = Checks.clean(reason);
    new Checks().multiLineText("reason", why, true, 1000).throwIfAny();
    reg.reject(caller.username(), why, clock.now());
    return Versions.flushed(em, reg);
  }

  /** Back to the partner with what is missing; the partner edits and resubmits it. */
  public DealRegistration returnForInformation(Long id, String message, Long version) {
    Caller caller = access.require(DealStep.RETURN.roleArray());
    DealRegistration reg = locked(id);
    Versions.check(reg, version);
    if (!DealStep.RETURN.allowedFrom(reg.getStatus())) {
      throw transition(reg, DealStep.RETURN);
    }
    String why = Checks.clean(message);
    new Checks().multiLineText("reason", why, true, 1000).throwIfAny();
    reg.returnForInformation(caller.username(), why, clock.now());
    return Versions.flushed(em, reg);
  }

  /**
   * Marks approvals whose window has passed as expired (the daily job; reads never wait for it).
   */
  public int expireOverdue() {
    LocalDate today = today();
    Instant now = clock.now();
    List<DealRegistration> overdue =
        em.createQuery(
                "SELECT r FROM DealRegistration r WHERE r.status IN :expirable"
                    + " AND r.protectedUntil < :today",
                DealRegistration.class)
            .setParameter("expirable", DealStep.EXPIRE.from())
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
        reg.getCurrency(),
        reg.getCampaignCode());
  }

  int protectionDays() {
    return config.checkedProtectionDays();
  }

  public LocalDate today() {
    return LocalDate.ofInstant(clock.now(), ZoneOffset.UTC);
  }

  /** The step is refused, naming the status as the caller sees it (an approval may be expired). */
  private ConflictException transition(DealRegistration reg, DealStep step) {
    return step.refused(reg.statusOn(today()).code());
  }

  private static DealInput requireInput(DealInput input) {
    if (input == null) {
      throw new InvalidInputException(List.of(new FieldError("body", "error.api.emptyBody")));
    }
    return input;
  }
}
