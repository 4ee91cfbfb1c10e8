package org.channelport.lead.dispatch;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Root;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.channelport.lead.Lead;
import org.channelport.lead.LeadEventType;
import org.channelport.lead.LeadHistory;
import org.channelport.lead.LeadService;
import org.channelport.lead.LeadStatus;
import org.channelport.lead.LeadStep;
import org.channelport.lead.LeadsConfig;
import org.channelport.lead.dispatch.DispatchLadder.Decision;
import org.channelport.lead.dispatch.DispatchLadder.LeadFacts;
import org.channelport.lead.dispatch.DispatchWriter.Write;
import org.channelport.partner.Partner;
import org.channelport.partner.PartnerStatus;
import org.channelport.platform.Clock;
import org.channelport.platform.Versions;
import org.channelport.security.AccessRules;
import org.channelport.security.Caller;
import org.channelport.security.Role;
import org.eclipse.microprofile.config.inject.ConfigProperties;

/**
 * Dispatch by rules: the ladder of strict filters, score and fair pick ({@link DispatchLadder}),
 * among the partners of the calling channel manager's portfolio. One lead goes through JPA like any
 * other step of its life; a selection is set-based — the partners' facts are read once per run, the
 * leads in chunks, and the outcome written in JDBC batches with version-checked updates.
 */
@ApplicationScoped
@Transactional
public class RuleDispatcher {
  /** Leads read and written per round trip of the set-based path. */
  static final int CHUNK = 1000;

  /** What a run did: how many leads it looked at, dispatched, left tagged, and to whom. */
  public record DispatchRun(
      int considered, int dispatched, int noPartner, int skipped, Map<Long, Integer> perPartner) {}

  EntityManager em;
  AccessRules access;
  Clock clock;
  LeadService leads;
  LeadHistory history;
  IdBlocks idBlocks;
  LeadsConfig config;

  /** Where the set-based path writes (its connections join the transaction). */
  DataSource dataSource;

  /** For the container's proxies. */
  protected RuleDispatcher() {}

  @Inject
  public RuleDispatcher(
      EntityManager em,
      AccessRules access,
      Clock clock,
      LeadService leads,
      LeadHistory history,
      IdBlocks idBlocks,
      @ConfigProperties LeadsConfig config,
      DataSource dataSource) {
    this.em = em;
    this.access = access;
    this.clock = clock;
    this.leads = leads;
    this.history = history;
    this.idBlocks = idBlocks;
    this.config = config;
    this.dataSource = dataSource;
  }

  /** Dispatches one lead of the pool by the rules; returns the lead as it is afterwards. */
  public Lead dispatch(Long leadId, Long version) {
    Caller caller = access.require(LeadStep.DISPATCH.roleArray());
    Lead lead = leads.find(leadId);
    Versions.check(lead, version);
    LeadStep.DISPATCH.require(lead.getStatus());
    Instant now = clock.now();
    DispatchLadder ladder = new DispatchLadder(pool(now).partners());
    Decision decision =
        ladder.decide(
            new LeadFacts(
                lead.getId(),
                lead.getCountry(),
                lead.getRegion(),
                lead.getPostcode(),
                lead.getCategory(),
                new HashSet<>(history.exclusions(lead.getId()))));
    String explanation = DispatchExplanation.of(decision);
    if (decision.dispatched()) {
      long partnerId = decision.chosen().partner().id();
      Instant due = leads.acceptDue(em.find(Partner.class, partnerId), now);
      lead.dispatch(partnerId, due, explanation, now);
      history.record(
          lead, now, caller.username(), LeadEventType.DISPATCHED, partnerId, false, explanation);
    } else {
      lead.noPartnerAvailable(explanation, now);
      history.record(
          lead,
          now,
          caller.username(),
          LeadEventType.NO_PARTNER_AVAILABLE,
          null,
          true,
          explanation);
    }
    return Versions.flushed(em, lead);
  }

