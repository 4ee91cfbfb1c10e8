package org.channelport.program;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.channelport.partner.PartnerTier;
import org.channelport.platform.StoredJson;

/**
 * The program's reads and writes at table level, in one place: a partner's 12-month figures from
 * the raw tables of orders, leads, deal registrations, certifications and service issues (each on
 * an index that starts with partner_id), the requirements and benefits per tier, and the stored
 * daily scorecards. No access rule here: callers check the partner first ({@link ProgramService})
 * or are the daily job.
 */
@ApplicationScoped
@Transactional
public class ProgramFigures {
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  @PersistenceContext EntityManager em;

  /** A partner's figures over the 12 months up to and including {@code today}. */
  public Map<ProgramMetric, BigDecimal> actuals(long partnerId, LocalDate today) {
    LocalDate from = today.minusMonths(12);
    Timestamp start = Timestamp.from(startOf(from.plusDays(1)));
    Timestamp end = Timestamp.from(startOf(today.plusDays(1)));
    Map<ProgramMetric, BigDecimal> actuals = new EnumMap<>(ProgramMetric.class);
    actuals.put(
        ProgramMetric.ORDER_REVENUE,
        decimal(
            em.createNativeQuery(
                    "SELECT COALESCE(SUM(total), 0) FROM sales_order WHERE partner_id = ?"
                        + " AND order_date > ? AND order_date <= ?"
                        + " AND status NOT IN ('DRAFT', 'CANCELLED', 'REJECTED')"
                        + " AND kind <> 'RETURN'")
                .setParameter(1, partnerId)
                .setParameter(2, Date.valueOf(from))
                .setParameter(3, Date.valueOf(today))
                .getSingleResult()));
    actuals.put(
        ProgramMetric.WON_LEADS,
        count(
            "SELECT COUNT(*) FROM sales_lead WHERE partner_id = ? AND status = 'WON'"
                + " AND closed_at >= ? AND closed_at < ?",
            partnerId,
            start,
            end));
    actuals.put(
        ProgramMetric.APPROVED_DEALS,
        count(
            "SELECT COUNT(*) FROM deal_registration WHERE partner_id = ? AND status = 'APPROVED'"
                + " AND decided_at >= ? AND decided_at < ?",
            partnerId,
            start,
            end));
    actuals.put(
        ProgramMetric.CERTIFIED_EMPLOYEES,
        count(
            "SELECT COUNT(DISTINCT username) FROM partner_certification WHERE partner_id = ?"
                + " AND issued_on <= ? AND (expires_on IS NULL OR expires_on >= ?)",
            partnerId,
            Date.valueOf(today),
            Date.valueOf(today)));
    Object[] sla =
        (Object[])
            em.createNativeQuery(
                    "SELECT COUNT(*), COALESCE(SUM(CASE WHEN resolution_breached THEN 0 ELSE 1 END),"
                        + " 0) FROM service_issue WHERE partner_id = ?"
                        + " AND resolved_at >= ? AND resolved_at < ?")
                .setParameter(1, partnerId)
                .setParameter(2, start)
                .setParameter(3, end)
                .getSingleResult();
    actuals.put(ProgramMetric.SERVICE_SLA, attainment(decimal(sla[0]), decimal(sla[1])));
    return actuals;
  }

  /**
   * Percent of resolved issues within target, one decimal; with none resolved in the period the
   * partner has broken no promise: 100.
   */
  static BigDecimal attainment(BigDecimal resolved, BigDecimal withinTarget) {
    if (resolved.signum() == 0) {
      return HUNDRED.setScale(1);
    }
    return withinTarget.multiply(HUNDRED).divide(resolved, 1, RoundingMode.HALF_UP);
  }

  /** The requirements of every tier, in the metrics' order. */
  public Map<PartnerTier, List<Requirement>> requirements() {
    Map<PartnerTier, List<Requirement>> program = new EnumMap<>(PartnerTier.class);
    List<Requirement> all = new ArrayList<>();
    for (Object row :
        em.createNativeQuery("SELECT tier, metric, threshold FROM program_requirement")
            .getResultList()) {
      Object[] r = (Object[]) row;
      Optional<PartnerTier> tier = PartnerTier.parse((String) r[0]);
      Optional<ProgramMetric> metric = ProgramMetric.parse((String) r[1]);
      if (tier.isPresent() && metric.isPresent()) {
        all.add(new Requirement(tier.get(), metric.get(), decimal(r[2])));
      }
    }
    all.sort(
        (a, b) ->
            a.tier() != b.tier() ? a.tier().compareTo(b.tier()) : a.metric().compareTo(b.metric()));
    for (Requirement r : all) {
      program.computeIfAbsent(r.tier(), t -> new ArrayList<>()).add(r);
    }
    return program;
  }

