package org.channelport.mdf.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.channelport.mdf.MdfActivityType;
import org.channelport.mdf.MdfClaimStatus;
import org.channelport.mdf.MdfProofFiles;
import org.channelport.mdf.MdfProofKind;
import org.channelport.mdf.MdfRequestStatus;
import org.channelport.partner.PartnerService;
import org.channelport.partner.PartnerTier;
import org.channelport.shared.FieldError;
import org.channelport.shared.InvalidInputException;
import org.channelport.shared.Messages;
import org.channelport.shared.PageRequest;

/**
 * What the MDF pages share: the choices of their selects, amounts as people read them ("3,000.00
 * EUR"), "expires in N days", the time a step took ("2 days", "5 h"), partner names, and bad input
 * named as the form names its fields ({@code mdfPage.field.<name>}).
 */
@Named
@ApplicationScoped
public class MdfPages {
  @Inject PartnerService partners;
  @Inject MdfProofFiles proofFiles;

  public MdfActivityType[] getActivityTypes() {
    return MdfActivityType.values();
  }

  public MdfProofKind[] getProofKinds() {
    return MdfProofKind.values();
  }

  public MdfRequestStatus[] getRequestStatuses() {
    return MdfRequestStatus.values();
  }

  public MdfClaimStatus[] getClaimStatuses() {
    return MdfClaimStatus.values();
  }

  public PartnerTier[] getTiers() {
    return PartnerTier.values();
  }

  public int getMaxProofBytes() {
    return proofFiles.limits().maxBytes();
  }

  public int getMaxProofKb() {
    return getMaxProofBytes() / 1024;
  }

  /** An amount with its currency, two decimals, in the page's language. */
  public String money(BigDecimal amount, String currency) {
    if (amount == null) {
      return "";
    }
    return money(amount, currency, locale());
  }

  static String money(BigDecimal amount, String currency, Locale locale) {
    NumberFormat f = NumberFormat.getNumberInstance(locale);
    f.setMinimumFractionDigits(2);
    f.setMaximumFractionDigits(2);
    return f.format(amount) + (currency == null ? "" : " " + currency);
  }

  /** A return ratio as "3.25×" (two decimals, the page's language). */
  public String ratio(BigDecimal roi) {
    return roi == null ? "" : money(roi, null, locale()) + "×";
  }

  /** "Expires in 12 days", "Expires today", "Expired 3 days ago". */
  public String expiry(long days) {
    return expiry(days, locale());
  }

  static String expiry(long days, Locale locale) {
    if (days == 0) {
      return Messages.text(locale, "mdfPage.expiresToday");
    }
    if (days < 0) {
      return Messages.text(locale, "mdfPage.expiredAgo", -days);
    }
    return Messages.text(
        locale, days == 1 ? "mdfPage.expiresInOneDay" : "mdfPage.expiresInDays", days);
  }

  /** Whether an allocation's end is near enough to warn about (30 days or less). */
  public boolean expiringSoon(long days) {
    return days >= 0 && days <= MdfHomeBean.EXPIRING_DAYS;
  }

  /**
   * How long a step took, between two instants ("40 min", "5 h", "3 days"); "" if either is null.
   */
  public String took(Instant from, Instant to) {
    return from == null || to == null ? "" : took(Duration.between(from, to), locale());
  }

  static String took(Duration d, Locale locale) {
    long minutes = Math.max(0, d.toMinutes());
    if (minutes < 60) {
      return Messages.text(locale, "mdfPage.took.minutes", minutes);
    }
    long hours = minutes / 60;
    if (hours < 48) {
      return Messages.text(locale, "mdfPage.took.hours", hours);
    }
    return Messages.text(locale, "mdfPage.took.days", hours / 24);
  }

  /** A partner to choose in a select. */
  public record PartnerChoice(Long id, String name) implements java.io.Serializable {}

  /** The partners of the caller's portfolio, by name (the first {@value PageRequest#MAX_SIZE}). */
  public List<PartnerChoice> partners() {
    return partners.rows(new PageRequest(0, PageRequest.MAX_SIZE, "name", true, Map.of())).stream()
        .map(p -> new PartnerChoice(p.getId(), p.getName()))
        .toList();
  }

  public String partnerName(Long id) {
    return id == null ? "" : partners.name(id);
  }

  /** A text of the bundle with its argument, in the page's language. */
  public String format(String key, Object arg) {
    return Messages.text(locale(), key, arg);
  }

  /** A timeline kind in words ({@code mdfPage.event.<kind>}), or the kind's code. */
  public String eventName(String kind) {
    String key = "mdfPage.event." + kind;
    String text = Messages.text(locale(), key);
    return text.equals(key) ? kind : text;
  }

  /** A journal entry's reason in words ({@code mdfPage.reason.<code>}), or its code. */
  public String reasonName(String reason) {
    String key = "mdfPage.reason." + reason;
    String text = Messages.text(locale(), key);
    return text.equals(key) ? reason : text;
  }

  static Locale locale() {
    FacesContext faces = FacesContext.getCurrentInstance();
    return faces == null || faces.getViewRoot() == null
        ? Locale.ENGLISH
        : faces.getViewRoot().getLocale();
  }

  /** Bad input on an MDF form: each field named as the form names it; the view fails. */
  static void show(InvalidInputException invalid) {
    FacesContext faces = FacesContext.getCurrentInstance();
    Locale locale = faces.getViewRoot().getLocale();
    for (FieldError error : invalid.errors()) {
      faces.addMessage(
          null,
          new FacesMessage(
              FacesMessage.SEVERITY_ERROR,
              Messages.fieldLabel(locale, "mdfPage", error.field()) + ": " + error.message(locale),
              null));
    }
    faces.validationFailed();
  }

  static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
