package org.channelport.lead.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.channelport.lead.LeadSource;
import org.channelport.lead.LeadStatus;
import org.channelport.partner.PartnerService;
import org.channelport.shared.DomainException;
import org.channelport.shared.InvalidInputException;
import org.channelport.shared.Messages;
import org.channelport.shared.PageRequest;

/** What the lead pages share: the choices of their selects and how failures read. */
@Named
@ApplicationScoped
public class LeadPages {
  /** The most partners a select offers (a portfolio is far smaller in practice). */
  static final int MAX_PARTNERS = PageRequest.MAX_SIZE;

  @Inject PartnerService partners;

  /** The partners of the caller's portfolio (partner users: their own), by name. */
  public List<PartnerOption> partners() {
    return partners.rows(new PageRequest(0, MAX_PARTNERS, "name", true, Map.of())).stream()
        .map(PartnerOption::of)
        .toList();
  }

  public LeadStatus[] getStatuses() {
    return LeadStatus.values();
  }

  /** The statuses a partner's lead can have (never in the pool). */
  public List<LeadStatus> getPartnerStatuses() {
    return Arrays.stream(LeadStatus.values()).filter(s -> !s.inPool()).toList();
  }

  public LeadSource[] getSources() {
    return LeadSource.values();
  }

  /** A failure as the user reads it: the rule's message, or a general one for anything else. */
  public static String message(RuntimeException e, Locale locale) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof InvalidInputException invalid) {
        return invalid.errors().stream()
            .map(f -> label(locale, f.field()) + ": " + f.message(locale))
            .collect(Collectors.joining("; "));
      }
      if (t instanceof DomainException domain) {
        return domain.localizedMessage(locale);
      }
    }
    return Messages.text(locale, "lead.bulk.unexpected");
  }

  /**
   * A field's label as the lead forms show it ({@code lead.field.<name>}, else the general one).
   */
  static String label(Locale locale, String field) {
    return Messages.fieldLabel(locale, "lead", field);
  }

  static Locale locale() {
    return FacesContext.getCurrentInstance().getViewRoot().getLocale();
  }
}
