package org.channelport.analytics.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import org.channelport.analytics.Analytics;
import org.channelport.analytics.AnalyticsFilter;
import org.channelport.analytics.Kpis;
import org.channelport.analytics.Totals;
import org.channelport.catalog.Catalog;
import org.channelport.partner.PartnerTier;
import org.channelport.platform.Clock;
import org.channelport.security.AccessRules;
import org.channelport.shared.InvalidInputException;
import org.channelport.shared.Messages;

/**
 * The analytics dashboards (/channel/analytics.xhtml over the channel manager's portfolio,
 * /partner/analytics.xhtml over the partner user's own partner): the period and filters come from
 * the address (bookmarkable), the figures from {@link Analytics}, which holds every question to the
 * caller's scope. Only the address's values are kept in the view; the figures are read again after
 * the view was serialized.
 */
@Named
@ViewScoped
public class AnalyticsBean implements Serializable {
  private static final long serialVersionUID = 1L;
  static final int TOP = 10;

  @Inject Analytics analytics;
  @Inject Catalog catalog;
  @Inject Clock clock;
  @Inject AccessRules access;

  private String period;
  private LocalDate from;
  private LocalDate to;
  private Long partnerId;
  private String tier;
  private String country;
  private String category;
  private boolean invalid;
  private transient Dashboard data;
  private transient List<Analytics.PartnerChoice> partnerChoices;
  private transient String drillBase;

  /** What one view of the dashboard shows. */
  record Dashboard(
      Period range,
      Period previous,
      Kpis current,
      Kpis before,
      Analytics.Grain grain,
      List<Analytics.Point> series,
      List<Analytics.Stage> pipeline,
      List<Analytics.PartnerFigures> byPartner,
      List<Analytics.CustomerRank> topCustomers,
      List<Analytics.PartnerRank> topPartners,
      List<Analytics.ProductRank> topProducts,
      List<Analytics.ProductRank> productsByIssues,
      List<Analytics.CategoryRevenue> categories,
      List<Analytics.ProgramFunds> programs) {}

  /** Reads the figures of the address's period and filters (the page's view action). */
  public void load() {
    invalid = false;
    data = null;
    try {
      data = read();
    } catch (InvalidInputException e) {
      invalid = true;
      FacesContext faces = FacesContext.getCurrentInstance();
      for (var error : e.errors()) {
        faces.addMessage(
            null,
            new jakarta.faces.application.FacesMessage(
                jakarta.faces.application.FacesMessage.SEVERITY_ERROR,
                Messages.fieldLabel(locale(), "analytics", error.field())
                    + ": "
                    + error.message(locale()),
                null));
      }
    }
  }

  /** The filter form's button: the same page at the address of the chosen period and filters. */
  public String apply() {
    if (!Period.Kind.CUSTOM.code().equals(period)) {
      from = null;
      to = null;
    }
    return FacesContext.getCurrentInstance().getViewRoot().getViewId()
        + "?faces-redirect=true&includeViewParams=true";
  }

  private Dashboard read() {
    Period range = Period.of(period, from, to, LocalDate.ofInstant(clock.now(), ZoneOffset.UTC));
    boolean channel = isChannel();
    AnalyticsFilter f =
        channel
            ? range.filter(partnerId, upper(tier), upper(country), blankToNull(category))
            : range.filter(null, null, null, null);
    List<Kpis> kpis = analytics.kpisWithPrevious(f);
    Analytics.Grain grain = Analytics.Grain.fitting(range.from(), range.to());
    return new Dashboard(
        range,
        range.previous(),
        kpis.get(0),
        kpis.get(1),
        grain,
        analytics.series(f, grain),
        analytics.pipeline(f),
        channel ? analytics.byPartner(f) : List.of(),
        analytics.topCustomers(f, TOP),
        channel ? analytics.topPartners(f, TOP) : List.of(),
        analytics.topProducts(f, TOP, false),
        analytics.topProducts(f, TOP, true),
        analytics.revenueByCategory(f),
        analytics.mdfByProgram(f));
  }

