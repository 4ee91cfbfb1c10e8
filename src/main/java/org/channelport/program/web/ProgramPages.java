package org.channelport.program.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.channelport.partner.PartnerTier;
import org.channelport.platform.web.FacesMessages;
import org.channelport.program.Certification;
import org.channelport.program.ProgramMetric;
import org.channelport.program.Scorecard;
import org.channelport.program.TierBenefits;
import org.channelport.shared.DomainException;
import org.channelport.shared.FieldError;
import org.channelport.shared.InvalidInputException;

/** What both program pages show the same way: the forecast sentence, benefits, certifications. */
public final class ProgramPages {
  private ProgramPages() {}

  /** A certification as a page keeps it. */
  public record CertificationRow(
      long id, String username, String name, LocalDate issuedOn, LocalDate expiresOn)
      implements Serializable {
    static CertificationRow of(Certification c) {
      return new CertificationRow(
          c.getId(), c.getUsername(), c.getName(), c.getIssuedOn(), c.getExpiresOn());
    }
  }

  /** One benefit of the current and the next tier. */
  public record BenefitRow(String label, String current, String next) implements Serializable {}

  static String tierName(PartnerTier tier) {
    return tier == null ? "" : FacesMessages.text("tier." + tier.code());
  }

  static String metricName(ProgramMetric metric) {
    return FacesMessages.text("program.metric." + metric.code());
  }

  /** "At the current rate you reach Gold on …" (or that it is reached today, or not by rate). */
  static String forecast(Scorecard card) {
    if (card == null || card.nextTier() == null) {
      return FacesMessages.text("program.top");
    }
    String next = tierName(card.nextTier());
    if (card.forecastDate() == null) {
      return FacesMessages.text("program.forecastNone", next);
    }
    if (!card.forecastDate().isAfter(card.computedOn())) {
      return FacesMessages.text("program.forecastToday", next);
    }
    return FacesMessages.text("program.forecast", next, card.forecastDate().toString());
  }

  /** "Missing: Certified employees, …" or that nothing is. */
  static String missing(Scorecard card) {
    if (card == null || card.missing().isEmpty()) {
      return FacesMessages.text("program.nothingMissing");
    }
    List<String> names = new ArrayList<>();
    card.missing().forEach(m -> names.add(metricName(m)));
    return FacesMessages.text("program.missing", String.join(", ", names));
  }

  static List<BenefitRow> benefits(TierBenefits current, TierBenefits next) {
    List<BenefitRow> rows = new ArrayList<>();
    rows.add(
        new BenefitRow(
            FacesMessages.text("program.benefit.discount"),
            number(current.discountPct()),
            next == null ? "" : number(next.discountPct())));
    rows.add(
        new BenefitRow(
            FacesMessages.text("program.benefit.mdf"),
            number(current.mdfPct()),
            next == null ? "" : number(next.mdfPct())));
    rows.add(
        new BenefitRow(
            FacesMessages.text("program.benefit.dispatchWeight"),
            number(current.dispatchWeight()),
            next == null ? "" : number(next.dispatchWeight())));
    rows.add(
        new BenefitRow(
            FacesMessages.text("program.benefit.acceptSla"),
            number(current.acceptSlaHours()),
            next == null ? "" : number(next.acceptSlaHours())));
    return rows;
  }

  static String number(Object value) {
    if (value == null) {
      return FacesMessages.text("program.none");
    }
    if (value instanceof BigDecimal d) {
      return d.stripTrailingZeros().toPlainString();
    }
    return value.toString();
  }

  /** A refused action as messages on the page (each naming its field). */
  static void show(DomainException refused) {
    FacesContext faces = FacesContext.getCurrentInstance();
    Locale locale = faces.getViewRoot().getLocale();
    if (refused instanceof InvalidInputException invalid) {
      for (FieldError error : invalid.errors()) {
        faces.addMessage(
            null,
            new FacesMessage(
                FacesMessage.SEVERITY_ERROR, error.field() + ": " + error.message(locale), null));
      }
    } else {
      faces.addMessage(
          null,
          new FacesMessage(FacesMessage.SEVERITY_ERROR, refused.localizedMessage(locale), null));
    }
    faces.validationFailed();
  }
}
