package org.channelport.partner.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.channelport.partner.Partner;
import org.channelport.partner.PartnerService;
import org.channelport.platform.web.FacesMessages;
import org.channelport.security.PortfolioAssignment;
import org.channelport.security.Portfolios;
import org.channelport.shared.PageRequest;

/** A channel admin assigns the partners of their portfolio to other channel managers. */
@Named
@ViewScoped
public class PortfolioBean implements Serializable {
  @Inject Portfolios portfolios;
  @Inject PartnerService partners;

  private String manager;
  private Long partnerId;
  private List<PortfolioAssignment> assignments;
  private List<Partner> visiblePartners;

  /** viewAction: only a channel admin gets this far (403 otherwise). */
  public void load() {
    assignments = portfolios.all();
  }

  public List<PortfolioAssignment> getAssignments() {
    if (assignments == null) {
      assignments = portfolios.all();
    }
    return assignments;
  }

  public List<Partner> getPartners() {
    if (visiblePartners == null) {
      visiblePartners =
          partners.rows(new PageRequest(0, PageRequest.MAX_SIZE, "name", true, Map.of()));
    }
    return visiblePartners;
  }

  public String partnerName(Long id) {
    return getPartners().stream()
        .filter(p -> p.getId().equals(id))
        .map(Partner::getName)
        .findFirst()
        .orElse("#" + id);
  }

  public void assign() {
    portfolios.assignByAdmin(manager, partnerId);
    FacesMessages.info("portfolio.assigned", partnerName(partnerId), manager);
    assignments = null;
  }

  public void unassign(PortfolioAssignment assignment) {
    portfolios.unassignByAdmin(assignment.getManagerUsername(), assignment.getPartnerId());
    FacesMessages.info(
        "portfolio.unassigned",
        partnerName(assignment.getPartnerId()),
        assignment.getManagerUsername());
    assignments = null;
  }

  public String getManager() {
    return manager;
  }

  public void setManager(String manager) {
    this.manager = manager;
  }

  public Long getPartnerId() {
    return partnerId;
  }

  public void setPartnerId(Long partnerId) {
    this.partnerId = partnerId;
  }
}
