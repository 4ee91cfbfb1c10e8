package org.channelport.analytics.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import org.channelport.analytics.Analytics;
import org.channelport.analytics.AnalyticsFilter;
import org.channelport.analytics.DigestMail;
import org.channelport.analytics.DigestSubscriptions;
import org.channelport.analytics.KeyFigures;
import org.channelport.analytics.Kpis;
import org.channelport.analytics.MyWork;
import org.channelport.platform.Clock;
import org.channelport.platform.web.FacesMessages;
import org.channelport.security.CurrentCaller;
import org.channelport.shared.InvalidInputException;

/**
 * The home page's "my work" first: what waits for the user now ({@link MyWork}), the few figures
 * that matter to their role (this calendar month so far against the whole of last month), and the
 * weekly digest's checkbox. Small and serializable: the lists are records, read once per view.
 */
@Named
@ViewScoped
public class MyWorkBean implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject MyWork myWork;
  @Inject Analytics analytics;
  @Inject DigestSubscriptions subscriptions;
  @Inject CurrentCaller currentCaller;
  @Inject Clock clock;

  private List<MyWork.Section> sections;
  private List<KeyFigures.Figure> figures;
  private Boolean digest;

  public List<MyWork.Section> getSections() {
    if (sections == null) {
      sections = myWork.sections();
    }
    return sections;
  }

  /**
   * This month (from the 1st to today) against last month (all of it), exactly by calendar month:
   * two reads of {@link Analytics#kpis}, since {@link Analytics#kpisWithPrevious} compares with a
   * period of the same length, which is last month only when both months are as long.
   */
  public List<KeyFigures.Figure> getFigures() {
    if (figures == null) {
      LocalDate today = clock.now().atOffset(ZoneOffset.UTC).toLocalDate();
      LocalDate first = today.withDayOfMonth(1);
      Kpis now = analytics.kpis(AnalyticsFilter.of(first, today));
      Kpis before = analytics.kpis(AnalyticsFilter.of(first.minusMonths(1), first.minusDays(1)));
      figures = KeyFigures.of(currentCaller.get(), now, before);
    }
    return figures;
  }

  /** A figure's value as text in the page's language. */
  public String value(KeyFigures.Figure figure, boolean previous) {
    return DigestMail.value(
        figure.kind(), previous ? figure.previous() : figure.current(), locale());
  }

  /** "+12.5 %", "−3 %"; empty without a base. */
  public String change(KeyFigures.Figure figure) {
    BigDecimal percent = figure.changePercent();
    if (percent == null) {
      return "";
    }
    String text = DigestMail.change(percent, locale());
    return text.substring(2);
  }

  /** "all 12 …" under a list that shows only its first items, else "open the list". */
  public String allLabel(MyWork.Section section) {
    return section.more()
        ? FacesMessages.text("myWork.all", section.total())
        : FacesMessages.text("myWork.open");
  }

  /** How much time is left until {@code due}: "2 d 4 h", "3 h 20 min", or "overdue". */
  public String left(Instant due) {
    if (due == null) {
      return "";
    }
    Duration left = Duration.between(clock.now(), due);
    if (left.isNegative() || left.isZero()) {
      return FacesMessages.text("myWork.overdue");
    }
    return FacesMessages.text("myWork.left", duration(left));
  }

  static String duration(Duration d) {
    long days = d.toDays();
    long hours = d.toHoursPart();
    long minutes = d.toMinutesPart();
    if (days > 0) {
      return days + " d " + hours + " h";
    }
    if (hours > 0) {
      return hours + " h " + minutes + " min";
    }
    return Math.max(1, minutes) + " min";
  }

  public boolean isDigest() {
    if (digest == null) {
      digest = subscriptions.status().subscribed();
    }
    return digest;
  }

  public void setDigest(boolean digest) {
    this.digest = digest;
  }

  /** The checkbox changed: subscribe or unsubscribe, in the page's language. */
  public void digestChanged() {
    try {
      boolean now =
          subscriptions.set(Boolean.TRUE.equals(digest), locale().getLanguage()).subscribed();
      digest = now;
      FacesMessages.info(now ? "myWork.digest.on" : "myWork.digest.off");
    } catch (InvalidInputException e) {
      digest = false;
      FacesMessages.error("error.digest.noAddress");
    }
  }

  private static Locale locale() {
    FacesContext faces = FacesContext.getCurrentInstance();
    return faces == null ? Locale.ENGLISH : faces.getViewRoot().getLocale();
  }
}
