package org.channelport.mdf.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.channelport.mdf.AllocationView;
import org.channelport.mdf.MdfActivityType;
import org.channelport.mdf.MdfAllocations;
import org.channelport.mdf.MdfRequests;
import org.channelport.mdf.RequestInput;
import org.channelport.mdf.RequestView;
import org.channelport.platform.web.FacesMessages;
import org.channelport.shared.InvalidInputException;

/**
 * A new fund request (/partner/mdf-request-new.xhtml, partner managers): the program (one of the
 * partner's allocations still open), the activity, its dates and cost, the amount asked for, what
 * it is expected to bring and the campaign code its leads will carry. The service checks it all.
 */
@Named
@ViewScoped
public class MdfRequestNewBean implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject MdfRequests requests;
  @Inject MdfAllocations allocations;

  private Long programId;
  private MdfActivityType activityType = MdfActivityType.WEBINAR;
  private String title;
  private String description;
  private LocalDate plannedStart;
  private LocalDate plannedEnd;
  private BigDecimal plannedCost;
  private BigDecimal requestedAmount;
  private Integer expectedLeads;
  private BigDecimal expectedPipeline;
  private String campaignCode;
  private transient List<AllocationView> programs;

  /** The partner's allocations it may request from. */
  public List<AllocationView> getPrograms() {
    if (programs == null) {
      programs = allocations.list(null, null).stream().filter(a -> a.daysToExpiry() >= 0).toList();
      if (programId == null && !programs.isEmpty()) {
        programId = programs.get(0).programId();
      }
    }
    return programs;
  }

  public String submit() {
    RequestView created;
    try {
      created =
          requests.submit(
              new RequestInput(
                  programId,
                  activityType,
                  title,
                  description,
                  plannedStart,
                  plannedEnd,
                  plannedCost,
                  requestedAmount,
                  expectedLeads,
                  expectedPipeline,
                  MdfPages.blankToNull(campaignCode)));
    } catch (InvalidInputException invalid) {
      MdfPages.show(invalid);
      return null;
    }
    FacesMessages.info("mdfPage.done.requested", created.number());
    return "/partner/mdf-request?faces-redirect=true&id=" + created.id();
  }

  public Long getProgramId() {
    return programId;
  }

  public void setProgramId(Long programId) {
    this.programId = programId;
  }

  public MdfActivityType getActivityType() {
    return activityType;
  }

  public void setActivityType(MdfActivityType activityType) {
    this.activityType = activityType;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public String getDescription() {
    return description;
  }

  public void setDescription(String description) {
    this.description = description;
  }

  public LocalDate getPlannedStart() {
    return plannedStart;
  }

  public void setPlannedStart(LocalDate plannedStart) {
    this.plannedStart = plannedStart;
  }

  public LocalDate getPlannedEnd() {
    return plannedEnd;
  }

  public void setPlannedEnd(LocalDate plannedEnd) {
    this.plannedEnd = plannedEnd;
  }

  public BigDecimal getPlannedCost() {
    return plannedCost;
  }

  public void setPlannedCost(BigDecimal plannedCost) {
    this.plannedCost = plannedCost;
  }

  public BigDecimal getRequestedAmount() {
    return requestedAmount;
  }

  public void setRequestedAmount(BigDecimal requestedAmount) {
    this.requestedAmount = requestedAmount;
  }

  public Integer getExpectedLeads() {
    return expectedLeads;
  }

  public void setExpectedLeads(Integer expectedLeads) {
    this.expectedLeads = expectedLeads;
  }

  public BigDecimal getExpectedPipeline() {
    return expectedPipeline;
  }

  public void setExpectedPipeline(BigDecimal expectedPipeline) {
    this.expectedPipeline = expectedPipeline;
  }

  public String getCampaignCode() {
    return campaignCode;
  }

  public void setCampaignCode(String campaignCode) {
    this.campaignCode = campaignCode;
  }
}
