package org.channelport.lead.dispatch;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.channelport.lead.LeadStatus;
import org.channelport.partner.Partner;
import org.channelport.partner.PartnerService;
import org.channelport.partner.PartnerTier;
import org.channelport.platform.Versions;
import org.channelport.security.AccessRules;
import org.channelport.security.Caller;
import org.channelport.security.Role;
import org.channelport.shared.AccessDeniedException;
import org.channelport.shared.Checks;
import org.channelport.shared.ConflictException;
import org.channelport.shared.PageRequest;
import org.channelport.shared.RecordNotFoundException;

/**
 * The rules' settings a channel manager keeps for the partners of their portfolio — open-lead
 * capacity, whether the partner takes rule leads, its territories — and the tier policy (weights,
 * acceptance hours), which only channel admins change. Every change is audited by its entity.
 */
@ApplicationScoped
@Transactional
public class RoutingService {
  private static final Pattern POSTCODE_PREFIX = Pattern.compile("[A-Za-z0-9 -]{1,16}");
  private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

  /** One partner's row on the routing page. */
  public record RoutingRow(
      Long partnerId,
      String name,
      PartnerTier tier,
      String country,
      String status,
      int maxOpenLeads,
      boolean takesRuleLeads,
      Long routingVersion,
      long openLeads,
      List<PartnerTerritory> territories)
      implements Serializable {
    // getters for Faces pages (Jakarta EL 5 does not see record components as properties)

    public Long getPartnerId() {
      return partnerId;
    }

    public String getName() {
      return name;
    }

    public PartnerTier getTier() {
      return tier;
    }

    public String getCountry() {
      return country;
    }

    public String getStatus() {
      return status;
    }

    public int getMaxOpenLeads() {
      return maxOpenLeads;
    }

    public boolean isTakesRuleLeads() {
      return takesRuleLeads;
    }

    public long getOpenLeads() {
      return openLeads;
    }

    public List<PartnerTerritory> getTerritories() {
      return territories;
    }

    public String getTerritoryLabels() {
      return String.join(", ", territories.stream().map(PartnerTerritory::getLabel).toList());
    }

    public int getCapacityLeft() {
      return (int) Math.max(0, maxOpenLeads - openLeads);
    }
  }

  @PersistenceContext EntityManager em;
  @Inject AccessRules access;
  @Inject PartnerService partners;

  // --- reading -----------------------------------------------------------------------------

  /** The caller's partners (same filters and sorts as the partner list) with their routing. */
  public List<RoutingRow> rows(PageRequest page) {
    access.require(Role.CHANNEL_MANAGER);
    return withRouting(partners.rows(page));
  }

  private List<RoutingRow> withRouting(List<Partner> list) {
    if (list.isEmpty()) {
      return List.of();
    }
    List<Long> ids = list.stream().map(Partner::getId).toList();
    Map<Long, PartnerRouting> routing = new HashMap<>();
    em.createQuery("SELECT r FROM PartnerRouting r WHERE r.partnerId IN :ids", PartnerRouting.class)
        .setParameter("ids", ids)
        .getResultList()
        .forEach(r -> routing.put(r.getPartnerId(), r));
    Map<Long, List<PartnerTerritory>> territories = new HashMap<>();
    em.createQuery(
            "SELECT t FROM PartnerTerritory t WHERE t.partnerId IN :ids ORDER BY t.country,"
                + " t.region, t.postcodePrefix, t.id",
            PartnerTerritory.class)
        .setParameter("ids", ids)
        .getResultList()
        .forEach(t -> territories.computeIfAbsent(t.getPartnerId(), k -> new ArrayList<>()).add(t));
    Map<Long, Long> open = new HashMap<>();
    em.createQuery(
            "SELECT l.partnerId, COUNT(l) FROM Lead l WHERE l.partnerId IN :ids"
                + " AND l.status IN :open GROUP BY l.partnerId",
            Object[].class)
        .setParameter("ids", ids)
        .setParameter("open", LeadStatus.OPEN)
        .getResultList()
        .forEach(r -> open.put((Long) r[0], (Long) r[1]));
    return list.stream()
        .map(
            p -> {
              PartnerRouting r = routing.getOrDefault(p.getId(), new PartnerRouting(p.getId()));
              return new RoutingRow(
                  p.getId(),
                  p.getName(),
                  p.getTier(),
                  p.getCountry(),
                  p.getStatus().code(),
                  r.getMaxOpenLeads(),
                  r.isTakesRuleLeads(),
                  routing.containsKey(p.getId()) ? r.getVersion() : null,
                  open.getOrDefault(p.getId(), 0L),
                  territories.getOrDefault(p.getId(), List.of()));
            })
        .toList();
  }

  public long count(PageRequest page) {
    access.require(Role.CHANNEL_MANAGER);
    return partners.count(page);
  }

  /** One partner's row (404 outside the caller's portfolio). */
  public RoutingRow row(Long partnerId) {
    access.require(Role.CHANNEL_MANAGER);
    return withRouting(List.of(partners.find(partnerId))).get(0);
  }

