package org.channelport.lead.dispatch;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.channelport.lead.LeadStatus;
import org.channelport.lead.dispatch.DispatchLadder.PartnerFacts;
import org.channelport.lead.dispatch.DispatchLadder.Territory;
import org.channelport.shared.Transition;

/**
 * Everything the rules need to know about the candidate partners, read once per run with a handful
 * of set-based queries (never per lead): routing settings, territories, open leads, the recent
 * acceptance rate and the tier policy.
 */
public final class DispatchPool {
  /** How far back the acceptance rate looks. */
  public static final int ACCEPTANCE_DAYS = 90;

  /** Defaults for a partner without a partner_routing row. */
  public static final int DEFAULT_MAX_OPEN = 50;

  /** A partner as the caller's scope lets us see it (the access rules chose which). */
  public record Partner(
      long id, String name, String tier, boolean active, String country, Set<String> specs) {}

  /** A tier's weight and the hours its partners have to accept. */
  public record Tier(int weight, int slaHours) {}

  private final List<PartnerFacts> facts;
  private final Map<Long, String> tierOf;
  private final Map<String, Tier> tiers;
  private final Tier noPolicy;

  private DispatchPool(
      List<PartnerFacts> facts, Map<Long, String> tierOf, Map<String, Tier> tiers, Tier noPolicy) {
    this.facts = facts;
    this.tierOf = tierOf;
    this.tiers = tiers;
    this.noPolicy = noPolicy;
  }

  public List<PartnerFacts> partners() {
    return facts;
  }

  /**
   * The hours the partner has to accept a lead (its tier's SLA; without a policy, the configured
   * default).
   */
  public int slaHours(long partnerId) {
    return tiers.getOrDefault(tierOf.get(partnerId), noPolicy).slaHours();
  }

  /**
   * Reads the facts of the given partners at {@code now}; a tier without a policy weighs 1 and
   * gives {@code defaultAcceptHours} to accept.
   */
  public static DispatchPool load(
      Connection c, Collection<Partner> visible, Instant now, int defaultAcceptHours)
      throws SQLException {
    Tier noPolicy = new Tier(1, defaultAcceptHours);
    Map<String, Tier> tiers = new HashMap<>();
    try (PreparedStatement s =
            c.prepareStatement("SELECT tier, dispatch_weight, accept_sla_hours FROM tier_policy");
        ResultSet rs = s.executeQuery()) {
      while (rs.next()) {
        tiers.put(rs.getString(1), new Tier(rs.getInt(2), rs.getInt(3)));
      }
    }
    Map<Long, int[]> routing = new HashMap<>();
    try (PreparedStatement s =
            c.prepareStatement(
                "SELECT partner_id, max_open_leads, takes_rule_leads FROM partner_routing");
        ResultSet rs = s.executeQuery()) {
      while (rs.next()) {
        routing.put(rs.getLong(1), new int[] {rs.getInt(2), rs.getBoolean(3) ? 1 : 0});
      }
    }
    Map<Long, List<Territory>> territories = new HashMap<>();
    try (PreparedStatement s =
            c.prepareStatement(
                "SELECT partner_id, country, region, postcode_prefix FROM partner_territory");
        ResultSet rs = s.executeQuery()) {
      while (rs.next()) {
        territories
            .computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
            .add(new Territory(rs.getString(2), rs.getString(3), rs.getString(4)));
      }
    }
    Map<Long, Integer> open = new HashMap<>();
    try (PreparedStatement s =
            c.prepareStatement(
                "SELECT partner_id, COUNT(*) FROM sales_lead"
                    + " WHERE status IN "
                    + Transition.sqlList(LeadStatus.OPEN)
                    + " GROUP BY partner_id");
        ResultSet rs = s.executeQuery()) {
      while (rs.next()) {
        open.put(rs.getLong(1), rs.getInt(2));
      }
    }
    Map<Long, Double> rates = acceptanceRates(c, now);
    List<PartnerFacts> facts = new ArrayList<>();
    Map<Long, String> tierOf = new HashMap<>();
    for (Partner p : visible) {
      int[] r = routing.getOrDefault(p.id(), new int[] {DEFAULT_MAX_OPEN, 1});
      Tier tier = tiers.getOrDefault(p.tier(), noPolicy);
      tierOf.put(p.id(), p.tier());
      facts.add(
          new PartnerFacts(
              p.id(),
              p.name(),
              p.active(),
              r[1] == 1,
              tier.weight(),
              r[0],
              open.getOrDefault(p.id(), 0),
              rates.get(p.id()),
              p.country(),
              territories.getOrDefault(p.id(), List.of()),
              p.specs()));
    }
    return new DispatchPool(facts, tierOf, tiers, noPolicy);
  }

  /** ACCEPTED / (ACCEPTED + REJECTED + RECALLED) of the last 90 days, per partner with history. */
  static Map<Long, Double> acceptanceRates(Connection c, Instant now) throws SQLException {
    Map<Long, Double> rates = new HashMap<>();
    try (PreparedStatement s =
        c.prepareStatement(
            "SELECT partner_id, SUM(type = 'ACCEPTED'), COUNT(*) FROM lead_event"
                + " WHERE type IN ('ACCEPTED', 'REJECTED', 'RECALLED') AND at >= ?"
                + " AND partner_id IS NOT NULL GROUP BY partner_id")) {
      s.setTimestamp(1, Timestamp.from(now.minus(ACCEPTANCE_DAYS, ChronoUnit.DAYS)));
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          long total = rs.getLong(3);
          if (total > 0) {
            rates.put(rs.getLong(1), rs.getLong(2) / (double) total);
          }
        }
      }
    }
    return rates;
  }
}
