package org.channelport.support.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;
import org.channelport.security.Caller;
import org.channelport.security.CurrentCaller;
import org.channelport.shared.PageRequest;
import org.channelport.support.IssueCounts;
import org.channelport.support.IssueService;
import org.channelport.support.IssueStatus;
import org.channelport.support.SlaState;

/**
 * The home page's service-issue counts, each linking to the filtered list: for partner users their
 * open issues, those the service waits for them to answer and the solved ones to confirm; for
 * channel managers the new ones nobody took, their own, the breached and those close to breaching.
 */
@Named
@RequestScoped
public class IssueHomeBean {
  @Inject IssueService issues;
  @Inject CurrentCaller currentCaller;

  private List<Count> counts;

  /** One count: its id on the page, label key, number and the list's filters. */
  public record Count(
      String id,
      String labelKey,
      long count,
      String status,
      String sla,
      String assignee,
      boolean alarm) {}

  public List<Count> getCounts() {
    if (counts == null) {
      Caller caller = currentCaller.get();
      IssueCounts c = issues.counts();
      if (caller.isChannelManager()) {
        counts =
            List.of(
                new Count(
                    "issuesNew",
                    "home.issues.newInQueue",
                    c.unassigned(),
                    IssueStatus.NEW.code(),
                    null,
                    IssueFilters.UNASSIGNED,
                    false),
                new Count(
                    "issuesMine",
                    "home.issues.mine",
                    c.mine(),
                    null,
                    null,
                    IssueFilters.MINE,
                    false),
                new Count(
                    "issuesBreached",
                    "home.issues.breached",
                    c.breached(),
                    null,
                    SlaState.BREACHED.code(),
                    null,
                    c.breached() > 0),
                new Count(
                    "issuesAtRisk",
                    "home.issues.atRisk",
                    c.atRisk(),
                    null,
                    SlaState.AT_RISK.code(),
                    null,
                    c.atRisk() > 0));
      } else {
        counts =
            List.of(
                new Count("issuesOpen", "home.issues.open", c.open(), null, null, null, false),
                new Count(
                    "issuesWaiting",
                    "home.issues.waitingForUs",
                    count(IssueStatus.WAITING_PARTNER),
                    IssueStatus.WAITING_PARTNER.code(),
                    null,
                    null,
                    false),
                new Count(
                    "issuesSolved",
                    "home.issues.solvedToConfirm",
                    count(IssueStatus.SOLVED),
                    IssueStatus.SOLVED.code(),
                    null,
                    null,
                    false));
      }
    }
    return counts;
  }

  private long count(IssueStatus status) {
    return issues.count(new PageRequest(0, 1, null, false, Map.of("status", status.code())));
  }

  /** Where the counts link to: the caller's issue list. */
  public String getListOutcome() {
    return currentCaller.get().isChannelManager() ? "/channel/issues" : "/partner/issues";
  }
}
