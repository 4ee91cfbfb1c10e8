package org.channelport.partner.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.channelport.audit.AuditEntry;
import org.channelport.audit.AuditLog;
import org.channelport.partner.Partner;
import org.channelport.partner.PartnerService;
import org.channelport.partner.PartnerStep;
import org.channelport.partner.PartnerTier;
import org.channelport.partner.PartnerUser;
import org.channelport.partner.PartnerUsers;
import org.channelport.platform.web.FacesMessages;
import org.channelport.shared.PageRequest;

/** A channel manager creates or edits a partner, suspends or reactivates it. */
@Named
@ViewScoped
public class PartnerEditBean implements Serializable {
  @Inject PartnerService partners;
  @Inject PartnerUsers partnerUsers;
  @Inject AuditLog auditLog;

  private Long id;
  private Long version;
  private PartnerForm form = new PartnerForm();
  private String statusReason;
  private Partner partner;

  /** viewAction: loads the partner (404 when it is not in the caller's portfolio). */
  public void load() {
    if (id != null) {
      partner = partners.find(id);
      form = PartnerForm.of(partner);
      version = partner.getVersion();
    }
  }

  public String save() {
    if (id == null) {
      Partner created = partners.create(form.toInput(null, true));
      FacesMessages.info("partner.created", created.getName());
      return "/channel/partner?faces-redirect=true&id=" + created.getId();
    }
    partner = partners.update(id, form.toInput(version, true));
    FacesMessages.info("partner.saved", partner.getName());
    return "/channel/partner?faces-redirect=true&id=" + id;
  }

  public String suspend() {
    partner = partners.suspend(id, statusReason, version);
    FacesMessages.info("partner.suspended", partner.getName());
    return "/channel/partner?faces-redirect=true&id=" + id;
  }

  public String activate() {
    partner = partners.activate(id, version);
    FacesMessages.info("partner.activated", partner.getName());
    return "/channel/partner?faces-redirect=true&id=" + id;
  }

  public List<PartnerUser> getUsers() {
    return id == null ? List.of() : partnerUsers.ofPartner(id);
  }

  public List<AuditEntry> getHistory() {
    if (id == null) {
      return List.of();
    }
    return auditLog.rows(new PageRequest(0, 20, "at", false, Map.of("partnerId", id.toString())));
  }

  public PartnerTier[] getTiers() {
    return PartnerTier.values();
  }

  /** The suspend form: shown while the partner can be suspended (not suspended already). */
  public boolean isCanSuspend() {
    return partner != null && PartnerStep.SUSPEND.allowedFrom(partner.getStatus());
  }

  public boolean isCanActivate() {
    return partner != null && PartnerStep.ACTIVATE.allowedFrom(partner.getStatus());
  }

  public boolean isNew() {
    return id == null;
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public PartnerForm getForm() {
    return form;
  }

  public Partner getPartner() {
    return partner;
  }

  public String getStatusReason() {
    return statusReason;
  }

  public void setStatusReason(String statusReason) {
    this.statusReason = statusReason;
  }
}