  /** The benefits of every tier, lowest tier first. */
  public Map<PartnerTier, TierBenefits> benefits() {
    Map<PartnerTier, TierBenefits> benefits = new EnumMap<>(PartnerTier.class);
    for (PartnerTier tier : PartnerTier.values()) {
      benefits.put(tier, new TierBenefits(tier, null, null, null, null));
    }
    for (Object row :
        em.createNativeQuery(
                "SELECT p.tier, d.discount_pct, b.mdf_pct, p.dispatch_weight, p.accept_sla_hours"
                    + " FROM tier_policy p LEFT JOIN tier_discount d ON d.tier = p.tier"
                    + " LEFT JOIN program_tier_benefit b ON b.tier = p.tier")
            .getResultList()) {
      Object[] r = (Object[]) row;
      PartnerTier.parse((String) r[0])
          .ifPresent(
              tier ->
                  benefits.put(
                      tier,
                      new TierBenefits(
                          tier,
                          r[1] == null ? null : decimal(r[1]),
                          r[2] == null ? null : decimal(r[2]),
                          r[3] == null ? null : ((Number) r[3]).intValue(),
                          r[4] == null ? null : ((Number) r[4]).intValue())));
    }
    return benefits;
  }

  /** The tier of a partner as stored now (for the job, which has no caller); empty if unknown. */
  public Optional<PartnerTier> tierOf(long partnerId) {
    return em
        .createNativeQuery("SELECT tier FROM partner WHERE id = ?")
        .setParameter(1, partnerId)
        .getResultList()
        .stream()
        .findFirst()
        .flatMap(t -> PartnerTier.parse((String) t));
  }

  /** The active partners without a scorecard of {@code day}, in id order, at most {@code limit}. */
  public List<Long> withoutScorecard(LocalDate day, int limit) {
    List<Long> ids = new ArrayList<>();
    for (Object id :
        em.createNativeQuery(
                "SELECT p.id FROM partner p WHERE p.status = 'ACTIVE' AND NOT EXISTS"
                    + " (SELECT 1 FROM partner_scorecard s WHERE s.partner_id = p.id AND s.day = ?)"
                    + " ORDER BY p.id LIMIT ?")
            .setParameter(1, Date.valueOf(day))
            .setParameter(2, limit)
            .getResultList()) {
      ids.add(((Number) id).longValue());
    }
    return ids;
  }

  /** The partners that pass {@code scope} (a condition on p.id, its values in order), by name. */
  public Map<Long, String> partners(String scope, List<Object> values) {
    Query q =
        em.createNativeQuery(
            "SELECT p.id, p.name FROM partner p WHERE p.status = 'ACTIVE' AND "
                + scope
                + " ORDER BY p.name, p.id");
    for (int i = 0; i < values.size(); i++) {
      q.setParameter(i + 1, values.get(i));
    }
    Map<Long, String> partners = new LinkedHashMap<>();
    for (Object row : q.getResultList()) {
      Object[] r = (Object[]) row;
      partners.put(((Number) r[0]).longValue(), (String) r[1]);
    }
    return partners;
  }

