package org.channelport.program.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.channelport.partner.PartnerService;
import org.channelport.partner.PartnerTier;
import org.channelport.partner.PartnerUsers;
import org.channelport.platform.web.FacesMessages;
import org.channelport.program.CertificationInput;
import org.channelport.program.Certifications;
import org.channelport.program.ProgramService;
import org.channelport.program.RequirementResult;
import org.channelport.program.Scorecard;
import org.channelport.program.TierBenefits;
import org.channelport.shared.DomainException;
import org.channelport.shared.RecordNotFoundException;

/**
 * The channel manager's program page: the portfolio's partners with their tier, next tier and
 * progress (filtered to the candidates if asked), one partner's scorecard and certifications, and
 * the confirmed tier change.
 */
@Named
@ViewScoped
public class ChannelProgramBean implements Serializable {
  @Inject ProgramService program;
  @Inject Certifications certifications;
  @Inject PartnerUsers partnerUsers;
  @Inject PartnerService partners;

  static final List<String> FILTERS = List.of("all", "qualifies", "demotion", "candidates");

  private String filter = "all";
  private String partner;
  private List<ProgramService.Row> rows;
  private ProgramService.Row selected;
  private List<ProgramPages.BenefitRow> benefits;
  private List<ProgramPages.CertificationRow> certificationRows;
  private List<String> usernames;
  private String newTier;
  private String reason;
  private String certUser;
  private String certName;
  private String certIssuedOn;
  private String certExpiresOn;

  /** viewAction: the list, and the partner named by ?partner= if it is one of them. */
  public void load() {
    rows = program.overview();
    if (partner != null && !partner.isBlank()) {
      select(partnerId(partner));
    }
  }

  public List<ProgramService.Row> getShown() {
    return rows.stream()
        .filter(
            r ->
                switch (filter == null ? "all" : filter) {
                  case "qualifies" -> r.scorecard().qualifiesForPromotion();
                  case "demotion" -> r.scorecard().dueForDemotion();
                  case "candidates" ->
                      r.scorecard().qualifiesForPromotion() || r.scorecard().dueForDemotion();
                  default -> true;
                })
        .toList();
  }

  /** Shows one partner's scorecard (a partner outside the portfolio is not found). */
  public void select(long partnerId) {
    selected =
        rows.stream()
            .filter(r -> r.partnerId() == partnerId)
            .findFirst()
            .orElseGet(
                () -> {
                  // not in the list (not active): 404 outside the portfolio
                  Scorecard card = program.scorecard(partnerId);
                  return new ProgramService.Row(
                      partnerId, partners.name(partnerId), partners.version(partnerId), card);
                });
    partner = String.valueOf(partnerId);
    Map<PartnerTier, TierBenefits> all = program.benefits();
    Scorecard card = selected.scorecard();
    benefits =
        ProgramPages.benefits(
            all.get(card.tier()), card.nextTier() == null ? null : all.get(card.nextTier()));
    certificationRows =
        certifications.of(partnerId).stream().map(ProgramPages.CertificationRow::of).toList();
    usernames = partnerUsers.usernames(partnerId);
    newTier =
        card.qualifiesForPromotion() && card.nextTier() != null
            ? card.nextTier().name()
            : card.tier().name();
    reason = null;
  }

  public String changeTier() {
    try {
      program.changeTier(selected.partnerId(), newTier, reason, selected.version());
    } catch (DomainException refused) {
      ProgramPages.show(refused);
      return null;
    }
    FacesMessages.info(
        "program.changeTier.done",
        selected.partnerName(),
        ProgramPages.tierName(PartnerTier.valueOf(newTier)));
    return redirect();
  }

  public String addCertification() {
    try {
      certifications.add(
          selected.partnerId(),
          new CertificationInput(certUser, certName, certIssuedOn, certExpiresOn));
    } catch (DomainException refused) {
      ProgramPages.show(refused);
      return null;
    }
    FacesMessages.info("program.certification.added");
    return redirect();
  }

  public String removeCertification(long id) {
    certifications.remove(selected.partnerId(), id);
    FacesMessages.info("program.certification.removed");
    return redirect();
  }

  /** The partner of the address; anything but a number is no partner (404). */
  static long partnerId(String text) {
    try {
      return Long.parseLong(text.strip());
    } catch (NumberFormatException e) {
      throw new RecordNotFoundException("Partner", text);
    }
  }

  private String redirect() {
    return "/channel/program?faces-redirect=true&partner="
        + selected.partnerId()
        + "&filter="
        + (filter == null || !FILTERS.contains(filter) ? "all" : filter);
  }

  public String metricName(RequirementResult r) {
    return ProgramPages.metricName(r.metric());
  }

  public String tierName(PartnerTier tier) {
    return ProgramPages.tierName(tier);
  }

  public String missingOf(Scorecard card) {
    return ProgramPages.missing(card);
  }

  public String getForecast() {
    return selected == null ? "" : ProgramPages.forecast(selected.scorecard());
  }

  public String number(Object value) {
    return ProgramPages.number(value);
  }

  public PartnerTier[] getTiers() {
    return PartnerTier.values();
  }

  public ProgramService.Row getSelected() {
    return selected;
  }

  public List<ProgramPages.BenefitRow> getBenefits() {
    return benefits;
  }

  public List<ProgramPages.CertificationRow> getCertifications() {
    return certificationRows;
  }

  public List<String> getUsernames() {
    return usernames;
  }

  public String getFilter() {
    return filter;
  }

  public void setFilter(String filter) {
    this.filter = filter;
  }

  public String getPartner() {
    return partner;
  }

  public void setPartner(String partner) {
    this.partner = partner;
  }

  public String getNewTier() {
    return newTier;
  }

  public void setNewTier(String newTier) {
    this.newTier = newTier;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }

  public String getCertUser() {
    return certUser;
  }

  public void setCertUser(String certUser) {
    this.certUser = certUser;
  }

  public String getCertName() {
    return certName;
  }

  public void setCertName(String certName) {
    this.certName = certName;
  }

  public String getCertIssuedOn() {
    return certIssuedOn;
  }

  public void setCertIssuedOn(String certIssuedOn) {
    this.certIssuedOn = certIssuedOn;
  }

  public String getCertExpiresOn() {
    return certExpiresOn;
  }

  public void setCertExpiresOn(String certExpiresOn) {
    this.certExpiresOn = certExpiresOn;
  }
}
