package org.channelport.analytics;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.channelport.deal.DealRegistrationService;
import org.channelport.lead.LeadRow;
import org.channelport.lead.LeadService;
import org.channelport.mdf.ClaimView;
import org.channelport.mdf.MdfClaims;
import org.channelport.mdf.MdfRequests;
import org.channelport.mdf.RequestView;
import org.channelport.order.OrderRow;
import org.channelport.order.OrderService;
import org.channelport.security.Caller;
import org.channelport.security.CurrentCaller;
import org.channelport.shared.Page;
import org.channelport.shared.PageRequest;
import org.channelport.support.IssueRow;
import org.channelport.support.IssueService;

/**
 * "My work": what waits for the caller now, per role, as short lists (at most {@value #SHOWN} items
 * each, the most urgent first) with the total behind each — all read through the published services
 * of leads, deals, orders, MDF and service issues, so every row is the caller's own scope (an
 * employee's leads are the ones assigned to them, a channel manager's orders their portfolio's).
 * The home page shows it; the weekly digest counts it.
 */
@ApplicationScoped
public class MyWork {
  static final int SHOWN = 5;

  @Inject CurrentCaller currentCaller;
  @Inject LeadService leads;
  @Inject OrderService orders;
  @Inject DealRegistrationService deals;
  @Inject MdfRequests requests;
  @Inject MdfClaims claims;
  @Inject IssueService issues;

  /** A link into the portal: a page (without {@code .xhtml}) and up to two query parameters. */
  public record Link(String page, String name1, String value1, String name2, String value2)
      implements Serializable {
    static Link to(String page) {
      return new Link(page, null, null, null, null);
    }

    static Link to(String page, String name, String value) {
      return new Link(page, name, value, null, null);
    }

    /** The link as a path with its query ({@code /partner/lead.xhtml?id=4}). */
    public String path() {
      StringBuilder s = new StringBuilder(page).append(".xhtml");
      if (name1 != null) {
        s.append('?').append(name1).append('=').append(value1);
      }
      if (name2 != null) {
        s.append('&').append(name2).append('=').append(value2);
      }
      return s.toString();
    }
  }

  /**
   * One thing to do: what (a company, a number), a detail (an amount, a subject), when it is due
   * (null: no deadline), where it is.
   */
  public record Item(String title, String detail, Instant due, Link link) implements Serializable {}

  /**
   * One list: its name (message key {@code myWork.<name>}), the first items, how many there are in
   * all, and the filtered list page that shows them all.
   */
  public record Section(String name, List<Item> items, long total, Link all)
      implements Serializable {
    public boolean more() {
      return total > items.size();
    }
  }

  /** The caller's lists that hold something, in the order of the role's work. */
  public List<Section> sections() {
    Caller caller = currentCaller.get();
    List<Section> all = new ArrayList<>();
    if (caller.isChannelManager()) {
      all.add(dealsToDecide());
      all.add(requestsToReview());
      all.add(claimsToReview());
      all.add(
          orders("ordersSyncFailed", Map.of("syncState", "failed"), Link.to(CO, "sync", "failed")));
      all.add(
          orders(
              "ordersCreditHold", Map.of("creditHold", "true"), Link.to(CO, "creditHold", "true")));
      all.add(issues("issuesAtRisk", Map.of("slaState", "at_risk"), "channel", "sla", "at_risk"));
      all.add(issuesUnassigned());
    } else if (caller.isPartnerUser()) {
      all.add(leadsWaiting());
      if (caller.isPartnerManager()) {
        all.add(
            orders(
                "ordersAwaitingApproval",
                Map.of("status", "awaiting_approval"),
                Link.to("/partner/approvals")));
      }
      all.add(claimsToComplete());
      all.add(
          issues(
              "issuesWaitingPartner",
              Map.of("status", "waiting_partner"),
              "partner",
              "status",
              "waiting_partner"));
      all.add(issues("issuesAtRisk", Map.of("slaState", "at_risk"), "partner", "sla", "at_risk"));
    }
    return all.stream().filter(s -> s.total() > 0).toList();
  }

  private static final String CO = "/channel/orders";

  private static PageRequest first(String sort, boolean ascending, Map<String, String> filters) {
    return new PageRequest(0, SHOWN, sort, ascending, filters);
  }

