package org.channelport.program.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.channelport.partner.PartnerTier;
import org.channelport.program.Certifications;
import org.channelport.program.ProgramService;
import org.channelport.program.RequirementResult;
import org.channelport.program.Scorecard;
import org.channelport.program.TierBenefits;
import org.channelport.security.CurrentCaller;

/** A partner user's own scorecard, the benefits of its tier and the next, its certifications. */
@Named
@ViewScoped
public class PartnerProgramBean implements Serializable {
  @Inject ProgramService program;
  @Inject Certifications certifications;
  @Inject CurrentCaller currentCaller;

  private Scorecard scorecard;
  private List<ProgramPages.BenefitRow> benefits;
  private List<ProgramPages.CertificationRow> certificationRows;

  /** viewAction */
  public void load() {
    long partnerId = currentCaller.get().partnerId();
    scorecard = program.scorecard(partnerId);
    Map<PartnerTier, TierBenefits> all = program.benefits();
    benefits =
        ProgramPages.benefits(
            all.get(scorecard.tier()),
            scorecard.nextTier() == null ? null : all.get(scorecard.nextTier()));
    certificationRows =
        certifications.of(partnerId).stream().map(ProgramPages.CertificationRow::of).toList();
  }

  public Scorecard getScorecard() {
    return scorecard;
  }

  public List<RequirementResult> getRequirements() {
    return scorecard.requirements();
  }

  public String metricName(RequirementResult r) {
    return ProgramPages.metricName(r.metric());
  }

  public String tierName(PartnerTier tier) {
    return ProgramPages.tierName(tier);
  }

  public String getForecast() {
    return ProgramPages.forecast(scorecard);
  }

  public String getMissing() {
    return ProgramPages.missing(scorecard);
  }

  public String number(Object value) {
    return ProgramPages.number(value);
  }

  public List<ProgramPages.BenefitRow> getBenefits() {
    return benefits;
  }

  public List<ProgramPages.CertificationRow> getCertifications() {
    return certificationRows;
  }
}
