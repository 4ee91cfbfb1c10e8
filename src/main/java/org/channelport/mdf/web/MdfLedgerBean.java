package org.channelport.mdf.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.channelport.mdf.EntryView;
import org.channelport.mdf.MdfAccountKind;
import org.channelport.mdf.MdfLedger;
import org.channelport.mdf.MdfPrograms;
import org.channelport.mdf.ProgramView;
import org.channelport.platform.ListFilters;
import org.channelport.platform.web.ServiceLazyModel;
import org.channelport.shared.PageRequest;
import org.primefaces.component.datatable.DataTable;

/**
 * The journal (/channel/mdf-ledger.xhtml): every entry in the caller's scope, newest first, with
 * the accounts it moves between, who and why; filters by program, partner, account kind and reason.
 * Paged and filtered in SQL by the ledger service.
 */
@Named
@ViewScoped
public class MdfLedgerBean implements Serializable {
  private static final long serialVersionUID = 1L;

  static final String TABLE = "ledgerForm:entries";

  @Inject MdfLedger ledger;
  @Inject MdfPrograms programs;

  private Long programId;
  private Long partnerId;
  private String account;
  private String reason;
  private ServiceLazyModel<EntryView> model;
  private transient List<ProgramView> programRows;

  @PostConstruct
  void init() {
    model =
        ServiceLazyModel.of(
            r -> ledger.entries(filtered(r)).total(),
            r -> ledger.entries(filtered(r)).rows(),
            EntryView::id);
  }

  PageRequest filtered(PageRequest r) {
    Map<String, String> filters = new HashMap<>(r.filters());
    ListFilters.put(filters, "programId", programId == null ? null : programId.toString());
    ListFilters.put(filters, "partnerId", partnerId == null ? null : partnerId.toString());
    ListFilters.put(filters, "account", MdfPages.blankToNull(account));
    ListFilters.put(filters, "reason", MdfPages.blankToNull(reason));
    return new PageRequest(r.first(), r.size(), r.sortField(), r.ascending(), filters);
  }

  public void filter() {
    if (FacesContext.getCurrentInstance().getViewRoot().findComponent(TABLE)
        instanceof DataTable table) {
      table.setFirst(0);
    }
  }

  public void clearFilters() {
    programId = null;
    partnerId = null;
    account = null;
    reason = null;
    filter();
  }

  public List<ProgramView> getPrograms() {
    if (programRows == null) {
      programRows = programs.list();
    }
    return programRows;
  }

  public MdfAccountKind[] getAccountKinds() {
    return MdfAccountKind.values();
  }

  public ServiceLazyModel<EntryView> getModel() {
    return model;
  }

  public Long getProgramId() {
    return programId;
  }

  public void setProgramId(Long programId) {
    this.programId = programId;
  }

  public Long getPartnerId() {
    return partnerId;
  }

  public void setPartnerId(Long partnerId) {
    this.partnerId = partnerId;
  }

  public String getAccount() {
    return account;
  }

  public void setAccount(String account) {
    this.account = account;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }
}
