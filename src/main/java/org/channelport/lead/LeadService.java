package org.channelport.lead;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.channelport.customer.CustomerRef;
import org.channelport.customer.Customers;
import org.channelport.lead.dispatch.DispatchExplanation;
import org.channelport.lead.dispatch.TierPolicy;
import org.channelport.partner.Partner;
import org.channelport.partner.PartnerStatus;
import org.channelport.partner.PartnerUser;
import org.channelport.platform.Clock;
import org.channelport.platform.ListFilters;
import org.channelport.platform.ListQuery;
import org.channelport.platform.Versions;
import org.channelport.security.AccessRules;
import org.channelport.security.Caller;
import org.channelport.security.Role;
import org.channelport.shared.AccessDeniedException;
import org.channelport.shared.CampaignCode;
import org.channelport.shared.CategoryCodes;
import org.channelport.shared.Checks;
import org.channelport.shared.ConflictException;
import org.channelport.shared.FieldError;
import org.channelport.shared.InvalidInputException;
import org.channelport.shared.Page;
import org.channelport.shared.PageRequest;
import org.channelport.shared.RecordNotFoundException;
import org.eclipse.microprofile.config.inject.ConfigProperties;

/**
 * Leads: who sees which, and every step of their life. Channel managers see the pool (leads of no
 * partner yet) and the leads of the partners in their portfolio; a partner manager the leads of
 * their partner; a partner employee the leads assigned to them.
 */
@ApplicationScoped
@Transactional
public class LeadService {
  static final String TYPE = "Lead";

  /** Sortable columns, by the name pages and the API use; without one, the newest first. */
  static final ListQuery.Sorts SORTS =
      ListQuery.sorts("l.id", ListQuery.Tie.SAME)
          .field("createdAt", "l.createdAt")
          .field("updatedAt", "l.updatedAt")
          .field("company", "l.company")
          .field("status", "l.status")
          .field("country", "l.country")
          .field("category", "l.category")
          .field("estimatedValue", "l.estimatedValue")
          .field("acceptDueAt", "l.acceptDueAt")
          .byDefault("createdAt", false);

  /** The names lists sort by (the API's allowed {@code sort} values), alphabetically. */
  public static final List<String> SORT_FIELDS = SORTS.names();

  /** What a list row reads: {@link LeadRow}'s query constructor. */
  private static final String ROW =
      "NEW org.channelport.lead.LeadRow(l.id, l.company, l.contactName, l.email, l.country,"
          + " l.region, l.category, l.source, l.status, l.partnerId, l.assignedUsername,"
          + " l.estimatedValue, l.currency, l.noPartnerAvailable, l.createdAt, l.acceptDueAt)";

  EntityManager em;
  AccessRules access;
  Clock clock;
  Customers customers;
  LeadHistory history;
  CategoryCodes categories;
  LeadsConfig config;

  /** For the container's proxies. */
  protected LeadService() {}

  @Inject
  public LeadService(
      EntityManager em,
      AccessRules access,
      Clock clock,
      Customers customers,
      LeadHistory history,
      CategoryCodes categories,
      @ConfigProperties LeadsConfig config) {
    this.em = em;
    this.access = access;
    this.clock = clock;
    this.customers = customers;
    this.history = history;
    this.categories = categories;
    this.config = config;
  }

  // --- reading -----------------------------------------------------------------------------

  /**
   * The caller's leads, as entities (the API shows every field). Filters: status (one or several,
   * comma-separated), q (company, contact, e-mail), partnerId, category, source, country, assignee,
   * pool (true: not dispatched to anyone), noPartner (true: rule dispatch found nobody),
   * customerId.
   */
  public Page<Lead> list(PageRequest page) {
    access.requireUser();
    ListQuery list = query(page);
    return new Page<>(list.rows(em, page, SORTS, Lead.class, "l"), list.count(em));
  }

  /**
   * One page of the caller's leads as list rows (read by the query, no entities): one statement.
   */
  public List<LeadRow> rows(PageRequest page) {
    access.requireUser();
    return query(page).rows(em, page, SORTS, LeadRow.class, ROW);
  }

  /** How many of the caller's leads match the filters: one SQL statement. */
  public long count(PageRequest page) {
    access.requireUser();
    return query(page).count(em);
  }

