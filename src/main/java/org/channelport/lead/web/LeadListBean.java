package org.channelport.lead.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.channelport.lead.Lead;
import org.channelport.lead.LeadRow;
import org.channelport.lead.LeadService;
import org.channelport.lead.LeadStatus;
import org.channelport.lead.dispatch.RuleDispatcher;
import org.channelport.lead.dispatch.web.BulkRun;
import org.channelport.platform.web.FacesMessages;
import org.channelport.platform.web.ServiceLazyModel;
import org.channelport.shared.DomainException;
import org.primefaces.PrimeFaces;
import org.primefaces.component.datatable.DataTable;

/**
 * The channel manager's lead list: filters, the selection, and bulk dispatch driven from the page
 * one chunk per request.
 */
@Named
@ViewScoped
public class LeadListBean implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final Logger LOG = Logger.getLogger(LeadListBean.class.getName());

  /** Leads per bulk step: one request, a few seconds at most. */
  static final int CHUNK = 50;

  static final String TABLE = "leadsForm:leads";

  @Inject LeadService leads;
  @Inject RuleDispatcher rules;
  @Inject LeadPages pages;

  private final LeadFilters filters = new LeadFilters();
  private final LeadFilters preset = new LeadFilters();
  private ServiceLazyModel<LeadRow> model;
  private List<LeadRow> selected = new ArrayList<>();
  private List<PartnerOption> partnerOptions;
  private Map<Long, String> partnerNames;
  private Long bulkPartnerId;
  private BulkRun run;

  @PostConstruct
  void init() {
    model =
        ServiceLazyModel.of(
            r -> leads.count(filters.apply(r)), r -> leads.rows(filters.apply(r)), LeadRow::id);
  }

  /**
   * viewAction (first request only): the filters named in the URL. View parameters are kept apart
   * from the filter bar because Faces pushes them into the model again on full postbacks (export).
   */
  public void applyPreset() {
    filters.setStatus(preset.getStatus());
    filters.setPartnerId(preset.getPartnerId());
    filters.setPool(preset.isPool());
    filters.setNoPartner(preset.isNoPartner());
  }

  /** A filter changed: back to the first page, and the selection no longer applies. */
  public void filter() {
    selected = new ArrayList<>();
    DataTable table =
        (DataTable) FacesContext.getCurrentInstance().getViewRoot().findComponent(TABLE);
    if (table != null) {
      table.setFirst(0);
    }
  }

  public void clearFilters() {
    filters.clear();
    filter();
  }

  // --- bulk dispatch -----------------------------------------------------------------------

  public void dispatchSelectionByHand() {
    if (bulkPartnerId == null) {
      FacesMessages.error("lead.bulk.choosePartner");
      return;
    }
    start(BulkRun.Kind.MANUAL, bulkPartnerId, selectedIds());
  }

  public void dispatchSelectionByRules() {
    start(BulkRun.Kind.RULES, null, selectedIds());
  }

  public void dispatchAllNewByRules() {
    start(BulkRun.Kind.RULES, null, rules.newLeadIds());
  }

  private List<Long> selectedIds() {
    return selected.stream().map(LeadRow::id).toList();
  }

  private void start(BulkRun.Kind kind, Long partnerId, List<Long> ids) {
    if (run != null && !run.isFinished()) {
      FacesMessages.error("lead.bulk.busy");
      return;
    }
    if (ids.isEmpty()) {
      FacesMessages.error(
          kind == BulkRun.Kind.RULES && selected.isEmpty()
              ? "lead.bulk.nothingNew"
              : "lead.bulk.nothingSelected");
      return;
    }
    run = new BulkRun(kind, partnerId, ids);
    PrimeFaces.current().ajax().addCallbackParam("more", true);
  }

  /** One step of the run (called by the page again and again until it says there is no more). */
  public void nextChunk() {
    if (run == null || run.isFinished()) {
      PrimeFaces.current().ajax().addCallbackParam("more", false);
      return;
    }
    List<Long> chunk = run.nextChunk(CHUNK);
    if (run.getKind() == BulkRun.Kind.MANUAL) {
      for (Long id : chunk) {
        try {
          leads.dispatch(id, run.getPartnerId(), null);
          run.counted(1, 0, 0);
        } catch (RuntimeException e) {
          failed(id, e);
        }
      }
    } else {
      byRules(chunk);
    }
    boolean more = !run.isFinished();
    if (!more) {
      selected = new ArrayList<>();
      FacesMessages.info(
          "lead.bulk.finished",
          run.getDispatched(),
          run.getNoPartner(),
          run.getSkipped(),
          run.getFailed());
    }
    PrimeFaces.current().ajax().addCallbackParam("more", more);
  }

  /** The whole chunk in one call; if that fails, lead by lead, so each failure has its reason. */
  private void byRules(List<Long> chunk) {
    try {
      RuleDispatcher.DispatchRun done = rules.dispatchSelection(chunk);
      run.counted(done.dispatched(), done.noPartner(), done.skipped());
      return;
    } catch (RuntimeException e) {
      LOG.log(Level.FINE, "rule dispatch of a chunk failed; trying lead by lead", e);
    }
    for (Long id : chunk) {
      try {
        Lead lead = rules.dispatch(id, null);
        if (lead.getStatus() == LeadStatus.DISPATCHED) {
          run.counted(1, 0, 0);
        } else if (lead.isNoPartnerAvailable()) {
          run.counted(0, 1, 0);
        } else {
          run.counted(0, 0, 1);
        }
      } catch (RuntimeException e) {
        failed(id, e);
      }
    }
  }

  private void failed(Long id, RuntimeException e) {
    if (!(e instanceof DomainException)) {
      LOG.log(Level.WARNING, "dispatch of lead " + id + " failed", e);
    }
    run.failed(id, LeadPages.message(e, LeadPages.locale()));
  }

  public void closeRun() {
    if (run != null && run.isFinished()) {
      run = null;
    }
  }

  // --- for the page ------------------------------------------------------------------------

  public List<PartnerOption> getPartners() {
    if (partnerOptions == null) {
      partnerOptions = pages.partners();
    }
    return partnerOptions;
  }

  public List<PartnerOption> getActivePartners() {
    return getPartners().stream().filter(PartnerOption::active).toList();
  }

  public String partnerName(Long id) {
    if (id == null) {
      return "";
    }
    if (partnerNames == null) {
      partnerNames = new HashMap<>();
      getPartners().forEach(p -> partnerNames.put(p.id(), p.name()));
    }
    return partnerNames.getOrDefault(id, "#" + id);
  }

  public ServiceLazyModel<LeadRow> getModel() {
    return model;
  }

  public LeadFilters getFilters() {
    return filters;
  }

  public LeadFilters getPreset() {
    return preset;
  }

  public List<LeadRow> getSelected() {
    return selected;
  }

  public void setSelected(List<LeadRow> selected) {
    this.selected = selected == null ? new ArrayList<>() : new ArrayList<>(selected);
  }

  public Long getBulkPartnerId() {
    return bulkPartnerId;
  }

  public void setBulkPartnerId(Long bulkPartnerId) {
    this.bulkPartnerId = bulkPartnerId;
  }

  public BulkRun getRun() {
    return run;
  }

  public boolean isRunning() {
    return run != null && !run.isFinished();
  }
}