  /** Keeps the scorecard as the one of its day (replacing an earlier one of the same day). */
  public void store(Scorecard card, Instant now) {
    JsonArrayBuilder requirements = StoredJson.array();
    List<RequirementResult> all = new ArrayList<>(card.currentRequirements());
    if (card.nextTier() != null) {
      all.addAll(card.requirements());
    }
    for (RequirementResult r : all) {
      requirements.add(
          StoredJson.object()
              .add("tier", r.tier().name())
              .add("metric", r.metric().name())
              .add("actual", r.actual())
              .add("threshold", r.threshold())
              .add("met", r.met())
              .add("percent", r.percent()));
    }
    em.createNativeQuery(
            "INSERT INTO partner_scorecard (partner_id, day, tier, next_tier, requirements,"
                + " forecast_date, percent_complete, qualifies, due_for_demotion, computed_at)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON DUPLICATE KEY UPDATE tier = VALUES(tier),"
                + " next_tier = VALUES(next_tier), requirements = VALUES(requirements),"
                + " forecast_date = VALUES(forecast_date),"
                + " percent_complete = VALUES(percent_complete), qualifies = VALUES(qualifies),"
                + " due_for_demotion = VALUES(due_for_demotion), computed_at = VALUES(computed_at)")
        .setParameter(1, card.partnerId())
        .setParameter(2, Date.valueOf(card.computedOn()))
        .setParameter(3, card.tier().name())
        .setParameter(4, card.nextTier() == null ? null : card.nextTier().name())
        .setParameter(5, requirements.build().toString())
        .setParameter(6, card.forecastDate() == null ? null : Date.valueOf(card.forecastDate()))
        .setParameter(7, card.percentComplete())
        .setParameter(8, card.qualifiesForPromotion())
        .setParameter(9, card.dueForDemotion())
        .setParameter(10, Timestamp.from(now))
        .executeUpdate();
  }

  /** The stored scorecard of a partner and day, if there is one. */
  public Optional<Scorecard> stored(long partnerId, LocalDate day) {
    List<?> rows =
        em.createNativeQuery(
                "SELECT partner_id, day, tier, next_tier, requirements, forecast_date,"
                    + " percent_complete, qualifies, due_for_demotion FROM partner_scorecard"
                    + " WHERE partner_id = ? AND day = ?")
            .setParameter(1, partnerId)
            .setParameter(2, Date.valueOf(day))
            .getResultList();
    return rows.stream().findFirst().map(r -> scorecard((Object[]) r));
  }

  private static Scorecard scorecard(Object[] r) {
    PartnerTier tier = PartnerTier.valueOf((String) r[2]);
    PartnerTier next = r[3] == null ? null : PartnerTier.valueOf((String) r[3]);
    List<RequirementResult> current = new ArrayList<>();
    List<RequirementResult> toNext = new ArrayList<>();
    JsonValue json = StoredJson.read((String) r[4]).orElse(JsonValue.EMPTY_JSON_ARRAY);
    if (json.getValueType() == JsonValue.ValueType.ARRAY) {
      for (JsonValue v : json.asJsonArray()) {
        JsonObject o = v.asJsonObject();
        RequirementResult result =
            new RequirementResult(
                PartnerTier.valueOf(o.getString("tier")),
                ProgramMetric.valueOf(o.getString("metric")),
                o.getJsonNumber("actual").bigDecimalValue(),
                o.getJsonNumber("threshold").bigDecimalValue(),
                o.getBoolean("met"),
                o.getJsonNumber("percent").bigDecimalValue());
        (result.tier() == tier ? current : toNext).add(result);
      }
    }
    return new Scorecard(
        ((Number) r[0]).longValue(),
        tier,
        next,
        next == null ? current : toNext,
        current,
        r[5] == null ? null : localDate(r[5]),
        truth(r[7]),
        truth(r[8]),
        decimal(r[6]),
        localDate(r[1]));
  }

  private BigDecimal count(String sql, Object... values) {
    Query q = em.createNativeQuery(sql);
    for (int i = 0; i < values.length; i++) {
      q.setParameter(i + 1, values[i]);
    }
    return decimal(q.getSingleResult());
  }

  private static Instant startOf(LocalDate day) {
    return day.atStartOfDay(ZoneOffset.UTC).toInstant();
  }

  private static LocalDate localDate(Object value) {
    if (value instanceof Date d) {
      return d.toLocalDate();
    }
    if (value instanceof LocalDate d) {
      return d;
    }
    return LocalDate.parse(value.toString());
  }

  private static boolean truth(Object value) {
    if (value instanceof Boolean b) {
      return b;
    }
    return value instanceof Number n && n.intValue() != 0;
  }

  private static BigDecimal decimal(Object value) {
    if (value == null) {
      return BigDecimal.ZERO;
    }
    if (value instanceof BigDecimal d) {
      return d;
    }
    if (value instanceof Number n) {
      return new BigDecimal(n.toString());
    }
    return new BigDecimal(value.toString());
  }
}
