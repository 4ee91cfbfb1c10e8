package org.channelport.lead.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.Map;
import org.channelport.lead.LeadRow;
import org.channelport.lead.LeadService;
import org.channelport.lead.LeadStatus;
import org.channelport.platform.Clock;
import org.channelport.platform.web.ServiceLazyModel;
import org.channelport.shared.PageRequest;
import org.primefaces.component.datatable.DataTable;

/**
 * A partner's leads: the manager's inbox of dispatched leads (soonest deadline first) and all the
 * partner's leads; an employee's leads assigned to them (the service limits each to its scope).
 */
@Named
@ViewScoped
public class PartnerLeadsBean implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject LeadService leads;
  @Inject Clock clock;

  private final LeadFilters filters = new LeadFilters();
  private final LeadFilters preset = new LeadFilters();
  private ServiceLazyModel<LeadRow> inbox;
  private ServiceLazyModel<LeadRow> all;

  @PostConstruct
  void init() {
    Map<String, String> dispatched = Map.of("status", LeadStatus.DISPATCHED.code());
    inbox =
        ServiceLazyModel.of(
            r -> leads.count(byDeadline(r, dispatched)),
            r -> leads.rows(byDeadline(r, dispatched)),
            LeadRow::id);
    all =
        ServiceLazyModel.of(
            r -> leads.count(filters.apply(r)), r -> leads.rows(filters.apply(r)), LeadRow::id);
  }

  /** The inbox: only dispatched leads, the soonest deadline first unless the user sorts. */
  static PageRequest byDeadline(PageRequest r, Map<String, String> fixed) {
    return new PageRequest(
        r.first(),
        r.size(),
        r.sortField() == null ? "acceptDueAt" : r.sortField(),
        r.sortField() == null || r.ascending(),
        fixed);
  }

  /** viewAction (first request only): a status named in the URL, e.g. from the home page. */
  public void applyPreset() {
    filters.setStatus(preset.getStatus());
  }

  /** A filter changed: back to the first page (the table sits in a tab for partner managers). */
  public void filter() {
    for (String id : new String[] {"tabs:leadsForm:leads", "leadsForm:leads"}) {
      if (FacesContext.getCurrentInstance().getViewRoot().findComponent(id)
          instanceof DataTable table) {
        table.setFirst(0);
      }
    }
  }

  public void clearFilters() {
    filters.clear();
    filter();
  }

  public String timeLeft(Instant due) {
    return TimeLeft.text(due, clock.now(), LeadPages.locale());
  }

  public String urgency(Instant due) {
    return TimeLeft.urgency(due, clock.now());
  }

  public ServiceLazyModel<LeadRow> getInbox() {
    return inbox;
  }

  public ServiceLazyModel<LeadRow> getAll() {
    return all;
  }

  public LeadFilters getFilters() {
    return filters;
  }

  public LeadFilters getPreset() {
    return preset;
  }
}
