package org.channelport.analytics.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.channelport.analytics.Analytics;
import org.channelport.analytics.AnalyticsFilter;
import org.channelport.analytics.Kpis;
import org.channelport.analytics.Totals;
import org.channelport.platform.ListFilters;
import org.channelport.platform.ListParams;
import org.channelport.shared.PageRequest;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/analytics")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Analytics")
public class AnalyticsResource {
  private static final String FILTERS =
      " Query from and to (dates, both included, required), partnerId (a partner of the caller's"
          + " scope: another answers 404; partner users always get their own partner's figures),"
          + " tier, country, category (a catalog category code: narrows the product figures).";

  static final ListParams KPIS = base().build();
  static final ListParams RANKED = base().whole("limit", 1, Analytics.MAX_LIMIT).build();
  static final ListParams PRODUCTS =
      base()
          .whole("limit", 1, Analytics.MAX_LIMIT)
          .oneOf("by", List.of("revenue", "issues"))
          .build();
  static final ListParams SERIES = base().oneOf("grain", List.of("day", "week", "month")).build();

  private static ListParams.Builder base() {
    return ListParams.plain()
        .date("from")
        .date("to")
        .id("partnerId")
        .oneOf("tier", List.of("registered", "silver", "gold", "platinum"))
        .country("country")
        .text("category", 64);
  }

  @Inject Analytics analytics;

  @GET
  @Path("/kpis")
  @Operation(
      summary = "The channel's key figures of a period, from the daily roll-ups",
      description =
          "Leads (dispatched, accepted, acceptance rate, median hours to accept, won, won value),"
              + " deal registrations (submitted, approval rate), orders (count, revenue), MDF"
              + " (allocated, paid, ROI), service (issues opened, solved, SLA attainment). Rates"
              + " are ratios (0.25), null when there is nothing to take them of; amounts EUR."
              + FILTERS)
  @APIResponse(responseCode = "200", description = "The figures")
  @APIResponse(responseCode = "400", description = "A bad or unknown query parameter")
  @APIResponse(responseCode = "404", description = "A partner outside the caller's scope")
  public KpisJson kpis(@Context UriInfo uri) {
    return KpisJson.of(analytics.kpis(filter(KPIS.parse(uri))));
  }

  @GET
  @Path("/top-customers")
  @Operation(
      summary = "The most valuable customers of a period",
      description =
          "Ranked by order revenue plus won value, counting only the partners of the caller's"
              + " scope; limit (1-100, 10)."
              + FILTERS)
  @APIResponse(responseCode = "200", description = "The ranked customers")
  public List<Analytics.CustomerRank> topCustomers(@Context UriInfo uri) {
    PageRequest q = RANKED.parse(uri);
    return analytics.topCustomers(filter(q), limit(q));
  }

  @GET
  @Path("/top-partners")
  @Operation(
      summary = "The partners of the caller's scope ranked by value in a period",
      description = "Ranked by order revenue plus won value; limit (1-100, 10)." + FILTERS)
  @APIResponse(responseCode = "200", description = "The ranked partners")
  public List<Analytics.PartnerRank> topPartners(@Context UriInfo uri) {
    PageRequest q = RANKED.parse(uri);
    return analytics.topPartners(filter(q), limit(q));
  }

  @GET
  @Path("/top-products")
  @Operation(
      summary = "Products ranked by revenue (or by service issues) in a period",
      description = "by (revenue, issues; revenue), limit (1-100, 10)." + FILTERS)
  @APIResponse(responseCode = "200", description = "The ranked products")
  public List<Analytics.ProductRank> topProducts(@Context UriInfo uri) {
    PageRequest q = PRODUCTS.parse(uri);
    return analytics.topProducts(filter(q), limit(q), "issues".equals(q.filter("by")));
  }

  @GET
  @Path("/partners")
  @Operation(
      summary = "Each partner's figures of a period (the drill-down behind the totals)",
      description = "One row per partner of the caller's scope." + FILTERS)
  @APIResponse(responseCode = "200", description = "The partners' figures")
  public List<PartnerJson> partners(@Context UriInfo uri) {
    return analytics.byPartner(filter(KPIS.parse(uri))).stream().map(PartnerJson::of).toList();
  }

