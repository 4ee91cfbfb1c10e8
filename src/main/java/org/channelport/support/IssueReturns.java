package org.channelport.support;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.channelport.order.OrderService;
import org.channelport.order.ReturnInput;
import org.channelport.order.ReturnView;
import org.channelport.platform.Locks;
import org.channelport.platform.Versions;
import org.channelport.security.AccessRules;
import org.channelport.shared.ConflictException;

/**
 * The return (RMA) of an issue about a defective product, or one logged as a return: the lines of
 * the issue's order and a reason become a return order ({@link OrderService#requestReturn}), which
 * goes to the ERP through the orders' outbox and whose status then moves as an order's.
 *
 * <p>Who: whoever works the issue — its partner's users (a service issue is the team's, so a
 * partner employee may too, as they may place orders) and the channel managers of the partner's
 * portfolio. One return per issue: the issue's number is the return's key, so a retried request (a
 * lost answer) answers the return it made instead of making a second, and a different request from
 * the same issue is refused (409). While the issue is closed, no return.
 *
 * <p>Each request takes the issue's row lock (then the order's, in {@code requestReturn}), writes a
 * {@code return_requested} entry in the timeline (seen by the partner) and fires {@link
 * IssueChanged}.
 */
@ApplicationScoped
@Transactional
public class IssueReturns {
  /** The categories whose issues may lead to a return. */
  public static final Set<IssueCategory> CATEGORIES =
      EnumSet.of(IssueCategory.DEFECT, IssueCategory.RETURN);

  EntityManager em;
  AccessRules access;
  Locks locks;
  OrderService orders;
  IssueService issues;

  /** For the container's proxies. */
  protected IssueReturns() {}

  @Inject
  public IssueReturns(
      EntityManager em, AccessRules access, Locks locks, OrderService orders, IssueService issues) {
    this.em = em;
    this.access = access;
    this.locks = locks;
    this.orders = orders;
    this.issues = issues;
  }

  /** What {@link #request} did: the return, and whether this request made it (false: a retry). */
  public record Requested(ReturnView returned, boolean created) {}

  /**
   * Asks for the return of the issue's order's {@code lines} ({@code lineNo}, {@code quantity}),
   * saying why; {@code version} (optional) is the issue's.
   */
  public Requested request(
      long issueId, List<ReturnInput.Line> lines, String reason, Long version) {
    IssueService.requireReturner(access);
    ServiceIssue issue = locked(issueId);
    Versions.check(issue, version);
    if (!CATEGORIES.contains(issue.getCategory())) {
      throw new ConflictException(
          "category", "error.issue.return.category", issue.getCategory().code());
    }
    if (issue.getOrderId() == null) {
      throw new ConflictException("orderId", "error.issue.return.noOrder", issue.getNumber());
    }
    if (issue.getStatus() == IssueStatus.CLOSED) {
      throw new ConflictException("status", "error.issue.return.closed", issue.getNumber());
    }
    ReturnView earlier = ofIssue(issue);
    ReturnView r;
    try {
      r =
          orders.requestReturn(
              new ReturnInput(issue.getOrderId(), lines, reason, issue.getNumber()));
    } catch (ConflictException e) {
      if ("key".equals(e.field())) {
        throw new ConflictException(
            "lines",
            "error.issue.return.already",
            issue.getNumber(),
            earlier == null ? "" : earlier.number());
      }
      throw e;
    }
    if (earlier != null) {
      return new Requested(r, false);
    }
    issues.returnRequested(issue.getId(), detail(r));
    return new Requested(r, true);
  }

  /** The issue's return as it stands now (its status moves as the ERP says), or null. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public ReturnView of(long issueId) {
    access.requireUser();
    return ofIssue(access.find(ServiceIssue.class, issueId));
  }

  private ReturnView ofIssue(ServiceIssue issue) {
    if (issue.getOrderId() == null) {
      return null;
    }
    return orders.returnsOf(issue.getOrderId()).stream()
        .filter(r -> issue.getNumber().equals(r.key()))
        .findFirst()
        .orElse(null);
  }

  static String detail(ReturnView r) {
    List<String> parts = new ArrayList<>();
    for (ReturnView.Line l : r.lines()) {
      parts.add(l.quantity() + " x " + l.sku() + " (line " + l.lineNo() + ")");
    }
    String text = r.number() + ": " + String.join(", ", parts);
    return text.length() <= 2000 ? text : text.substring(0, 1997) + "...";
  }

  /** The issue, its row locked, if the caller may see it; otherwise not found, and audited. */
  private ServiceIssue locked(long id) {
    ServiceIssue issue = access.find(ServiceIssue.class, id);
    locks.row("service_issue", issue.getId());
    em.refresh(issue);
    return issue;
  }
}
