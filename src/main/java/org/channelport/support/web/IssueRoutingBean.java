package org.channelport.support.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.channelport.partner.PartnerService;
import org.channelport.platform.web.FacesMessages;
import org.channelport.security.PortfolioAssignment;
import org.channelport.security.Portfolios;
import org.channelport.shared.InvalidInputException;
import org.channelport.support.IssueCategory;
import org.channelport.support.IssueService;
import org.channelport.support.RoutingRuleInput;
import org.channelport.support.RoutingRuleView;

/**
 * The routing rules of service issues (/channel/issue-routing.xhtml, channel administrators): a
 * category (and a partner, or any) goes to a channel manager, tried in their order. {@link
 * IssueService} checks the assignee manages the partner.
 */
@Named
@ViewScoped
public class IssueRoutingBean implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject IssueService issues;
  @Inject Portfolios portfolios;
  @Inject PartnerService partners;

  private String category = IssueCategory.DEFECT.code();
  private Long partnerId;
  private String assignee;
  private Integer position = 100;

  private final Map<Long, String> partnerNames = new HashMap<>();
  private transient List<RoutingRuleView> rules;
  private transient List<PortfolioAssignment> assignments;

  /** A partner in the picker. */
  public record PartnerChoice(long id, String name) implements Serializable {}

  public List<RoutingRuleView> getRules() {
    if (rules == null) {
      rules = issues.routingRules();
    }
    return rules;
  }

  public void add() {
    try {
      issues.saveRoutingRule(
          new RoutingRuleInput(null, category, partnerId, assignee, position, null));
    } catch (InvalidInputException invalid) {
      IssueMessages.show(invalid);
      return;
    }
    FacesMessages.info("issueRouting.added");
    rules = null;
    partnerId = null;
    assignee = null;
  }

  public void remove(long id) {
    getRules().stream()
        .filter(r -> r.id() == id)
        .findFirst()
        .ifPresent(r -> issues.deleteRoutingRule(id, r.version()));
    FacesMessages.info("issueRouting.removed");
    rules = null;
  }

  private List<PortfolioAssignment> assignments() {
    if (assignments == null) {
      assignments = portfolios.all();
    }
    return assignments;
  }

  /** The partners of the admin's portfolio, by name. */
  public List<PartnerChoice> getPartners() {
    return assignments().stream()
        .map(PortfolioAssignment::getPartnerId)
        .distinct()
        .map(id -> new PartnerChoice(id, partnerName(id)))
        .sorted(java.util.Comparator.comparing(PartnerChoice::name))
        .toList();
  }

  /** The channel managers of those partners (a rule's assignee must manage the issue's partner). */
  public List<String> getChannelManagers() {
    return assignments().stream()
        .map(PortfolioAssignment::getManagerUsername)
        .distinct()
        .sorted()
        .toList();
  }

  public String partnerName(Long id) {
    return id == null ? "" : partnerNames.computeIfAbsent(id, partners::name);
  }

  public String getCategory() {
    return category;
  }

  public void setCategory(String category) {
    this.category = category;
  }

  public Long getPartnerId() {
    return partnerId;
  }

  public void setPartnerId(Long partnerId) {
    this.partnerId = partnerId;
  }

  public String getAssignee() {
    return assignee;
  }

  public void setAssignee(String assignee) {
    this.assignee = assignee;
  }

  public Integer getPosition() {
    return position;
  }

  public void setPosition(Integer position) {
    this.position = position;
  }
}