  @GET
  @Path("/series")
  @Operation(
      summary = "The figures over time",
      description =
          "One point per day, week or month (grain; by default what fits the period)." + FILTERS)
  @APIResponse(responseCode = "200", description = "The points, oldest first")
  public List<PointJson> series(@Context UriInfo uri) {
    PageRequest q = SERIES.parse(uri);
    AnalyticsFilter f = filter(q);
    Analytics.Grain grain =
        q.filter("grain") == null
            ? Analytics.Grain.fitting(f.from(), f.to())
            : Analytics.Grain.valueOf(q.filter("grain").toUpperCase(Locale.ROOT));
    return analytics.series(f, grain).stream()
        .map(p -> new PointJson(p.start(), p.totals()))
        .toList();
  }

  static AnalyticsFilter filter(PageRequest q) {
    String tier = q.filter("tier");
    return new AnalyticsFilter(
        ListFilters.date(q.filter("from")),
        ListFilters.date(q.filter("to")),
        ListFilters.id(q.filter("partnerId")),
        tier == null ? null : tier.toUpperCase(Locale.ROOT),
        q.filter("country"),
        q.filter("category"));
  }

  private static int limit(PageRequest q) {
    String limit = q.filter("limit");
    return limit == null ? 10 : Integer.parseInt(limit);
  }

  /** The figures of {@code GET /analytics/kpis}. */
  public record KpisJson(
      LocalDate from,
      LocalDate to,
      long partners,
      long leadsDispatched,
      long leadsAccepted,
      BigDecimal acceptanceRate,
      BigDecimal medianHoursToAccept,
      long leadsRecalled,
      BigDecimal recallRate,
      long leadsWon,
      BigDecimal conversionRate,
      BigDecimal wonValue,
      long dealRegistrations,
      long dealsDecided,
      long dealsApproved,
      BigDecimal dealApprovalRate,
      BigDecimal dealConflictRate,
      BigDecimal medianHoursToDecision,
      long orders,
      BigDecimal orderRevenue,
      BigDecimal averageOrderValue,
      BigDecimal backorderRate,
      BigDecimal medianDaysToShip,
      BigDecimal mdfAllocated,
      BigDecimal mdfReserved,
      BigDecimal mdfPaid,
      BigDecimal mdfForfeited,
      BigDecimal mdfUtilisation,
      BigDecimal mdfRoi,
      BigDecimal medianDaysClaimToPaid,
      long issuesOpened,
      long issuesSolved,
      long issuesDeflected,
      BigDecimal deflectionRate,
      BigDecimal slaAttainment,
      BigDecimal firstResponseAttainment,
      BigDecimal resolutionAttainment,
      String currency) {
    static KpisJson of(Kpis k) {
      Totals t = k.totals();
      return new KpisJson(
          k.from(),
          k.to(),
          k.partners(),
          t.leadsDispatched(),
          t.leadsAccepted(),
          k.acceptanceRate(),
          k.medianHoursToAccept(),
          t.leadsRecalled(),
          k.recallRate(),
          t.leadsWon(),
          k.conversionRate(),
          t.wonValue(),
          t.dealsSubmitted(),
          t.dealsDecided(),
          t.dealsApproved(),
          k.dealApprovalRate(),
          k.dealConflictRate(),
          k.medianHoursToDecision(),
          t.orders(),
          t.orderRevenue(),
          k.averageOrderValue(),
          k.backorderRate(),
          k.medianDaysToShip(),
          t.mdfAllocated(),
          t.mdfReserved(),
          t.mdfPaid(),
          t.mdfForfeited(),
          k.mdfUtilisation(),
          k.mdfRoi(),
          k.medianDaysClaimToPaid(),
          t.issuesOpened(),
          t.issuesSolved(),
          t.deflections(),
          k.deflectionRate(),
          k.slaAttainment(),
          k.firstResponseAttainment(),
          k.resolutionAttainment(),
          Kpis.CURRENCY);
    }
  }

  /** One partner's row of {@code GET /analytics/partners}. */
  public record PartnerJson(
      long partnerId, String name, String tier, String country, KpisJson figures) {
    static PartnerJson of(Analytics.PartnerFigures p) {
      return new PartnerJson(p.partnerId(), p.name(), p.tier(), p.country(), KpisJson.of(p.kpis()));
    }
  }

  /** One point of {@code GET /analytics/series}. */
  public record PointJson(LocalDate start, Totals totals) {}
}
