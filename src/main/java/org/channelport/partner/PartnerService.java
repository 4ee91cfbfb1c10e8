package org.channelport.partner;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Root;
import jakarta.transaction.Transactional;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.channelport.platform.Clock;
import org.channelport.platform.ListQuery;
import org.channelport.platform.Versions;
import org.channelport.security.AccessRules;
import org.channelport.security.Caller;
import org.channelport.security.Portfolios;
import org.channelport.security.Role;
import org.channelport.shared.AccessDeniedException;
import org.channelport.shared.CategoryCodes;
import org.channelport.shared.Checks;
import org.channelport.shared.ConflictException;
import org.channelport.shared.FieldError;
import org.channelport.shared.InvalidInputException;
import org.channelport.shared.Page;
import org.channelport.shared.PageRequest;

/** Partner organisations: who may see, create and change which. */
@ApplicationScoped
@Transactional
public class PartnerService {
  /** Sortable columns, by the name pages and the API use; without one, by name. */
  static final ListQuery.Sorts SORTS =
      ListQuery.sorts("p.id", ListQuery.Tie.ASC)
          .field("name", "p.name")
          .field("accountNumber", "p.accountNumber")
          .field("tier", "p.tier")
          .field("country", "p.country")
          .field("status", "p.status")
          .field("updatedAt", "p.updatedAt")
          .byDefault("name");

  /** The names lists sort by (the API's allowed {@code sort} values), alphabetically. */
  public static final List<String> SORT_FIELDS = SORTS.names();

  @PersistenceContext EntityManager em;
  @Inject AccessRules access;
  @Inject Portfolios portfolios;
  @Inject Clock clock;
  @Inject CategoryCodes categories;
  @Inject Event<PartnerActivated> activated;

  /**
   * The partners the caller may see; filters: q or name (name/account), tier, status, country. Read
   * as read-only entities: the pages and the API show the specialisations and contact too.
   */
  public Page<Partner> list(PageRequest page) {
    access.requireUser();
    ListQuery list = query(page);
    return new Page<>(list.rows(em, page, SORTS, Partner.class, "p"), list.count(em));
  }

  /** One page of the caller's partners: one SQL statement. */
  public List<Partner> rows(PageRequest page) {
    access.requireUser();
    return query(page).rows(em, page, SORTS, Partner.class, "p");
  }

  /** How many of the caller's partners match the filters: one SQL statement. */
  public long count(PageRequest page) {
    access.requireUser();
    return query(page).count(em);
  }

  private ListQuery query(PageRequest page) {
    Map<String, Object> scope = new HashMap<>();
    ListQuery list =
        ListQuery.from("Partner p").where(access.visibleJpql("p.id", scope, false), scope);
    String q = page.filter("q") != null ? page.filter("q") : page.filter("name");
    String country = page.filter("country");
    return list.contains(q, Integer.MAX_VALUE, "LOWER(p.name)", "LOWER(p.accountNumber)")
        .equal("p.tier", PartnerTier.parse(page.filter("tier")).orElse(null))
        .equal("p.status", PartnerStatus.parse(page.filter("status")).orElse(null))
        .equal("p.country", country == null ? null : country.toUpperCase(Locale.ROOT));
  }

  public Partner find(Long id) {
    access.requireUser();
    return access.find(Partner.class, id);
  }

  /** The name of a partner the caller may see (for other capabilities' pages). */
  public String name(Long id) {
    return find(id).getName();
  }

  /** The tier of a partner the caller may see (a service issue's SLA targets depend on it). */
  public PartnerTier tier(Long id) {
    return find(id).getTier();
  }

  /** The account number (the ERP's partner code, e.g. NW-10001) of a partner the caller may see. */
  public String accountNumber(Long id) {
    return find(id).getAccountNumber();
  }

  /**
   * The partner with account number {@code code}, for facts that come in from the ERP (no caller:
   * the integration has checked its sender); empty when there is none.
   */
  public Optional<Long> idForAccountNumber(String code) {
    if (code == null || code.isBlank()) {
      return Optional.empty();
    }
    return em
        .createQuery("SELECT p.id FROM Partner p WHERE p.accountNumber = :a", Long.class)
        .setParameter("a", code.strip())
        .getResultList()
        .stream()
        .findFirst();
  }

  public Partner create(PartnerInput input) {
    Caller caller = access.require(Role.CHANNEL_MANAGER);
    PartnerDetails details = input.validate(null, categories);
    PartnerStatus status =
        input.status() == null
            ? PartnerStatus.ACTIVE
            : PartnerStatus.parse(input.status()).orElseThrow(() -> badStatus());
    requireUniqueAccount(details.accountNumber(), null);
    Partner partner = new Partner(details, status, clock.now());
    em.persist(partner);
    em.flush();
    portfolios.assignToCaller(partner.getId());
    if (partner.getStatus() == PartnerStatus.ACTIVE) {
      activated.fire(PartnerActivated.of(partner));
    }
    return partner;
  }