  // --- changing ----------------------------------------------------------------------------

  /** Capacity and opt-in for rule leads; {@code version} null for a partner still on defaults. */
  public PartnerRouting saveRouting(
      Long partnerId, Integer maxOpenLeads, boolean takesRuleLeads, Long version) {
    requireManagerOf(partnerId);
    Checks checks = new Checks().required("maxOpenLeads", maxOpenLeads);
    if (maxOpenLeads != null
        && (maxOpenLeads < 0 || maxOpenLeads > PartnerRouting.MAX_OPEN_LIMIT)) {
      checks.add("maxOpenLeads", "error.routing.maxOpen", PartnerRouting.MAX_OPEN_LIMIT);
    }
    checks.throwIfAny();
    PartnerRouting routing = em.find(PartnerRouting.class, partnerId);
    if (routing == null) {
      if (version != null) {
        throw PartnerRouting.stale();
      }
      routing = new PartnerRouting(partnerId);
      routing.change(maxOpenLeads, takesRuleLeads);
      em.persist(routing);
    } else {
      Versions.checkRequired(routing, version);
      routing.change(maxOpenLeads, takesRuleLeads);
    }
    return Versions.flushed(em, routing);
  }

  public PartnerTerritory addTerritory(
      Long partnerId, String country, String region, String postcodePrefix) {
    requireManagerOf(partnerId);
    String c =
        Checks.clean(country) == null ? null : Checks.clean(country).toUpperCase(Locale.ROOT);
    String r = Checks.clean(region);
    String prefix = Checks.clean(postcodePrefix);
    Checks checks = new Checks().required("country", c);
    if (c != null && !COUNTRIES.contains(c)) {
      checks.add("country", "error.partner.country");
    }
    checks
        .maxLength("region", r, 100)
        .matches("postcodePrefix", prefix, POSTCODE_PREFIX, "error.partner.postcode")
        .throwIfAny();
    String upperPrefix = prefix == null ? null : prefix.toUpperCase(Locale.ROOT);
    boolean duplicate =
        em
            .createQuery(
                "SELECT t FROM PartnerTerritory t WHERE t.partnerId = :p AND t.country = :c",
                PartnerTerritory.class)
            .setParameter("p", partnerId)
            .setParameter("c", c)
            .getResultList()
            .stream()
            .anyMatch(
                t ->
                    Objects.equals(lower(t.getRegion()), lower(r))
                        && Objects.equals(t.getPostcodePrefix(), upperPrefix));
    if (duplicate) {
      throw new ConflictException("country", "error.routing.territoryExists");
    }
    PartnerTerritory territory = new PartnerTerritory(partnerId, c, r, upperPrefix);
    em.persist(territory);
    em.flush();
    return territory;
  }

  public void removeTerritory(Long territoryId) {
    access.require(Role.CHANNEL_MANAGER);
    PartnerTerritory territory = access.find(PartnerTerritory.class, territoryId);
    em.remove(territory);
    em.flush();
  }

  // --- tier policy -------------------------------------------------------------------------

  public List<TierPolicy> tierPolicies() {
    access.require(Role.CHANNEL_MANAGER);
    return em.createQuery("SELECT t FROM TierPolicy t", TierPolicy.class).getResultList().stream()
        .sorted(Comparator.comparing(TierPolicy::getTier))
        .toList();
  }

  /** Only channel admins change a tier's weight and acceptance hours. */
  public TierPolicy saveTierPolicy(
      PartnerTier tier, Integer weight, Integer slaHours, Long version) {
    Caller caller = access.require(Role.CHANNEL_MANAGER);
    if (!caller.isChannelAdmin()) {
      throw new AccessDeniedException("error.routing.adminOnly");
    }
    Checks checks =
        new Checks().required("dispatchWeight", weight).required("acceptSlaHours", slaHours);
    if (weight != null && (weight < 1 || weight > 100)) {
      checks.add("dispatchWeight", "error.routing.weight");
    }
    if (slaHours != null && (slaHours < 1 || slaHours > 720)) {
      checks.add("acceptSlaHours", "error.routing.slaHours");
    }
    checks.throwIfAny();
    TierPolicy policy = tier == null ? null : em.find(TierPolicy.class, tier);
    if (policy == null) {
      throw new RecordNotFoundException("TierPolicy", tier);
    }
    Versions.check(policy, version);
    policy.change(weight, slaHours);
    return Versions.flushed(em, policy);
  }

  // --- helpers -----------------------------------------------------------------------------

  private void requireManagerOf(Long partnerId) {
    access.require(Role.CHANNEL_MANAGER);
    if (partnerId == null || em.find(Partner.class, partnerId) == null) {
      throw new RecordNotFoundException("Partner", partnerId);
    }
    access.requireVisible("Partner", partnerId, partnerId);
  }

  private static String lower(String text) {
    return text == null ? null : text.toLowerCase(Locale.ROOT);
  }
}