  private Dashboard data() {
    if (data == null && !invalid && !FacesContext.getCurrentInstance().isValidationFailed()) {
      load();
    }
    return data;
  }

  public boolean isReady() {
    return data() != null;
  }

  /** Whether the caller sees a portfolio (filters, by-partner tables, top partners). */
  public boolean isChannel() {
    return access.requireUser().isChannelManager();
  }

  // --- the figures --------------------------------------------------------------------------

  public Period getRange() {
    return data().range();
  }

  public Period getPreviousRange() {
    return data().previous();
  }

  public Totals getTotals() {
    return data().current().totals();
  }

  public long getPartnerCount() {
    return data().current().partners();
  }

  public List<Figures.Figure> getPipelineFigures() {
    return figures(Figures.PIPELINE);
  }

  public List<Figures.Figure> getDealFigures() {
    return figures(Figures.DEALS);
  }

  public List<Figures.Figure> getOrderFigures() {
    return figures(Figures.ORDERS);
  }

  public List<Figures.Figure> getMdfFigures() {
    return figures(Figures.MDF);
  }

  public List<Figures.Figure> getServiceFigures() {
    return figures(Figures.SERVICE);
  }

  private List<Figures.Figure> figures(List<Figures.Def> defs) {
    return Figures.of(defs, data().current(), data().before(), locale());
  }

  public List<Analytics.Stage> getPipeline() {
    return data().pipeline();
  }

  public List<Analytics.PartnerFigures> getByPartner() {
    return data().byPartner();
  }

  public List<Analytics.CustomerRank> getTopCustomers() {
    return data().topCustomers();
  }

  public List<Analytics.PartnerRank> getTopPartners() {
    return data().topPartners();
  }

  public List<Analytics.ProductRank> getTopProducts() {
    return data().topProducts();
  }

  public List<Analytics.ProductRank> getProductsByIssues() {
    return data().productsByIssues();
  }

  public List<Analytics.CategoryRevenue> getRevenueByCategory() {
    return data().categories();
  }

  public List<Analytics.ProgramFunds> getPrograms() {
    return data().programs();
  }

  // --- the charts ---------------------------------------------------------------------------

  public boolean isSeriesEmpty() {
    Totals t = getTotals();
    return t.orderRevenue().signum() == 0 && t.wonValue().signum() == 0;
  }

  public String getOverTimeChart() {
    Dashboard d = data();
    return Charts.overTime(
        d.series(),
        d.grain(),
        d.range().from(),
        d.range().to(),
        new Charts.Labels(
            text("analytics.figure.orderRevenue"), text("analytics.figure.wonValue")));
  }

  public String getStageChart() {
    return Charts.leadsByStage(getPipeline(), this::stageName, text("analytics.pipeline.leads"));
  }

  public boolean isMdfEmpty() {
    Totals t = getTotals();
    return t.mdfAllocated().signum() == 0
        && t.mdfReserved().signum() == 0
        && t.mdfPaid().signum() == 0
        && t.mdfForfeited().signum() == 0;
  }

  public String getMdfChart() {
    Totals t = getTotals();
    return Charts.doughnut(
        List.of(
            new Charts.Slice(text("analytics.figure.mdfAllocated"), t.mdfAllocated()),
            new Charts.Slice(text("analytics.figure.mdfReserved"), t.mdfReserved()),
            new Charts.Slice(text("analytics.figure.mdfPaid"), t.mdfPaid()),
            new Charts.Slice(text("analytics.figure.mdfForfeited"), t.mdfForfeited())));
  }

  /** A partner tier in words ({@code tier.<code>}), or as stored. */
  public String tierName(String tier) {
    if (tier == null) {
      return "";
    }
    String key = "tier." + tier.toLowerCase(Locale.ROOT);
    String text = text(key);
    return text.equals(key) ? tier : text;
  }