  /** A page of the caller's leads as list rows and their count: two SQL statements. */
  public Page<LeadRow> page(PageRequest page) {
    access.requireUser();
    return query(page).page(em, page, SORTS, LeadRow.class, ROW);
  }

  /** The list query of the caller's leads: their scope and the filters, every value a parameter. */
  private ListQuery query(PageRequest page) {
    Map<String, Object> scope = new HashMap<>();
    ListQuery list =
        ListQuery.from("Lead l").where(access.visibleJpql("l.partnerId", scope, true), scope);
    Caller caller = access.caller();
    if (caller.isPartnerUser() && !caller.isPartnerManager()) {
      list.where("l.assignedUsername = :scopeUser", "scopeUser", caller.username());
    }
    String category = page.filter("category");
    String country = page.filter("country");
    String source = page.filter("source");
    list.in("l.status", ListFilters.codes(page.filter("status"), LeadStatus::parse))
        .contains(page.filter("q"), 100, "LOWER(l.company)", "LOWER(l.contactName)", "l.email")
        .equalId("l.partnerId", page.filter("partnerId"))
        .equal("l.category", category == null ? null : category.toLowerCase(Locale.ROOT))
        .equal("l.country", country == null ? null : country.toUpperCase(Locale.ROOT))
        .equal("l.assignedUsername", page.filter("assignee"));
    if (source != null) {
      LeadSource.parse(source).ifPresentOrElse(s -> list.equal("l.source", s), list::nothing);
    }
    if (Boolean.TRUE.equals(ListFilters.bool(page.filter("pool")))) {
      list.where("l.partnerId IS NULL");
    }
    if (Boolean.TRUE.equals(ListFilters.bool(page.filter("noPartner")))) {
      list.where("l.noPartnerAvailable = TRUE");
    }
    return list.equalId("l.customerId", page.filter("customerId"));
  }

  /** Counts of the caller's leads by status, for the home page. */
  public Map<LeadStatus, Long> countByStatus() {
    access.requireUser();
    CriteriaBuilder cb = em.getCriteriaBuilder();
    CriteriaQuery<Object[]> q = cb.createQuery(Object[].class);
    Root<Lead> l = q.from(Lead.class);
    q.multiselect(l.get("status"), cb.count(l))
        .where(scope(cb, q, l).toArray(Predicate[]::new))
        .groupBy(l.get("status"));
    Map<LeadStatus, Long> counts = new EnumMap<>(LeadStatus.class);
    for (LeadStatus s : LeadStatus.values()) {
      counts.put(s, 0L);
    }
    for (Object[] row : em.createQuery(q).getResultList()) {
      counts.put((LeadStatus) row[0], (Long) row[1]);
    }
    return counts;
  }

  private List<Predicate> scope(CriteriaBuilder cb, CriteriaQuery<?> query, Root<Lead> l) {
    List<Predicate> where = new ArrayList<>();
    where.add(access.visibleOrPool(cb, query, l.get("partnerId")));
    Caller caller = access.caller();
    if (caller.isPartnerUser() && !caller.isPartnerManager()) {
      where.add(cb.equal(l.get("assignedUsername"), caller.username()));
    }
    return where;
  }

  /** A lead the caller may see; anything else is not found (and the attempt audited). */
  public Lead find(Long id) {
    Caller caller = access.requireUser();
    Lead lead = id == null ? null : em.find(Lead.class, id);
    if (lead == null) {
      throw new RecordNotFoundException(TYPE, id);
    }
    access.requireVisibleOrPool(TYPE, id, lead.getPartnerId());
    if (caller.isPartnerUser()
        && !caller.isPartnerManager()
        && !caller.username().equals(lead.getAssignedUsername())) {
      access.denied(TYPE, id, lead.getPartnerId());
    }
    return lead;
  }

  /** The lead's history as the caller may see it, oldest first. */
  public List<LeadEventView> timeline(Long id) {
    Lead lead = find(id);
    return history.of(lead, access.caller());
  }

  /**
   * Why the lead went to its partner, for a channel manager who sees every partner the explanation
   * names; otherwise null.
   */
  public String visibleExplanation(Lead lead) {
    Caller caller = access.caller();
    if (!caller.isChannelManager()
        || !history.mentionsOnlyVisiblePartners(lead.getDispatchExplanation())) {
      return null;
    }
    return lead.getDispatchExplanation();
  }

