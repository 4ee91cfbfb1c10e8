package org.channelport.lead.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.channelport.lead.Lead;
import org.channelport.lead.LeadEventType;
import org.channelport.lead.LeadEventView;
import org.channelport.lead.LeadRow;
import org.channelport.lead.LeadService;
import org.channelport.lead.LeadStatus;
import org.channelport.lead.LeadStep;
import org.channelport.lead.Qualification;
import org.channelport.lead.dispatch.DispatchExplanation;
import org.channelport.lead.dispatch.RuleDispatcher;
import org.channelport.partner.PartnerService;
import org.channelport.partner.PartnerUser;
import org.channelport.partner.PartnerUsers;
import org.channelport.platform.Clock;
import org.channelport.platform.ListFilters;
import org.channelport.platform.web.FacesMessages;
import org.channelport.security.Caller;
import org.channelport.security.CurrentCaller;
import org.channelport.shared.InvalidInputException;
import org.channelport.shared.Messages;

/**
 * One lead, for channel managers (/channel/lead.xhtml) and partner users (/partner/lead.xhtml): its
 * fields, history, the customer's other leads, and the steps the caller may take. The page shows a
 * step only to the roles allowed to take it; the service checks every step anyway.
 */
@Named
@ViewScoped
public class LeadBean implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject LeadService leads;
  @Inject RuleDispatcher rules;
  @Inject LeadPages pages;
  @Inject PartnerService partnerService;
  @Inject PartnerUsers partnerUsers;
  @Inject CurrentCaller currentCaller;
  @Inject Clock clock;

  private Long id;
  private String idParam;
  private Long version;

  // entities and lists are read again after a restart of the view rather than kept in the session
  private transient Lead lead;
  private transient List<LeadEventView> timeline;
  private transient List<LeadRow> customerLeads;
  private transient DispatchExplanation explanation;
  private List<PartnerOption> partnerOptions;
  private Map<Long, String> partnerNames;
  private transient List<PartnerUser> colleagues;

  private Long dispatchPartnerId;
  private String rejectReason;
  private String assignee;
  private String budget;
  private String authority;
  private String need;
  private String timelineText;
  private String wonValue;
  private String lostReason;
  private String noteText;
  private String campaignCode;
  private boolean activity;

  /** viewAction: the lead, or the not-found page if the caller may not see it. */
  public void load() {
    id = parseId(idParam);
    lead = leads.find(id);
    version = lead.getVersion();
    Qualification q = lead.getQualification();
    budget = q.budget();
    authority = q.authority();
    need = q.need();
    timelineText = q.timeline();
    assignee = lead.getAssignedUsername();
    campaignCode = lead.getCampaignCode();
  }

  /** Anything but a number is no lead at all (the service answers not found for null). */
  static Long parseId(String text) {
    return ListFilters.id(text);
  }

  public Lead getLead() {
    if (lead == null && id != null) {
      lead = leads.find(id);
    }
    return lead;
  }

  private Caller caller() {
    return currentCaller.get();
  }

  // --- steps -------------------------------------------------------------------------------

  public String dispatchByHand() {
    return step(
        "dispatchForm",
        () -> leads.dispatch(id, dispatchPartnerId, version),
        "lead.dispatched.byHand");
  }

  public String dispatchByRules() {
    return step(
        "dispatchForm",
        () -> rules.dispatch(id, version),
        null); // the message depends on the outcome, see below
  }

  public String accept() {
    return step("acceptForm", () -> leads.accept(id, version), "lead.accepted");
  }

  public String reject() {
    return step("rejectForm", () -> leads.reject(id, rejectReason, version), "lead.rejected");
  }

  public String assign() {
    return step("assignForm", () -> leads.assign(id, assignee, version), "lead.assigned");
  }

  public String qualify() {
    return step(
        "qualifyForm",
        () -> leads.qualify(id, new Qualification(budget, authority, need, timelineText), version),
        "lead.qualified");
  }

  public String won() {
    return step(
        "closeForm",
        () -> leads.close(id, true, LeadNewBean.amount("value", wonValue), null, version),
        "lead.won");
  }

  public String lost() {
    return step("closeForm", () -> leads.close(id, false, null, lostReason, version), "lead.lost");
  }

  public String creditCampaign() {
    return step(
        "campaignForm",
        () -> leads.creditCampaign(id, campaignCode, version),
        "lead.campaignCredited");
  }

  public String addNote() {
    try {
      leads.addNote(id, activity, noteText);
    } catch (InvalidInputException invalid) {
      FieldMessages.show("noteForm", invalid);
      return null;
    }
    FacesMessages.info(activity ? "lead.activityAdded" : "lead.noteAdded");
    return reload();
  }

  /**
   * Takes a step; bad input is shown next to the fields of the form, a conflict (another step came
   * first, a stale version) by the portal's exception handler as a message on the page.
   */
  private String step(String form, Supplier<Lead> action, String doneKey) {
    Lead after;
    try {
      after = action.get();
    } catch (InvalidInputException invalid) {
      FieldMessages.show(form, invalid);
      return null;
    }
    if (doneKey != null) {
      FacesMessages.info(doneKey, after.getCompany());
    } else if (after.getStatus() == LeadStatus.DISPATCHED) {
      FacesMessages.info("lead.dispatched.byRules", after.getCompany());
    } else if (after.isNoPartnerAvailable()) {
      FacesMessages.error("lead.dispatched.noPartner", after.getCompany());
    }
    return reload();
  }

  private String reload() {
    return FacesContext.getCurrentInstance().getViewRoot().getViewId().replace(".xhtml", "")
        + "?faces-redirect=true&id="
        + id;
  }

  // --- what the caller may do (the steps' own rules, see LeadStep) -------------------------

  private LeadStatus status() {
    return getLead().getStatus();
  }

  private boolean can(LeadStep step) {
    return step.allows(caller(), status());
  }

  public boolean isChannelView() {
    return caller().isChannelManager();
  }

  public boolean isCanDispatch() {
    return can(LeadStep.DISPATCH);
  }

  public boolean isCanAccept() {
    return can(LeadStep.ACCEPT);
  }

  public boolean isCanReject() {
    return can(LeadStep.REJECT);
  }

  public boolean isCanAssign() {
    return can(LeadStep.ASSIGN);
  }

  public boolean isCanQualify() {
    return can(LeadStep.QUALIFY);
  }

  public boolean isCanWin() {
    return can(LeadStep.WIN);
  }

  public boolean isCanLose() {
    return can(LeadStep.LOSE);
  }

  /** Whoever may work on the lead may credit it to a campaign (partner users: not in the pool). */
  public boolean isCanCredit() {
    return caller().isChannelManager() || (caller().isPartnerUser() && !status().inPool());
  }

  public boolean isCanNote() {
    return caller().isChannelManager() || (caller().isPartnerUser() && !status().inPool());
  }

  // --- what the page shows -----------------------------------------------------------------

  public String getPartnerName() {
    return partnerName(getLead().getPartnerId());
  }

  public String partnerName(Long partnerId) {
    if (partnerId == null) {
      return "";
    }
    if (partnerNames == null) {
      partnerNames = new HashMap<>();
      partners().forEach(p -> partnerNames.put(p.id(), p.name()));
    }
    return partnerNames.getOrDefault(partnerId, "#" + partnerId);
  }

  private List<PartnerOption> partners() {
    if (partnerOptions == null) {
      partnerOptions = pages.partners();
    }
    return partnerOptions;
  }

  public List<PartnerOption> getDispatchPartners() {
    return partners().stream()
        .filter(PartnerOption::active)
        .filter(p -> !p.id().equals(getLead().getPartnerId()))
        .toList();
  }

  public List<PartnerUser> getColleagues() {
    if (colleagues == null) {
      colleagues = isCanAssign() ? partnerUsers.ofPartner(getLead().getPartnerId()) : List.of();
    }
    return colleagues;
  }

  /** Time left to accept, for partner managers and channel managers ("1 day 3 h left"). */
  public String getTimeLeft() {
    return TimeLeft.text(getLead().getAcceptDueAt(), clock.now(), locale());
  }

  public String getUrgency() {
    return TimeLeft.urgency(getLead().getAcceptDueAt(), clock.now());
  }

  /** Why the lead went where it went: channel managers only (it names other partners). */
  public DispatchExplanation getExplanation() {
    if (!caller().isChannelManager()) {
      return null;
    }
    if (explanation == null) {
      String json = leads.visibleExplanation(getLead());
      if (json == null) {
        return null;
      }
      explanation = DispatchExplanation.parse(json);
    }
    return explanation;
  }

  public List<LeadEventView> getTimeline() {
    if (timeline == null) {
      timeline = leads.timeline(id);
    }
    return timeline;
  }

  public List<LeadRow> getCustomerLeads() {
    if (customerLeads == null) {
      customerLeads = leads.customerLeads(id).stream().map(LeadRow::of).toList();
    }
    return customerLeads;
  }

  /** What a history step says, in words (a dispatch's JSON becomes "by hand, cm-all"). */
  public String eventDetail(LeadEventView e) {
    if (e.detail() == null) {
      return "";
    }
    if (e.type() == LeadEventType.DISPATCHED || e.type() == LeadEventType.NO_PARTNER_AVAILABLE) {
      DispatchExplanation x = DispatchExplanation.parse(e.detail());
      if (x != null && x.isManual()) {
        return text("lead.why.manual", x.by() == null ? "?" : x.by());
      }
      if (x != null && x.isRules()) {
        return x.chosen() == null
            ? text("lead.why.nobody")
            : text("lead.why.rules", nameOf(x.chosen().partnerName(), x.chosen().partnerId()));
      }
    }
    if (e.type() == LeadEventType.CREATED) {
      String key = "lead.source." + e.detail();
      String label = text(key);
      return label.equals(key) ? e.detail() : label;
    }
    return e.detail();
  }

  public String nameOf(String name, Long partnerId) {
    return name != null ? name : partnerName(partnerId);
  }

  /** A label from the bundle, or the raw name when the bundle has none (new score parts). */
  public String label(String prefix, String name) {
    String key = prefix + name;
    String label = text(key);
    return label.equals(key) ? name : label;
  }

  private String text(String key, Object... args) {
    return Messages.text(locale(), key, args);
  }

  private static Locale locale() {
    return LeadPages.locale();
  }

  // --- bound values ------------------------------------------------------------------------

  public Long getId() {
    return id;
  }

  public String getIdParam() {
    return idParam;
  }

  public void setIdParam(String idParam) {
    this.idParam = idParam;
  }

  public Long getVersion() {
    return version;
  }

  public Long getDispatchPartnerId() {
    return dispatchPartnerId;
  }

  public void setDispatchPartnerId(Long dispatchPartnerId) {
    this.dispatchPartnerId = dispatchPartnerId;
  }

  public String getRejectReason() {
    return rejectReason;
  }

  public void setRejectReason(String rejectReason) {
    this.rejectReason = rejectReason;
  }

  public String getAssignee() {
    return assignee;
  }

  public void setAssignee(String assignee) {
    this.assignee = assignee;
  }

  public String getBudget() {
    return budget;
  }

  public void setBudget(String budget) {
    this.budget = budget;
  }

  public String getAuthority() {
    return authority;
  }

  public void setAuthority(String authority) {
    this.authority = authority;
  }

  public String getNeed() {
    return need;
  }

  public void setNeed(String need) {
    this.need = need;
  }

  public String getTimelineText() {
    return timelineText;
  }

  public void setTimelineText(String timelineText) {
    this.timelineText = timelineText;
  }

  public String getWonValue() {
    return wonValue;
  }

  public void setWonValue(String wonValue) {
    this.wonValue = wonValue;
  }

  public String getLostReason() {
    return lostReason;
  }

  public void setLostReason(String lostReason) {
    this.lostReason = lostReason;
  }

  public String getNoteText() {
    return noteText;
  }

  public void setNoteText(String noteText) {
    this.noteText = noteText;
  }

  public boolean isActivity() {
    return activity;
  }

  public void setActivity(boolean activity) {
    this.activity = activity;
  }

  public String getCampaignCode() {
    return campaignCode;
  }

  public void setCampaignCode(String campaignCode) {
    this.campaignCode = campaignCode;
  }
}