  /** Dispatches the given leads of the pool by the rules (leads no longer in the pool: skipped). */
  public DispatchRun dispatchSelection(List<Long> leadIds) {
    Caller caller = access.require(LeadStep.DISPATCH.roleArray());
    List<Long> ids =
        new ArrayList<>(
            (leadIds == null ? List.<Long>of() : leadIds)
                .stream()
                    .filter(Objects::nonNull)
                    .collect(Collectors.toCollection(LinkedHashSet::new)));
    Instant now = clock.now();
    int dispatched = 0;
    int noPartner = 0;
    int skipped = 0;
    Map<Long, Integer> perPartner = new TreeMap<>();
    try (Connection c = dataSource.getConnection()) {
      DispatchPool pool = pool(c, now);
      DispatchLadder ladder = new DispatchLadder(pool.partners());
      for (int from = 0; from < ids.size(); from += CHUNK) {
        List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + CHUNK));
        List<Object[]> rows = poolLeads(chunk);
        Map<Long, Set<Long>> excluded = exclusions(c, rows);
        List<Write> writes = new ArrayList<>(rows.size());
        for (Object[] row : rows) {
          long id = (Long) row[0];
          Decision d =
              ladder.decide(
                  new LeadFacts(
                      id,
                      (String) row[3],
                      (String) row[4],
                      (String) row[5],
                      (String) row[6],
                      excluded.getOrDefault(id, Set.of())));
          Long partner = d.dispatched() ? d.chosen().partner().id() : null;
          writes.add(
              new Write(
                  id,
                  (Long) row[1],
                  ((LeadStatus) row[2]).name(),
                  (Boolean) row[7],
                  (String) row[8],
                  partner,
                  partner == null ? null : now.plus(pool.slaHours(partner), ChronoUnit.HOURS),
                  DispatchExplanation.of(d)));
        }
        List<Write> done =
            DispatchWriter.write(
                c, writes, caller.username(), now, n -> idBlocks.reserve("lead_event", n));
        skipped += chunk.size() - done.size();
        for (Write w : done) {
          if (w.partnerId() == null) {
            noPartner++;
          } else {
            dispatched++;
            perPartner.merge(w.partnerId(), 1, Integer::sum);
          }
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Dispatch by rules failed", e);
    }
    return new DispatchRun(ids.size(), dispatched, noPartner, skipped, perPartner);
  }

  /** The ids of all new leads of the pool the caller may dispatch, oldest first. */
  public List<Long> newLeadIds() {
    access.require(Role.CHANNEL_MANAGER);
    CriteriaBuilder cb = em.getCriteriaBuilder();
    CriteriaQuery<Long> q = cb.createQuery(Long.class);
    Root<Lead> l = q.from(Lead.class);
    q.select(l.get("id"))
        .where(
            cb.equal(l.get("status"), LeadStatus.NEW),
            cb.isNull(l.get("partnerId")),
            access.visibleOrPool(cb, q, l.get("partnerId")))
        .orderBy(cb.asc(l.get("id")));
    return em.createQuery(q).getResultList();
  }

  // --- reading -----------------------------------------------------------------------------

  private DispatchPool pool(Instant now) {
    try (Connection c = dataSource.getConnection()) {
      return pool(c, now);
    } catch (SQLException e) {
      throw new IllegalStateException("Could not read the dispatch rules", e);
    }
  }

  /** The partners of the caller's portfolio (the access rules say which), with their facts. */
  private DispatchPool pool(Connection c, Instant now) throws SQLException {
    CriteriaBuilder cb = em.getCriteriaBuilder();
    CriteriaQuery<Partner> q = cb.createQuery(Partner.class);
    Root<Partner> p = q.from(Partner.class);
    q.select(p).where(access.visible(cb, q, p.get("id")));
    List<DispatchPool.Partner> visible =
        em.createQuery(q).getResultList().stream()
            .map(
                x ->
                    new DispatchPool.Partner(
                        x.getId(),
                        x.getName(),
                        x.getTier().name(),
                        x.getStatus() == PartnerStatus.ACTIVE,
                        x.getCountry(),
                        x.getSpecialisations()))
            .toList();
    return DispatchPool.load(c, visible, now, config.defaultAcceptHours);
  }

  /**
   * The leads of the chunk that are in the pool and visible to the caller: id, version, status,
   * country, region, postcode, category, tagged, status reason.
   */
  private List<Object[]> poolLeads(Collection<Long> chunk) {
    CriteriaBuilder cb = em.getCriteriaBuilder();
    CriteriaQuery<Object[]> q = cb.createQuery(Object[].class);
    Root<Lead> l = q.from(Lead.class);
    q.multiselect(
            l.get("id"),
            l.get("version"),
            l.get("status"),
            l.get("country"),
            l.get("region"),
            l.get("postcode"),
            l.get("category"),
            l.get("noPartnerAvailable"),
            l.get("statusReason"))
        .where(
            l.get("id").in(chunk),
            l.get("status").in(LeadStep.DISPATCH.from()),
            access.visibleOrPool(cb, q, l.get("partnerId")))
        .orderBy(cb.asc(l.get("id")));
    return em.createQuery(q).getResultList();
  }

  private static Map<Long, Set<Long>> exclusions(Connection c, List<Object[]> rows)
      throws SQLException {
    Map<Long, Set<Long>> excluded = new HashMap<>();
    if (rows.isEmpty()) {
      return excluded;
    }
    String marks = String.join(",", Collections.nCopies(rows.size(), "?"));
    try (PreparedStatement s =
        c.prepareStatement(
            "SELECT lead_id, partner_id FROM lead_exclusion WHERE lead_id IN (" + marks + ")")) {
      int i = 1;
      for (Object[] row : rows) {
        s.setLong(i++, (Long) row[0]);
      }
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          excluded.computeIfAbsent(rs.getLong(1), k -> new HashSet<>()).add(rs.getLong(2));
        }
      }
    }
    return excluded;
  }
}