  /**
   * Changes a partner. Channel managers change anything; a partner manager only the primary contact
   * of their own partner; a partner employee nothing.
   */
  public Partner update(Long id, PartnerInput input) {
    Caller caller = access.requireUser();
    Partner partner = access.find(Partner.class, id);
    Versions.check(partner, input.version());
    if (caller.isChannelManager()) {
      PartnerDetails details = input.validate(partner.details(), categories);
      requireUniqueAccount(details.accountNumber(), partner.getId());
      partner.revise(details, clock.now());
      if (input.status() != null) {
        PartnerStatus target = PartnerStatus.parse(input.status()).orElseThrow(() -> badStatus());
        boolean wasActive = partner.getStatus() == PartnerStatus.ACTIVE;
        partner.changeStatus(target, Checks.clean(input.statusReason()), clock.now());
        if (!wasActive && partner.getStatus() == PartnerStatus.ACTIVE) {
          activated.fire(PartnerActivated.of(partner));
        }
      }
    } else if (caller.isPartnerManager()) {
      if (input.changesMoreThanContact(partner.details(), partner.getStatus(), categories)) {
        throw new AccessDeniedException("error.partner.contactOnly");
      }
      Checks checks = new Checks();
      var contact = input.contact(checks, partner.getPrimaryContact());
      checks.throwIfAny();
      partner.changeContact(contact, clock.now());
    } else {
      throw new AccessDeniedException("error.partner.readOnly");
    }
    return Versions.flushed(em, partner);
  }

  public Partner suspend(Long id, String reason, long version) {
    access.require(PartnerStep.SUSPEND.roleArray());
    Partner partner = access.find(Partner.class, id);
    Versions.check(partner, version);
    String why = Checks.clean(reason);
    new Checks().multiLineText("statusReason", why, true, 500).throwIfAny();
    partner.suspend(why, clock.now());
    return Versions.flushed(em, partner);
  }

  /**
   * Moves a partner of the calling channel manager's portfolio to another tier (the partner
   * program's promotion or demotion), with a reason; returns the tier it had before.
   */
  public PartnerTier changeTier(Long id, String tier, String reason, Long version) {
    access.require(Role.CHANNEL_MANAGER);
    Partner partner = access.find(Partner.class, id);
    String why = Checks.clean(reason);
    Checks checks = new Checks();
    PartnerTier target = PartnerTier.parse(tier).orElse(null);
    if (target == null) {
      checks.add("tier", "error.partner.tier", "registered, silver, gold, platinum");
    }
    checks.multiLineText("reason", why, true, 500).required("version", version).throwIfAny();
    Versions.check(partner, version);
    PartnerTier before = partner.getTier();
    partner.changeTier(target, why, clock.now());
    Versions.flushed(em, partner);
    return before;
  }

  /** The version of a partner the caller may see (sent back with a change of its tier). */
  public long version(Long id) {
    return find(id).getVersion();
  }

  public Partner activate(Long id, long version) {
    access.require(PartnerStep.ACTIVATE.roleArray());
    Partner partner = access.find(Partner.class, id);
    Versions.check(partner, version);
    partner.activate(clock.now());
    Partner flushed = Versions.flushed(em, partner);
    activated.fire(PartnerActivated.of(flushed));
    return flushed;
  }

  /** Counts of the caller's partners by status, for the home page. */
  public Map<PartnerStatus, Long> countByStatus() {
    access.requireUser();
    CriteriaBuilder cb = em.getCriteriaBuilder();
    CriteriaQuery<Object[]> q = cb.createQuery(Object[].class);
    Root<Partner> p = q.from(Partner.class);
    q.multiselect(p.get("status"), cb.count(p))
        .where(access.visible(cb, q, p.get("id")))
        .groupBy(p.get("status"));
    Map<PartnerStatus, Long> counts = new EnumMap<>(PartnerStatus.class);
    for (PartnerStatus s : PartnerStatus.values()) {
      counts.put(s, 0L);
    }
    for (Object[] row : em.createQuery(q).getResultList()) {
      counts.put((PartnerStatus) row[0], (Long) row[1]);
    }
    return counts;
  }

  /** The partner with this account number, seen by nobody in particular (for onboarding). */
  Partner byAccount(String accountNumber) {
    return em.createQuery("SELECT p FROM Partner p WHERE p.accountNumber = :account", Partner.class)
        .setParameter("account", accountNumber.strip().toUpperCase(Locale.ROOT))
        .getResultStream()
        .findFirst()
        .orElse(null);
  }

  boolean accountTaken(String accountNumber) {
    return byAccount(accountNumber) != null;
  }

  private void requireUniqueAccount(String accountNumber, Long exceptId) {
    List<Long> ids =
        em.createQuery("SELECT p.id FROM Partner p WHERE p.accountNumber = :a", Long.class)
            .setParameter("a", accountNumber)
            .getResultList();
    if (ids.stream().anyMatch(other -> !other.equals(exceptId))) {
      throw new ConflictException("accountNumber", "error.partner.duplicateAccount", accountNumber);
    }
  }

  private static InvalidInputException badStatus() {
    return new InvalidInputException(
        List.of(new FieldError("status", "error.partner.status", "prospect, active, suspended")));
  }
}
