package org.channelport.support.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.channelport.customer.CustomerService;
import org.channelport.customer.CustomerView;
import org.channelport.shared.Messages;
import org.channelport.shared.PageRequest;
import org.channelport.support.IssueCategory;
import org.channelport.support.IssuePriority;
import org.channelport.support.IssueRow;
import org.channelport.support.IssueService;
import org.channelport.support.IssueStatus;
import org.channelport.support.SlaState;

/**
 * What the service-issue pages share: the choices of their selects, the attachment limits, SLA
 * clocks in words ("3 h 20 min left", "Breached, 40 min over", "Paused, 6 h left") in business
 * time, sizes as people read them.
 */
@Named
@ApplicationScoped
public class IssuePages {
  @Inject IssueService issues;
  @Inject CustomerService customers;

  public IssueStatus[] getStatuses() {
    return IssueStatus.values();
  }

  public IssuePriority[] getPriorities() {
    return IssuePriority.values();
  }

  public IssueCategory[] getCategories() {
    return IssueCategory.values();
  }

  public SlaState[] getSlaStates() {
    return SlaState.values();
  }

  public int getMaxAttachmentBytes() {
    return issues.attachmentLimits().maxBytes();
  }

  public int getMaxAttachmentKb() {
    return getMaxAttachmentBytes() / 1024;
  }

  public int getMaxAttachments() {
    return issues.attachmentLimits().maxFiles();
  }

  /** The caller's customers for a picker, by company (the first {@value PageRequest#MAX_SIZE}). */
  public List<CustomerView> customers() {
    return customers.rows(new PageRequest(0, PageRequest.MAX_SIZE, "company", true, Map.of()));
  }

  /** A text of the bundle with its argument, in the page's language (for the pages' EL). */
  public String format(String key, Object arg) {
    return Messages.text(locale(), key, arg);
  }

  /** A file's size: "840 B", "12 KB", "3.4 MB". */
  public String size(long bytes) {
    if (bytes < 1024) {
      return bytes + " B";
    }
    if (bytes < 1024 * 1024) {
      return (bytes + 1023) / 1024 + " KB";
    }
    return String.format(locale(), "%.1f MB", bytes / (1024.0 * 1024.0));
  }

  /** The resolution clock of a list row in words. */
  public String slaText(IssueRow row) {
    return clock(row.slaState(), row.resolutionLeft(), locale());
  }

  /** The state a row's SLA cell is coloured by. */
  public SlaState slaState(IssueRow row) {
    return row.slaState() == null ? SlaState.ON_TRACK : row.slaState();
  }

  /**
   * A clock in words: time left while it runs, the overrun once breached, what is left while
   * paused, "Met" once solved in time.
   */
  static String clock(SlaState state, Duration left, Locale locale) {
    if (state == null) {
      return "";
    }
    return switch (state) {
      case MET -> Messages.text(locale, "issuePage.sla.met");
      case PAUSED ->
          left == null
              ? Messages.text(locale, "issuePage.sla.paused")
              : left.isNegative()
                  ? Messages.text(locale, "issuePage.sla.overdue", duration(left.negated(), locale))
                  : Messages.text(locale, "issuePage.sla.pausedLeft", duration(left, locale));
      case BREACHED ->
          left != null && left.isNegative()
              ? Messages.text(locale, "issuePage.sla.overdue", duration(left.negated(), locale))
              : Messages.text(locale, "issuePage.sla.breachedBadge");
      case ON_TRACK, AT_RISK ->
          left == null
              ? ""
              : left.isNegative()
                  ? Messages.text(locale, "issuePage.sla.overdue", duration(left.negated(), locale))
                  : Messages.text(locale, "issuePage.sla.left", duration(left, locale));
    };
  }

  /** Business time as "12 h 5 min" or "40 min" (a business day is just its hours). */
  static String duration(Duration d, Locale locale) {
    long minutes = Math.max(0, (d.getSeconds() + 59) / 60);
    if (minutes < 60) {
      return Messages.text(locale, "issuePage.sla.minutes", minutes);
    }
    return Messages.text(locale, "issuePage.sla.hoursMinutes", minutes / 60, minutes % 60);
  }

  static Locale locale() {
    FacesContext faces = FacesContext.getCurrentInstance();
    return faces == null || faces.getViewRoot() == null
        ? Locale.ENGLISH
        : faces.getViewRoot().getLocale();
  }
}