  private Section leadsWaiting() {
    Page<LeadRow> page = leads.page(first("acceptDueAt", true, Map.of("status", "dispatched")));
    List<Item> items =
        page.rows().stream()
            .map(
                l ->
                    new Item(
                        l.company(),
                        l.value(),
                        l.acceptDueAt(),
                        Link.to("/partner/lead", "id", String.valueOf(l.id()))))
            .toList();
    return new Section(
        "leadsWaiting", items, page.total(), Link.to("/partner/leads", "status", "dispatched"));
  }

  private Section orders(String name, Map<String, String> filter, Link all) {
    Page<OrderRow> page = orders.page(first("createdAt", true, filter));
    String side = currentCaller.get().isChannelManager() ? "/channel/order" : "/partner/order";
    List<Item> items =
        page.rows().stream()
            .map(
                o ->
                    new Item(
                        o.number(),
                        money(o.total(), o.currency()),
                        null,
                        Link.to(side, "id", String.valueOf(o.id()))))
            .toList();
    return new Section(name, items, page.total(), all);
  }

  private Section dealsToDecide() {
    Page<DealRegistrationService.Summary> page =
        deals.summaries(first("submittedAt", true, Map.of("status", "submitted")));
    List<Item> items =
        page.rows().stream()
            .map(
                d ->
                    new Item(
                        d.company(),
                        money(d.estimatedValue(), d.currency()),
                        null,
                        Link.to("/channel/deal-registration", "id", String.valueOf(d.id()))))
            .toList();
    return new Section(
        "dealsToDecide", items, page.total(), Link.to("/channel/deal-registrations"));
  }

  private Section requestsToReview() {
    Page<RequestView> page = requests.list(first("submittedAt", true, Map.of("awaiting", "true")));
    List<Item> items =
        page.rows().stream()
            .map(
                r ->
                    new Item(
                        r.number(),
                        r.title(),
                        null,
                        Link.to("/channel/mdf-review", "q", r.number())))
            .toList();
    return new Section("mdfRequestsToReview", items, page.total(), Link.to("/channel/mdf-review"));
  }

  private Section claimsToReview() {
    Page<ClaimView> page = claims.list(first("submittedAt", true, Map.of("awaiting", "true")));
    List<Item> items =
        page.rows().stream()
            .map(
                c ->
                    new Item(
                        c.number(),
                        money(c.claimedAmount(), c.currency()),
                        null,
                        Link.to("/channel/mdf-review", "q", c.number())))
            .toList();
    return new Section("mdfClaimsToReview", items, page.total(), Link.to("/channel/mdf-review"));
  }

  /** Claims the partner still has to finish: drafts, and claims returned for correction. */
  private Section claimsToComplete() {
    Page<ClaimView> page =
        claims.list(first("updatedAt", true, Map.of("status", "returned,draft")));
    List<Item> items =
        page.rows().stream()
            .map(
                c ->
                    new Item(
                        c.number(),
                        money(c.claimedAmount(), c.currency()),
                        null,
                        Link.to("/partner/mdf-claim", "id", String.valueOf(c.id()))))
            .toList();
    return new Section("mdfClaimsToComplete", items, page.total(), Link.to("/partner/mdf"));
  }

  private Section issues(
      String name, Map<String, String> filter, String side, String param, String value) {
    Page<IssueRow> page = issues.list(first("resolutionDue", true, filter));
    return new Section(
        name, issueItems(page, side), page.total(), Link.to("/" + side + "/issues", param, value));
  }

  private Section issuesUnassigned() {
    Page<IssueRow> page =
        issues.list(
            first("createdAt", true, Map.of("status", "new", "assignee", IssueService.UNASSIGNED)));
    return new Section(
        "issuesUnassigned",
        issueItems(page, "channel"),
        page.total(),
        new Link("/channel/issues", "status", "new", "assignee", IssueService.UNASSIGNED));
  }

  private static List<Item> issueItems(Page<IssueRow> page, String side) {
    return page.rows().stream()
        .map(
            i ->
                new Item(
                    i.number(),
                    i.subject(),
                    i.resolutionDue(),
                    Link.to("/" + side + "/issue", "id", String.valueOf(i.id()))))
        .toList();
  }

  private static String money(BigDecimal amount, String currency) {
    return amount == null ? "" : amount.toPlainString() + (currency == null ? "" : " " + currency);
  }
}
