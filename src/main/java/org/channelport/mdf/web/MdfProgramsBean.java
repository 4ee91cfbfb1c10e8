package org.channelport.mdf.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.channelport.mdf.MdfActivityType;
import org.channelport.mdf.MdfPrograms;
import org.channelport.mdf.ProgramInput;
import org.channelport.mdf.ProgramView;
import org.channelport.platform.web.FacesMessages;
import org.channelport.shared.InvalidInputException;

/**
 * The fund programs (/channel/mdf-programs.xhtml): each with its period, budget and what is not
 * allocated yet, and the form for a new one (the service checks it; its budget is posted from the
 * program's funding account).
 */
@Named
@ViewScoped
public class MdfProgramsBean implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject MdfPrograms programs;

  private String name;
  private String period;
  private String currency = "EUR";
  private BigDecimal budget;
  private LocalDate startsOn;
  private LocalDate endsOn;
  private LocalDate requestDeadline;
  private LocalDate claimDeadline;
  private BigDecimal reimbursementPct = BigDecimal.valueOf(50);
  private BigDecimal coopPct = BigDecimal.ZERO;
  private String glCode;
  private List<MdfActivityType> activityTypes = List.of(MdfActivityType.values());
  private transient List<ProgramView> rows;

  public List<ProgramView> getPrograms() {
    if (rows == null) {
      rows = programs.list();
    }
    return rows;
  }

  public String create() {
    ProgramView created;
    Set<MdfActivityType> types =
        activityTypes == null || activityTypes.isEmpty() ? Set.of() : EnumSet.copyOf(activityTypes);
    try {
      created =
          programs.create(
              new ProgramInput(
                  name,
                  period,
                  currency,
                  budget,
                  startsOn,
                  endsOn,
                  requestDeadline,
                  claimDeadline,
                  reimbursementPct,
                  coopPct,
                  null,
                  MdfPages.blankToNull(glCode),
                  null,
                  types));
    } catch (InvalidInputException invalid) {
      MdfPages.show(invalid);
      return null;
    }
    FacesMessages.info("mdfPage.done.programCreated", created.name());
    return "/channel/mdf-program?faces-redirect=true&id=" + created.id();
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getPeriod() {
    return period;
  }

  public void setPeriod(String period) {
    this.period = period;
  }

  public String getCurrency() {
    return currency;
  }

  public void setCurrency(String currency) {
    this.currency = currency;
  }

  public BigDecimal getBudget() {
    return budget;
  }

  public void setBudget(BigDecimal budget) {
    this.budget = budget;
  }

  public LocalDate getStartsOn() {
    return startsOn;
  }

  public void setStartsOn(LocalDate startsOn) {
    this.startsOn = startsOn;
  }

  public LocalDate getEndsOn() {
    return endsOn;
  }

  public void setEndsOn(LocalDate endsOn) {
    this.endsOn = endsOn;
  }

  public LocalDate getRequestDeadline() {
    return requestDeadline;
  }

  public void setRequestDeadline(LocalDate requestDeadline) {
    this.requestDeadline = requestDeadline;
  }

  public LocalDate getClaimDeadline() {
    return claimDeadline;
  }

  public void setClaimDeadline(LocalDate claimDeadline) {
    this.claimDeadline = claimDeadline;
  }

  public BigDecimal getReimbursementPct() {
    return reimbursementPct;
  }

  public void setReimbursementPct(BigDecimal reimbursementPct) {
    this.reimbursementPct = reimbursementPct;
  }

  public BigDecimal getCoopPct() {
    return coopPct;
  }

  public void setCoopPct(BigDecimal coopPct) {
    this.coopPct = coopPct;
  }

  public String getGlCode() {
    return glCode;
  }

  public void setGlCode(String glCode) {
    this.glCode = glCode;
  }

  public List<MdfActivityType> getActivityTypes() {
    return activityTypes;
  }

  public void setActivityTypes(List<MdfActivityType> activityTypes) {
    this.activityTypes = activityTypes;
  }
}