  /** A lead stage in words ({@code lead.status.<code>}). */
  public String stageName(String status) {
    return text("lead.status." + status.toLowerCase(Locale.ROOT));
  }

  // --- formatting ---------------------------------------------------------------------------

  public String money(BigDecimal amount) {
    return Figures.money(amount, locale());
  }

  public String percent(BigDecimal rate) {
    return Figures.percent(rate, locale());
  }

  public String ratio(BigDecimal ratio) {
    return Figures.format(Figures.Kind.RATIO, ratio, locale());
  }

  public String count(long n) {
    return Figures.format(Figures.Kind.COUNT, BigDecimal.valueOf(n), locale());
  }

  // --- the filters' choices -----------------------------------------------------------------

  public Period.Kind[] getPeriodKinds() {
    return Period.Kind.values();
  }

  public PartnerTier[] getTiers() {
    return PartnerTier.values();
  }

  public List<Analytics.PartnerChoice> getPartnerChoices() {
    if (partnerChoices == null) {
      partnerChoices = analytics.partners();
    }
    return partnerChoices;
  }

  /** The countries of the portfolio's partners. */
  public List<String> getCountries() {
    return getPartnerChoices().stream()
        .map(Analytics.PartnerChoice::country)
        .filter(c -> c != null && !c.isBlank())
        .distinct()
        .sorted()
        .toList();
  }

  public List<Catalog.CategoryNode> getCategories() {
    return catalog.categoryTree();
  }

  // --- the address --------------------------------------------------------------------------

  /**
   * The address of this dashboard narrowed to a partner, the period and other filters kept (the
   * drill-down of the by-partner tables). Built once per view, not per row.
   */
  public String drill(long partner) {
    if (drillBase == null) {
      FacesContext faces = FacesContext.getCurrentInstance();
      StringBuilder url =
          new StringBuilder(faces.getExternalContext().getRequestContextPath())
              .append(faces.getViewRoot().getViewId())
              .append("?period=")
              .append(encode(getPeriod()));
      if (Period.Kind.CUSTOM.code().equals(getPeriod())) {
        url.append("&from=").append(from).append("&to=").append(to);
      }
      for (String[] p :
          new String[][] {{"tier", tier}, {"country", country}, {"category", category}}) {
        if (p[1] != null) {
          url.append('&').append(p[0]).append('=').append(encode(p[1]));
        }
      }
      drillBase = url.append("&partnerId=").toString();
    }
    return drillBase + partner;
  }

  private static String encode(String s) {
    return java.net.URLEncoder.encode(s, java.nio.charset.StandardCharsets.UTF_8);
  }

  /** The period's code; none in the address is this year. */
  public String getPeriod() {
    return period == null ? Period.Kind.YEAR.code() : period;
  }

  public void setPeriod(String period) {
    this.period = blankToNull(period);
  }

  public LocalDate getFrom() {
    return from;
  }

  public void setFrom(LocalDate from) {
    this.from = from;
  }

  public LocalDate getTo() {
    return to;
  }

  public void setTo(LocalDate to) {
    this.to = to;
  }

  public Long getPartnerId() {
    return partnerId;
  }

  public void setPartnerId(Long partnerId) {
    this.partnerId = partnerId;
  }

  public String getTier() {
    return tier;
  }

  public void setTier(String tier) {
    this.tier = blankToNull(tier);
  }

  public String getCountry() {
    return country;
  }

  public void setCountry(String country) {
    this.country = blankToNull(country);
  }

  public String getCategory() {
    return category;
  }

  public void setCategory(String category) {
    this.category = blankToNull(category);
  }

  private static String upper(String s) {
    return s == null ? null : s.toUpperCase(Locale.ROOT);
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  private String text(String key) {
    return Messages.text(locale(), key);
  }

  private static Locale locale() {
    FacesContext faces = FacesContext.getCurrentInstance();
    return faces == null || faces.getViewRoot() == null
        ? Locale.ENGLISH
        : faces.getViewRoot().getLocale();
  }
}