  /** The customer's other leads that the caller may see, newest first (at most 20). */
  public List<Lead> customerLeads(Long id) {
    Lead lead = find(id);
    CriteriaBuilder cb = em.getCriteriaBuilder();
    CriteriaQuery<Lead> q = cb.createQuery(Lead.class);
    Root<Lead> l = q.from(Lead.class);
    List<Predicate> where = scope(cb, q, l);
    where.add(cb.equal(l.get("customerId"), lead.getCustomerId()));
    where.add(cb.notEqual(l.get("id"), lead.getId()));
    q.select(l).where(where.toArray(Predicate[]::new)).orderBy(cb.desc(l.get("createdAt")));
    return em.createQuery(q).setMaxResults(20).getResultList();
  }

  /**
   * What the caller's leads credited to each of {@code codes} brought, per partner, code and
   * currency (for ROI of funded campaigns): one SQL aggregate, no rows loaded. Open leads
   * (dispatched, accepted, qualified) make the pipeline with their estimated value; won leads count
   * with their won value. Codes are compared in upper case; invalid ones find nothing.
   */
  public List<CampaignFigures> campaignFigures(Collection<String> codes) {
    Caller caller = access.requireUser();
    List<String> valid = CampaignCode.valid(codes);
    if (valid.isEmpty()) {
      return List.of();
    }
    List<Object> parameters = new ArrayList<>();
    String open =
        LeadStatus.OPEN.stream().map(s -> "'" + s.name() + "'").collect(Collectors.joining(", "));
    StringBuilder sql =
        new StringBuilder(
            "SELECT l.partner_id, l.campaign_code, l.currency, COUNT(*),"
                + " COALESCE(SUM(CASE WHEN l.status IN ("
                + open
                + ") THEN l.estimated_value END), 0),"
                + " SUM(CASE WHEN l.status = 'WON' THEN 1 ELSE 0 END),"
                + " COALESCE(SUM(CASE WHEN l.status = 'WON' THEN l.won_value END), 0)"
                + " FROM sales_lead l WHERE ");
    sql.append(CampaignCode.inClause("l.campaign_code", valid.size()));
    parameters.addAll(valid);
    sql.append(" AND ").append(access.visibleSql("l.partner_id", parameters, true));
    if (caller.isPartnerUser() && !caller.isPartnerManager()) {
      sql.append(" AND l.assigned_username = ?");
      parameters.add(caller.username());
    }
    sql.append(" GROUP BY l.partner_id, l.campaign_code, l.currency");
    Query query = em.createNativeQuery(sql.toString());
    for (int i = 0; i < parameters.size(); i++) {
      query.setParameter(i + 1, parameters.get(i));
    }
    List<CampaignFigures> figures = new ArrayList<>();
    for (Object row : query.getResultList()) {
      Object[] r = (Object[]) row;
      figures.add(
          new CampaignFigures(
              r[0] == null ? null : ((Number) r[0]).longValue(),
              ((String) r[1]).toUpperCase(Locale.ROOT),
              (String) r[2],
              ((Number) r[3]).longValue(),
              decimal(r[4]),
              ((Number) r[5]).longValue(),
              decimal(r[6])));
    }
    return figures;
  }

  private static BigDecimal decimal(Object value) {
    return value instanceof BigDecimal d
        ? d
        : value == null ? BigDecimal.ZERO : new BigDecimal(value.toString());
  }

  // --- creating ----------------------------------------------------------------------------

  /** A channel manager enters a lead; it starts in the pool. */
  public Lead create(LeadInput input) {
    Caller caller = access.require(Role.CHANNEL_MANAGER);
    LeadDetails details = requireInput(input).validate(categories);
    return createLead(details, LeadSource.CHANNEL_MANAGER, caller.username());
  }

  /** A new lead in the pool, from any source; its customer is found or created. */
  public Lead createLead(LeadDetails details, LeadSource source, String actor) {
    Instant now = clock.now();
    CustomerRef customer =
        customers.matchOrCreate(details.company(), details.email(), details.country());
    em.flush();
    Lead lead = new Lead(details, customer, source, actor, now);
    em.persist(lead);
    em.flush();
    history.record(lead, now, actor, LeadEventType.CREATED, null, false, source.code());
    return lead;
  }

