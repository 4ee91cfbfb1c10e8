package org.channelport.program.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.channelport.partner.PartnerTier;
import org.channelport.program.Certification;
import org.channelport.program.ProgramMetric;
import org.channelport.program.ProgramService;
import org.channelport.program.RequirementResult;
import org.channelport.program.Scorecard;
import org.channelport.program.TierBenefits;

/** The partner program's JSON: tiers and metrics as lower-case codes, dates as yyyy-mm-dd. */
public final class ProgramJson {
  private ProgramJson() {}

  /** A partner's scorecard of the day. */
  public record ScorecardJson(
      long partnerId,
      String tier,
      String nextTier,
      List<RequirementJson> requirements,
      LocalDate forecastDate,
      List<String> missing,
      boolean qualifiesForPromotion,
      boolean dueForDemotion,
      BigDecimal percentComplete,
      List<RequirementJson> currentRequirements,
      LocalDate computedOn) {
    public static ScorecardJson of(Scorecard s) {
      return new ScorecardJson(
          s.partnerId(),
          s.tier().code(),
          code(s.nextTier()),
          s.requirements().stream().map(RequirementJson::of).toList(),
          s.forecastDate(),
          s.missing().stream().map(ProgramMetric::code).toList(),
          s.qualifiesForPromotion(),
          s.dueForDemotion(),
          s.percentComplete(),
          s.currentRequirements().stream().map(RequirementJson::of).toList(),
          s.computedOn());
    }
  }

  /** One requirement: its metric's code as the name, the figure against the threshold. */
  public record RequirementJson(
      String name, BigDecimal actual, BigDecimal threshold, boolean met, BigDecimal percent) {
    static RequirementJson of(RequirementResult r) {
      return new RequirementJson(
          r.metric().code(), r.actual(), r.threshold(), r.met(), r.percent());
    }
  }

  /** A line of the candidates list. */
  public record CandidateJson(
      long partnerId,
      String partnerName,
      String tier,
      String nextTier,
      boolean qualifiesForPromotion,
      boolean dueForDemotion,
      BigDecimal percentComplete,
      List<String> missing,
      long version) {
    public static CandidateJson of(ProgramService.Row row) {
      Scorecard s = row.scorecard();
      return new CandidateJson(
          row.partnerId(),
          row.partnerName(),
          s.tier().code(),
          code(s.nextTier()),
          s.qualifiesForPromotion(),
          s.dueForDemotion(),
          s.percentComplete(),
          s.missing().stream().map(ProgramMetric::code).toList(),
          row.version());
    }
  }

  /** A tier's benefits. */
  public record BenefitsJson(
      String tier,
      BigDecimal discountPct,
      BigDecimal mdfPct,
      Integer dispatchWeight,
      Integer acceptSlaHours) {
    public static BenefitsJson of(TierBenefits b) {
      return new BenefitsJson(
          b.tier().code(), b.discountPct(), b.mdfPct(), b.dispatchWeight(), b.acceptSlaHours());
    }
  }

  /** A certification. */
  public record CertificationJson(
      long id,
      long partnerId,
      String username,
      String name,
      LocalDate issuedOn,
      LocalDate expiresOn,
      String createdBy,
      Instant createdAt) {
    public static CertificationJson of(Certification c) {
      return new CertificationJson(
          c.getId(),
          c.getPartnerId(),
          c.getUsername(),
          c.getName(),
          c.getIssuedOn(),
          c.getExpiresOn(),
          c.getCreatedBy(),
          c.getCreatedAt());
    }
  }

  /** The body of a tier change. */
  public record TierChangeBody(String tier, String reason, Long version) {}

  static String code(PartnerTier tier) {
    return tier == null ? null : tier.code();
  }
}
