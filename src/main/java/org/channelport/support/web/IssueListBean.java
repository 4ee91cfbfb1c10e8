package org.channelport.support.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.channelport.customer.CustomerView;
import org.channelport.partner.PartnerService;
import org.channelport.platform.web.ServiceLazyModel;
import org.channelport.security.CurrentCaller;
import org.channelport.shared.PageRequest;
import org.channelport.support.IssueRow;
import org.channelport.support.IssueService;
import org.channelport.support.IssueStatus;
import org.channelport.support.SlaState;
import org.primefaces.component.datatable.DataTable;

/**
 * The service-issue lists: a partner's issues (/partner/issues.xhtml, newest first) and the brand
 * owner's service queue (/channel/issues.xhtml, the portfolio's issues, the most urgent — breached
 * — first). The service scopes every row; the filters go into its one list query.
 */
@Named
@ViewScoped
public class IssueListBean implements Serializable {
  private static final long serialVersionUID = 1L;

  static final String TABLE = "issuesForm:issues";

  @Inject IssueService issues;
  @Inject IssuePages pages;
  @Inject PartnerService partners;
  @Inject CurrentCaller currentCaller;

  private final IssueFilters filters = new IssueFilters();
  private String presetStatus;
  private String presetSla;
  private String presetAssignee;
  private String presetText;
  private ServiceLazyModel<IssueRow> model;
  private final Map<Long, String> partnerNames = new HashMap<>();
  private transient List<CustomerView> customerOptions;

  @PostConstruct
  void init() {
    boolean channel = currentCaller.get().isChannelManager();
    filters.setChannel(channel);
    String me = currentCaller.get().username();
    model =
        ServiceLazyModel.of(
            r -> issues.count(filters.apply(r, me)),
            r -> issues.rows(channel ? urgentFirst(filters.apply(r, me)) : filters.apply(r, me)),
            IssueRow::id);
  }

  /**
   * The queue: unless the user sorts, the soonest resolution due first — breached issues (due in
   * the past) lead.
   */
  static PageRequest urgentFirst(PageRequest r) {
    return r.sortField() != null
        ? r
        : new PageRequest(r.first(), r.size(), "resolutionDue", true, r.filters());
  }

  /** viewAction (first request only): filters named in the URL (from the home page's counts). */
  public void applyPreset() {
    if (presetStatus != null
        && (IssueFilters.isGroup(presetStatus) || IssueStatus.parse(presetStatus).isPresent())) {
      filters.setStatus(presetStatus);
    }
    if (presetSla != null && SlaState.parse(presetSla).isPresent()) {
      filters.setSlaState(presetSla);
    }
    if (IssueFilters.MINE.equals(presetAssignee)
        || IssueFilters.UNASSIGNED.equals(presetAssignee)) {
      filters.setAssignee(presetAssignee);
    }
    if (presetText != null && !presetText.isBlank()) {
      filters.setText(presetText.strip());
    }
  }

  /** A filter changed: back to the first page. */
  public void filter() {
    if (FacesContext.getCurrentInstance().getViewRoot().findComponent(TABLE)
        instanceof DataTable table) {
      table.setFirst(0);
    }
  }

  public void clearFilters() {
    filters.clear();
    filter();
  }

  public List<CustomerView> getCustomers() {
    if (customerOptions == null) {
      customerOptions = pages.customers();
    }
    return customerOptions;
  }

  /** The partner's name for a channel manager's row. */
  public String partnerName(Long id) {
    if (id == null) {
      return "";
    }
    return partnerNames.computeIfAbsent(id, partners::name);
  }

  public ServiceLazyModel<IssueRow> getModel() {
    return model;
  }

  public IssueFilters getFilters() {
    return filters;
  }

  public String getPresetStatus() {
    return presetStatus;
  }

  public void setPresetStatus(String presetStatus) {
    this.presetStatus = presetStatus;
  }

  public String getPresetSla() {
    return presetSla;
  }

  public void setPresetSla(String presetSla) {
    this.presetSla = presetSla;
  }

  public String getPresetText() {
    return presetText;
  }

  public void setPresetText(String presetText) {
    this.presetText = presetText;
  }

  public String getPresetAssignee() {
    return presetAssignee;
  }

  public void setPresetAssignee(String presetAssignee) {
    this.presetAssignee = presetAssignee;
  }
}