  // --- dispatching -------------------------------------------------------------------------

  /** A channel manager offers a lead of the pool to a partner of their portfolio, by hand. */
  public Lead dispatch(Long id, Long partnerId, Long version) {
    Caller caller = access.require(LeadStep.DISPATCH.roleArray());
    Lead lead = find(id);
    Versions.check(lead, version);
    if (partnerId == null) {
      throw new InvalidInputException(List.of(new FieldError("partnerId", "error.required")));
    }
    Partner partner = em.find(Partner.class, partnerId);
    access.requireVisible("Partner", partnerId, partner == null ? null : partner.getId());
    LeadStep.DISPATCH.require(lead.getStatus());
    if (partner.getStatus() != PartnerStatus.ACTIVE) {
      throw new ConflictException("partnerId", "error.lead.partnerNotActive", partner.getName());
    }
    if (history.excluded(lead.getId(), partnerId)) {
      throw new ConflictException("partnerId", "error.lead.partnerExcluded", partner.getName());
    }
    Instant now = clock.now();
    String explanation = DispatchExplanation.manual(caller.username(), partnerId);
    lead.dispatch(partnerId, acceptDue(partner, now), explanation, now);
    history.record(
        lead, now, caller.username(), LeadEventType.DISPATCHED, partnerId, false, explanation);
    return Versions.flushed(em, lead);
  }

  /** When a partner of this tier must have accepted a lead offered now. */
  public Instant acceptDue(Partner partner, Instant now) {
    TierPolicy policy = em.find(TierPolicy.class, partner.getTier());
    int hours = policy == null ? config.defaultAcceptHours : policy.getAcceptSlaHours();
    return now.plus(hours, ChronoUnit.HOURS);
  }

  // --- the partner's work ------------------------------------------------------------------

  public Lead accept(Long id, Long version) {
    Caller caller = access.require(LeadStep.ACCEPT.roleArray());
    Lead lead = find(id);
    Versions.check(lead, version);
    Instant now = clock.now();
    lead.accept(now);
    history.record(
        lead, now, caller.username(), LeadEventType.ACCEPTED, lead.getPartnerId(), false, null);
    return Versions.flushed(em, lead);
  }

  public Lead reject(Long id, String reason, Long version) {
    Caller caller = access.require(LeadStep.REJECT.roleArray());
    Lead lead = find(id);
    Versions.check(lead, version);
    String why = Checks.clean(reason);
    new Checks().multiLineText("reason", why, true, 500).throwIfAny();
    Instant now = clock.now();
    Long partner = lead.reject(why, now);
    history.exclude(lead.getId(), partner, "REJECTED", now);
    history.record(lead, now, caller.username(), LeadEventType.REJECTED, partner, false, why);
    return Versions.flushed(em, lead);
  }

  /** The SLA ran out: the lead goes back to the pool and the partner is excluded from it. */
  public Lead recall(Lead lead, String actor) {
    Instant now = clock.now();
    Long partner = lead.recall(now);
    history.exclude(lead.getId(), partner, "LAPSED", now);
    history.record(lead, now, actor, LeadEventType.RECALLED, partner, false, null);
    return Versions.flushed(em, lead);
  }

  /** A partner manager gives an accepted lead to one of the partner's people. */
  public Lead assign(Long id, String username, Long version) {
    Caller caller = access.require(LeadStep.ASSIGN.roleArray());
    Lead lead = find(id);
    Versions.check(lead, version);
    String who = Checks.clean(username);
    new Checks().required("username", who).throwIfAny();
    List<PartnerUser> people =
        em.createQuery(
                "SELECT u FROM PartnerUser u WHERE u.username = :u AND u.partnerId = :p",
                PartnerUser.class)
            .setParameter("u", who)
            .setParameter("p", lead.getPartnerId())
            .getResultList();
    if (people.isEmpty()) {
      throw new InvalidInputException(
          List.of(new FieldError("username", "error.lead.notColleague", who)));
    }
    Instant now = clock.now();
    lead.assign(who, now);
    history.record(
        lead, now, caller.username(), LeadEventType.ASSIGNED, lead.getPartnerId(), false, who);
    return Versions.flushed(em, lead);
  }

  public Lead qualify(Long id, Qualification qualification, Long version) {
    Caller caller = access.require(LeadStep.QUALIFY.roleArray());
    Lead lead = find(id);
    Versions.check(lead, version);
    Qualification q =
        (qualification == null ? new Qualification(null, null, null, null) : qualification)
            .validated();
    Instant now = clock.now();
    lead.qualify(q, now);
    history.record(
        lead,
        now,
        caller.username(),
        LeadEventType.QUALIFIED,
        lead.getPartnerId(),
        false,
        "budget: "
            + q.budget()
            + "; authority: "
            + q.authority()
            + "; need: "
            + q.need()
            + "; timeline: "
            + q.timeline());
    return Versions.flushed(em, lead);
  }

  /** Won (with the value) or lost (with the reason). */
  public Lead close(Long id, boolean won, BigDecimal value, String reason, Long version) {
    Caller caller = access.require((won ? LeadStep.WIN : LeadStep.LOSE).roleArray());
    Lead lead = find(id);
    Versions.check(lead, version);
    Instant now = clock.now();
    if (won) {
      Checks checks = new Checks().required("value", value);
      if (value != null
          && (value.signum() < 0
              || value.compareTo(LeadInput.MAX_VALUE) > 0
              || value.scale() > 2)) {
        checks.add("value", "error.lead.value");
      }
      checks.throwIfAny();
      lead.win(value, now);
      history.record(
          lead,
          now,
          caller.username(),
          LeadEventType.WON,
          lead.getPartnerId(),
          false,
          value.toPlainString());
    } else {
      String why = Checks.clean(reason);
      new Checks().multiLineText("reason", why, true, 500).throwIfAny();
      lead.lose(why, now);
      history.record(
          lead, now, caller.username(), LeadEventType.LOST, lead.getPartnerId(), false, why);
    }
    return Versions.flushed(em, lead);
  }

  /**
   * Credits a lead to the campaign (a funded marketing activity) that brought it in, or to none
   * ({@code code} blank): whoever may work on the lead — its partner's manager, its assignee, a
   * channel manager — in any status, since results are often attributed after the fact.
   */
  public Lead creditCampaign(Long id, String code, Long version) {
    Caller caller =
        access.require(Role.CHANNEL_MANAGER, Role.PARTNER_MANAGER, Role.PARTNER_EMPLOYEE);
    String campaign = CampaignCode.parse("campaignCode", code);
    Lead lead = find(id);
    Versions.check(lead, version);
    if (Objects.equals(campaign, lead.getCampaignCode())) {
      return lead;
    }
    Instant now = clock.now();
    lead.creditCampaign(campaign, now);
    history.record(
        lead,
        now,
        caller.username(),
        LeadEventType.CAMPAIGN,
        lead.getPartnerId(),
        false,
        campaign == null ? "" : campaign);
    return Versions.flushed(em, lead);
  }

  /**
   * A note or an activity (call, meeting, e-mail) on the lead. Partner users' notes belong to their
   * partner; a channel manager's notes stay with the channel (partners do not see them).
   */
  public LeadEventView addNote(Long id, boolean activity, String text) {
    Caller caller = access.requireUser();
    Lead lead = find(id);
    String body = Checks.clean(text);
    new Checks().multiLineText("text", body, true, 2000).throwIfAny();
    if (caller.isPartnerUser() && lead.getStatus().inPool()) {
      throw new AccessDeniedException("error.forbiddenRole");
    }
    Instant now = clock.now();
    boolean internal = !caller.isPartnerUser();
    LeadEvent event =
        history.record(
            lead,
            now,
            caller.username(),
            activity ? LeadEventType.ACTIVITY : LeadEventType.NOTE,
            caller.isPartnerUser() ? caller.partnerId() : null,
            internal,
            body);
    lead.touched(now);
    Versions.flushed(em, lead);
    return LeadEventView.of(event, true);
  }

  // --- helpers -----------------------------------------------------------------------------

  private static LeadInput requireInput(LeadInput input) {
    if (input == null) {
      throw new InvalidInputException(List.of(new FieldError("body", "error.api.emptyBody")));
    }
    return input;
  }
}
